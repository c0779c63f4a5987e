#include "worker/trainingoutbox.h"

#include <utility>

namespace bpui {

TrainingOutbox::TrainingOutbox(QObject* parent) : QObject(parent)
{
    registerMetaTypes();
    qRegisterMetaType<bpui::DivergenceTrip>();
}

void TrainingOutbox::post(WorkerMessage message)
{
    mailbox_.put(std::move(message));
}

void TrainingOutbox::acceptOnly(std::uint64_t generation)
{
    filtering_ = true;
    accepted_ = generation;
}

void TrainingOutbox::acceptAll()
{
    filtering_ = false;
}

void TrainingOutbox::deliver()
{
    std::deque<WorkerMessage> batch = mailbox_.takeAll();
    for (WorkerMessage& message : batch) {
        // A slot below may abandon the run (acceptOnly): re-check for every message.
        if (filtering_ && message.generation != accepted_)
            continue;
        switch (message.kind) {
        case WorkerMessage::Kind::Snapshot:
            emit snapshot(message.snapshot);
            // A slot above may have abandoned the run: its trip is stale too.
            if (message.trip && !(filtering_ && message.generation != accepted_))
                emit divergenceTripped(*message.trip);
            break;
        case WorkerMessage::Kind::GradientChecked:
            emit gradientChecked(message.check);
            break;
        case WorkerMessage::Kind::Finished:
            emit finished(message.result);
            break;
        case WorkerMessage::Kind::Failed:
            emit failed(QString::fromStdString(message.error));
            break;
        }
    }
}

} // namespace bpui
