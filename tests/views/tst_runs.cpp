// Runs, race and timeline through the real studio window offscreen: kept runs overlay the
// cost plot (point counts, x-axis switch), a race trains every racer from the same weights,
// the live run ends at a weight reset, Branch from here starts from the snapshot's weights bit
// for bit, runs round-trip through save / open, and the timeline's memory cap holds.
// Set BPS_SCREENSHOT_DIR to also write runs.png of the window after a race.

#include "views/plots/costplot.h"
#include "views/shell/mainwindow.h"
#include "views/project/projectfiles.h"
#include "session/projectmodel.h"
#include "views/runs/racedialog.h"
#include "views/runs/runsdock.h"
#include "session/runsmodel.h"
#include "views/runs/runstools.h"
#include "testutil.h"
#include "session/timelinerecorder.h"
#include "views/runs/timelineview.h"
#include "generators.h"
#include "session/trainingcontroller.h"
#include "worker/trainingsnapshot.h"
#include "session/livehistory.h"
#include "session/session.h"
#include "uitestutil.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <qcustomplot.h>

#include <cstring>
#include <memory>
#include <set>

using namespace bpui;

namespace {

/// n rows of a made-up run: cost 1/(1+i) · scale, evaluations 2i+1, 0.01 s per row.
std::vector<bp::IterationStats> fakeRows(int n, double scale)
{
    std::vector<bp::IterationStats> rows;
    for (int i = 0; i < n; ++i) {
        bp::IterationStats row;
        row.iteration = i;
        row.epoch = i;
        row.evaluations = 2 * i + 1;
        row.trainCost = scale / (1.0 + i);
        row.fullTrainCost = row.trainCost;
        row.elapsedSeconds = 0.01 * i;
        rows.push_back(row);
    }
    return rows;
}

bp::Vector ramp(Eigen::Index n, double offset)
{
    bp::Vector v(n);
    for (Eigen::Index i = 0; i < n; ++i)
        v[i] = offset + 0.001 * static_cast<double>(i) + 0.1 / 3.0; // not short decimals
    return v;
}

using bptest::bitEqual;

} // namespace

class TestRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timelineMemoryCapHolds_data();
    void timelineMemoryCapHolds();
    void tickedRunsOverlayTheCostPlot();
    void liveRunEndsAtWeightReset();
    void raceTrainsEveryRacerFromTheSameWeights_data();
    void raceTrainsEveryRacerFromTheSameWeights();
    void raceStopKeepsWhatWasTrained();
    void branchFromTimelineStartsFromTheSnapshot();
    void runsRoundTripThroughSaveAndOpen();
    void runsOfOtherDataAreKeptButNotOverlaid();

private:
    RunsTools* tools() const { return window_->findChild<RunsTools*>(); }
    RunsModel* runs() const { return tools()->runs(); }
    RunsDock* dock() const { return tools()->runsDock(); }
    CostPlot* costPlot() const { return window_->findChild<CostPlot*>(); }
    ProjectFiles* files() const { return window_->findChild<ProjectFiles*>(); }
    QTableView* table() const
    {
        return dock()->findChild<QTableView*>(QStringLiteral("runsTable"));
    }
    int addFakeRun(const QString& name, int rows, double scale);
    bool runRace(int budget, bool interleaved, int expectedRacers);

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
};

void TestRuns::initTestCase()
{
    QVERIFY(dir_.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", dir_.filePath(QStringLiteral("config")).toUtf8());
    registerMetaTypes();
}

void TestRuns::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(tools());
    files()->setSavePrompt([](const QString&) { return QMessageBox::Discard; });
}

void TestRuns::cleanup()
{
    window_.reset();
}

int TestRuns::addFakeRun(const QString& name, int rows, double scale)
{
    RunsModel::Run run;
    run.name = name;
    run.architecture = window_->model()->architecture();
    run.config = window_->model()->config();
    run.history = bp::TrainingHistory(fakeRows(rows, scale));
    run.finalWeights = ramp(run.architecture.parameterCount(), scale);
    return runs()->addRun(std::move(run));
}

