// The Workflow dock in the real studio window, offscreen: hidden at start and in the View
// menu; ticks "gradient check" after Ctrl+G with the discrepancy in its detail, ticks
// "converged" after a run that converges, and starts over after New. Waits on conditions,
// never sleeps.

#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "session/workflow/workflowtracker.h"
#include "uitestutil.h"
#include "views/shell/mainwindow.h"
#include "views/workflow/workflowstrip.h"
#include "views/workflow/workflowtools.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QToolButton>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dockIsHiddenAndTogglesFromTheViewMenu();
    void gradientCheckTicksWithItsDiscrepancy();
    void convergedRunTicksAndNewStartsOver();
    void hintsFlagOnlyWhatDiffers();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    WorkflowTools* tools() const { return window_->findChild<WorkflowTools*>(); }
    WorkflowTracker* tracker() const { return tools()->tracker(); }
    WorkflowStrip* strip() const { return tools()->view(); }

    std::unique_ptr<MainWindow> window_;
};

void TestWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestWorkflow::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestWorkflow::cleanup()
{
    if (window_)
        child<QAction>("actionStop")->trigger();
    window_.reset();
}

void TestWorkflow::dockIsHiddenAndTogglesFromTheViewMenu()
{
    QVERIFY(tools() != nullptr);
    QDockWidget* dock = child<QDockWidget>("workflowDock");
    QVERIFY(dock != nullptr);
    QVERIFY(!dock->isVisible());
    QAction* toggle = child<QAction>("actionWorkflow");
    QVERIFY(toggle != nullptr);
    QCOMPARE(toggle, dock->toggleViewAction());
    toggle->trigger();
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(window_->dockWidgetArea(dock) != Qt::NoDockWidgetArea);
    // Steps 1 and 2 hold for the example at once; the rest wait for the person.
    QVERIFY(tracker()->done(WorkflowTracker::Architecture));
    QCOMPARE(strip()->detailLabel(0)->text(), QStringLiteral("architecture 2-16-16-3"));
    QVERIFY(tracker()->done(WorkflowTracker::Initialise));
    QVERIFY(strip()->detailLabel(1)->text().contains(QStringLiteral("random uniform ±")));
    QVERIFY(strip()->detailLabel(1)->text().contains(QStringLiteral("seed 1")));
    QCOMPARE(strip()->markLabel(5)->text(), QStringLiteral("○"));
    QVERIFY(!tracker()->done(WorkflowTracker::GradientCheck));
    QVERIFY(!tracker()->done(WorkflowTracker::Converge));
    QVERIFY(strip()->detailLabel(6)->text().contains(QStringLiteral("Adam, α = 0.01")));
    // The window's minimum size did not grow for the strip.
    QVERIFY(window_->minimumSizeHint().height() < 700);
}

void TestWorkflow::gradientCheckTicksWithItsDiscrepancy()
{
    QTest::keyClick(window_.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(tracker()->done(WorkflowTracker::GradientCheck), 60000);
    QCOMPARE(strip()->markLabel(5)->text(), QStringLiteral("✓"));
    const QString detail = strip()->detailLabel(5)->text();
    QVERIFY2(detail.startsWith(QStringLiteral("gradient check: passed at iteration 0, ")),
             qPrintable(detail));
    // The discrepancy itself, as a number in scientific notation below 1e-9.
    const double difference = detail.section(QStringLiteral(", "), -1).toDouble();
    QVERIFY2(difference > 0.0 && difference < 1e-9, qPrintable(detail));
}

void TestWorkflow::convergedRunTicksAndNewStartsOver()
{
    ProjectModel* model = window_->session()->project();
    bp::TrainingConfig config = model->config();
    config.minRelativeImprovement = 1e-3;
    config.maxIterations = 50000;
    model->setConfig(config);
    bp::StopReason reason = bp::StopReason::MaxIterations;
    connect(window_->controller(), &TrainingController::finished, this,
            [&reason](const bp::TrainingResult& result) { reason = result.reason; });
    child<QAction>("actionTrainPause")->trigger();
    TrainingController* controller = window_->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->state() == TrainingState::Finished, 120000);
    QVERIFY2(reason == bp::StopReason::Converged, bp::toString(reason).data());
    QTRY_VERIFY(tracker()->done(WorkflowTracker::Converge));
    QCOMPARE(strip()->markLabel(7)->text(), QStringLiteral("✓"));
    QCOMPARE(strip()->detailLabel(7)->text(),
             QStringLiteral("converged: relative improvement < 0.001"));
    for (int step : {WorkflowTracker::Forward, WorkflowTracker::Cost, WorkflowTracker::Backprop,
                     WorkflowTracker::Minimise})
        QVERIFY(tracker()->done(step));
    QVERIFY(strip()->detailLabel(2)->text().startsWith(QStringLiteral("ran at iteration ")));

    child<QAction>("actionLoadExample")->trigger(); // New: the bundled example
    QTRY_VERIFY(!tracker()->done(WorkflowTracker::Converge));
    for (int step : {WorkflowTracker::Forward, WorkflowTracker::Cost, WorkflowTracker::Backprop,
                     WorkflowTracker::GradientCheck, WorkflowTracker::Minimise})
        QVERIFY(!tracker()->done(step));
    QCOMPARE(strip()->markLabel(7)->text(), QStringLiteral("○"));
    QVERIFY(tracker()->done(WorkflowTracker::Architecture));
}

void TestWorkflow::hintsFlagOnlyWhatDiffers()
{
    ProjectModel* model = window_->session()->project();
    QVERIFY(tracker()->architectureHints().isEmpty()); // the example follows the recipe
    QVERIFY(strip()->hintLabel()->isHidden());
    model->setHiddenLayers({16, 8}, {bp::Activation::Tanh, bp::Activation::Tanh});
    QCOMPARE(tracker()->architectureHints(),
             QStringList{QStringLiteral("hidden layers of different sizes: usually they share one")});
    QVERIFY(!strip()->hintLabel()->isHidden());
    QCOMPARE(strip()->detailLabel(0)->text(), QStringLiteral("architecture 2-16-8-3"));
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
