#include "dataloader.h"

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
    if (isBusy())
        return false;
    token_ = std::make_shared<bp::CancellationToken>();
    done_ = std::move(done);
    outcome_ = std::make_shared<Outcome>();
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<Outcome> outcome = outcome_;
    emit busyChanged(true, description);
    task_.start([task = std::move(task), token, outcome] {
        // Exceptions stay on that thread: they become the outcome's message.
        try {
            outcome->data = std::make_shared<bp::Dataset>(task(token.get()));
        } catch (const bp::Cancelled&) {
            outcome->cancelled = true;
        } catch (const std::exception& error) {
            outcome->error = QString::fromStdString(error.what());
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
    Done done = std::move(done_);
    done_ = nullptr;
    emit busyChanged(false, QString());
    if (outcome.data && done) {
        try {
            done(std::move(*outcome.data));
        } catch (const std::exception& error) {
            emit failed(QString::fromStdString(error.what())); // e.g. the project rejected it
        }
    } else if (outcome.cancelled) {
        emit cancelled();
    } else {
        emit failed(outcome.error);
    }
}

} // namespace bpui