void TestRuns::timelineMemoryCapHolds_data()
{
    QTest::addColumn<int>("parameters");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<int>("offers");
    QTest::newRow("bytes bind") << 1000 << 64 * 1024 << 256 << 10000;
    QTest::newRow("count binds") << 10 << 16 << 1024 * 1024 << 5000;
    QTest::newRow("huge network keeps two") << 100000 << 1024 << 256 << 300;
}

void TestRuns::timelineMemoryCapHolds()
{
    QFETCH(int, parameters);
    QFETCH(int, maxBytes);
    QFETCH(int, maxCount);
    QFETCH(int, offers);
    TimelineRecorder recorder(static_cast<std::size_t>(maxBytes),
                              static_cast<std::size_t>(maxCount));
    const std::size_t cap = recorder.capacityFor(parameters);
    for (int i = 0; i < offers; ++i) {
        recorder.offer(i, bp::Vector::Constant(parameters, static_cast<double>(i)));
        QVERIFY(recorder.snapshots().size() <= cap);
    }
    const auto& snaps = recorder.snapshots();
    QVERIFY(cap >= 2);
    QVERIFY(recorder.bytes() <= std::max<std::size_t>(static_cast<std::size_t>(maxBytes),
                                                      2 * sizeof(double) * parameters));
    QCOMPARE(snaps.front().iteration, 0L); // the starting weights survive every thinning
    QCOMPARE(snaps.front().weights[0], 0.0);
    for (std::size_t i = 1; i < snaps.size(); ++i) {
        QVERIFY(snaps[i].iteration > snaps[i - 1].iteration);
        QCOMPARE(snaps[i].weights[0], static_cast<double>(snaps[i].iteration));
    }
    // Evenly spread to the end: the last snapshot is within two strides of the last offer.
    QVERIFY2(snaps.back().iteration >= offers - 1 - 2 * recorder.stride(),
             qPrintable(QStringLiteral("last kept %1, stride %2")
                            .arg(snaps.back().iteration)
                            .arg(recorder.stride())));
    QVERIFY(snaps.size() >= cap / 2);
}

void TestRuns::tickedRunsOverlayTheCostPlot()
{
    const int a = addFakeRun(QStringLiteral("first"), 5, 1.0);
    const int b = addFakeRun(QStringLiteral("second"), 8, 2.0);
    QCOMPARE(costPlot()->overlayCount(), 0); // not ticked yet
    // Space on the current run's name toggles its tick box, as a user would.
    for (int id : {a, b}) {
        dock()->selectRun(id);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Space);
    }
    QCOMPARE(runs()->tickedIds(), (std::vector<int>{a, b}));
    QCOMPARE(costPlot()->overlayCount(), 2);
    QCPGraph* ga = costPlot()->overlayGraph(a);
    QCPGraph* gb = costPlot()->overlayGraph(b);
    QVERIFY(ga && gb);
    QTRY_COMPARE(ga->dataCount(), 5);
    QTRY_COMPARE(gb->dataCount(), 8);
    QCOMPARE(ga->name(), QStringLiteral("first"));
    QCOMPARE(ga->pen().color(), runs()->find(a)->colour);
    QVERIFY(ga->pen().color() != gb->pen().color());
    QCOMPARE(gb->data()->at(7)->key, 7.0);
    QCOMPARE(gb->data()->at(7)->value, 2.0 / 8.0);

    // The x-axis choice applies to the overlays.
    auto* combo = costPlot()->findChild<QComboBox*>(QStringLiteral("costXAxisCombo"));
    combo->setCurrentIndex(static_cast<int>(CostPlot::XAxis::Evaluations));
    QTRY_COMPARE(gb->data()->at(7)->key, 15.0); // 2·7 + 1
    combo->setCurrentIndex(static_cast<int>(CostPlot::XAxis::Seconds));
    QTRY_COMPARE(gb->data()->at(7)->key, 0.07);

    // Renaming relabels the legend; unticking and deleting remove the curve.
    QVERIFY(runs()->setData(runs()->index(runs()->rowOf(a), RunsModel::NameColumn),
                            QStringLiteral("renamed"), Qt::EditRole));
    QCOMPARE(costPlot()->overlayGraph(a)->name(), QStringLiteral("renamed"));
    dock()->selectRun(a);
    QTest::keyClick(table(), Qt::Key_Space);
    QCOMPARE(costPlot()->overlayCount(), 1);
    dock()->selectRun(b);
    dock()->findChild<QPushButton*>(QStringLiteral("runsDeleteButton"))->click();
    QCOMPARE(costPlot()->overlayCount(), 0);
    QVERIFY(runs()->find(b) == nullptr);
}

