// Diagnose → Learning curve… and Validation curve… driven through the real window offscreen:
// the menu sits before Help, points arrive one by one, Cancel stops them (no point after it,
// no crash), "Use this λ" / "Use this size" is one undo step, exports write files, and the
// lesson "Bias or variance?" does what its text says; a saved project reopened shows its curve
// in the dialog and its gradient history in the Gradients dock. Waits are on signals and QTRY_*, never
// sleeps. Budgets are cut down (50–150 iterations) so a curve takes a second or two.

#include "session/diagnose/curverunner.h"
#include "session/gradienthistory.h"
#include "session/trainingcontroller.h"
#include "session/lessoncatalog.h"
#include "session/projectmodel.h"
#include "session/settingsundo.h"
#include "uitestutil.h"
#include "views/diagnose/curvedialog.h"
#include "views/diagnose/diagnosetools.h"
#include "views/gradients/gradientsdock.h"
#include "views/gradients/gradienttools.h"
#include "views/lessons/lessontools.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <qcustomplot.h>

#include <memory>

using namespace bpui;

class TestDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuSitsBeforeHelp();
    void learningCurvePointsArriveAndExport();
    void cancelMidwayStopsThePoints();
    void useThisLambdaIsOneUndoStep();
    void useThisSizeIsOneUndoStep();
    void biasOrVarianceLessonDoesWhatItSays();
    void reopenedProjectShowsTheCurveAndGradients();

private:
    DiagnoseTools* tools() const { return window_->findChild<DiagnoseTools*>(); }
    ProjectModel* model() const { return window_->model(); }
    void setBudget(long iterations);
    /// Runs the dialog's curve and waits for its end; true when it finished uncancelled.
    bool runAndWait(CurveDialog* dialog, int ms = 120000);

    std::unique_ptr<MainWindow> window_;
};

void TestDiagnose::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestDiagnose::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(tools() != nullptr);
}

void TestDiagnose::cleanup()
{
    window_.reset(); // cancels and joins a running curve
}

void TestDiagnose::setBudget(long iterations)
{
    bp::TrainingConfig config = model()->config();
    config.maxIterations = iterations;
    model()->setConfig(config);
}

bool TestDiagnose::runAndWait(CurveDialog* dialog, int ms)
{
    QSignalSpy finished(tools()->runner(), &CurveRunner::finished);
    if (!dialog->runCurve())
        return false;
    if (!finished.wait(ms))
        return false;
    return !finished.front().front().toBool();
}

void TestDiagnose::menuSitsBeforeHelp()
{
    const QList<QAction*> menus = window_->menuBar()->actions();
    int diagnose = -1;
    int help = -1;
    for (int i = 0; i < menus.size(); ++i) {
        if (menus[i]->menu() == tools()->menu())
            diagnose = i;
        if (menus[i]->text() == QStringLiteral("&Help"))
            help = i;
    }
    QVERIFY(diagnose >= 0 && help >= 0);
    QCOMPARE(diagnose + 1, help);
    QCOMPARE(tools()->menu()->objectName(), QStringLiteral("diagnoseMenu"));
    QVERIFY(tools()->menu()->actions().contains(tools()->learningCurveAction()));
    QVERIFY(tools()->menu()->actions().contains(tools()->validationCurveAction()));
}

