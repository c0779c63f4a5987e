#pragma once
// The training worker's way out: it posts messages here from its own thread, and the outbox,
// which lives on the receiving (GUI) thread, re-emits them there as typed signals, in order.
//
// The messages cross in a Mailbox (worker/mailbox.h): under a std::mutex that ThreadSanitizer
// sees, woken by a queued call that carries nothing, never through Qt's event queue. Stale
// messages are dropped here, on the receiving thread, by generation (acceptOnly).

#include "worker/divergencerule.h"
#include "worker/mailbox.h"
#include "worker/trainingsnapshot.h"

#include <QObject>

#include <cstdint>
#include <optional>
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
    TrainingSnapshot snapshot;          // Snapshot
    std::optional<DivergenceTrip> trip; // Snapshot: the guard paused the run at this row
    GradientCheckOutcome check;         // GradientChecked
    bp::TrainingResult result;          // Finished
    std::string error;                  // Failed
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
    /// Right after the (Paused) snapshot whose rows include the blow-up.
    void divergenceTripped(const bpui::DivergenceTrip& trip);
    void gradientChecked(const bpui::GradientCheckOutcome& outcome);
    void finished(const bp::TrainingResult& result);
    void failed(const QString& message);

private:
    void deliver();

    Mailbox<WorkerMessage> mailbox_{this, [this] { deliver(); }}; // wakes on every post
    bool filtering_ = false;                                      // receiving thread only
    std::uint64_t accepted_ = 0;                                  // receiving thread only
};

} // namespace bpui

Q_DECLARE_METATYPE(bpui::DivergenceTrip)
