#include "session/landscape/landscaperunner.h"

#include "dataset.h"
#include "trainer.h"

#include "session/projectmodel.h"
#include "session/runsmodel.h"

#include <Eigen/Dense>

#include <cmath>
#include <exception>
#include <tuple>
#include <utility>

namespace bpui {

namespace {

/// Points in the plane's (a, b) coordinates: the least-squares (a, b) with
/// θ + a·d₁ + b·d₂ ≈ θ_i (2 × 2 normal equations; for orthonormal directions the dot products).
bp::Matrix landscapeProject(const std::vector<bp::Vector>& points, const bp::Vector& current,
                            const bp::LandscapeDirections& directions)
{
    Eigen::Matrix2d gram;
    gram << directions.d1.squaredNorm(), directions.d1.dot(directions.d2),
        directions.d1.dot(directions.d2), directions.d2.squaredNorm();
    const Eigen::LDLT<Eigen::Matrix2d> solver(gram);
    bp::Matrix projected(static_cast<bp::Index>(points.size()), 2);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const bp::Vector delta = points[i] - current;
        const Eigen::Vector2d rhs(directions.d1.dot(delta), directions.d2.dot(delta));
        projected.row(static_cast<bp::Index>(i)) = solver.solve(rhs).transpose();
    }
    return projected;
}

/// The share of Σ_i ‖θ_i − θ‖² along the unit d₁ and d₂ over every path (what core's
/// trajectoryDirections reports for its orthonormal ones), NaN when all points are θ.
std::pair<double, double> landscapeShares(const std::vector<bp::Vector>& points,
                                          const bp::Vector& current,
                                          const bp::LandscapeDirections& directions)
{
    const double n1 = directions.d1.norm();
    const double n2 = directions.d2.norm();
    double total = 0.0, along1 = 0.0, along2 = 0.0;
    for (const bp::Vector& point : points) {
        const bp::Vector delta = point - current;
        total += delta.squaredNorm();
        const double a = n1 > 0.0 ? directions.d1.dot(delta) / n1 : 0.0;
        const double b = n2 > 0.0 ? directions.d2.dot(delta) / n2 : 0.0;
        along1 += a * a;
        along2 += b * b;
    }
    if (!(total > 0.0))
        return {bp::LandscapeDirections::kNaN, bp::LandscapeDirections::kNaN};
    return {along1 / total, along2 / total};
}

} // namespace

LandscapeRunner::LandscapeRunner(ProjectModel* model, RunsModel* runs, QObject* parent)
    : QObject(parent), model_(model), runs_(runs)
{
    setObjectName(QStringLiteral("landscapeRunner"));
    connect(&task_, &BackgroundTask::finished, this, &LandscapeRunner::onDone);
    // Another network or data: the picture describes another function. New weights alone
    // (training, Reset weights) keep it on show until the next computation.
    connect(model_, &ProjectModel::datasetChanged, this, &LandscapeRunner::forget);
    connect(model_, &ProjectModel::architectureChanged, this, &LandscapeRunner::forget);
    connect(model_, &ProjectModel::replaced, this, [this](unsigned changes, ReplaceCause cause) {
        if (cause != ReplaceCause::Undo || (changes & (DataChanged | ArchitectureChanged)) != 0)
            forget();
    });
}

LandscapeRunner::~LandscapeRunner()
{
    if (token_)
        token_->cancel();
    task_.wait();
}

