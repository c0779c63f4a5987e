// Drives the real studio window offscreen: edit the network, pick data, train / pause / step /
// stop from the tool bar and keyboard, run the gradient check, load a malformed CSV.
// Widgets are found by objectName; waits are on signals or QTRY_* conditions, never sleeps.

#include "views/plots/costplot.h"
#include "views/data/datapanel.h"
#include "views/data/datapreview.h"
#include "session/gradientcheckrunner.h"
#include "views/shell/mainwindow.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "views/plots/predictionplot.h"
#include "session/projectmodel.h"
#include "session/studiosettings.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/plots/weightheatmaps.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheExample();
    void docksCanBeHiddenAndShown();
    void editorChangesArchitectureAndResetsWeights();
    void generatorPicksNewData_data();
    void generatorPicksNewData();
    void trainPauseStepStop();
    void learningRateAppliesWhileTraining();
    void spaceTrainsAfterTypingInASpinBox();
    void gradientCheckPassesOnDefaultNetwork();
    void malformedCsvKeepsPreviousData_data();
    void malformedCsvKeepsPreviousData();
    void goodCsvLoads();
    void closingWhileTrainingJoinsCleanly();
    void shortcutsListEveryMenuShortcut();
    void countsContinueAcrossRuns();
    void newProjectRedrawsEveryView();
    void viewMenuNamesEachEntryOnce();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    QAction* action(const char* name) const { return child<QAction>(name); }
    /// Sets "no limit" in the Training panel so a run lasts until stopped.
    void removeBudget();

    std::unique_ptr<MainWindow> window_;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(
        true); // window layout and recent files stay out of ~/.config
    registerMetaTypes();
}

void TestMainWindow::init()
{
    studioSettings().remove(QStringLiteral("window")); // the default layout, every time
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestMainWindow::cleanup()
{
    window_.reset();
}

void TestMainWindow::removeBudget()
{
    auto* iterations = child<QSpinBox>("maxIterationsSpin");
    QVERIFY(iterations);
    iterations->setValue(0);
    QCOMPARE(window_->model()->config().maxIterations, 0L);
}

void TestMainWindow::opensOnTheExample()
{
    const ProjectModel* model = window_->model();
    QCOMPARE(model->dataset().size(), bp::Index{300});
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 16, 16, 3}));
    QVERIFY(model->config().optimizer == bp::OptimizerKind::Adam);
    QCOMPARE(window_->controller()->state(), TrainingState::Idle);
    auto* preview = child<DataPreview>("dataPreview");
    QVERIFY(preview);
    QCOMPARE(preview->scatterPointCount(), 300);
    QVERIFY(child<QLabel>("dataSummaryLabel")->text().contains(QStringLiteral("300")));
    for (const char* name : {"dataDock", "trainingDock", "costDock", "gradientCheckDock",
                             "weightsDock", "predictionDock"})
        QVERIFY2(child<QDockWidget>(name), name);
}

void TestMainWindow::docksCanBeHiddenAndShown()
{
    auto* dock = child<QDockWidget>("costDock");
    QVERIFY(dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
}

void TestMainWindow::editorChangesArchitectureAndResetsWeights()
{
    ProjectModel* model = window_->model();
    QSignalSpy reset(model, &ProjectModel::architectureChanged);
    auto* plus = child<QToolButton>("layerPlusButton_0");
    QVERIFY(plus);
    QTest::mouseClick(plus, Qt::LeftButton);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 17, 16, 3}));
    QCOMPARE(model->parameters().size(), model->architecture().parameterCount());
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("weights reset")));

    auto* add = child<QPushButton>("addLayerButton");
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(model->architecture().layerCount(), 5);
    QTRY_VERIFY(child<QSpinBox>("layerSizeSpin_2") != nullptr);
    QTest::mouseClick(child<QPushButton>("removeLayerButton"), Qt::LeftButton);
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 17, 16, 3}));
}

void TestMainWindow::generatorPicksNewData_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<int>("features");
    QTest::newRow("xor") << QStringLiteral("xor") << 2;
    QTest::newRow("circles") << QStringLiteral("circles") << 2;
    QTest::newRow("moons") << QStringLiteral("moons") << 2;
}

void TestMainWindow::generatorPicksNewData()
{
    QFETCH(QString, generator);
    QFETCH(int, features);
    auto* combo = child<QComboBox>("generatorCombo");
    QVERIFY(combo);
    const int index = combo->findText(generator);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    child<QSpinBox>("generatorSamples")->setValue(200);
    QSignalSpy loaded(child<DataPanel>("dataPanel"), &DataPanel::loadFinished);
    QTest::mouseClick(child<QPushButton>("regenerateButton"), Qt::LeftButton);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.constFirst().at(0).toBool(), true);
    const ProjectModel* model = window_->model();
    QCOMPARE(model->dataSource().generator.name, generator.toStdString());
    QCOMPARE(model->dataset().size(), bp::Index{200});
    QCOMPARE(model->architecture().inputSize(), features);
    QCOMPARE(model->architecture().outputSize(), bp::outputUnitsFor(model->dataset()));
    QCOMPARE(child<DataPreview>("dataPreview")->scatterPointCount(), 200);
}

