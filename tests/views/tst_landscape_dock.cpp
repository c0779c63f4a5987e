// The Landscape dock in the real studio window, offscreen: listed in the View menu and hidden
// at start; after a short training run Compute draws an N × N contour of finite values whose
// centre is J(θ) (a CostFunction on the same training data and λ, relative 1e-12) and whose
// projected path ends at the origin, and states the sub-sampling, the grid and the snapshots;
// Cancel stops a long computation with finished(cancelled) and nothing drawn; "Refresh every N
// iterations" recomputes while training runs, each start at least N iterations after the last;
// switching directions recomputes; File → New clears the dock. Waits on signals and
// conditions, never sleeps.

#include "costfunction.h"
#include "dataset.h"

#include "session/landscape/landscaperunner.h"
#include "session/lessoncatalog.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/landscape/landscapedock.h"
#include "views/landscape/landscapetools.h"
#include "views/lessons/lessontools.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace bpui;

class TestLandscapeDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dockIsHiddenAndInTheViewMenu();
    void explainsWhatIsMissingBeforeTraining();
    void computesAContourThroughTheCurrentWeights();
    void cancelStopsALongComputation();
    void refreshesEveryNIterationsDuringTraining();
    void switchingDirectionsRecomputes();
    void newProjectClearsTheDock();
    void whereTheOptimiserGoesLessonDrawsEveryTickedPath();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    LandscapeTools* tools() const { return window_->findChild<LandscapeTools*>(); }
    LandscapeDock* view() const { return tools()->view(); }
    void showDock();
    /// Long run budget, then Train until the live run's timeline holds `snapshots` weight
    /// snapshots, then Stop (and wait for the end).
    bool trainForSnapshots(std::size_t snapshots);
    /// Clicks Compute and waits for finished(); its `cancelled` argument.
    bool computeAndWait();

    std::unique_ptr<MainWindow> window_;
};

void TestLandscapeDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestLandscapeDock::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(tools() != nullptr);
}

void TestLandscapeDock::cleanup()
{
    if (window_)
        child<QAction>("actionStop")->trigger();
    window_.reset();
}

void TestLandscapeDock::showDock()
{
    tools()->dock()->toggleViewAction()->trigger();
    QTRY_VERIFY(tools()->dock()->isVisible());
}

bool TestLandscapeDock::trainForSnapshots(std::size_t snapshots)
{
    ProjectModel* model = window_->model();
    bp::TrainingConfig config = model->config();
    config.maxIterations = 1000000; // stopped below, once enough snapshots are in
    model->setConfig(config);
    RunsModel* runs = window_->session()->runs();
    child<QAction>("actionTrainPause")->trigger();
    const bool enough = QTest::qWaitFor(
        [&] { return runs->liveRun().timeline.snapshots().size() >= snapshots; }, 120000);
    child<QAction>("actionStop")->trigger();
    TrainingController* controller = window_->controller();
    return QTest::qWaitFor([controller] { return !controller->isActive(); }, 60000) && enough;
}

bool TestLandscapeDock::computeAndWait()
{
    QSignalSpy finished(tools()->runner(), &LandscapeRunner::finished);
    QTest::mouseClick(view()->computeButton(), Qt::LeftButton);
    if (!finished.wait(120000))
        return true;
    return finished.first().first().toBool();
}

void TestLandscapeDock::dockIsHiddenAndInTheViewMenu()
{
    QDockWidget* dock = child<QDockWidget>("landscapeDock");
    QVERIFY(dock != nullptr);
    QCOMPARE(dock, tools()->dock());
    QVERIFY(!dock->isVisible());
    QMenu* menu = nullptr;
    for (QAction* action : window_->menuBar()->actions())
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
            menu = action->menu();
    QVERIFY(menu != nullptr);
    QVERIFY(menu->actions().contains(dock->toggleViewAction()));
    showDock();
    QVERIFY(window_->dockWidgetArea(dock) != Qt::NoDockWidgetArea);
    QCOMPARE(view()->gridSize(), 41);
    view()->setGridSize(20); // odd only
    QCOMPARE(view()->gridSize(), 21);
}

void TestLandscapeDock::explainsWhatIsMissingBeforeTraining()
{
    showDock();
    QSignalSpy failed(tools()->runner(), &LandscapeRunner::failed);
    QTest::mouseClick(view()->computeButton(), Qt::LeftButton);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(view()->message().startsWith(QStringLiteral("Train for a few iterations first: the "
                                                         "principal directions need at least 3 "
                                                         "weight snapshots")),
             qPrintable(view()->message()));
    QVERIFY(!tools()->runner()->isRunning());
    QCOMPARE(view()->colorMap()->data()->keySize(), 0);
}

