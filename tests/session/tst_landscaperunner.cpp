// LandscapeRunner with no widget: a computation's grid passes through J(θ) (compared with a
// CostFunction on the same training data, relative 1e-12: the grid's points are evaluated by a
// one-thread CostFunction, the reference by the default one), its projected path ends at the
// origin, progress reaches the total; too short a trajectory is refused with the message the
// dock shows; Cancel drops the result; random directions give a finite, small explained
// share; another project forgets the result; requestFor reads the live run's timeline.
// Waits are on signals (QSignalSpy::wait), never sleeps.
#include "costfunction.h"
#include "dataset.h"

#include "session/landscape/landscaperunner.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "worker/trainingsnapshot.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

#include <cmath>

using namespace bpui;

namespace {

/// The session's example (spiral, 2-16-16-3) with `steps` gradient-descent steps from its
/// initial weights: every step one trajectory snapshot.
LandscapeRequest landscapeTestRequest(const ProjectModel& model, int steps)
{
    LandscapeRequest request;
    request.architecture = model.architecture();
    request.split = model.sharedSplit();
    request.lambda = 0.01;
    request.learningRate = 0.5;
    const bp::Matrix Y = bp::encodeTargets(request.split->train, request.architecture.outputSize());
    bp::CostFunction cost(request.architecture, request.split->train.features, Y, request.lambda);
    bp::Vector theta = model.parameters();
    bp::Vector gradient;
    request.trajectory.push_back(theta);
    for (int step = 0; step < steps; ++step) {
        cost.evaluate(theta, &gradient);
        theta -= request.learningRate * gradient;
        request.trajectory.push_back(theta);
    }
    request.initial = request.trajectory.front();
    request.current = request.trajectory.back();
    request.gridSize = 11;
    return request;
}

double landscapeReferenceCost(const LandscapeRequest& request)
{
    const bp::Matrix Y = bp::encodeTargets(request.split->train, request.architecture.outputSize());
    bp::CostFunction cost(request.architecture, request.split->train.features, Y, request.lambda);
    return cost.evaluate(request.current, nullptr);
}

} // namespace

class TestLandscapeRunner : public QObject
{
    Q_OBJECT
private slots:
    void computesAroundTheCurrentWeights();
    void refusesTooShortATrajectory();
    void cancelDropsTheResult();
    void randomDirectionsProjectThePath();
    void anotherProjectForgetsTheResult();
    void requestReadsTheLiveTimeline();
    void tickedRunsShareThePlane();

private:
    /// Starts and waits for finished(); the finished() argument (cancelled).
    static bool runAndWait(LandscapeRunner* runner, LandscapeRequest request);
};

bool TestLandscapeRunner::runAndWait(LandscapeRunner* runner, LandscapeRequest request)
{
    QSignalSpy finished(runner, &LandscapeRunner::finished);
    if (!runner->start(std::move(request)))
        return true;
    if (!finished.wait(120000))
        return true;
    return finished.first().first().toBool();
}

