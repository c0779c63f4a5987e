// "Repeat during training every N iterations" in the Gradient check dock, through the real
// window offscreen: typed into its spin box, the check runs at every N-th iteration of the
// history while training goes on, and the dock shows each report with the iteration it was
// taken at. Iterations count the whole history across Train / Stop / Train, so a second run
// checks at the history's multiples of N and says so; "off" (0) runs no check.

#include "session/projectmodel.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/plots/gradientcheckplot.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace bpui;

class TestPeriodicGradientCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checksEveryNthIterationWhileTraining();
    void offRunsNoCheck();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    void typeRepeat(int every);
    /// Trains `iterations` more (the budget counts from each Train) and returns the history
    /// iterations of the checks that arrived meanwhile.
    QList<long> trainAndCollectChecks(long iterations);

    std::unique_ptr<MainWindow> window_;
};

void TestPeriodicGradientCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestPeriodicGradientCheck::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.batchSize = 0;
    config.maxEpochs = 0;
    config.targetCost = std::nan("");
    config.timeLimitSeconds = 0.0;
    config.patience = 0;
    window_->model()->setConfig(config);
}

void TestPeriodicGradientCheck::cleanup()
{
    window_->controller()->stop();
    window_.reset();
}

void TestPeriodicGradientCheck::typeRepeat(int every)
{
    auto* spin = child<QSpinBox>("gradientCheckRepeat");
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(every));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), every);
    QCOMPARE(window_->controller()->gradientCheckEvery(), every);
}

QList<long> TestPeriodicGradientCheck::trainAndCollectChecks(long iterations)
{
    bp::TrainingConfig config = window_->model()->config();
    config.maxIterations = iterations;
    window_->model()->setConfig(config);
    QList<long> checked;
    const QMetaObject::Connection c =
        connect(window_->controller(), &TrainingController::gradientChecked, this,
                [&checked](const GradientCheckOutcome& outcome) { checked << outcome.iteration; });
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    child<QAction>("actionTrainPause")->trigger();
    const bool ended = finished.wait(120000);
    disconnect(c);
    if (!ended)
        checked << -1; // fails the comparison that follows, visibly
    return checked;
}

void TestPeriodicGradientCheck::checksEveryNthIterationWhileTraining()
{
    typeRepeat(50);
    auto* verdict = child<QLabel>("gradientCheckVerdict");
    auto* note = child<QLabel>("gradientCheckNote");
    QVERIFY(verdict->text().startsWith(QStringLiteral("No gradient check yet")));

    // First run: 130 iterations, checks at 50 and 100; training went on past each.
    QCOMPARE(trainAndCollectChecks(130), (QList<long>{50, 100}));
    QCOMPARE(window_->controller()->totalIterations(), 130L);
    QVERIFY2(note->text().startsWith(QStringLiteral("Iteration 100: ")), qPrintable(note->text()));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("PASS")) ||
                 verdict->text().startsWith(QStringLiteral("FAIL")),
             qPrintable(verdict->text()));
    auto* plot = child<GradientCheckPlot>("gradientCheckPlot");
    QVERIFY(!plot->isStale());

    // Train again, 100 more (history 131…230): the history's 150 and 200, named so.
    QCOMPARE(trainAndCollectChecks(100), (QList<long>{150, 200}));
    QCOMPARE(window_->controller()->totalIterations(), 230L);
    QVERIFY2(note->text().startsWith(QStringLiteral("Iteration 200: ")), qPrintable(note->text()));

    // A new N: the next run checks at the history's multiples of 40.
    typeRepeat(40);
    QCOMPARE(trainAndCollectChecks(100), (QList<long>{240, 280, 320}));
    QVERIFY2(note->text().startsWith(QStringLiteral("Iteration 320: ")), qPrintable(note->text()));
}

void TestPeriodicGradientCheck::offRunsNoCheck()
{
    typeRepeat(25);
    typeRepeat(0); // shown as "off"
    QCOMPARE(child<QSpinBox>("gradientCheckRepeat")->text(), QStringLiteral("off"));
    QCOMPARE(trainAndCollectChecks(120), QList<long>{});
    QVERIFY(child<QLabel>("gradientCheckVerdict")
                ->text()
                .startsWith(QStringLiteral("No gradient check yet")));
}

QTEST_MAIN(TestPeriodicGradientCheck)
#include "tst_periodicgradientcheck.moc"
