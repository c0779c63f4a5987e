#pragma once
// Runs bp::Trainer on its own thread and publishes throttled snapshots to the GUI thread.
//
// Lives on a QThread. submit() hands a job over under a mutex and queues a payload-free call
// that runs it on that thread, blocking it for the whole run; so the controls (pause, resume,
// step, stop, learning rate, λ) are not slots: they are thread-safe member functions that set
// atomics and wake the condition variable the iteration hook waits on while paused. Results
// leave through a TrainingOutbox, also under a mutex. Every hand-over is thus visible to
// ThreadSanitizer (Qt's event queue is not: its lock lives in uninstrumented code).
//
// Each submitted job gets a generation number; stop() ends every job submitted so far, and
// its messages carry the number so that a receiver can drop an abandoned run's last words.
//
// The divergence guard (worker/divergencerule.h) judges each row here, synchronously, before
// the next step: on a blow-up the worker pauses itself and its Paused snapshot carries the
// trip. The rule's state lives in the worker across runs (Train / Stop / Train continue one
// history); rearm / disarm commands apply when the next run starts.

#include "worker/divergencerule.h"
#include "worker/trainingoutbox.h"

#include "preprocessing.h"

#include <QObject>

namespace bp {
class CostFunction;
}

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>

namespace bpui {

/// An immutable copy of what a run needs, handed from the GUI thread to the worker.
struct TrainingJob
{
    bp::Architecture arch;
    bp::Vector params;                          // starting weights
    std::shared_ptr<const bp::DataSplit> split; // normalised; validation may be empty
    bp::TrainingConfig config;
    int gradientCheckEvery = 0;   // run a sampled gradient check every N history iterations
                                  // (0 = off)
    bool publishGradient = true;  // attach the full-batch gradient to (some) snapshots, while
                                  // setPublishGradient (default on) also asks for it
    bool divergenceGuard = false; // judge every row by the DivergenceRule; pause on a blow-up
    bool gradientHealth = true;   // attach per-layer gradient figures to (some) snapshots
    long firstIteration = 0;      // the history's number of this run's row 0 (for the guard
                                  // and the periodic gradient check's schedule and label)
};

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    /// Snapshots leave at most this often while running (pauses and the final one always go).
    static constexpr int kMinSnapshotIntervalMs = 34; // ≈ 29 Hz
    /// Networks this large (a 784-128-10 one has 101,770 parameters) snapshot at ≈ 10 Hz: each
    /// snapshot sets every live view going, and on such networks the GUI thread was busy a
    /// quarter to a third of a mini-batch run on the cores training needs (bps-guibench UW2).
    static constexpr long kLargeNetworkParameters = 50000;
    static constexpr int kLargeNetworkSnapshotIntervalMs = 100;
    /// The running snapshots' interval for a network of that many parameters.
    static int snapshotIntervalMs(long parameterCount)
    {
        return parameterCount >= kLargeNetworkParameters ? kLargeNetworkSnapshotIntervalMs
                                                         : kMinSnapshotIntervalMs;
    }
    /// Gradient health (core/gradienthealth.h) is measured on this many training examples,
    /// the same ones for the whole run (all of them when the set is smaller): one batch
    /// gradient and one single-threaded forward pass, at most every kHealthMinIntervalMs and
    /// after a rest of kHealthRestFactor × its own cost, so it takes ≤ 1 % of the worker's
    /// time however large the network. Pauses, steps and the final snapshot always carry it.
    /// Measured on 2 shared cores (load ≈ 7, RelWithDebInfo): one measurement costs 0.6 ms on
    /// the spiral (2-16-16-3, m = 300) and 5 ms on lesson 6's Fashion set (784-25-10,
    /// m = 800; a full-batch evaluation there is 10 ms).
    static constexpr int kHealthExamples = 256;
    static constexpr int kHealthMinIntervalMs = 100;
    static constexpr double kHealthRestFactor = 99.0;

    /// outbox receives everything the worker says; it must outlive the worker's thread.
    explicit TrainingWorker(TrainingOutbox* outbox, QObject* parent = nullptr);
    ~TrainingWorker() override;