void TestRuns::liveRunEndsAtWeightReset()
{
    ProjectModel* model = window_->model();
    bp::TrainingConfig config = model->config();
    config.maxIterations = 30;
    model->setConfig(config);
    TrainingController* controller = window_->controller();
    QSignalSpy finished(controller, &TrainingController::finished);
    const bp::Vector start = model->parameters();
    controller->train();
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(costPlot()->history().size(), std::size_t{31});
    const bp::Vector trained = model->parameters();
    QCOMPARE(runs()->count(), 1);
    QVERIFY(bitEqual(runs()->liveRun().timeline.snapshots().front().weights, start));

    window_->findChild<QAction*>(QStringLiteral("actionResetWeights"))->trigger();
    QCOMPARE(runs()->count(), 2);
    const RunsModel::Run* kept = runs()->find(runs()->idAt(0));
    QVERIFY(!kept->live);
    QCOMPARE(kept->name, QStringLiteral("Run 1"));
    QCOMPARE(kept->history.size(), std::size_t{31});
    QVERIFY(bitEqual(kept->finalWeights, trained));
    QCOMPARE(runs()->liveRun().name, QStringLiteral("Run 2"));
    QVERIFY(costPlot()->history().empty());
    // A second reset with nothing trained does not pile up empty runs.
    window_->findChild<QAction*>(QStringLiteral("actionResetWeights"))->trigger();
    QCOMPARE(runs()->count(), 2);
    QCOMPARE(runs()->liveRun().name, QStringLiteral("Run 2"));
}

bool TestRuns::runRace(int budget, bool interleaved, int expectedRacers)
{
    window_->findChild<QAction*>(QStringLiteral("actionRace"))->trigger();
    RaceDialog* dialog = tools()->raceDialog();
    if (!dialog->isVisible())
        return false;
    dialog->findChild<QComboBox*>(QStringLiteral("raceVaryCombo"))->setCurrentIndex(0);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("raceList"));
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i)
        ticked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    if (ticked != expectedRacers)
        return false;
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("raceBudgetSpin"));
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(budget));
    QTest::keyClick(spin, Qt::Key_Tab);
    if (spin->value() != budget)
        return false;
    dialog
        ->findChild<QRadioButton*>(interleaved ? QStringLiteral("raceInterleavedRadio")
                                               : QStringLiteral("raceSequentialRadio"))
        ->click();
    QSignalSpy done(dialog, &RaceDialog::raceFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("raceStartButton")),
                      Qt::LeftButton);
    return done.wait(60000);
}

void TestRuns::raceTrainsEveryRacerFromTheSameWeights_data()
{
    QTest::addColumn<bool>("interleaved");
    QTest::newRow("one after another") << false;
    QTest::newRow("interleaved") << true;
}

