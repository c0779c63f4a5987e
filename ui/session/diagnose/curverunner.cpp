#include "session/diagnose/curverunner.h"

#include "session/enginemessages.h"

#include <exception>

namespace bpui {

int CurveResult::finishedCount() const
{
    int count = 0;
    for (const std::optional<bp::CurvePoint>& point : points)
        count += point ? 1 : 0;
    return count;
}

std::vector<bp::CurvePoint> CurveResult::finishedPoints() const
{
    std::vector<bp::CurvePoint> done;
    for (const std::optional<bp::CurvePoint>& point : points)
        if (point)
            done.push_back(*point);
    return done;
}

CurveRunner::CurveRunner(ProjectModel* model, QObject* parent) : QObject(parent), model_(model)
{
    setObjectName(QStringLiteral("curveRunner"));
    connect(&task_, &BackgroundTask::finished, this, &CurveRunner::onDone);
    // Another project or data set: its curves describe other data.
    connect(model_, &ProjectModel::datasetChanged, this, &CurveRunner::forget);
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes, ReplaceCause cause) {
        if (cause != ReplaceCause::Undo || (changes & DataChanged) != 0)
            forget();
    });
}

CurveRunner::~CurveRunner()
{
    if (token_)
        token_->cancel();
    task_.wait();
}

bp::CurvePlan CurveRunner::planFor(const ProjectModel& model, const CurveRequest& request)
{
    bp::CurvePlan plan;
    plan.kind = request.kind;
    plan.architecture = model.architecture();
    plan.config = model.config();
    plan.initKind = model.initKind();
    plan.initSeed = model.initSeed();
    plan.hiddenLayer = request.hiddenLayer;
    plan.evaluateTest = request.evaluateTest;
    plan.values = request.values;
    if (plan.values.empty()) {
        switch (request.kind) {
        case bp::CurveKind::Learning:
            plan.values = bp::learningCurveSizes(model.split().train);
            break;
        case bp::CurveKind::Lambda:
            plan.values = bp::lambdaGrid();
            break;
        case bp::CurveKind::Units:
            plan.values = bp::unitGrid();
            break;
        }
    }
    bp::checkCurvePlan(plan, model.split());
    return plan;
}

bool CurveRunner::start(const CurveRequest& request)
{
    if (isRunning())
        return false;
    bp::CurvePlan plan;
    try {
        plan = planFor(*model_, request);
    } catch (const std::exception& error) {
        emit failed(EngineMessages::text(error.what()));
        return false;
    }
    ++generation_;
    runningKind_ = request.kind;
    cancelRequested_ = false;
    CurveResult& result = slot(request.kind);
    result = CurveResult{};
    result.plan = plan;
    result.points.resize(plan.values.size());
    result.running = true;

    token_ = std::make_shared<bp::CancellationToken>();
    outcome_ = std::make_shared<Outcome>();
    std::shared_ptr<const bp::DataSplit> split = model_->sharedSplit();
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<Outcome> outcome = outcome_;
    Mailbox<Message>* mailbox = &mailbox_; // outlives the task: the destructor joins it
    const long generation = generation_;
    const int total = static_cast<int>(plan.values.size());

    emit started(static_cast<int>(request.kind), total);
    emit progress(0, total);
    task_.start([plan = std::move(plan), split, token, outcome, mailbox, generation] {
        try {
            bp::runCurve(
                plan, *split, kThreads,
                [mailbox, generation](std::size_t index, const bp::CurvePoint& point) {
                    mailbox->put(Message{generation, index, point}, Mailbox<Message>::Wake::Now);
                },
                token.get());
        } catch (const bp::Cancelled&) {
            outcome->cancelled = true;
        } catch (const std::exception& error) {
            outcome->error = error.what();
        } catch (...) {
            outcome->error = "the curve failed with an unknown error";
        }
    });
    return true;
}

void CurveRunner::cancel()
{
    if (!isRunning())
        return;
    cancelRequested_ = true;
    token_->cancel();
}

const CurveResult* CurveRunner::result(bp::CurveKind kind) const
{
    const std::optional<CurveResult>& r = results_[static_cast<std::size_t>(kind)];
    return r ? &*r : nullptr;
}

std::vector<bp::ProjectCurve> CurveRunner::toProjectCurves() const
{
    std::vector<bp::ProjectCurve> out;
    for (const std::optional<CurveResult>& r : results_) {
        if (!r || r->plan.values.empty() || r->finishedCount() == 0)
            continue;
        bp::ProjectCurve curve;
        curve.plan = r->plan;
        curve.points = r->points;
        curve.cancelled = r->cancelled || r->running;
        out.push_back(std::move(curve));
    }
    return out;
}

void CurveRunner::restore(const std::vector<bp::ProjectCurve>& curves)
{
    for (std::size_t kind = 0; kind < results_.size(); ++kind)
        if (!isRunning() || kind != static_cast<std::size_t>(runningKind_))
            results_[kind].reset();
    for (const bp::ProjectCurve& curve : curves) {
        const auto kind = static_cast<std::size_t>(curve.plan.kind);
        if (kind >= results_.size() || curve.points.size() != curve.plan.values.size() ||
            (isRunning() && curve.plan.kind == runningKind_))
            continue;
        CurveResult result;
        result.plan = curve.plan;
        result.points = curve.points;
        result.cancelled = curve.cancelled;
        results_[kind] = std::move(result);
    }
    emit resultsReplaced();
}

CurveResult& CurveRunner::slot(bp::CurveKind kind)
{
    std::optional<CurveResult>& r = results_[static_cast<std::size_t>(kind)];
    if (!r)
        r.emplace();
    return *r;
}

void CurveRunner::drain()
{
    for (Message& message : mailbox_.takeAll()) {
        if (message.generation != generation_ || cancelRequested_)
            continue; // an older run's, or after Cancel: never shown
        std::optional<CurveResult>& r = results_[static_cast<std::size_t>(runningKind_)];
        if (!r || message.index >= r->points.size())
            continue; // forgotten meanwhile (another project)
        r->points[message.index] = std::move(message.point);
        emit pointFinished(static_cast<int>(message.index));
        emit progress(r->finishedCount(), static_cast<int>(r->points.size()));
    }
}

void CurveRunner::onDone()
{
    drain(); // the last points, before the end is announced
    const Outcome outcome = outcome_ ? *outcome_ : Outcome{};
    outcome_.reset();
    const bool cancelled = cancelRequested_ || outcome.cancelled;
    std::optional<CurveResult>& r = results_[static_cast<std::size_t>(runningKind_)];
    if (r) {
        r->running = false;
        r->cancelled = cancelled;
        r->error = QString::fromStdString(outcome.error);
    }
    if (!outcome.error.empty() && !cancelled)
        emit failed(EngineMessages::text(outcome.error));
    emit finished(cancelled);
}

void CurveRunner::forget()
{
    for (std::size_t kind = 0; kind < results_.size(); ++kind)
        if (!isRunning() || kind != static_cast<std::size_t>(runningKind_))
            results_[kind].reset();
    cancel(); // the running curve's slot stays until onDone marks it cancelled
    emit resultsReplaced();
}

} // namespace bpui
