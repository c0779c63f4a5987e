// How quickly Pause and closing the window take effect while training, through the real
// window offscreen. Counted, not timed, where it can be: the worker counts the rows it
// produces (TrainingWorker::iterationsRun), so a pause asked for at a known count must stop
// the run with at most one more row (the iteration in progress) — for full-batch, mini-batch
// and line-search optimisers, at twenty different points of a run. Closing the window in the
// middle of a long full-batch iteration ends the run within a chunk of the evaluation: the
// window is closed and destroyed, every thread it started joined, within 1 s (the studio
// process ends right after its window), with no thread left behind.

#include "maththreads.h"
#include "session/projectmodel.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace bpui;

namespace {

/// Threads of this process now.
int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                .size());
}

/// 16384 random 784-feature examples of 10 classes (seed 1): a full-batch iteration of a
/// 784-8-10 network is four evaluation chunks of 4096 examples, so a close lands inside an
/// iteration, and a chunk is short, as on any real data set.
bp::Dataset heavyData()
{
    constexpr bp::Index m = 16384;
    bp::Dataset data;
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> pixel(0.0, 1.0);
    data.features = bp::Matrix::NullaryExpr(784, m, [&] { return pixel(rng); });
    data.labels.resize(static_cast<std::size_t>(m));
    for (std::size_t i = 0; i < data.labels.size(); ++i)
        data.labels[i] = static_cast<int>(i % 10);
    for (int k = 0; k < 10; ++k)
        data.classNames.push_back(std::to_string(k));
    data.name = "random 784 x 16384";
    return data;
}

} // namespace

class TestPauseCloseLatency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pauseTakesEffectWithinOneIteration_data();
    void pauseTakesEffectWithinOneIteration();
    void closingWhileTrainingEndsWithinASecond();

private:
    QAction* action(const char* name) const
    {
        return bptest::child<QAction>(window_.get(), QString::fromLatin1(name));
    }
    /// Configures a run with no budget for `optimizer` (batch 0 = full batch).
    void setOptimizer(bp::OptimizerKind optimizer, int batchSize);

    std::unique_ptr<MainWindow> window_;
};

void TestPauseCloseLatency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
    bp::limitMathThreadsOnThisThread(1); // as the studio's main() does for the GUI thread
}

void TestPauseCloseLatency::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestPauseCloseLatency::cleanup()
{
    if (window_)
        window_->controller()->stop();
    window_.reset();
}

void TestPauseCloseLatency::setOptimizer(bp::OptimizerKind optimizer, int batchSize)
{
    bp::TrainingConfig config = window_->model()->config();
    config.optimizer = optimizer;
    config.learningRate = optimizer == bp::OptimizerKind::Adam ? 0.01 : 0.5;
    config.batchSize = batchSize;
    config.maxIterations = 0;
    config.maxEpochs = 0;
    config.targetCost = std::nan("");
    config.timeLimitSeconds = 0.0;
    config.patience = 0;
    window_->model()->setConfig(config);
}

void TestPauseCloseLatency::pauseTakesEffectWithinOneIteration_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("Adam, full batch") << static_cast<int>(bp::OptimizerKind::Adam) << 0;
    QTest::newRow("Adam, mini-batches of 16") << static_cast<int>(bp::OptimizerKind::Adam) << 16;
    QTest::newRow("L-BFGS (line search)") << static_cast<int>(bp::OptimizerKind::LBFGS) << 0;
}