void TestRuns::raceTrainsEveryRacerFromTheSameWeights()
{
    QFETCH(bool, interleaved);
    const bp::Vector start = window_->model()->parameters();
    const int budget = 25;
    QVERIFY(runRace(budget, interleaved, 3)); // gradient descent, momentum, Adam by default
    const std::vector<int>& ids = tools()->raceDialog()->runIds();
    QCOMPARE(ids.size(), std::size_t{3});
    QCOMPARE(runs()->count(), 4); // three racers and the (empty) live run
    QCOMPARE(costPlot()->overlayCount(), 3);
    const RunsModel::Run* first = runs()->find(ids[0]);
    QVERIFY(first);
    std::set<int> optimizers;
    for (int id : ids) {
        const RunsModel::Run* run = runs()->find(id);
        QVERIFY(run);
        QVERIFY(!run->racing);
        optimizers.insert(static_cast<int>(run->config.optimizer));
        QCOMPARE(run->history.size(), std::size_t(budget + 1));
        QCOMPARE(run->history.back().iteration, long(budget));
        // Same starting weights, so the same first cost, exactly.
        QCOMPARE(run->history.front().trainCost, first->history.front().trainCost);
        QVERIFY(bitEqual(run->timeline.snapshots().front().weights, start));
        QCOMPARE(run->finalWeights.size(), start.size());
        QTRY_COMPARE(costPlot()->overlayGraph(id)->dataCount(), budget + 1);
        for (std::size_t i = 1; i < run->history.size(); ++i)
            QVERIFY(run->history[i].elapsedSeconds >= run->history[i - 1].elapsedSeconds);
    }
    QCOMPARE(optimizers.size(), std::size_t{3});
    QVERIFY(runs()->find(ids[0])->history.back().trainCost !=
            runs()->find(ids[2])->history.back().trainCost);
    QVERIFY(bitEqual(window_->model()->parameters(), start)); // the race leaves them alone

    if (interleaved && qEnvironmentVariableIsSet("BPS_SCREENSHOT_DIR")) {
        tools()->raceDialog()->hide();
        window_->resize(1600, 1000);
        dock()->selectRun(ids[2]);
        auto* slider = dock()->findChild<QSlider*>(QStringLiteral("timelineSlider"));
        QVERIFY(dock()->viewPoint(slider->maximum() / 2));
        QTest::qWait(200); // let the coalesced redraws land before the grab
        const QString dir = qEnvironmentVariable("BPS_SCREENSHOT_DIR");
        QVERIFY(window_->grab().save(QDir(dir).filePath(QStringLiteral("runs.png"))));
    }
}

void TestRuns::raceStopKeepsWhatWasTrained()
{
    window_->findChild<QAction*>(QStringLiteral("actionRace"))->trigger();
    RaceDialog* dialog = tools()->raceDialog();
    dialog->setVary(RaceDialog::Vary::LearningRate);
    dialog->findChild<QSpinBox*>(QStringLiteral("raceBudgetSpin"))->setValue(10'000'000);
    QSignalSpy done(dialog, &RaceDialog::raceFinished);
    QSignalSpy rows(runs(), &RunsModel::rowsAppended);
    QVERIFY(dialog->startRace());
    QVERIFY(rows.wait(30000)); // some racer has trained something
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("raceStopButton")),
                      Qt::LeftButton);
    QVERIFY(done.count() == 1 || done.wait(30000));
    for (int id : dialog->runIds()) {
        const RunsModel::Run* run = runs()->find(id);
        if (run == nullptr)
            continue; // stopped before its first row: removed
        QVERIFY(!run->history.empty());
        QVERIFY(run->history.back().iteration < 10'000'000);
        QVERIFY(!run->racing);
    }
    QVERIFY(runs()->find(dialog->runIds().front()) != nullptr);
    QVERIFY(!dialog->runner()->isRunning());
}

void TestRuns::branchFromTimelineStartsFromTheSnapshot()
{
    ProjectModel* model = window_->model();
    const Eigen::Index n = model->architecture().parameterCount();
    RunsModel::Run run;
    run.name = QStringLiteral("kept");
    run.architecture = model->architecture();
    run.config = model->config();
    run.config.maxIterations = 5;
    run.history = bp::TrainingHistory(fakeRows(21, 1.0));
    for (long it : {0L, 10L, 20L})
        run.timeline.offer(it, ramp(n, static_cast<double>(it)));
    run.finalWeights = ramp(n, 99.0);
    const int id = runs()->addRun(std::move(run));
    const bp::Vector live = model->parameters();

    dock()->selectRun(id);
    auto* slider = dock()->findChild<QSlider*>(QStringLiteral("timelineSlider"));
    QCOMPARE(dock()->timelinePointCount(), 3); // final weights are the 20th snapshot's iteration
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QTest::keyClick(slider, Qt::Key_Right); // snapshot at iteration 10
    QVERIFY(dock()->isViewing());
    TimelineView* view = tools()->timelineView();
    QVERIFY(view->isShowing());
    QVERIFY(bitEqual(view->shownWeights(), ramp(n, 10.0)));
    QVERIFY(bitEqual(model->parameters(), live)); // viewing leaves the live weights alone

    QSignalSpy state(window_->controller(), &TrainingController::finished);
    QTest::mouseClick(dock()->findChild<QPushButton*>(QStringLiteral("timelineBranchButton")),
                      Qt::LeftButton);
    QVERIFY(bitEqual(model->parameters(), ramp(n, 10.0)));
    const RunsModel::Run& branch = runs()->liveRun();
    QCOMPARE(branch.name, QStringLiteral("kept @ 10"));
    QVERIFY(bitEqual(branch.timeline.snapshots().front().weights, ramp(n, 10.0)));
    QVERIFY(!dock()->isViewing());
    // The branch trains at once with the run's settings (5 iterations).
    QVERIFY(window_->controller()->isActive() || state.count() == 1);
    QVERIFY(state.count() == 1 || state.wait(30000));
    QTRY_COMPARE(costPlot()->history().size(), std::size_t{6});
    QCOMPARE(costPlot()->history().front().iteration, 0L);
}

