#include "session/dataloader.h"

#include "session/enginemessages.h"

#include <exception>

namespace bpui {

DataLoader::DataLoader(QObject* parent) : QObject(parent)
{
    connect(&task_, &BackgroundTask::finished, this, &DataLoader::onFinished);
}

DataLoader::~DataLoader()
{
    if (token_)
        token_->cancel();
    task_.wait();
}

bool DataLoader::load(const QString& description, Task task, Done done)
{
    return run(description, [task = std::move(task),
                             done = std::move(done)](const bp::CancellationToken* token) {
        auto data = std::make_shared<bp::Dataset>(task(token));
        return Apply([done, data] { done(std::move(*data)); });
    });
}

bool DataLoader::run(const QString& description, Job job, Ended ended)
{
    if (isBusy())
        return false;
    ended_ = std::move(ended);
    token_ = std::make_shared<bp::CancellationToken>();
    outcome_ = std::make_shared<Outcome>();
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<Outcome> outcome = outcome_;
    emit busyChanged(true, description);
    task_.start([job = std::move(job), token, outcome] {
        // Exceptions stay on that thread: they become the outcome's message.
        try {
            outcome->apply = job(token.get());
        } catch (const bp::Cancelled&) {
            outcome->cancelled = true;
        } catch (const std::exception& error) {
            // English here, on the loader's thread; translated on the GUI thread (onFinished),
            // where every other EngineMessages call runs.
            outcome->error = QString::fromUtf8(error.what());
        } catch (...) {
            outcome->error = QStringLiteral("loading failed with an unknown error");
        }
    });
    return true;
}

void DataLoader::cancel()
{
    if (token_)
        token_->cancel();
}

void DataLoader::onFinished()
{
    Outcome outcome = std::move(*outcome_);
    outcome_.reset();
    const Ended ended = std::move(ended_);
    ended_ = nullptr;
    emit busyChanged(false, QString());
    End end;
    end.cancelled = outcome.cancelled;
    end.error = outcome.error == QLatin1String("loading failed with an unknown error")
                    ? tr("loading failed with an unknown error")
                    : EngineMessages::text(outcome.error);
    if (outcome.apply) {
        try {
            outcome.apply();
            end.applied = true;
        } catch (const std::exception& error) {
            end.error = EngineMessages::text(error.what()); // e.g. the project rejected it
        }
    }
    if (ended)
        ended(end);
    else if (end.cancelled)
        emit cancelled();
    else if (!end.applied)
        emit failed(end.error);
}

} // namespace bpui
