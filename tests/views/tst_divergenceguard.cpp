// The divergence guard in the real window: a learning rate that blows the cost up pauses
// training with an explanation, a non-finite cost stops it with the last finite weights,
// and Rewind puts back the best weights seen while keeping the cost history.

#include "generators.h"
#include "session/lessoncatalog.h"
#include "session/projectmodel.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/lessons/lessontools.h"
#include "views/plots/costplot.h"
#include "views/plots/costplotmarkers.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"
#include "views/training/divergenceguard.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace bpui;

class TestDivergenceGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void blowUpPausesExplainsAndRewinds_data();
    void blowUpPausesExplainsAndRewinds();
    void nonFiniteCostStopsWithFiniteWeights();
    void rewindAndLowerRateDividesAlpha();
    void calmTrainingNeverTrips();
    void lessonThreePausesWithTheBanner();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    void setOptimizer(bp::OptimizerKind kind, double learningRate, long maxIterations);
    std::unique_ptr<MainWindow> window_;
};

void TestDivergenceGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestDivergenceGuard::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestDivergenceGuard::cleanup()
{
    window_.reset();
}

void TestDivergenceGuard::setOptimizer(bp::OptimizerKind kind, double learningRate,
                                       long maxIterations)
{
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = kind;
    config.learningRate = learningRate;
    config.batchSize = 0;
    config.maxIterations = maxIterations;
    window_->model()->setConfig(config);
}

void TestDivergenceGuard::blowUpPausesExplainsAndRewinds_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<QString>("cause");
    QTest::newRow("gradient descent, α = 30")
        << static_cast<int>(bp::OptimizerKind::GradientDescent) << 30.0 << "too high";
    QTest::newRow("gradient descent, α = 100")
        << static_cast<int>(bp::OptimizerKind::GradientDescent) << 100.0 << "too high";
    QTest::newRow("momentum, α = 30")
        << static_cast<int>(bp::OptimizerKind::Momentum) << 30.0 << "momentum";
    QTest::newRow("Adam, α = 5") << static_cast<int>(bp::OptimizerKind::Adam) << 5.0
                                 << "too high for Adam";
}

