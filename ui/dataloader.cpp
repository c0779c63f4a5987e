#include "dataloader.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace bpui {

DataLoader::DataLoader(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DataLoader::onFinished);
}

DataLoader::~DataLoader()
{
    if (token_)
        token_->cancel();
    watcher_.waitForFinished();
}

bool DataLoader::load(const QString& description, Task task, Done done)
{
    if (isBusy())
        return false;
    token_ = std::make_shared<bp::CancellationToken>();
    done_ = std::move(done);
    std::shared_ptr<bp::CancellationToken> token = token_;
    emit busyChanged(true, description);
    watcher_.setFuture(QtConcurrent::run([task = std::move(task), token] {
        // Exceptions stay on this side: QFuture would wrap them in QUnhandledException.
        Outcome outcome;
        try {
            outcome.data = std::make_shared<bp::Dataset>(task(token.get()));
        } catch (const bp::Cancelled&) {
            outcome.cancelled = true;
        } catch (const std::exception& error) {
            outcome.error = QString::fromStdString(error.what());
        } catch (...) {
            outcome.error = QStringLiteral("loading failed with an unknown error");
        }
        return outcome;
    }));
    return true;
}

void DataLoader::cancel()
{
    if (token_)
        token_->cancel();
}

void DataLoader::onFinished()
{
    Outcome outcome = watcher_.result();
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
