#pragma once
// Runs a race off the GUI thread: several training configurations from the same starting
// weights, one after another or interleaved (the racers take turns, one optimiser iteration
// each). Each racer is a bp::Trainer on its own std::thread; only the racer whose turn it is
// runs, the others wait in their iteration hook, so a race uses one core and every racer's
// "seconds" count only its own training time (the trainer leaves hook time out).
//
// Hand-over: racers put rows, occasional weight copies and their end into a Mailbox
// (worker/mailbox.h), which wakes drain() on the GUI thread at most every kWeightsIntervalMs
// (a racer's end at once); drain() takes the messages and emits the signals below there
// (direct, never queued with data). Turns are taken under mutex_, apart from the mailbox.

#include "preprocessing.h"
#include "projectfile.h"
#include "trainer.h"

#include "session/livethrottle.h"
#include "worker/mailbox.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
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
    /// What racer `racer` says: one row (sometimes with a weight copy), or its end.
    struct RacerMessage
    {
        enum class Kind
        {
            Row,
            End
        };
        Kind kind = Kind::Row;
        int racer = 0;
        bp::IterationStats row;            // Row
        std::optional<bp::Vector> weights; // Row: a copy for the timeline, at row.iteration
        bp::TrainingResult result;         // End
        bp::Vector finalWeights;           // End
        std::string error;                 // End
    };

    void racerMain(int index);
    int nextTurnLocked(int from) const;
    void drain();
    void joinAll();

    RaceSpec spec_; // written by start() before the threads exist, then read-only
    bp::CancellationToken cancel_;
    Mailbox<RacerMessage> mailbox_{this, [this] { drain(); }, kWeightsIntervalMs};

    mutable std::mutex mutex_; // guards turn_, stopRequested_, ended_
    std::condition_variable turnChanged_;
    int turn_ = 0;
    bool stopRequested_ = false;
    std::vector<bool> ended_; // guarded by mutex_: racer i has left its loop

    std::vector<std::thread> threads_; // GUI thread only
    std::vector<long> lastIteration_;  // GUI thread only: each racer's last row drained
    int reported_ = 0;                 // GUI thread only: racers whose end drain() emitted
    bool running_ = false;             // GUI thread only
    bool stopped_ = false;             // GUI thread only
};

} // namespace bpui