    // --- controls: callable from any thread ---------------------------------------------
    /// Queues the job to run on the worker's thread and returns its generation number. Sets
    /// the pause state for it: startPaused followed by step() runs exactly one iteration,
    /// then pauses.
    std::uint64_t submit(TrainingJob job, bool startPaused = false);
    void pause();
    void resume();
    /// While paused: run exactly one more iteration, then pause again.
    void step();
    /// Ends the run at the next iteration boundary, or within a chunk of a long evaluation;
    /// jobs submitted before the call and not yet started never start.
    void stop();
    /// Whether the job of `generation` has begun (any thread). One stopped before it began
    /// never begins and says nothing: after stop(), false means nothing more comes of it.
    bool hasBegun(std::uint64_t generation) const { return begunGeneration_.load() >= generation; }
    void setLearningRate(double rate);
    void setLambda(double lambda);
    void setGradientCheckEvery(int iterations) { gradientCheckEvery_.store(iterations); }
    /// Rows the runs have produced so far, every run together: one per iteration plus each
    /// run's row 0, counted as the row arrives, before the hook looks at pause and stop. A
    /// test that asks for a pause and then counts the rows that follow measures how much
    /// work ran after the request, as bp::CancellationToken::checks() does for a stop.
    std::uint64_t iterationsRun() const { return iterationsRun_.load(); }
    /// Whether anyone shows the gradient: off, snapshots go without it (a full-batch
    /// evaluation each, ≈ 0.4 s on Fashion-MNIST). Applies from the next snapshot on.
    void setPublishGradient(bool on) { publishGradient_.store(on); }
    /// The divergence guard watches afresh from the next run on (a rewind, a new history).
    void rearmDivergenceGuard() { guardCommand_.store(GuardCommand::Rearm); }
    /// The divergence guard stays quiet from the next run on, until rearmed (the person chose
    /// to let a diverging run go on). A blow-up disarms it by itself.
    void disarmDivergenceGuard() { guardCommand_.store(GuardCommand::Disarm); }

private:
    struct Run;
    enum class GuardCommand
    {
        None,
        Rearm,
        Disarm
    };
    /// Worker thread: takes the oldest submitted job and runs it, unless it was stopped.
    void runPending();
    /// Runs the job to the end. Posts snapshots, then either the final snapshot followed by
    /// Finished, or Failed. Nothing is posted after those.
    void execute(const TrainingJob& job, std::uint64_t generation);
    bool isStopped(std::uint64_t generation) const
    {
        return stoppedGeneration_.load() >= generation;
    }
    void post(WorkerMessage message, const Run& run);
    bool onIteration(Run& run, const bp::IterationStats& stats, const bp::Vector& params);
    void publish(Run& run, TrainingState state, const bp::Vector& params);
    void waitWhilePaused(Run& run, const bp::Vector& params);
    void runGradientCheckNow(Run& run, const bp::IterationStats& stats, const bp::Vector& params);
    /// The full-training-set cost function the gradient and the health figures share.
    bp::CostFunction& costOf(Run& run);
    /// Gradient health at params on the run's sampled batch; null when a stop cancelled it.
    std::shared_ptr<const bp::GradientHealth> measureHealth(Run& run, const bp::Vector& params);

    TrainingOutbox* outbox_;

    std::mutex jobsMutex_;
    std::deque<std::pair<std::uint64_t, TrainingJob>> jobs_; // guarded by jobsMutex_
    std::uint64_t lastGeneration_ = 0;                       // guarded by jobsMutex_
    std::atomic<std::uint64_t> stoppedGeneration_{0};        // every job up to this one is stopped
    std::atomic<std::uint64_t> begunGeneration_{0}; // the last job begun; set under jobsMutex_

    std::atomic<bool> paused_{false};
    std::atomic<bool> stepRequested_{false};
    std::atomic<bool> learningRateChanged_{false};
    std::atomic<double> learningRate_{0.0};
    std::atomic<bool> lambdaChanged_{false};
    std::atomic<double> lambda_{0.0};
    std::atomic<int> gradientCheckEvery_{0};
    std::atomic<std::uint64_t> iterationsRun_{0};
    std::atomic<bool> publishGradient_{true};
    std::atomic<GuardCommand> guardCommand_{GuardCommand::None}; // applied when a run starts
    DivergenceRule guard_;        // worker thread only: judged in the iteration hook
    bp::CancellationToken token_; // atomic inside; cancelled by stop(), reset per run

    // Guards nothing but the pause wait: commands take it before notifying so a wake-up
    // cannot slip between the hook's predicate check and its wait.
    std::mutex pauseMutex_;
    std::condition_variable pauseChanged_;
};

} // namespace bpui