void TestRuns::runsRoundTripThroughSaveAndOpen()
{
    ProjectModel* model = window_->model();
    const Eigen::Index n = model->architecture().parameterCount();
    const int a = addFakeRun(QStringLiteral("alpha"), 6, 1.0);
    RunsModel::Run run;
    run.name = QStringLiteral("beta");
    run.architecture = model->architecture();
    run.config = model->config();
    run.config.optimizer = bp::OptimizerKind::Momentum;
    run.config.lambda = 0.01;
    run.initSeed = 77;
    run.history = bp::TrainingHistory(fakeRows(4, 3.0));
    run.finalWeights = ramp(n, 5.0);
    run.timeline.offer(0, ramp(n, 1.0));
    run.timeline.offer(2, ramp(n, 2.0));
    runs()->addRun(std::move(run));
    QVERIFY(runs()->rename(a, QStringLiteral("alpha renamed")));
    window_->session()->history()->append(fakeRows(3, 0.5)); // the live run's rows

    const QString path = dir_.filePath(QStringLiteral("runs.bpstudio"));
    QVERIFY2(files()->saveProjectAs(path), qPrintable(files()->lastError()));
    QCOMPARE(bp::loadProject(path.toStdString()).runs.size(), std::size_t{3});

    files()->newProject();
    QCOMPARE(runs()->count(), 1);
    QVERIFY(costPlot()->history().empty());
    QVERIFY2(bptest::openProjectAndWait(files(), path), qPrintable(files()->lastError()));

    // Two kept runs, and the live run continues from the file's weights.
    QCOMPARE(runs()->count(), 3);
    const RunsModel::Run* alpha = runs()->find(runs()->idAt(0));
    const RunsModel::Run* beta = runs()->find(runs()->idAt(1));
    QCOMPARE(alpha->name, QStringLiteral("alpha renamed"));
    QCOMPARE(alpha->history.size(), std::size_t{6});
    QCOMPARE(alpha->history.back().trainCost, 1.0 / 6.0);
    QVERIFY(bitEqual(alpha->finalWeights, ramp(n, 1.0)));
    QCOMPARE(beta->name, QStringLiteral("beta"));
    QVERIFY(beta->config.optimizer == bp::OptimizerKind::Momentum);
    QCOMPARE(beta->config.lambda, 0.01);
    QCOMPARE(beta->initSeed, std::uint64_t{77});
    QCOMPARE(beta->timeline.snapshots().size(), std::size_t{2});
    QCOMPARE(beta->timeline.snapshots()[1].iteration, 2L);
    QVERIFY(bitEqual(beta->timeline.snapshots()[1].weights, ramp(n, 2.0)));
    QVERIFY(bitEqual(beta->finalWeights, ramp(n, 5.0)));
    QVERIFY(runs()->liveRun().live);
    QCOMPARE(costPlot()->history().size(), std::size_t{3});
    QCOMPARE(runs()->liveHistory().size(), std::size_t{3});

    // Saving again writes the same three runs, not a growing copy.
    QVERIFY(files()->saveProjectAs(path));
    QCOMPARE(bp::loadProject(path.toStdString()).runs.size(), std::size_t{3});
}