void TestMainWindow::trainPauseStepStop()
{
    removeBudget();
    TrainingController* controller = window_->controller();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReceived);
    QSignalSpy finished(controller, &TrainingController::finished);

    // Space is the Train / Pause shortcut; the tool bar action is the fallback when the
    // offscreen platform does not activate the window.
    window_->activateWindow();
    if (QTest::qWaitForWindowActive(window_.get(), 2000))
        QTest::keyClick(window_.get(), Qt::Key_Space);
    if (controller->state() != TrainingState::Running)
        action("actionTrainPause")->trigger();
    QCOMPARE(controller->state(), TrainingState::Running);
    QVERIFY(snapshots.wait(10000));

    // The cost falls and every view holds data.
    auto* cost = child<CostPlot>("costPlot");
    QTRY_VERIFY_WITH_TIMEOUT(cost->history().size() > 200, 30000);
    const double first = cost->history().front().trainCost;
    QTRY_VERIFY_WITH_TIMEOUT(cost->history().back().trainCost < 0.7 * first, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(cost->drawnPointCount() > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(child<WeightHeatmaps>("weightHeatmaps")->mapCount() == 3, 5000);
    QVERIFY(child<PredictionPlot>("predictionPlot")->mode() ==
            PredictionPlot::Mode::DecisionSurface);
    QVERIFY(!child<QLabel>("statusIteration")->text().endsWith(QStringLiteral(" 0")));
    QCOMPARE(action("actionTrainPause")->text(), QStringLiteral("&Pause"));

    // Pause: the paused snapshot arrives, then nothing moves.
    action("actionTrainPause")->trigger();
    QCOMPARE(controller->state(), TrainingState::Paused);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.constLast().at(0).value<TrainingSnapshot>().state ==
                                 TrainingState::Paused,
                             10000);
    const long paused = controller->totalIterations();
    const std::size_t rows = cost->history().size();
    QVERIFY(!snapshots.wait(300));
    QCOMPARE(controller->totalIterations(), paused);

    // Step: exactly one iteration, still paused.
    action("actionStep")->trigger();
    QVERIFY(snapshots.wait(10000));
    QCOMPARE(controller->totalIterations(), paused + 1);
    QCOMPARE(cost->history().size(), rows + 1);
    QCOMPARE(controller->state(), TrainingState::Paused);

    // Stop: finished, and the history is consecutive.
    action("actionStop")->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(controller->state(), TrainingState::Finished);
    const bp::TrainingHistory& history = cost->history();
    for (std::size_t i = 0; i < history.size(); ++i)
        QCOMPARE(history[i].iteration, static_cast<long>(i));

    // Train again continues the numbering from the kept weights.
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > paused + 10, 10000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(10000));
    for (std::size_t i = 0; i < cost->history().size(); ++i)
        QCOMPARE(cost->history()[i].iteration, static_cast<long>(i));

    // Reset weights starts the history over.
    action("actionResetWeights")->trigger();
    QVERIFY(cost->history().empty());
    QCOMPARE(controller->state(), TrainingState::Idle);
}

void TestMainWindow::learningRateAppliesWhileTraining()
{
    removeBudget();
    TrainingController* controller = window_->controller();
    QSignalSpy finished(controller, &TrainingController::finished);
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > 20, 10000);
    // Editing λ / α mid-run neither stops nor restarts the run.
    child<QDoubleSpinBox>("learningRateSpin")->setValue(0.005);
    child<QDoubleSpinBox>("lambdaSpin")->setValue(0.1);
    const long at = controller->totalIterations();
    QCOMPARE(controller->state(), TrainingState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(controller->totalIterations() > at + 20, 10000);
    QCOMPARE(window_->model()->config().learningRate, 0.005);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(10000));
}

void TestMainWindow::spaceTrainsAfterTypingInASpinBox()
{
    // Issue 13: Space did nothing after typing in a spin box (its line edit took the key).
    removeBudget();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    auto* rate = child<QDoubleSpinBox>("learningRateSpin");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("0.3"));
    QCOMPARE(window_->controller()->state(), TrainingState::Idle);
    QTest::keyClick(rate, Qt::Key_Space);
    QTRY_COMPARE(window_->controller()->state(), TrainingState::Running);
    QCOMPARE(window_->model()->config().learningRate, 0.3); // what was typed, committed
    QTest::keyClick(rate, Qt::Key_Space); // and pauses again
    QTRY_COMPARE(window_->controller()->state(), TrainingState::Paused);
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    action("actionStop")->trigger();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
}