LandscapeRequest LandscapeRunner::requestFor(const ProjectModel& model, const RunsModel& runs,
                                             LandscapeDirectionsKind directions, int gridSize)
{
    LandscapeRequest request;
    request.architecture = model.architecture();
    request.split = model.sharedSplit();
    request.lambda = model.config().lambda;
    request.current = model.parameters();
    const bp::OptimizerKind optimizer = model.config().optimizer;
    const bool hasStep =
        optimizer != bp::OptimizerKind::LBFGS && optimizer != bp::OptimizerKind::ConjugateGradient;
    request.learningRate = hasStep ? model.config().learningRate : 0.0;
    request.directions = directions;
    request.gridSize = gridSize;
    request.maxExamples = kMaxExamples;

    const bp::Index count = request.architecture.parameterCount();
    const RunsModel::Run& live = runs.liveRun();
    for (const bp::TimelineSnapshot& snapshot : live.timeline.snapshots())
        if (snapshot.weights.size() == count) {
            request.trajectory.push_back(snapshot.weights);
            request.iteration = snapshot.iteration;
        }
    // The timeline keeps every stride-th published snapshot: the weights on show may be newer.
    if (request.trajectory.empty() || request.trajectory.back() != request.current)
        request.trajectory.push_back(request.current);
    if (!runs.liveHistory().empty())
        request.iteration = runs.liveHistory().back().iteration;
    request.initial = request.trajectory.front();

    // The ticked runs trained on this data with this network (a race's racers): their paths.
    for (int row = 0; row < runs.count(); ++row) {
        const RunsModel::Run* run = runs.find(runs.idAt(row));
        if (run == nullptr || run->live || run->racing || !run->ticked || runs.isOtherData(*run) ||
            !(run->architecture == request.architecture) ||
            run->timeline.empty())
            continue;
        LandscapeOtherPath other{run->name, run->colour, {}, {}};
        for (const bp::TimelineSnapshot& snapshot : run->timeline.snapshots())
            if (snapshot.weights.size() == count)
                other.trajectory.push_back(snapshot.weights);
        if (run->finalWeights.size() == count &&
            (other.trajectory.empty() || other.trajectory.back() != run->finalWeights))
            other.trajectory.push_back(run->finalWeights);
        if (!other.trajectory.empty())
            request.others.push_back(std::move(other));
    }
    return request;
}

QString LandscapeRunner::problemWith(const LandscapeRequest& request)
{
    const bp::Index count = request.architecture.parameterCount();
    if (!request.split || request.split->train.size() == 0)
        return tr("There are no training examples to measure J on.");
    if (count == 0 || request.current.size() != count || request.initial.size() != count)
        return tr("The network has no weights yet.");
    if (request.gridSize < kMinGridSize || request.gridSize > kMaxGridSize ||
        request.gridSize % 2 == 0)
        return tr("The grid size must be odd, from %1 to %2.").arg(kMinGridSize).arg(kMaxGridSize);
    if (request.directions == LandscapeDirectionsKind::Trajectory) {
        // Consecutive repeats (a run that stopped where it started) add no direction.
        int distinct = 0;
        const auto countDistinct = [&distinct](const std::vector<bp::Vector>& path) {
            for (std::size_t i = 0; i < path.size(); ++i)
                if (i == 0 || path[i] != path[i - 1])
                    ++distinct;
        };
        for (const LandscapeOtherPath& other : request.others)
            countDistinct(other.trajectory);
        countDistinct(request.trajectory);
        if (distinct < kMinSnapshots)
            return tr("Train for a few iterations first: the principal directions need at least "
                      "%1 weight snapshots (there are %2).")
                .arg(kMinSnapshots)
                .arg(distinct);
    }
    return {};
}

bool LandscapeRunner::startFromSession(LandscapeDirectionsKind directions, int gridSize)
{
    return start(requestFor(*model_, *runs_, directions, gridSize));
}

