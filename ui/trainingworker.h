#pragma once
// Runs bp::Trainer on its own thread and publishes throttled snapshots to the GUI thread.
//
// Lives on a QThread. start() is queued onto that thread and blocks it for the whole run, so
// the controls (pause, resume, step, stop, learning rate, λ) are not slots: they are
// thread-safe member functions that set atomics and wake the condition variable the iteration
// hook waits on while paused.

#include "trainingsnapshot.h"

#include "preprocessing.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace bpui {

/// An immutable copy of what a run needs, handed from the GUI thread to the worker.
struct TrainingJob
{
    bp::Architecture arch;
    bp::Vector params;                          // starting weights
    std::shared_ptr<const bp::DataSplit> split; // normalised; validation may be empty
    bp::TrainingConfig config;
    int gradientCheckEvery = 0;  // run a sampled gradient check every N iterations (0 = off)
    bool publishGradient = true; // attach the full-batch gradient to (some) snapshots
};

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    /// Snapshots leave at most this often while running (pauses and the final one always go).
    static constexpr int kMinSnapshotIntervalMs = 34; // ≈ 29 Hz

    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    // --- controls: callable from any thread ---------------------------------------------
    /// Clears stop/cancel and sets the initial pause state; call before queuing start().
    /// startPaused with a pending step runs exactly one iteration, then pauses.
    void arm(bool startPaused = false);
    void pause();
    void resume();
    /// While paused: run exactly one more iteration, then pause again.
    void step();
    /// Ends the run at the next iteration boundary, or within a chunk of a long evaluation.
    void stop();
    bool isPaused() const { return paused_.load(); }
    void setLearningRate(double rate);
    void setLambda(double lambda);
    void setGradientCheckEvery(int iterations) { gradientCheckEvery_.store(iterations); }

public slots:
    /// Runs the job to the end on the worker thread. Emits snapshots, then either the final
    /// snapshot followed by finished(), or failed(). Nothing is emitted after those.
    void start(const bpui::TrainingJob& job);

signals:
    void snapshot(const bpui::TrainingSnapshot& snapshot);
    void gradientChecked(const bpui::GradientCheckOutcome& outcome);
    void finished(const bp::TrainingResult& result);
    void failed(const QString& message);

private:
    struct Run;
    bool onIteration(Run& run, const bp::IterationStats& stats, const bp::Vector& params);
    void publish(Run& run, TrainingState state, const bp::Vector& params);
    void waitWhilePaused(Run& run, const bp::Vector& params);
    void runGradientCheckNow(Run& run, const bp::IterationStats& stats, const bp::Vector& params);

    std::atomic<bool> paused_{false};
    std::atomic<bool> stepRequested_{false};
    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> learningRateChanged_{false};
    std::atomic<double> learningRate_{0.0};
    std::atomic<bool> lambdaChanged_{false};
    std::atomic<double> lambda_{0.0};
    std::atomic<int> gradientCheckEvery_{0};
    bp::CancellationToken token_; // atomic inside; set by stop()

    // Guards nothing but the pause wait: commands take it before notifying so a wake-up
    // cannot slip between the hook's predicate check and its wait.
    std::mutex pauseMutex_;
    std::condition_variable pauseChanged_;
};

} // namespace bpui

Q_DECLARE_METATYPE(bpui::TrainingJob)