void TestLandscapeRunner::computesAroundTheCurrentWeights()
{
    Session session;
    LandscapeRunner* runner = session.landscape();
    QSignalSpy progress(runner, &LandscapeRunner::progress);
    QSignalSpy ready(runner, &LandscapeRunner::resultReady);
    const LandscapeRequest request = landscapeTestRequest(*session.project(), 20);
    const double expected = landscapeReferenceCost(request);
    QVERIFY(!runAndWait(runner, request));
    QCOMPARE(ready.count(), 1);
    const LandscapeResult* result = runner->result();
    QVERIFY(result != nullptr);

    const bp::LandscapeGrid& grid = result->grid;
    QCOMPARE(grid.costs.rows(), 11);
    QCOMPARE(grid.costs.cols(), 11);
    QVERIFY(grid.costs.allFinite());
    const double centre = grid.costs(grid.centre(), grid.centre());
    QVERIFY2(std::abs(centre - expected) <= 1e-12 * std::abs(expected),
             qPrintable(QStringLiteral("%1 vs %2").arg(centre, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    QCOMPARE(result->path.costs[static_cast<std::size_t>(result->path.atEnd)], centre);

    QCOMPARE(result->projectedPath.rows(), 21);
    QCOMPARE(result->projectedPath(20, 0), 0.0);
    QCOMPARE(result->projectedPath(20, 1), 0.0);
    QVERIFY(result->explained1 > 0.5); // a gradient-descent path is mostly one direction
    QVERIFY(result->explained1 + result->explained2 <= 1.0 + 1e-12);
    QCOMPARE(result->snapshotsUsed, 21);
    QCOMPARE(result->examplesUsed, session.project()->split().train.size());
    QCOMPARE(result->examplesTotal, session.project()->split().train.size());

    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt()); // done == total at the end
    QCOMPARE(last.at(1).toInt(), bp::LossLandscape::kPathPoints +
                                     bp::LossLandscape::kGradientPoints + 11 * 11);
}

void TestLandscapeRunner::refusesTooShortATrajectory()
{
    Session session;
    LandscapeRunner* runner = session.landscape();
    QSignalSpy failed(runner, &LandscapeRunner::failed);
    LandscapeRequest request = landscapeTestRequest(*session.project(), 1); // two snapshots
    QVERIFY(!runner->start(request));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("at least 3 weight snapshots")));
    QVERIFY(!runner->isRunning());

    request.gridSize = 10; // even
    request.directions = LandscapeDirectionsKind::Random;
    QVERIFY(!runner->start(request));
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("odd")));
    request.gridSize = 5; // random directions need no trajectory
    QVERIFY(!runAndWait(runner, request));
    QVERIFY(runner->result() != nullptr);
}

void TestLandscapeRunner::cancelDropsTheResult()
{
    Session session;
    LandscapeRunner* runner = session.landscape();
    QSignalSpy finished(runner, &LandscapeRunner::finished);
    QSignalSpy ready(runner, &LandscapeRunner::resultReady);
    LandscapeRequest request = landscapeTestRequest(*session.project(), 5);
    request.gridSize = LandscapeRunner::kMaxGridSize; // ~10,000 points: far longer than a cancel
    QVERIFY(runner->start(request));
    QVERIFY(runner->isRunning());
    QVERIFY(!runner->start(request)); // one at a time: the caller coalesces
    runner->cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(ready.count(), 0);
    QVERIFY(runner->result() == nullptr);
    QVERIFY(!runner->isRunning());
}

void TestLandscapeRunner::randomDirectionsProjectThePath()
{
    Session session;
    LandscapeRunner* runner = session.landscape();
    LandscapeRequest request = landscapeTestRequest(*session.project(), 10);
    request.directions = LandscapeDirectionsKind::Random;
    QVERIFY(!runAndWait(runner, request));
    const LandscapeResult* result = runner->result();
    QVERIFY(result != nullptr);
    QCOMPARE(result->directions, LandscapeDirectionsKind::Random);
    QCOMPARE(result->projectedPath.rows(), 11);
    QCOMPARE(result->projectedPath(10, 0), 0.0);
    QVERIFY(std::isfinite(result->explained1) && std::isfinite(result->explained2));
    QVERIFY(result->explained1 + result->explained2 < 1.0);
    const double expected = landscapeReferenceCost(request);
    const double centre = result->grid.costs(result->grid.centre(), result->grid.centre());
    QVERIFY(std::abs(centre - expected) <= 1e-12 * std::abs(expected));
}

void TestLandscapeRunner::anotherProjectForgetsTheResult()
{
    Session session;
    LandscapeRunner* runner = session.landscape();
    QVERIFY(!runAndWait(runner, landscapeTestRequest(*session.project(), 5)));
    QVERIFY(runner->result() != nullptr);
    QSignalSpy cleared(runner, &LandscapeRunner::resultCleared);
    session.project()->loadExample(); // File → New
    QVERIFY(cleared.count() >= 1);
    QVERIFY(runner->result() == nullptr);
}