void TestDivergenceGuard::blowUpPausesExplainsAndRewinds()
{
    QFETCH(int, optimizer);
    QFETCH(double, learningRate);
    QFETCH(QString, cause);
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    QVERIFY(guard);
    QVERIFY(!guard->isVisible());
    QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
    setOptimizer(static_cast<bp::OptimizerKind>(optimizer), learningRate, 20000);

    TrainingController* controller = window_->controller();
    controller->train();
    QVERIFY(tripped.wait(60000));
    QVERIFY(guard->isVisible());
    QVERIFY(guard->isTripped());
    const TrainingState state = controller->state();
    // A blow-up pauses; a cost that jumped straight to Inf/NaN stops (both are guarded).
    QVERIFY2(state == TrainingState::Paused || state == TrainingState::Diverged,
             qPrintable(toDisplayString(state)));
    const QString text = child<QLabel>("divergenceText")->text();
    QVERIFY2(text.contains(cause), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rewind")), qPrintable(text));
    // Detected at the first row that meets the rule (10 × the best so far, above the start).
    {
        const auto& rows = child<CostPlot>("costPlot")->history();
        double best = rows.front().trainCost;
        long first = -1;
        for (const auto& row : rows) {
            if (row.trainCost > DivergenceGuard::kBlowUpFactor * best &&
                row.trainCost > rows.front().trainCost) {
                first = row.iteration;
                break;
            }
            best = std::min(best, row.trainCost);
        }
        QCOMPARE(static_cast<qlonglong>(first), tripped.constFirst().at(0).toLongLong());
    }
    // The cost plot marks where it happened.
    auto* markers = child<CostPlotMarkers>("costPlotMarkers");
    QVERIFY(markers);
    QCOMPARE(markers->count(), 1);
    QCOMPARE(static_cast<qlonglong>(markers->iterationOf(0)),
             tripped.constFirst().at(0).toLongLong());
    QVERIFY(std::isfinite(markers->xOf(0)));
    if (const QByteArray dir = qgetenv("BPS_SCREENSHOT_DIR");
        !dir.isEmpty() &&
        QTest::currentDataTag() == QByteArrayLiteral("gradient descent, α = 30")) {
        QTest::qWait(300); // let the plots redraw
        window_->grab().save(QString::fromUtf8(dir) + QStringLiteral("/divergence-guard.png"));
    }

    const long good = guard->goodIteration();
    QVERIFY(good >= 0);
    const std::size_t rowsBefore = child<CostPlot>("costPlot")->history().size();
    QSignalSpy rewound(guard, &DivergenceGuard::rewound);
    QTest::mouseClick(child<QPushButton>("divergenceRewind"), Qt::LeftButton);
    QCOMPARE(rewound.count(), 1);
    QCOMPARE(rewound.constFirst().at(0).toLongLong(), static_cast<qlonglong>(good));
    QCOMPARE(controller->state(), TrainingState::Idle);
    QVERIFY(!guard->isVisible());
    QVERIFY(window_->model()->parameters().allFinite());
    // The blow-up stays on the cost plot: rewinding is not a reset.
    QCOMPARE(child<CostPlot>("costPlot")->history().size(), rowsBefore);

    // The rewound weights are the best seen: their cost is at most the recorded best.
    const auto& rows = child<CostPlot>("costPlot")->history();
    double best = rows.front().trainCost;
    for (const auto& row : rows)
        best = std::min(best, row.trainCost);
    bp::TrainingConfig config = window_->model()->config();
    config.learningRate = 0.0; // one evaluation of J at the rewound weights, no step
    config.optimizer = bp::OptimizerKind::GradientDescent;
    config.maxIterations = 1;
    window_->model()->setConfig(config);
    QSignalSpy finished(controller, &TrainingController::finished);
    controller->train();
    QVERIFY(finished.wait(30000));
    const auto& after = child<CostPlot>("costPlot")->history();
    QVERIFY(after.size() > rowsBefore);
    QVERIFY2(after.back().trainCost <= rows[static_cast<std::size_t>(good)].trainCost + 1e-9,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(after.back().trainCost)
                            .arg(rows[static_cast<std::size_t>(good)].trainCost)));
    QVERIFY(after.back().iteration > rows[rowsBefore - 1].iteration); // numbering continues
    Q_UNUSED(best);
}

void TestDivergenceGuard::nonFiniteCostStopsWithFiniteWeights()
{
    // Squared error on a linear output has no bounded gradient: α = 100 overflows.
    ProjectModel* model = window_->model();
    bp::GeneratorSpec spec;
    spec.name = "regression1d";
    spec.n = 200;
    spec.seed = 1;
    DataSource source;
    source.kind = DataSource::Kind::Generator;
    source.generator = spec;
    model->setDataset(bp::generateDataset(spec), source);
    model->setOutputActivation(bp::Activation::Linear);
    setOptimizer(bp::OptimizerKind::GradientDescent, 100.0, 5000);
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    window_->controller()->train();
    QVERIFY(tripped.wait(60000));
    if (window_->controller()->state() == TrainingState::Paused) {
        // It blew up first; carry on regardless, as a student might, until it overflows.
        guard->dismiss();
        window_->controller()->train();
        // The finish may have come in the same delivery as the snapshot that tripped it.
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QTRY_VERIFY(guard->isTripped());
        // Dismissed, the growing cost did not pause it again: only the overflow reported.
        QCOMPARE(tripped.count(), 2);
        QCOMPARE(tripped.last().at(1).toString(), QStringLiteral("non-finite cost"));
    } else {
        QVERIFY(finished.count() == 1 || finished.wait(10000));
    }
    QCOMPARE(window_->controller()->state(), TrainingState::Diverged);
    QVERIFY(model->parameters().allFinite());
    const QString text = child<QLabel>("divergenceText")->text();
    QVERIFY2(text.contains(QStringLiteral("non-finite")), qPrintable(text));
    QVERIFY(guard->isVisible());
    // Marked on the cost plot at the last finite row, which the history ends with.
    auto* markers = child<CostPlotMarkers>("costPlotMarkers");
    QVERIFY(markers->count() >= 1);
    const auto& rows = child<CostPlot>("costPlot")->history();
    QCOMPARE(markers->xOf(markers->count() - 1), static_cast<double>(rows.back().iteration));
}