void TestMainWindow::gradientCheckPassesOnDefaultNetwork()
{
    GradientCheckRunner* runner = window_->gradientCheckRunner();
    QSignalSpy done(runner, &GradientCheckRunner::finished);
    QTest::mouseClick(child<QPushButton>("runGradientCheckButton"), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    auto* verdict = child<QLabel>("gradientCheckVerdict");
    QVERIFY(verdict);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("PASS")), qPrintable(verdict->text()));
    const GradientCheckOutcome outcome = done.constFirst().at(0).value<GradientCheckOutcome>();
    QCOMPARE(outcome.report.entries.size(),
             static_cast<std::size_t>(window_->model()->architecture().parameterCount()));
    QVERIFY(outcome.samplingNote.contains(QStringLiteral("all")));
    QVERIFY(child<QLabel>("gradientCheckNote")->text().contains(QStringLiteral("parameters")));

    // Ctrl+G runs it again (through the action when the window is not active offscreen).
    action("actionGradientCheck")->trigger();
    QVERIFY(done.wait(60000));

    // A new architecture makes the shown verdict stale, said in words, until the next check.
    window_->model()->setHiddenLayers({4}, {bp::Activation::Sigmoid});
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Computed for a different network")),
             qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("371 parameters")));
    bptest::saveShot(child<QWidget>("gradientCheckPlot"), QStringLiteral("gradient-check-stale.png"));
    action("actionGradientCheck")->trigger();
    QVERIFY(done.wait(60000));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("PASS")), qPrintable(verdict->text()));
}

void TestMainWindow::malformedCsvKeepsPreviousData_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ragged row") << QStringLiteral("ragged-short.csv");
    QTest::newRow("non-numeric cell") << QStringLiteral("non-numeric.csv");
    QTest::newRow("empty file") << QStringLiteral("empty.csv");
    QTest::newRow("missing file") << QStringLiteral("does-not-exist.csv");
}

void TestMainWindow::malformedCsvKeepsPreviousData()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(BPS_TEST_DATA_DIR "/csv/") + file;
    auto* panel = child<DataPanel>("dataPanel");
    const bp::Vector before = window_->model()->parameters();
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    panel->openCsvFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QCOMPARE(loaded.constFirst().at(0).toBool(), false);
    auto* error = child<QLabel>("dataErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->styleSheet().contains(QStringLiteral("#c0392b"))); // red
    QVERIFY2(error->text().contains(file), qPrintable(error->text()));
    qInfo("%s", qPrintable(error->text()));
    // The spiral example and its weights are untouched.
    QCOMPARE(window_->model()->dataset().size(), bp::Index{300});
    QVERIFY(window_->model()->dataSource().kind == DataSource::Kind::Generator);
    QVERIFY(window_->model()->parameters() == before);
}

void TestMainWindow::goodCsvLoads()
{
    auto* panel = child<DataPanel>("dataPanel");
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    panel->openCsvFile(QStringLiteral(BPS_RESOURCES_DIR "/iris.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QCOMPARE(loaded.constFirst().at(0).toBool(), true);
    QVERIFY(child<QTableWidget>("csvPreviewTable")->rowCount() > 0);
    QCOMPARE(window_->model()->dataset().size(), bp::Index{150});
    QCOMPARE(window_->model()->architecture().inputSize(), 4);
    QCOMPARE(window_->model()->architecture().outputSize(), 3);
    QVERIFY(!child<QLabel>("dataErrorLabel")->isVisible());
    QCOMPARE(child<DataPreview>("dataPreview")->scatterPointCount(), 0); // 4-D: no scatter
}

void TestMainWindow::closingWhileTrainingJoinsCleanly()
{
    removeBudget();
    action("actionTrainPause")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window_->controller()->totalIterations() > 10, 10000);
    // Pause first so the worker is blocked in the hook: closing must wake and join it.
    action("actionTrainPause")->trigger();
    QVERIFY(window_->close());
    window_.reset(); // joins the threads; a hang here fails the test by timeout
}

void TestMainWindow::shortcutsListEveryMenuShortcut()
{
    // Every action reachable from the menus with a shortcut is in Help → Keyboard shortcuts,
    // including those added by the lessons, runs, import and teaching tools.
    int withShortcut = 0;
    QStringList expected;
    for (QAction* action : window_->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->associatedObjects().isEmpty())
            continue;
        bool inMenu = false;
        for (QObject* owner : action->associatedObjects())
            inMenu = inMenu || qobject_cast<QMenu*>(owner) != nullptr;
        if (!inMenu)
            continue;
        ++withShortcut;
        expected << action->shortcut().toString(QKeySequence::NativeText);
    }
    QVERIFY(withShortcut >= 15);
    for (const QKeySequence& key :
         {QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Save),
          QKeySequence(QKeySequence::Undo), QKeySequence(Qt::Key_Space),
          QKeySequence(Qt::CTRL | Qt::Key_G), QKeySequence(Qt::CTRL | Qt::Key_L),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QKeySequence(Qt::Key_F11)})
        QVERIFY2(expected.contains(key.toString(QKeySequence::NativeText)),
                 qPrintable(key.toString()));

    action("actionShortcuts")->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window_->findChild<QMessageBox*>(QStringLiteral("shortcutsBox"))));
    const QString table = box->text();
    for (const QString& key : expected)
        QVERIFY2(table.contains(key.toHtmlEscaped()), qPrintable(key));
    QVERIFY(table.contains(QStringLiteral("Race")));
    box->close();
}