void TestDiagnose::learningCurvePointsArriveAndExport()
{
    setBudget(100);
    tools()->learningCurveAction()->trigger();
    CurveDialog* dialog = tools()->learningCurveDialog();
    QTRY_VERIFY(dialog->isVisible());

    QSignalSpy points(tools()->runner(), &CurveRunner::pointFinished);
    QSignalSpy finished(tools()->runner(), &CurveRunner::finished);
    QTest::mouseClick(bptest::child<QPushButton>(dialog, QStringLiteral("curveRunButton")),
                      Qt::LeftButton);
    QVERIFY(tools()->runner()->isRunning());
    QVERIFY(!bptest::child<QPushButton>(dialog, QStringLiteral("curveRunButton"))->isEnabled());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.front().front().toBool(), false);

    const CurveResult* result = dialog->result();
    QVERIFY(result != nullptr);
    const int total = static_cast<int>(result->plan.values.size());
    QVERIFY2(total >= 8 && total <= 12, qPrintable(QString::number(total)));
    QCOMPARE(points.size(), total); // one signal per point, as each finished
    QCOMPARE(result->finishedCount(), total);
    QCOMPARE(result->plan.values.back(), double(model()->split().train.size()));
    QCOMPARE(dialog->plot()->graph(0)->dataCount(), total); // J_train
    QCOMPARE(dialog->plot()->graph(1)->dataCount(), total); // J_cv
    QVERIFY(dialog->reading().contains(QStringLiteral("This curve:")));
    for (const bp::CurvePoint& p : result->finishedPoints()) {
        QCOMPARE(p.iterations, 100L);
        QVERIFY(std::isfinite(p.trainCost) && std::isfinite(p.validationCost));
        QVERIFY(std::isnan(p.testCost)); // only on request
    }

    // The same numbers as core's runCurve on one thread (what `backprop-cli curve` runs).
    const std::vector<bp::CurvePoint> direct =
        bp::runCurve(result->plan, model()->split(), 1);
    QCOMPARE(direct.back().trainCost, result->points.back()->trainCost);
    QCOMPARE(direct.front().validationCost, result->points.front()->validationCost);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : {"curve.png", "curve.svg", "curve.pdf"}) {
        QString error;
        QVERIFY2(dialog->exportPlotTo(dir.filePath(QString::fromLatin1(name)), &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QString::fromLatin1(name))).size() > 0);
    }
    QVERIFY(dialog->exportCsvTo(dir.filePath(QStringLiteral("curve.csv"))));
    QFile csv(dir.filePath(QStringLiteral("curve.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), total + 1);
    QVERIFY(lines.front().startsWith(QStringLiteral("m,train_examples,train_cost")));
    bptest::saveShot(dialog, QStringLiteral("learning-curve.png"));
}

void TestDiagnose::cancelMidwayStopsThePoints()
{
    setBudget(2000); // slow points: the cancel lands in the middle
    CurveDialog* dialog = tools()->learningCurveDialog();
    dialog->show();
    QSignalSpy points(tools()->runner(), &CurveRunner::pointFinished);
    QSignalSpy finished(tools()->runner(), &CurveRunner::finished);
    QVERIFY(dialog->runCurve());
    QVERIFY(points.wait(120000)); // the first (smallest) point is in
    auto* cancel = bptest::child<QPushButton>(dialog, QStringLiteral("curveCancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    const qsizetype atCancel = points.size();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.front().front().toBool(), true);
    QVERIFY(!tools()->runner()->isRunning());
    QTest::qWait(300); // anything still queued would arrive now
    QCOMPARE(points.size(), atCancel);
    const CurveResult* result = dialog->result();
    QVERIFY(result->cancelled);
    QCOMPARE(result->finishedCount(), static_cast<int>(atCancel));
    QVERIFY(result->finishedCount() < static_cast<int>(result->points.size()));
    QCOMPARE(dialog->plot()->graph(0)->dataCount(), static_cast<int>(atCancel));
    QVERIFY(bptest::child<QLabel>(dialog, QStringLiteral("curveStatus"))
                ->text()
                .startsWith(QStringLiteral("Cancelled")));
    // The runner is free again: a second curve starts.
    setBudget(20);
    QVERIFY(runAndWait(dialog));
}

void TestDiagnose::useThisLambdaIsOneUndoStep()
{
    setBudget(60);
    bp::TrainingConfig config = model()->config();
    config.lambda = 0.5; // off the grid: whatever λ wins, using it is a change
    model()->setConfig(config);
    CurveDialog* dialog = tools()->validationCurveDialog();
    dialog->setKind(bp::CurveKind::Lambda);
    dialog->show();
    QVERIFY(runAndWait(dialog));
    const CurveResult* result = dialog->result();
    QCOMPARE(result->plan.values, bp::lambdaGrid());
    const int best = dialog->bestIndex();
    QVERIFY(best >= 0);
    for (const bp::CurvePoint& p : result->finishedPoints())
        QVERIFY(result->points[best]->validationCost <= p.validationCost);
    // The marker sits on the lowest J_cv.
    QCOMPARE(dialog->plot()->graph(5)->dataCount(), 1);
    QVERIFY(dialog->reading().contains(QStringLiteral("Lowest J_cv")));

    const double before = model()->config().lambda;
    const double chosen = result->plan.values[static_cast<std::size_t>(best)];
    QUndoStack* stack = window_->findChild<SettingsUndo*>()->stack();
    const int depth = stack->count();
    auto* use = bptest::child<QPushButton>(dialog, QStringLiteral("curveUseButton"));
    QCOMPARE(use->text(), QStringLiteral("Use this λ"));
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(model()->config().lambda, chosen);
    QCOMPARE(stack->count(), depth + 1); // one undoable change
    QVERIFY(dialog->result() != nullptr); // the curve that chose it stays
    bptest::child<QAction>(window_.get(), QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(model()->config().lambda, before);
    QCOMPARE(before, 0.5);
    QCOMPARE(model()->config().maxIterations, 60L);
}

void TestDiagnose::useThisSizeIsOneUndoStep()
{
    setBudget(40);
    // 3 units is off the grid: whatever size wins, using it is a change.
    model()->setHiddenLayers({3, 16}, {bp::Activation::Tanh, bp::Activation::Tanh});
    CurveDialog* dialog = tools()->validationCurveDialog();
    dialog->setKind(bp::CurveKind::Units);
    QVERIFY(runAndWait(dialog));
    QCOMPARE(dialog->result()->plan.values, bp::unitGrid());
    const int best = dialog->bestIndex();
    QVERIFY(best >= 0);
    const int units = static_cast<int>(dialog->result()->plan.values[static_cast<std::size_t>(best)]);
    const std::vector<int> before = model()->hiddenSizes();
    QUndoStack* stack = window_->findChild<SettingsUndo*>()->stack();
    const int depth = stack->count();
    QCOMPARE(bptest::child<QPushButton>(dialog, QStringLiteral("curveUseButton"))->text(),
             QStringLiteral("Use this size"));
    QVERIFY(dialog->useBest());
    std::vector<int> expected = before;
    expected[0] = units;
    QCOMPARE(model()->hiddenSizes(), expected);
    QCOMPARE(stack->count(), depth + 1);
    bptest::child<QAction>(window_.get(), QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(model()->hiddenSizes(), before);
    QCOMPARE(before, (std::vector<int>{3, 16}));
}

void TestDiagnose::biasOrVarianceLessonDoesWhatItSays()
{
    auto* lessons = window_->findChild<LessonTools*>();
    auto* files = window_->findChild<ProjectFiles*>();
    const QList<Lesson>& all = lessons->lessons();
    const auto it = std::find_if(all.begin(), all.end(), [](const Lesson& l) {
        return l.id.startsWith(QStringLiteral("08-bias-or-variance"));
    });
    QVERIFY(it != all.end());
    QVERIFY(bptest::openLessonAndWait(lessons, files, *it));
    const QString& text = it->markdown;

    // 1. "a hidden layer of 2 units … the curves meet high: high bias."
    QVERIFY(text.contains(QStringLiteral("a hidden layer of 2 units")));
    QCOMPARE(model()->hiddenSizes(), std::vector<int>{2});
    QVERIFY(text.contains(QStringLiteral("Diagnose → Learning curve…")));
    CurveDialog* dialog = tools()->learningCurveDialog();
    QVERIFY(runAndWait(dialog));
    QVERIFY2(dialog->reading().contains(QStringLiteral("This curve: High bias")),
             qPrintable(dialog->reading()));
    QVERIFY(text.contains(QStringLiteral("the curves meet high")));
    // "… on 9, 13, … up to all 210 training examples …"
    QVERIFY(text.contains(QStringLiteral("on 9, 13, … up to all 210")));
    const CurveResult* result = dialog->result();
    QCOMPARE(result->plan.values.front(), 9.0);
    QCOMPARE(result->plan.values[1], 13.0);
    QCOMPARE(result->plan.values.back(), 210.0);
    // "… gets barely 70 % of its own training points right."
    QVERIFY(text.contains(QStringLiteral("barely 70 %")));
    const double accuracy = result->points.back()->trainAccuracy;
    QVERIFY2(accuracy > 0.6 && accuracy < 0.75, qPrintable(QString::number(accuracy)));

    // 2. "Set the hidden layers to 64, 64 … a gap: high variance."
    QVERIFY(text.contains(QStringLiteral("64, 64")));
    model()->setHiddenLayers({64, 64}, {bp::Activation::Tanh, bp::Activation::Tanh});
    QVERIFY(runAndWait(dialog));
    QVERIFY2(dialog->reading().contains(QStringLiteral("This curve: High variance")),
             qPrintable(dialog->reading()));
    // "J_train stays near 0 at every size while J_cv sits far above it"
    for (const bp::CurvePoint& p : dialog->result()->finishedPoints()) {
        QVERIFY2(p.trainCost < 0.1, qPrintable(QString::number(p.trainCost)));
        QVERIFY(p.validationCost > 5 * p.trainCost);
    }
    QVERIFY(text.contains(QStringLiteral("high variance")));
}

void TestDiagnose::reopenedProjectShowsTheCurveAndGradients()
{
    // A learning curve and a few training steps with the Gradients dock open.
    setBudget(40);
    CurveDialog* dialog = tools()->learningCurveDialog();
    QVERIFY(runAndWait(dialog));
    const CurveResult ran = *dialog->result();
    const int total = ran.finishedCount();
    QVERIFY(total >= 8);
    auto* gradients = window_->findChild<GradientTools*>();
    gradients->dock()->toggleViewAction()->trigger();
    QTRY_VERIFY(gradients->dock()->isVisible());
    GradientHistory* history = gradients->history();
    for (int step = 0; step < 3; ++step) {
        const long before = history->empty() ? -1 : history->latest().iteration;
        bptest::child<QAction>(window_.get(), QStringLiteral("actionStep"))->trigger();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window_->controller()->state() == TrainingState::Paused &&
                       !history->empty() && history->latest().iteration > before;
            },
            60000));
    }
    bptest::child<QAction>(window_.get(), QStringLiteral("actionStop"))->trigger();
    QTRY_VERIFY(!window_->controller()->isActive());
    const std::vector<GradientHistory::Sample> samples = history->samples();
    QVERIFY(samples.size() >= 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("diagnosed.bpstudio"));
    QVERIFY2(window_->projectFiles()->saveProjectAs(path),
             qPrintable(window_->projectFiles()->lastError()));

    // A new window opens the file: the dialog shows the curve without running it.
    window_.reset();
    init();
    QSignalSpy opened(window_->projectFiles(), &ProjectFiles::opened);
    QVERIFY(window_->projectFiles()->openProject(path));
    QVERIFY(opened.wait(60000));
    QVERIFY(!window_->isWindowModified());
    tools()->learningCurveAction()->trigger();
    CurveDialog* reopened = tools()->learningCurveDialog();
    QTRY_VERIFY(reopened->isVisible());
    const CurveResult* kept = reopened->result();
    QVERIFY(kept != nullptr);
    QCOMPARE(kept->finishedCount(), total);
    QCOMPARE(kept->plan.values, ran.plan.values);
    QCOMPARE(kept->points.back()->validationCost, ran.points.back()->validationCost);
    QCOMPARE(reopened->plot()->graph(0)->dataCount(), total); // J_train
    QCOMPARE(reopened->plot()->graph(1)->dataCount(), total); // J_cv
    QVERIFY2(reopened->reading().contains(QStringLiteral("This curve:")),
             qPrintable(reopened->reading()));
    QVERIFY(bptest::child<QPushButton>(reopened, QStringLiteral("curveRunButton"))->isEnabled());
    QVERIFY(bptest::child<QLabel>(reopened, QStringLiteral("curveStatus"))
                ->text()
                .startsWith(QStringLiteral("Kept with the project")));

    // The Gradients dock draws the same samples, one line per Θ(l).
    gradients = window_->findChild<GradientTools*>();
    QCOMPARE(gradients->history()->samples().size(), samples.size());
    QCOMPARE(gradients->history()->latest().iteration, samples.back().iteration);
    gradients->dock()->toggleViewAction()->trigger();
    QTRY_VERIFY(gradients->dock()->isVisible());
    const int layers = model()->architecture().thetaCount();
    QTRY_COMPARE(gradients->view()->pointCount(), static_cast<int>(samples.size()) * layers);
}

QTEST_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