void TestDivergenceGuard::rewindAndLowerRateDividesAlpha()
{
    setOptimizer(bp::OptimizerKind::GradientDescent, 30.0, 20000);
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
    window_->controller()->train();
    QVERIFY(tripped.wait(60000));
    auto* lower = child<QPushButton>("divergenceRewindLower");
    QVERIFY(lower->isVisible());
    QTest::mouseClick(lower, Qt::LeftButton);
    QCOMPARE(window_->model()->config().learningRate, 3.0);
    QVERIFY(!guard->isVisible());
}

void TestDivergenceGuard::calmTrainingNeverTrips()
{
    setOptimizer(bp::OptimizerKind::Adam, 0.01, 400);
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
    QSignalSpy finished(window_->controller(), &TrainingController::finished);
    window_->controller()->train();
    QVERIFY(finished.wait(60000));
    QCOMPARE(tripped.count(), 0);
    QVERIFY(!guard->isVisible());
}

void TestDivergenceGuard::lessonThreePausesWithTheBanner()
{
    // Lesson 3 ("a learning rate that diverges") promises the pause and the banner. Its cost
    // rises from the first step and overflows in ≈ 6 ms: only a guard that judges inside the
    // worker, before the next step, pauses it while the numbers are still finite.
    const QList<Lesson> lessons = LessonCatalog::bundled();
    const auto lesson = std::find_if(lessons.begin(), lessons.end(), [](const Lesson& l) {
        return l.id.startsWith(QStringLiteral("03-"));
    });
    QVERIFY(lesson != lessons.end());
    QVERIFY(bptest::openLessonAndWait(window_->findChild<LessonTools*>(),
                                      window_->findChild<ProjectFiles*>(), *lesson));
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    TrainingController* controller = window_->controller();
    QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
    QSignalSpy finished(controller, &TrainingController::finished);
    controller->train();
    QVERIFY(tripped.wait(30000));
    QCOMPARE(controller->state(), TrainingState::Paused);
    QCOMPARE(finished.count(), 0);
    QVERIFY(guard->isVisible());
    QCOMPARE(tripped.constFirst().at(1).toString(), QStringLiteral("cost blew up"));
    const QString text = child<QLabel>("divergenceText")->text();
    QVERIFY2(text.contains(QStringLiteral("Training paused")), qPrintable(text));
    // Paused at the row that blew up: the history ends there and every number is finite.
    const auto& rows = child<CostPlot>("costPlot")->history();
    QVERIFY(!rows.empty());
    QCOMPARE(static_cast<qlonglong>(rows.back().iteration),
             tripped.constFirst().at(0).toLongLong());
    for (const bp::IterationStats& row : rows)
        QVERIFY(std::isfinite(row.trainCost));
    QVERIFY(window_->model()->parameters().allFinite());
    QVERIFY(!finished.wait(300)); // and it stays paused
    QCOMPARE(controller->state(), TrainingState::Paused);
    QCOMPARE(controller->statusWords(),
             QStringLiteral("Paused: the cost blew up at iteration %1").arg(rows.back().iteration));
    bptest::saveShot(window_.get(), QStringLiteral("lesson3-divergence-banner.png"));
}

QTEST_MAIN(TestDivergenceGuard)
#include "tst_divergenceguard.moc"
