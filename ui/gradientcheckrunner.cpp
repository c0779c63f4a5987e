#include "gradientcheckrunner.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace bpui {

GradientCheckRunner::GradientCheckRunner(ProjectModel* model, QObject* parent)
    : QObject(parent), model_(model)
{
    registerMetaTypes();
    connect(&watcher_, &QFutureWatcher<Attempt>::finished, this, &GradientCheckRunner::onDone);
}

GradientCheckRunner::~GradientCheckRunner()
{
    if (token_)
        token_->cancel();
    watcher_.waitForFinished();
}

void GradientCheckRunner::run()
{
    if (isRunning())
        return;
    GradientCheckRequest request;
    request.arch = model_->architecture();
    request.params = model_->parameters();
    std::shared_ptr<const bp::DataSplit> split = model_->sharedSplit();
    request.data = std::shared_ptr<const bp::Dataset>(split, &split->train);
    request.lambda = model_->config().lambda;

    token_ = std::make_shared<bp::CancellationToken>();
    lastProgressMs_ = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<std::atomic<qint64>> lastMs = lastProgressMs_;

    emit started();
    // `this` outlives the job: the destructor cancels and waits for it.
    watcher_.setFuture(QtConcurrent::run([this, request, token, lastMs] {
        auto report = [&](bp::Index done, bp::Index total) {
            // ≤ 20 progress events a second reach the GUI, however fast the checks are.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (done != total && now - lastMs->load() < 50)
                return;
            lastMs->store(now);
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        };
        Attempt attempt;
        try {
            attempt.outcome = runGradientCheck(request, report, token.get());
        } catch (const bp::Cancelled&) {
            attempt.cancelled = true;
        } catch (const std::exception& error) {
            attempt.error = QString::fromStdString(error.what());
        } catch (...) {
            attempt.error = QStringLiteral("The gradient check failed with an unknown error.");
        }
        return attempt;
    }));
}

void GradientCheckRunner::cancel()
{
    if (token_)
        token_->cancel();
}

void GradientCheckRunner::onDone()
{
    const Attempt attempt = watcher_.result();
    if (attempt.outcome) {
        last_ = attempt.outcome;
        emit finished(*attempt.outcome);
    } else if (attempt.cancelled) {
        emit cancelled();
    } else {
        emit failed(attempt.error);
    }
}

} // namespace bpui