void TestMainWindow::countsContinueAcrossRuns()
{
    // Train, then Train again without a reset: the history goes on, and every x axis of the
    // cost plot (iteration, evaluations, seconds) keeps increasing across the two runs.
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = bp::OptimizerKind::GradientDescent;
    config.maxIterations = 40;
    config.maxEpochs = 0;
    window_->model()->setConfig(config);
    TrainingController* controller = window_->controller();
    QSignalSpy finished(controller, &TrainingController::finished);
    controller->train();
    QVERIFY(finished.wait(30000));
    controller->train();
    QVERIFY(finished.wait(30000));
    const auto& rows = child<CostPlot>("costPlot")->history();
    QCOMPARE(static_cast<long>(rows.size()), 81L); // rows 0..40, then 41..80
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].iteration, static_cast<long>(i));
        QVERIFY2(rows[i].evaluations > rows[i - 1].evaluations, qPrintable(QString::number(i)));
        QVERIFY2(rows[i].elapsedSeconds >= rows[i - 1].elapsedSeconds,
                 qPrintable(QString::number(i)));
    }
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::newProjectRedrawsEveryView()
{
    // Issue 13: File → New still drew the previous 13-25-3 network and its layer editor
    // while the Weights dock said 2→16.
    auto* weights = child<QDockWidget>("weightsDock");
    weights->show(); // whatever layout an earlier test left in the settings
    weights->raise();
    const QString project = QStringLiteral(BPS_TEST_DATA_DIR "/project/valid.bpstudio");
    QVERIFY2(bptest::openProjectAndWait(window_->projectFiles(), project),
             qPrintable(window_->projectFiles()->lastError()));
    const bp::Architecture opened = window_->model()->architecture();
    auto* scene = window_->findChild<NetworkEditor*>()->scene();
    QCOMPARE(scene->architecture().layerSizes, opened.layerSizes);

    action("actionNewProject")->trigger();
    const bp::Architecture fresh = window_->model()->architecture();
    QVERIFY(!(fresh == opened));
    QCOMPARE(scene->architecture().layerSizes, fresh.layerSizes);
    QCOMPARE(scene->architecture().activations, fresh.activations);
    const std::vector<int> hidden = window_->model()->hiddenSizes();
    QCOMPARE(window_->findChildren<QSpinBox*>(QRegularExpression(QStringLiteral("^layerSizeSpin_")))
                 .size(),
             static_cast<qsizetype>(hidden.size()));
    for (std::size_t i = 0; i < hidden.size(); ++i)
        QCOMPARE(child<QSpinBox>(qPrintable(QStringLiteral("layerSizeSpin_%1").arg(i)))->value(),
                 hidden[i]);
    // One heat map per Θ of the new network.
    QTRY_COMPARE(child<WeightHeatmaps>("weightHeatmaps")->mapCount(), fresh.thetaCount());
}

void TestMainWindow::viewMenuNamesEachEntryOnce()
{
    // Issue 13: "Training" twice in the View menu (the dock and the tool bar).
    QMenu* view = nullptr;
    for (QAction* top : window_->menuBar()->actions())
        if (top->text() == QStringLiteral("&View"))
            view = top->menu();
    QVERIFY(view);
    QStringList texts;
    for (QAction* entry : view->actions())
        if (!entry->isSeparator())
            texts << entry->text().remove(QLatin1Char('&'));
    QVERIFY(texts.contains(QStringLiteral("Training")));
    QVERIFY(texts.contains(QStringLiteral("Reset layout")));
    for (const QString& text : texts)
        QVERIFY2(texts.count(text) == 1, qPrintable(text));
}

#include "tst_mainwindow.moc"
