#pragma once
// Runs a race off the GUI thread: several training configurations from the same starting
// weights, one after another or interleaved (the racers take turns, one optimiser iteration
// each). Each racer is a bp::Trainer on its own std::thread; only the racer whose turn it is
// runs, the others wait in their iteration hook, so a race uses one core and every racer's
// "seconds" count only its own training time (the trainer leaves hook time out).
//
// Hand-over: racers put rows, occasional weight copies and their end into a mailbox under
// mutex_, then post a payload-free queued call to drain(); drain() runs on the GUI thread,
// takes the mailbox and emits the signals below there (direct, never queued with data).

#include "preprocessing.h"
#include "projectfile.h"
#include "trainer.h"

#include "session/livethrottle.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace bpui {

struct RaceEntry
{
    QString label; // "Adam", "lr 0.01", "λ 0.001"
    bp::TrainingConfig config;
};

struct RaceSpec
{
    bp::Architecture architecture;
    bp::Vector initialWeights;
    std::shared_ptr<const bp::DataSplit> split; // immutable, shared with the racers
    std::vector<RaceEntry> entries;
    bool interleaved = false;
};

class RaceRunner : public QObject
{
    Q_OBJECT
public:
    explicit RaceRunner(QObject* parent = nullptr);
    /// Stops the racers and joins their threads.
    ~RaceRunner() override;

    /// Starts the racers (the previous race must have finished). Racer 0 goes first.
    void start(RaceSpec spec);
    /// Every racer stops at its next row; what they trained so far is kept.
    void stop();
    bool isRunning() const { return running_; }
    int racerCount() const { return static_cast<int>(spec_.entries.size()); }

    /// Weight copies for the timeline: at most this often per racer, and also every
    /// kSmallEvery iterations for networks of at most kSmallNetwork weights (cheap copies,
    /// so even a short race has a timeline to scrub; the runs' recorders thin them).
    static constexpr int kWeightsIntervalMs = kRefreshIntervalMs; // one copy a frame
    static constexpr long kSmallEvery = 5;
    static constexpr long kSmallNetwork = 20000;

signals:
    void rowsArrived(int racer, const std::vector<bp::IterationStats>& rows);
    void weightsArrived(int racer, long iteration, const bp::Vector& weights);
    /// error is empty unless the racer threw (then result is default).
    void racerFinished(int racer, const bp::TrainingResult& result, const bp::Vector& finalWeights,
                       const QString& error);
    void progress(long iterationsDone, long iterationsTotal);
    void finished(bool stopped); // all racers ended and their threads are joined

private:
    struct Mailbox
    {
        std::vector<bp::IterationStats> rows;
        std::vector<bp::TimelineSnapshot> weights; // copies since the last drain
        bool done = false;
        bool reported = false; // drain() has emitted racerFinished
        bp::TrainingResult result;
        bp::Vector finalWeights;
        std::string error;
        long lastIteration = 0;
    };

    void racerMain(int index);
    int nextTurnLocked(int from) const;
    void postLocked(bool force);
    void drain();
    void joinAll();

    RaceSpec spec_; // written by start() before the threads exist, then read-only
    bp::CancellationToken cancel_;

    mutable std::mutex mutex_; // guards turn_, stopRequested_, drainPosted_, lastPost_, boxes_
    std::condition_variable turnChanged_;
    int turn_ = 0;
    bool stopRequested_ = false;
    bool drainPosted_ = false;
    long long lastPostMs_ = 0;
    std::vector<Mailbox> boxes_;

    std::vector<std::thread> threads_; // GUI thread only
    bool running_ = false;             // GUI thread only
    bool stopped_ = false;             // GUI thread only
};

} // namespace bpui