void TestLandscapeDock::computesAContourThroughTheCurrentWeights()
{
    showDock();
    QVERIFY(trainForSnapshots(5));
    const int n = 21;
    view()->setGridSize(n);
    QVERIFY(!computeAndWait());
    const LandscapeResult* result = tools()->runner()->result();
    QVERIFY(result != nullptr);

    // The colour map holds N × N finite values; its centre is J(θ) on the training data.
    QCPColorMapData* data = view()->colorMap()->data();
    QCOMPARE(data->keySize(), n);
    QCOMPARE(data->valueSize(), n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            QVERIFY(std::isfinite(data->cell(i, j)));
    ProjectModel* model = window_->model();
    const bp::Dataset& train = model->split().train;
    const bp::Matrix Y = bp::encodeTargets(train, model->architecture().outputSize());
    bp::CostFunction cost(model->architecture(), train.features, Y, model->config().lambda);
    const double expected = cost.evaluate(model->parameters(), nullptr);
    const double centre = data->cell(n / 2, n / 2);
    QVERIFY2(std::abs(centre - expected) <= 1e-12 * std::abs(expected),
             qPrintable(QStringLiteral("%1 vs %2").arg(centre, 0, 'g', 17).arg(expected, 0, 'g', 17)));

    // The path ends at the origin, θ itself.
    QCPCurve* path = view()->pathCurve();
    QVERIFY(path->dataCount() >= 3);
    const QCPCurveData& last = *(path->data()->constEnd() - 1);
    QCOMPARE(last.key, 0.0);
    QCOMPARE(last.value, 0.0);

    // The 1-D slices: both plots drawn; the path slice passes through J(θ) at t = 1.
    QVERIFY(view()->pathPlot()->graphCount() >= 1);
    QVERIFY(view()->gradientPlot()->graphCount() >= 1);
    QCOMPARE(result->path.costs[static_cast<std::size_t>(result->path.atEnd)], centre);

    // The view states the sub-sampling, the grid and the snapshots used.
    const QString m = QString::number(train.size());
    QVERIFY2(view()->info().contains(QStringLiteral("J on %1 of %1 training examples").arg(m)),
             qPrintable(view()->info()));
    QVERIFY(view()->info().contains(QStringLiteral("grid 21 × 21")));
    QVERIFY(view()->info().contains(
        QStringLiteral("%1 trajectory snapshots").arg(result->snapshotsUsed)));
    QVERIFY(result->snapshotsUsed >= 5);
    view()->showContourTab();
    bptest::saveShot(tools()->dock(), QStringLiteral("landscape-dock.png"));
}

void TestLandscapeDock::cancelStopsALongComputation()
{
    showDock();
    QVERIFY(trainForSnapshots(4));
    view()->setGridSize(LandscapeRunner::kMaxGridSize); // 10,201 points: far longer than a click
    LandscapeRunner* runner = tools()->runner();
    QSignalSpy finished(runner, &LandscapeRunner::finished);
    QSignalSpy ready(runner, &LandscapeRunner::resultReady);
    QTest::mouseClick(view()->computeButton(), Qt::LeftButton);
    QVERIFY(runner->isRunning());
    QVERIFY(view()->cancelButton()->isEnabled());
    QVERIFY(!view()->computeButton()->isEnabled());
    QTest::mouseClick(view()->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(ready.count(), 0);
    QVERIFY(runner->result() == nullptr);
    QCOMPARE(view()->colorMap()->data()->keySize(), 0);
    QCOMPARE(view()->pathCurve()->dataCount(), 0);
    QVERIFY(view()->message().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(view()->computeButton()->isEnabled());
    QVERIFY(!view()->cancelButton()->isEnabled());
}

void TestLandscapeDock::refreshesEveryNIterationsDuringTraining()
{
    showDock();
    const int every = 50;
    view()->setGridSize(11);
    view()->setDirections(LandscapeDirectionsKind::Random); // needs no snapshots to start
    view()->setRefreshEvery(true, every);
    LandscapeRunner* runner = tools()->runner();
    QList<long> iterations; // of each result drawn
    connect(runner, &LandscapeRunner::resultReady, this,
            [&] { iterations << runner->result()->iteration; });
    QSignalSpy started(runner, &LandscapeRunner::started);

    ProjectModel* model = window_->model();
    bp::TrainingConfig config = model->config();
    config.maxIterations = 1000000;
    model->setConfig(config);
    child<QAction>("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(iterations.size() >= 3, 120000);
    child<QAction>("actionStop")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->controller()->isActive() && !runner->isRunning(), 60000);

    QCOMPARE(view()->startCount(), started.count()); // every start the dock asked for began
    // Coalesced: a refresh that came due while one ran started once, after it, so the results
    // are at least N iterations apart.
    for (int i = 1; i < iterations.size(); ++i)
        QVERIFY2(iterations[i] - iterations[i - 1] >= every,
                 qPrintable(QStringLiteral("results at %1 and %2")
                                .arg(iterations[i - 1])
                                .arg(iterations[i])));

    // Off: training no longer recomputes.
    view()->setRefreshEvery(false, every);
    const int before = started.count();
    child<QAction>("actionTrainPause")->trigger();
    const long from = window_->session()->history()->rows().back().iteration;
    QTRY_VERIFY_WITH_TIMEOUT(window_->session()->history()->rows().back().iteration > from + 4 * every,
                             60000);
    child<QAction>("actionStop")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->controller()->isActive(), 60000);
    QCOMPARE(started.count(), before);
}

void TestLandscapeDock::switchingDirectionsRecomputes()
{
    showDock();
    QVERIFY(trainForSnapshots(4));
    view()->setGridSize(11);
    QVERIFY(!computeAndWait());
    LandscapeRunner* runner = tools()->runner();
    QCOMPARE(runner->result()->directions, LandscapeDirectionsKind::Trajectory);
    QSignalSpy ready(runner, &LandscapeRunner::resultReady);
    view()->setDirections(LandscapeDirectionsKind::Random);
    QVERIFY(ready.wait(120000));
    QCOMPARE(runner->result()->directions, LandscapeDirectionsKind::Random);
    QVERIFY(child<QLabel>("landscapeExplained")->text().startsWith(QStringLiteral("Random")));
    QCOMPARE(view()->colorMap()->data()->keySize(), 11);
    QCOMPARE(view()->startCount(), 2);
}

void TestLandscapeDock::newProjectClearsTheDock()
{
    showDock();
    QVERIFY(trainForSnapshots(4));
    view()->setGridSize(11);
    QVERIFY(!computeAndWait());
    QCOMPARE(view()->colorMap()->data()->keySize(), 11);
    QVERIFY(!view()->info().isEmpty());
    child<QAction>("actionNewProject")->trigger();
    QTRY_VERIFY(tools()->runner()->result() == nullptr);
    QCOMPARE(view()->colorMap()->data()->keySize(), 0);
    QCOMPARE(view()->pathCurve()->dataCount(), 0);
    QCOMPARE(view()->pathPlot()->graphCount(), 0);
    QVERIFY(view()->info().isEmpty());
    QVERIFY(view()->message().contains(QStringLiteral("press Compute")));
}

void TestLandscapeDock::whereTheOptimiserGoesLessonDrawsEveryTickedPath()
{
    // The lesson's way without a race: train with one method, Reset weights (same seed, same
    // start), train with another; the first run, ticked, is drawn beside the live one.
    const QList<Lesson>& lessons = window_->lessonTools()->lessons();
    const auto it = std::find_if(lessons.begin(), lessons.end(), [](const Lesson& l) {
        return l.id.startsWith(QStringLiteral("11-"));
    });
    QVERIFY(it != lessons.end());
    for (const char* phrase : {"**α = 0.2**", "2-8-8-2 tanh network", "seed 11",
                               "(action:actionRace)", "(action:actionLandscape)",
                               "**Principal directions of the", "**Reset weights**",
                               "two directions out of 114"})
        QVERIFY2(it->markdown.contains(QString::fromUtf8(phrase)), phrase);
    QVERIFY(bptest::openLessonAndWait(window_->lessonTools(), window_->projectFiles(), *it));
    ProjectModel* model = window_->model();
    QCOMPARE(model->architecture().parameterCount(), bp::Index(114));
    QCOMPARE(model->config().learningRate, 0.2);
    // The text's link: lessons trigger the window's action of that objectName.
    QAction* link = child<QAction>("actionLandscape");
    QVERIFY(link != nullptr && window_->actions().contains(link));
    link->trigger();
    QTRY_VERIFY(tools()->dock()->isVisible());

    TrainingController* controller = window_->controller();
    const auto trainToTheEnd = [&] {
        child<QAction>("actionTrainPause")->trigger();
        return QTest::qWaitFor([&] { return controller->state() == TrainingState::Finished; },
                               60000);
    };
    QVERIFY(trainToTheEnd()); // gradient descent, the lesson's 300 iterations
    const bp::Vector start =
        window_->session()->runs()->liveRun().timeline.snapshots().front().weights;
    child<QAction>("actionResetWeights")->trigger();
    QVERIFY(model->parameters() == start); // the same seed: the same start
    bp::TrainingConfig config = model->config();
    config.optimizer = bp::OptimizerKind::Adam;
    model->setConfig(config);
    QVERIFY(trainToTheEnd());

    RunsModel* runs = window_->session()->runs();
    QCOMPARE(runs->count(), 2);
    runs->setTicked(runs->idAt(0), true);
    view()->setGridSize(11);
    view()->setLogScale(true);
    QVERIFY(!computeAndWait());
    QCOMPARE(view()->otherCurves().size(), 1);
    QVERIFY(view()->otherCurves().front()->dataCount() >= 2);
    QVERIFY(view()->pathCurve()->dataCount() >= 2);
    QVERIFY(child<QLabel>("landscapeExplained")->text().contains(runs->find(runs->idAt(0))->name));
    // Both paths leave the same weights: their first points coincide on the plane.
    const QCPCurveData& a = *view()->otherCurves().front()->data()->constBegin();
    const QCPCurveData& b = *view()->pathCurve()->data()->constBegin();
    QVERIFY(std::abs(a.key - b.key) < 1e-9 && std::abs(a.value - b.value) < 1e-9);
}

QTEST_MAIN(TestLandscapeDock)
#include "tst_landscape_dock.moc"