bool LandscapeRunner::start(LandscapeRequest request)
{
    if (isRunning())
        return false;
    if (const QString problem = problemWith(request); !problem.isEmpty()) {
        emit failed(problem);
        return false;
    }
    ++generation_;
    cancelRequested_ = false;
    token_ = std::make_shared<bp::CancellationToken>();
    outcome_ = std::make_shared<Outcome>();
    std::shared_ptr<bp::CancellationToken> token = token_;
    std::shared_ptr<Outcome> outcome = outcome_;
    Mailbox<Message>* mailbox = &mailbox_; // outlives the task: the destructor joins it
    const long generation = generation_;
    const int pathPoints = bp::LossLandscape::kPathPoints;
    const int gradientPoints = bp::LossLandscape::kGradientPoints;
    const int total = pathPoints + gradientPoints + request.gridSize * request.gridSize;

    emit started(total);
    emit progress(0, total);
    task_.start([request = std::move(request), token, outcome, mailbox, generation, total,
                 pathPoints, gradientPoints] {
        // One phase after the other; each reports its own done count, offset here.
        auto reportFrom = [mailbox, generation, total](int offset) {
            return [mailbox, generation, total, offset](bp::Index done, bp::Index) {
                mailbox->put(Message{generation, offset + static_cast<int>(done), total});
            };
        };
        try {
            const bp::Dataset& train = request.split->train;
            const bp::Matrix Y = bp::encodeTargets(train, request.architecture.outputSize());
            bp::LossLandscape landscape(request.architecture, train.features, Y, request.lambda,
                                        request.maxExamples);
            landscape.setThreadCount(kThreads);
            landscape.setCancellationToken(token.get());

            LandscapeResult result;
            result.directions = request.directions;
            result.examplesUsed = landscape.examplesUsed();
            result.examplesTotal = train.size();
            result.gridSize = request.gridSize;
            result.iteration = request.iteration;

            landscape.setProgress(reportFrom(0));
            result.path = landscape.pathSlice(request.initial, request.current);
            landscape.setProgress(reportFrom(pathPoints));
            result.gradient = landscape.gradientSlice(request.current, request.learningRate);

            // Every path's points, the live run's last so that θ_final is θ, the centre.
            std::vector<bp::Vector> all;
            for (const LandscapeOtherPath& other : request.others)
                all.insert(all.end(), other.trajectory.begin(), other.trajectory.end());
            all.insert(all.end(), request.trajectory.begin(), request.trajectory.end());
            result.snapshotsUsed = static_cast<int>(all.size());
            const bp::LandscapeDirections directions =
                request.directions == LandscapeDirectionsKind::Trajectory
                    ? bp::trajectoryDirections(all, token.get())
                    : bp::filterNormalizedDirections(request.architecture, request.current,
                                                     request.seed);
            if (directions.orthonormal) {
                result.explained1 = directions.explained1;
                result.explained2 = directions.explained2;
            } else {
                std::tie(result.explained1, result.explained2) =
                    landscapeShares(all, request.current, directions);
            }
            result.projectedPath = landscapeProject(request.trajectory, request.current, directions);
            result.projectedPath.bottomRows(1).setZero(); // θ itself, exactly
            for (const LandscapeOtherPath& other : request.others) {
                LandscapeOtherPath drawn{other.name, other.colour, {}, {}};
                drawn.projected = landscapeProject(other.trajectory, request.current, directions);
                result.others.push_back(std::move(drawn));
            }
            landscape.setProgress(reportFrom(pathPoints + gradientPoints));
            result.grid = landscape.contour(request.current, directions, request.gridSize);
            outcome->result = std::move(result);
        } catch (const bp::Cancelled&) {
            outcome->cancelled = true;
        } catch (const std::exception& error) {
            outcome->error = error.what();
        } catch (...) {
            outcome->error = "the landscape failed with an unknown error";
        }
    });
    return true;
}

void LandscapeRunner::cancel()
{
    if (!isRunning())
        return;
    cancelRequested_ = true;
    token_->cancel();
}

void LandscapeRunner::forget()
{
    cancel();
    result_.reset();
    emit resultCleared();
}

void LandscapeRunner::drain()
{
    std::optional<Message> last;
    for (Message& message : mailbox_.takeAll())
        if (message.generation == generation_ && !cancelRequested_)
            last = message; // only the newest count matters
    if (last)
        emit progress(last->done, last->total);
}

void LandscapeRunner::onDone()
{
    drain(); // the last count, before the end is announced
    const std::shared_ptr<Outcome> outcome = std::move(outcome_);
    const bool cancelled = cancelRequested_ || !outcome || outcome->cancelled;
    if (!cancelled && outcome->result) {
        result_ = std::move(outcome->result);
        emit resultReady();
    } else if (!cancelled && !outcome->error.empty()) {
        emit failed(QString::fromStdString(outcome->error));
    }
    emit finished(cancelled);
}

} // namespace bpui