QTEST_MAIN(TestRuns)
void TestRuns::runsOfOtherDataAreKeptButNotOverlaid()
{
    // Issue 13: runs trained on Fashion-MNIST stayed in a wine project, could be overlaid on
    // its cost plot and scrubbed on its data, and their timelines made the save 24 MB.
    ProjectModel* model = window_->model();
    const QString spiral = RunsModel::dataLabel(*model);
    const DataSource spiralSource = model->dataSource();
    const Eigen::Index n = model->architecture().parameterCount();
    RunsModel::Run kept;
    kept.name = QStringLiteral("on the spiral");
    kept.architecture = model->architecture();
    kept.config = model->config();
    kept.history = bp::TrainingHistory(fakeRows(5, 1.0));
    kept.finalWeights = ramp(n, 1.0);
    kept.timeline.offer(0, ramp(n, 0.5));
    kept.ticked = true;
    const int a = runs()->addRun(std::move(kept));
    QCOMPARE(runs()->find(a)->data, spiral);
    QCOMPARE(costPlot()->overlayCount(), 1);
    window_->session()->history()->append(fakeRows(3, 0.5)); // the live run trains on it too

    // Other data: circles instead of the spiral.
    DataSource source;
    source.generator.name = "circles";
    source.generator.n = 200;
    model->setDataset(bp::generateDataset(source.generator), source);
    const QString circles = RunsModel::dataLabel(*model);
    QVERIFY(circles != spiral);

    // Both spiral runs are kept, labelled with their data, and leave the cost plot.
    QCOMPARE(runs()->count(), 3);
    const RunsModel::Run* first = runs()->find(a);
    const RunsModel::Run* oldLive = runs()->find(runs()->idAt(1));
    QVERIFY(first && oldLive && !oldLive->live);
    QCOMPARE(oldLive->data, spiral);
    QCOMPARE(runs()->liveRun().data, circles);
    QVERIFY(runs()->isOtherData(*first) && runs()->isOtherData(*oldLive));
    QVERIFY(!runs()->isOtherData(runs()->liveRun()));
    QCOMPARE(costPlot()->overlayCount(), 0);
    QVERIFY(!first->ticked);
    const QModelIndex name = runs()->index(runs()->rowOf(a), RunsModel::NameColumn);
    QVERIFY(!(runs()->flags(name) & Qt::ItemIsUserCheckable));
    QVERIFY(!runs()->data(name, Qt::CheckStateRole).isValid());
    QVERIFY(runs()->data(name, Qt::ToolTipRole).toString().contains(spiral));
    QVERIFY(runs()
                ->data(runs()->index(runs()->rowOf(a), RunsModel::SettingsColumn), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("other data")));
    runs()->setTicked(a, true); // refused: its curve is not comparable
    QCOMPARE(costPlot()->overlayCount(), 0);
    QVERIFY(!runs()->find(a)->ticked);

    // Its weights cannot be scrubbed on this data.
    dock()->selectRun(a);
    auto* slider = dock()->findChild<QSlider*>(QStringLiteral("timelineSlider"));
    QVERIFY(slider && !slider->isEnabled());
    QVERIFY(dock()->findChild<QLabel*>(QStringLiteral("timelineLabel"))->text().contains(spiral));

    // Saved with its data label and without its timeline; opened again, still other data.
    const QString path = dir_.filePath(QStringLiteral("otherdata.bpstudio"));
    QVERIFY2(files()->saveProjectAs(path), qPrintable(files()->lastError()));
    const bp::Project saved = bp::loadProject(path.toStdString());
    QCOMPARE(saved.runs.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(saved.runs[0].data), spiral);
    QVERIFY(saved.runs[0].timeline.empty());
    QCOMPARE(saved.runs[0].finalWeights.size(), n);
    QVERIFY2(bptest::openProjectAndWait(files(), path), qPrintable(files()->lastError()));
    QVERIFY(runs()->isOtherData(*runs()->find(runs()->idAt(0))));

    // Back on the spiral (the same generator, size, noise and seed) they overlay again.
    model->setDataset(bp::generateDataset(spiralSource.generator), spiralSource);
    QCOMPARE(RunsModel::dataLabel(*model), spiral);
    QVERIFY(!runs()->isOtherData(*runs()->find(runs()->idAt(0))));
}

#include "tst_runs.moc"