void TestPauseCloseLatency::pauseTakesEffectWithinOneIteration()
{
    QFETCH(int, optimizer);
    QFETCH(int, batchSize);
    setOptimizer(static_cast<bp::OptimizerKind>(optimizer), batchSize);
    TrainingController* controller = window_->controller();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReceived);
    QAction* trainPause = action("actionTrainPause"); // Space

    int measured = 0;
    for (int round = 0; round < 20; ++round) {
        // Let the run get to a different point each round: 3 … 60 rows further.
        const std::uint64_t from = controller->workerIterations();
        const std::uint64_t wait = 3 + static_cast<std::uint64_t>((round * 37) % 58);
        trainPause->trigger(); // Train, then Resume (a new run if the last one converged)
        QCOMPARE(controller->state(), TrainingState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(controller->workerIterations() >= from + wait ||
                                     controller->state() != TrainingState::Running,
                                 60000);
        if (controller->state() != TrainingState::Running)
            continue; // the line search converged by itself: nothing to pause this round
        ++measured;

        snapshots.clear();
        trainPause->trigger(); // Pause
        const std::uint64_t atRequest = controller->workerIterations();
        QCOMPARE(controller->state(), TrainingState::Paused);
        QTRY_VERIFY_WITH_TIMEOUT((!snapshots.isEmpty() &&
                                  snapshots.constLast().at(0).value<TrainingSnapshot>().state ==
                                      TrainingState::Paused) ||
                                     !controller->isActive(),
                                 60000);
        if (!controller->isActive()) {
            // The line search ended the run by itself as the pause went out (L-BFGS stops
            // when no step lowers J): the run's end came instead of a paused report.
            --measured;
            continue;
        }
        const std::uint64_t after = controller->workerIterations() - atRequest;
        QVERIFY2(
            after <= 1,
            qPrintable(QStringLiteral("round %1: %2 rows after the pause").arg(round).arg(after)));
        // The paused snapshot holds the last row: the history ends where the run stopped.
        const auto paused = snapshots.constLast().at(0).value<TrainingSnapshot>();
        QCOMPARE(paused.latest.iteration, controller->totalIterations());
        QCOMPARE(controller->statusWords(),
                 QStringLiteral("Paused at iteration %1").arg(paused.latest.iteration));
    }
    QVERIFY2(measured >= 15, qPrintable(QString::number(measured)));
    // While paused nothing more runs.
    const std::uint64_t paused = controller->workerIterations();
    QTest::qWait(100);
    QCOMPARE(controller->workerIterations(), paused);
}

void TestPauseCloseLatency::closingWhileTrainingEndsWithinASecond()
{
    // A first window closed the same way creates whatever Qt and the maths libraries keep for
    // the process's life; what is left after that is the baseline.
    {
        setOptimizer(bp::OptimizerKind::GradientDescent, 0);
        action("actionTrainPause")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window_->controller()->workerIterations() >= 3, 60000);
        action("actionQuit")->trigger();
        window_.reset();
    }
    const int baseline = threadCount();

    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->model()->setDataset(heavyData(), DataSource{});
    window_->model()->setHiddenLayers({8}, {bp::Activation::Sigmoid});
    setOptimizer(bp::OptimizerKind::GradientDescent, 0); // full batch: 4 chunks an iteration
    TrainingController* controller = window_->controller();
    action("actionTrainPause")->trigger();
    // Row 0 and one iteration done: the worker is inside the next full-batch iteration.
    QTRY_VERIFY_WITH_TIMEOUT(controller->workerIterations() >= 2, 120000);
    QCOMPARE(controller->state(), TrainingState::Running);
    QVERIFY(threadCount() > baseline); // the window's threads run

    QElapsedTimer clock;
    clock.start();
    action("actionQuit")->trigger(); // Ctrl+Q: closes the window (unsaved changes: offscreen
                                     // platforms discard them rather than ask)
    QVERIFY(!window_->isVisible());
    window_.reset(); // joins every thread the window started
    const qint64 joined = clock.elapsed();
    // OpenMP's helpers of the training thread leave as it ends; wait for them within the bound.
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= baseline, 1000);
    const qint64 ended = clock.elapsed();
    qInfo("closed and joined in %lld ms, threads back to %d in %lld ms", joined, baseline, ended);
    QVERIFY2(ended < 1000, qPrintable(QStringLiteral("%1 ms").arg(ended)));
}

QTEST_MAIN(TestPauseCloseLatency)
#include "tst_pausecloselatency.moc"
