#include "session/gradientcheckrunner.h"

#include "session/enginemessages.h"

namespace bpui {

GradientCheckRunner::GradientCheckRunner(ProjectModel* model, QObject* parent)
    : QObject(parent), model_(model)
{
    registerMetaTypes();
    connect(&task_, &BackgroundTask::finished, this, &GradientCheckRunner::onDone);
    connect(&progress_, &ProgressRelay::progress, this, &GradientCheckRunner::progress);
}

GradientCheckRunner::~GradientCheckRunner()
{
    if (token_)
        token_->cancel();
    task_.wait();
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
    attempt_ = std::make_shared<Attempt>();
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<Attempt> attempt = attempt_;
    ProgressRelay* progress = &progress_;

    progress_.startPolling();
    // `this` (and so progress_) outlives the job: the destructor cancels and joins it.
    task_.start([request, token, attempt, progress] {
        auto report = [progress](bp::Index done, bp::Index total) {
            progress->report(done, total);
        };
        try {
            attempt->outcome = runGradientCheck(request, report, token.get());
        } catch (const bp::Cancelled&) {
            attempt->cancelled = true;
        } catch (const std::exception& error) {
            attempt->error = QString::fromUtf8(error.what()); // translated in onDone (GUI thread)
        } catch (...) {
            attempt->error = tr("The gradient check failed with an unknown error.");
        }
    });
    emit started(); // after the start: isRunning() is true for whoever listens (the window
                    // disables Gradient check until it ends)
}

void GradientCheckRunner::cancel()
{
    if (token_)
        token_->cancel();
}

void GradientCheckRunner::onDone()
{
    progress_.stopPolling();
    const Attempt attempt = std::move(*attempt_);
    attempt_.reset();
    if (attempt.outcome) {
        emit finished(*attempt.outcome);
    } else if (attempt.cancelled) {
        emit cancelled();
    } else {
        emit failed(EngineMessages::text(attempt.error));
    }
}

} // namespace bpui