void TestLandscapeRunner::requestReadsTheLiveTimeline()
{
    Session session;
    ProjectModel* model = session.project();
    RunsModel* runs = session.runs();
    const LandscapeRequest path = landscapeTestRequest(*model, 3);
    // Training snapshots as the window hands them on: iterations 1 … 3.
    for (long i = 1; i <= 3; ++i) {
        TrainingSnapshot snapshot;
        snapshot.latest.iteration = i;
        snapshot.newRows = {snapshot.latest};
        snapshot.parameters =
            std::make_shared<const bp::Vector>(path.trajectory[static_cast<std::size_t>(i)]);
        runs->recordLiveSnapshot(snapshot);
    }
    model->setParameters(path.trajectory.back(), WeightsOrigin::Trained);
    const LandscapeRequest request = LandscapeRunner::requestFor(
        *model, *runs, LandscapeDirectionsKind::Trajectory, 41);
    QCOMPARE(request.trajectory.size(), std::size_t(4)); // θ₀ and the three snapshots
    QVERIFY(request.initial == path.trajectory.front());
    QVERIFY(request.current == path.trajectory.back());
    QVERIFY(request.trajectory.back() == request.current);
    QCOMPARE(request.gridSize, 41);
    QVERIFY(LandscapeRunner::problemWith(request).isEmpty());
}

void TestLandscapeRunner::tickedRunsShareThePlane()
{
    // A race's end: two finished, ticked runs from the current weights; the live run has only
    // θ itself. Their paths give the plane, centred on the common start.
    Session session;
    ProjectModel* model = session.project();
    RunsModel* runs = session.runs();
    const LandscapeRequest slow = landscapeTestRequest(*model, 6);
    for (int racer = 0; racer < 2; ++racer) {
        RunsModel::Run run;
        run.name = racer == 0 ? QStringLiteral("slow") : QStringLiteral("fast");
        run.architecture = model->architecture();
        run.ticked = true;
        // The second racer goes twice as far along each step's direction.
        for (std::size_t k = 0; k < slow.trajectory.size(); ++k)
            run.timeline.offer(static_cast<long>(k),
                               racer == 0 ? slow.trajectory[k]
                                          : bp::Vector(2.0 * slow.trajectory[k] -
                                                       slow.trajectory.front()));
        const int id = runs->addRun(std::move(run));
        runs->finishRun(id, runs->find(id)->timeline.snapshots().back().weights);
    }
    RunsModel::Run unticked;
    unticked.architecture = model->architecture();
    unticked.timeline.offer(0, slow.trajectory.back());
    runs->addRun(std::move(unticked)); // not ticked: not drawn

    const LandscapeRequest request = LandscapeRunner::requestFor(
        *model, *runs, LandscapeDirectionsKind::Trajectory, 7);
    QCOMPARE(request.trajectory.size(), std::size_t(1)); // the live run: θ only
    QCOMPARE(request.others.size(), std::size_t(2));
    QCOMPARE(request.others[0].name, QStringLiteral("slow"));
    QCOMPARE(request.others[0].trajectory.size(), slow.trajectory.size());
    QVERIFY(LandscapeRunner::problemWith(request).isEmpty());

    LandscapeRunner* runner = session.landscape();
    QVERIFY(!runAndWait(runner, request));
    const LandscapeResult* result = runner->result();
    QVERIFY(result != nullptr);
    QCOMPARE(result->others.size(), std::size_t(2));
    QCOMPARE(result->snapshotsUsed, static_cast<int>(2 * slow.trajectory.size() + 1));
    // Both paths start at θ, the origin, and the fast one ends twice as far out.
    const bp::Matrix& a = result->others[0].projected;
    const bp::Matrix& b = result->others[1].projected;
    QCOMPARE(a.rows(), static_cast<bp::Index>(slow.trajectory.size()));
    QVERIFY(a.row(0).norm() < 1e-12 && b.row(0).norm() < 1e-12);
    QVERIFY(std::abs(b.bottomRows(1).norm() - 2.0 * a.bottomRows(1).norm()) <
            1e-9 * a.bottomRows(1).norm());
    QVERIFY(result->explained1 + result->explained2 > 0.9); // the plane holds the paths
}

QTEST_MAIN(TestLandscapeRunner)
#include "tst_landscaperunner.moc"
