#pragma once
// The training worker's way out: it posts messages here from its own thread, and the outbox,
// which lives on the receiving (GUI) thread, re-emits them there as typed signals, in order.
//
// The messages cross under a std::mutex and the queued call that wakes the receiver carries
// nothing. Payloads are never passed through Qt's event queue: its lock is a futex inside
// the (uninstrumented) Qt libraries, so ThreadSanitizer could not see the hand-over and
// would report every snapshot as a race.

#include "worker/trainingsnapshot.h"

#include <QObject>

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>

namespace bpui {

/// One thing the worker says about run `generation`.
struct WorkerMessage
{
    enum class Kind
    {
        Snapshot,
        GradientChecked,
        Finished,
        Failed
    };
    Kind kind = Kind::Snapshot;
    std::uint64_t generation = 0;
    TrainingSnapshot snapshot;  // Snapshot
    GradientCheckOutcome check; // GradientChecked
    bp::TrainingResult result;  // Finished
    std::string error;          // Failed
};

class TrainingOutbox : public QObject
{
    Q_OBJECT
public:
    explicit TrainingOutbox(QObject* parent = nullptr);

    /// Any thread: queues the message and wakes the receiving thread if it was idle.
    void post(WorkerMessage message);

    /// Receiving thread: only messages of this run are delivered from now on (0 = none;
    /// the default delivers every run's). Stale messages of abandoned runs are dropped.
    void acceptOnly(std::uint64_t generation);
    void acceptAll();

signals:
    void snapshot(const bpui::TrainingSnapshot& snapshot);
    void gradientChecked(const bpui::GradientCheckOutcome& outcome);
    void finished(const bp::TrainingResult& result);
    void failed(const QString& message);

private:
    void deliver();

    std::mutex mutex_;
    std::deque<WorkerMessage> queue_; // guarded by mutex_
    bool filtering_ = false;          // receiving thread only
    std::uint64_t accepted_ = 0;
};

} // namespace bpui
