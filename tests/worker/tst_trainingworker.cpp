// TrainingWorker on a real QThread: throttled snapshots with complete history, pause, step,
// stop, divergence and failures. Waits on signals only.

#include "worker/trainingworker.h"
#include "workertestutil.h"

#include "costfunction.h"
#include "generators.h"
#include "gradienthealth.h"
#include "initializer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace bpui;

namespace {
/// QCOMPARE for StopReason, printing the core's names.
QString reasonName(bp::StopReason reason)
{
    return QString::fromUtf8(bp::toString(reason).data());
}
} // namespace

namespace {

constexpr std::uint64_t kSeed = 1; // data, split and weights; printed in initTestCase

TrainingJob spiralJob(long maxIterations, double learningRate = 0.01)
{
    bp::GeneratorSpec spec;
    spec.name = "spiral";
    spec.n = 300;
    spec.seed = kSeed;
    auto split = std::make_shared<bp::DataSplit>();
    split->train = bp::generateDataset(spec);
    TrainingJob job;
    job.arch =
        bp::Architecture::make(2, {16, 16}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    job.params = bp::initializeParameters(job.arch, bp::InitKind::UniformEpsilon, kSeed);
    job.split = split;
    job.config.optimizer = bp::OptimizerKind::Adam;
    job.config.learningRate = learningRate;
    job.config.maxIterations = maxIterations;
    return job;
}

/// All rows delivered so far, in order.
std::vector<bp::IterationStats> rowsOf(const QSignalSpy& spy)
{
    std::vector<bp::IterationStats> rows;
    for (const QList<QVariant>& args : spy) {
        const auto snapshot = args.at(0).value<TrainingSnapshot>();
        rows.insert(rows.end(), snapshot.newRows.begin(), snapshot.newRows.end());
    }
    return rows;
}

TrainingSnapshot lastSnapshot(const QSignalSpy& spy)
{
    return spy.constLast().at(0).value<TrainingSnapshot>();
}

/// Lesson 3's set-up: a 1-8-1 tanh network, linear output, squared error, plain gradient
/// descent with α = 3. Its cost rises from the first step and overflows within ≈ 120
/// iterations (≈ 6 ms), long before a GUI-side guard could pause it.
TrainingJob divergingJob(bool guard)
{
    bp::GeneratorSpec spec;
    spec.name = "regression1d";
    spec.n = 200;
    spec.seed = kSeed;
    auto split = std::make_shared<bp::DataSplit>();
    split->train = bp::generateDataset(spec);
    TrainingJob job;
    job.split = split;
    job.arch = bp::Architecture::make(1, {8}, bp::Activation::Tanh, 1, bp::Activation::Linear);
    job.params = bp::initializeParameters(job.arch, bp::InitKind::UniformEpsilon, kSeed);
    job.config.optimizer = bp::OptimizerKind::GradientDescent;
    job.config.learningRate = 3.0;
    job.config.maxIterations = 5000;
    job.divergenceGuard = guard;
    return job;
}

/// The first row the divergence rule calls a blow-up (-1: none).
long firstBlowUp(const std::vector<bp::IterationStats>& rows)
{
    double best = std::numeric_limits<double>::infinity();
    for (const bp::IterationStats& row : rows) {
        if (row.trainCost > DivergenceRule::kBlowUpFactor * best &&
            row.trainCost > rows.front().trainCost)
            return row.iteration;
        best = std::min(best, row.trainCost);
    }
    return -1;
}

} // namespace

class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void snapshotsAreThrottledAndComplete();
    void largeNetworksSnapshotLessOften();
    void noGradientUnlessShown();
    void pauseHoldsAndStepAdvancesOne();
    void stopFinishesAndNothingFollows();
    void stepFromIdleRunsOneIteration();
    void learningRateChangeAppliesWhileRunning();
    void divergenceKeepsFiniteWeights();
    void guardPausesAtTheFirstBlowUp();
    void guardCommandsApplyToTheNextRun();
    void abandonedRunIsSilencedAndNextRunStarts();
    void stopBeforeStartMeansNeverStarts();
    void badInputFails_data();
    void badInputFails();
    void snapshotsCarryGradientHealth_data();
    void snapshotsCarryGradientHealth();
    void noGradientHealthWhenOff();

private:
    std::uint64_t start(const TrainingJob& job, bool paused = false);

    QThread* thread_ = nullptr;
    TrainingWorker* worker_ = nullptr;
    // Lives on the test thread, where the spies watch its signals (spying on a worker-thread
    // object would append to the spy's list from that thread while the test reads it).
    TrainingOutbox* outbox_ = nullptr;
};

void TestTrainingWorker::initTestCase()
{
    registerMetaTypes();
    qInfo("seed %llu (data, weights)", static_cast<unsigned long long>(kSeed));
}

void TestTrainingWorker::init()
{
    thread_ = new QThread;
    outbox_ = new TrainingOutbox;
    worker_ = new TrainingWorker(outbox_);
    worker_->moveToThread(thread_);
    thread_->start();
}

void TestTrainingWorker::cleanup()
{
    worker_->stop();
    thread_->quit();
    QVERIFY(thread_->wait(10000));
    delete worker_;
    delete thread_;
    delete outbox_;
}

std::uint64_t TestTrainingWorker::start(const TrainingJob& job, bool paused)
{
    return worker_->submit(job, paused);
}

void TestTrainingWorker::snapshotsAreThrottledAndComplete()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    QElapsedTimer clock;
    clock.start();
    const long iterations = 3000;
    start(spiralJob(iterations));
    QVERIFY(finished.wait(60000));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;

    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QCOMPARE(reasonName(result.reason), reasonName(bp::StopReason::MaxIterations));
    // ≤ 30 Hz while running, plus the final one (tolerance: one extra per partial interval).
    QVERIFY2(
        snapshots.count() <= 2 + static_cast<int>(seconds * 30.0),
        qPrintable(QStringLiteral("%1 snapshots in %2 s").arg(snapshots.count()).arg(seconds)));

    const std::vector<bp::IterationStats> rows = rowsOf(snapshots);
    QCOMPARE(static_cast<long>(rows.size()), iterations + 1);
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].iteration, static_cast<long>(i));
    QVERIFY(rows.back().trainCost < rows.front().trainCost);

    const TrainingSnapshot final = lastSnapshot(snapshots);
    QCOMPARE(final.state, TrainingState::Finished);
    QCOMPARE(final.latest.iteration, iterations);
    QVERIFY(final.parameters);
    QVERIFY(final.gradient); // the final snapshot always carries the full-batch gradient
    QCOMPARE(final.gradient->size(), final.parameters->size());
}

void TestTrainingWorker::largeNetworksSnapshotLessOften()
{
    using W = bpui::TrainingWorker;
    const auto params = [](std::vector<int> hidden, int in, int out) {
        return bp::Architecture::make(in, hidden, bp::Activation::Sigmoid, out, bp::Activation::Softmax)
            .parameterCount();
    };
    QCOMPARE(W::snapshotIntervalMs(params({8, 8}, 2, 3)), W::kMinSnapshotIntervalMs);       // lessons
    QCOMPARE(W::snapshotIntervalMs(params({25}, 400, 10)), W::kMinSnapshotIntervalMs);      // 10,285
    QCOMPARE(W::snapshotIntervalMs(params({128}, 784, 10)), W::kLargeNetworkSnapshotIntervalMs);
}

void TestTrainingWorker::noGradientUnlessShown()
{
    // Nobody shows the gradient: no snapshot pays for a full-batch evaluation, not even the
    // final one. Asked for again, the next run's snapshots carry it.
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    worker_->setPublishGradient(false);
    start(spiralJob(2000));
    QVERIFY(finished.wait(60000));
    QVERIFY(snapshots.count() >= 1);
    for (const QList<QVariant>& args : snapshots)
        QVERIFY(!args.at(0).value<TrainingSnapshot>().gradient);

    snapshots.clear();
    worker_->setPublishGradient(true);
    start(spiralJob(200));
    QVERIFY(finished.wait(60000));
    const TrainingSnapshot final = lastSnapshot(snapshots);
    QVERIFY(final.gradient);
    QCOMPARE(final.gradient->size(), final.parameters->size());
}

void TestTrainingWorker::pauseHoldsAndStepAdvancesOne()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    start(spiralJob(0)); // no budget: runs until stopped
    QVERIFY(snapshots.wait(10000));

    worker_->pause();
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() && lastSnapshot(snapshots).state == TrainingState::Paused, 10000);
    const long pausedAt = lastSnapshot(snapshots).latest.iteration;
    const qsizetype count = snapshots.count();
    // While paused nothing runs: no snapshot arrives within a generous wait.
    QVERIFY(!snapshots.wait(300));
    QCOMPARE(snapshots.count(), count);

    worker_->step();
    QVERIFY(snapshots.wait(10000));
    const TrainingSnapshot stepped = lastSnapshot(snapshots);
    QCOMPARE(stepped.state, TrainingState::Paused);
    QCOMPARE(stepped.latest.iteration, pausedAt + 1);
    QCOMPARE(stepped.newRows.size(), std::size_t{1});

    worker_->step();
    QVERIFY(snapshots.wait(10000));
    QCOMPARE(lastSnapshot(snapshots).latest.iteration, pausedAt + 2);

    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    worker_->resume();
    QTRY_VERIFY_WITH_TIMEOUT(lastSnapshot(snapshots).latest.iteration > pausedAt + 2, 10000);
    worker_->stop();
    QVERIFY(finished.wait(10000));
    const std::vector<bp::IterationStats> rows = rowsOf(snapshots);
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].iteration, static_cast<long>(i));
}

void TestTrainingWorker::stopFinishesAndNothingFollows()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    QSignalSpy failed(outbox_, &TrainingOutbox::failed);
    start(spiralJob(0));
    QVERIFY(snapshots.wait(10000));
    worker_->stop();
    QVERIFY(finished.wait(10000));
    const qsizetype count = snapshots.count();
    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QVERIFY(result.reason == bp::StopReason::StoppedByHook ||
            result.reason == bp::StopReason::Cancelled);
    QVERIFY(!snapshots.wait(300));
    QCOMPARE(snapshots.count(), count);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestTrainingWorker::stepFromIdleRunsOneIteration()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    start(spiralJob(0), true);
    worker_->step();
    // The paused submit reports iteration 0 (Paused) first; the step's report follows.
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty() &&
                                 lastSnapshot(snapshots).state == TrainingState::Paused &&
                                 lastSnapshot(snapshots).latest.iteration >= 1,
                             10000);
    QTest::qWait(200); // a second iteration, were there one, would report by now
    QCOMPARE(lastSnapshot(snapshots).state, TrainingState::Paused);
    QCOMPARE(lastSnapshot(snapshots).latest.iteration, 1L);
    const std::vector<bp::IterationStats> rows = rowsOf(snapshots);
    QCOMPARE(rows.size(), std::size_t{2}); // row 0 (initial weights) and row 1
}

void TestTrainingWorker::learningRateChangeAppliesWhileRunning()
{
    // Gradient descent with a zero learning rate does not move; raising it mid-run must.
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    TrainingJob job = spiralJob(0);
    job.config.optimizer = bp::OptimizerKind::GradientDescent;
    job.config.learningRate = 0.0;
    start(job);
    QVERIFY(snapshots.wait(10000));
    const double before = lastSnapshot(snapshots).latest.trainCost;
    QCOMPARE(rowsOf(snapshots).front().trainCost, before);
    worker_->setLearningRate(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(lastSnapshot(snapshots).latest.trainCost < before - 1e-3, 10000);
}

void TestTrainingWorker::divergenceKeepsFiniteWeights()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    // Squared error on a linear output has no bounded gradient: α = 100 overshoots further at
    // every step until the cost is Inf or NaN.
    bp::GeneratorSpec spec;
    spec.name = "regression1d";
    spec.n = 200;
    spec.seed = kSeed;
    auto split = std::make_shared<bp::DataSplit>();
    split->train = bp::generateDataset(spec);
    TrainingJob job;
    job.split = split;
    job.arch = bp::Architecture::make(1, {16}, bp::Activation::Tanh, 1, bp::Activation::Linear);
    job.params = bp::initializeParameters(job.arch, bp::InitKind::UniformEpsilon, kSeed);
    job.config.optimizer = bp::OptimizerKind::GradientDescent;
    job.config.learningRate = 100.0;
    job.config.maxIterations = 5000;
    start(job);
    QVERIFY(finished.wait(60000));
    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QCOMPARE(reasonName(result.reason), reasonName(bp::StopReason::Diverged));
    const TrainingSnapshot final = lastSnapshot(snapshots);
    QCOMPARE(final.state, TrainingState::Diverged);
    QVERIFY(final.parameters);
    QVERIFY(final.parameters->allFinite());
}

void TestTrainingWorker::guardPausesAtTheFirstBlowUp()
{
    // The worker judges each row before the next step and pauses itself: the pause comes at
    // the first divergent row, with a finite cost and finite weights, not at the overflow.
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy tripped(outbox_, &TrainingOutbox::divergenceTripped);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    TrainingJob job = divergingJob(true);
    job.firstIteration = 100; // numbered as the history's rows 100, 101, … (a second Train)
    start(job);
    QVERIFY(tripped.wait(30000));
    QCOMPARE(finished.count(), 0);
    const TrainingSnapshot paused = lastSnapshot(snapshots);
    QCOMPARE(paused.state, TrainingState::Paused);
    const std::vector<bp::IterationStats> rows = rowsOf(snapshots);
    const long expected = firstBlowUp(rows);
    QVERIFY(expected > 0);
    QCOMPARE(paused.latest.iteration, expected); // nothing ran past the blow-up
    QCOMPARE(rows.back().iteration, expected);
    for (const bp::IterationStats& row : rows)
        QVERIFY(std::isfinite(row.trainCost));
    QVERIFY(paused.parameters && paused.parameters->allFinite());
    const auto trip = tripped.constFirst().at(0).value<DivergenceTrip>();
    QCOMPARE(trip.iteration, 100 + expected);
    QCOMPARE(trip.cost, rows.back().trainCost);
    QCOMPARE(trip.bestIteration, 100L);
    QCOMPARE(trip.bestCost, rows.front().trainCost);
    QVERIFY(!snapshots.wait(300)); // it stays paused
    QCOMPARE(lastSnapshot(snapshots).latest.iteration, expected);

    // Resumed, the rule has tripped once and stays quiet: the run goes on to the overflow.
    worker_->resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(tripped.count(), 1);
    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QCOMPARE(reasonName(result.reason), reasonName(bp::StopReason::Diverged));
    QVERIFY(lastSnapshot(snapshots).parameters->allFinite());
}

void TestTrainingWorker::guardCommandsApplyToTheNextRun()
{
    QSignalSpy tripped(outbox_, &TrainingOutbox::divergenceTripped);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    // Disarmed (the person let a diverging run go on): no pause, the trainer's own stop.
    worker_->disarmDivergenceGuard();
    start(divergingJob(true));
    QVERIFY(finished.wait(30000));
    QCOMPARE(tripped.count(), 0);
    // Still disarmed for the next run of the same history…
    start(divergingJob(true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(tripped.count(), 0);
    // …until rearmed (a rewind, a new history).
    worker_->rearmDivergenceGuard();
    start(divergingJob(true));
    QVERIFY(tripped.wait(30000));
    // A job without the guard (a caller that does not show it) never pauses.
    worker_->stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    worker_->rearmDivergenceGuard();
    start(divergingJob(false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 30000);
    QCOMPARE(tripped.count(), 1);
}

void TestTrainingWorker::abandonedRunIsSilencedAndNextRunStarts()
{
    // What the controller does when the data changes under a run and Train is pressed again
    // at once: the old run's last snapshots and its finish are dropped, the new one runs.
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    start(spiralJob(0));
    QVERIFY(snapshots.wait(10000));
    worker_->stop();
    const std::uint64_t next = start(spiralJob(25));
    outbox_->acceptOnly(next);
    snapshots.clear();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.wait(300));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.constFirst().at(0).value<bp::TrainingResult>();
    QCOMPARE(reasonName(result.reason), reasonName(bp::StopReason::MaxIterations));
    QCOMPARE(result.iterations, 25L);
    const std::vector<bp::IterationStats> rows = rowsOf(snapshots);
    QCOMPARE(static_cast<long>(rows.size()), 26L); // rows 0..25 of the new run only
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].iteration, static_cast<long>(i));
}

void TestTrainingWorker::stopBeforeStartMeansNeverStarts()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    QSignalSpy failed(outbox_, &TrainingOutbox::failed);
    // A paused job holds the worker's thread, so the job queued behind it cannot begin
    // before stop(), which ends both.
    start(spiralJob(0), true);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000); // the first is inside its pause
    start(spiralJob(0));
    worker_->stop();
    QVERIFY(finished.wait(30000)); // the paused one ends
    const std::uint64_t next = start(spiralJob(3));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000);
    QVERIFY(!finished.wait(300));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 2); // the stopped, never-started job said nothing at all
    QCOMPARE(finished.constLast().at(0).value<bp::TrainingResult>().iterations, 3L);
    QVERIFY(next == 3);
}

void TestTrainingWorker::badInputFails_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("feature count mismatch") << 0;
    QTest::newRow("zero-size layer") << 1;
    QTest::newRow("weights of the wrong size") << 2;
    QTest::newRow("no data") << 3;
}

void TestTrainingWorker::badInputFails()
{
    QFETCH(int, fault);
    TrainingJob job = spiralJob(100);
    switch (fault) {
    case 0: {
        auto split = std::make_shared<bp::DataSplit>(*job.split);
        split->train.features = bp::Matrix::Ones(5, split->train.size());
        job.split = split;
        break;
    }
    case 1:
        job.arch.layerSizes[1] = 0;
        break;
    case 2:
        job.params = bp::Vector::Zero(3);
        break;
    case 3:
        job.split.reset();
        break;
    }
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    QSignalSpy failed(outbox_, &TrainingOutbox::failed);
    start(job);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
    qInfo("%s", qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(snapshots.count(), 0);
}

void TestTrainingWorker::snapshotsCarryGradientHealth_data()
{
    QTest::addColumn<long>("examples");
    QTest::newRow("300 examples: a sample of 256") << 300L;
    QTest::newRow("150 examples: the whole set") << 150L;
}

void TestTrainingWorker::snapshotsCarryGradientHealth()
{
    // The final snapshot's figures are those of the gradient at its weights on the sampled
    // batch (the full-batch gradient when the set is no larger than the sample), and running
    // snapshots carry them at most every kHealthMinIntervalMs.
    QFETCH(long, examples);
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    TrainingJob job = spiralJob(1500);
    bp::GeneratorSpec spec;
    spec.name = "spiral";
    spec.n = examples;
    spec.seed = kSeed;
    auto split = std::make_shared<bp::DataSplit>();
    split->train = bp::generateDataset(spec);
    job.split = split;
    job.config.lambda = 0.5;
    QElapsedTimer clock;
    clock.start();
    start(job);
    QVERIFY(finished.wait(60000));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;

    int running = 0;
    for (const QList<QVariant>& args : snapshots) {
        const auto snapshot = args.at(0).value<TrainingSnapshot>();
        if (snapshot.state == TrainingState::Running && snapshot.health)
            ++running;
    }
    QVERIFY2(running <=
                 2 + static_cast<int>(seconds * 1000.0 / TrainingWorker::kHealthMinIntervalMs),
             qPrintable(QStringLiteral("%1 in %2 s").arg(running).arg(seconds)));

    const TrainingSnapshot final = lastSnapshot(snapshots);
    QVERIFY(final.health);
    const bp::GradientHealth& health = *final.health;
    const bp::Index m = job.split->train.size();
    QCOMPARE(health.sampledExamples, std::min<bp::Index>(m, TrainingWorker::kHealthExamples));
    QCOMPARE(health.gradientNorms.size(), std::size_t(3)); // Θ(1) … Θ(3)
    QCOMPARE(health.ratios.size(), std::size_t(3));
    QCOMPARE(health.saturation.size(), std::size_t(2)); // two tanh layers

    // The reference: the same batch gradient computed here.
    const bp::Matrix Y = bp::encodeTargets(job.split->train, job.arch.outputSize());
    bp::CostFunction cost(job.arch, job.split->train.features, Y, job.config.lambda);
    bp::Vector gradient;
    const std::vector<bp::Index> sample =
        bp::sampleExamples(m, TrainingWorker::kHealthExamples, job.config.shuffleSeed);
    cost.evaluateBatch(*final.parameters, sample, &gradient);
    const std::vector<double> norms = bp::layerNorms(job.arch, gradient);
    const std::vector<double> ratios =
        bp::gradientToWeightRatios(job.arch, gradient, *final.parameters);
    if (m <= TrainingWorker::kHealthExamples) {
        QVERIFY(final.gradient); // the final snapshot's full-batch gradient: the same figures
        const std::vector<double> full = bp::layerNorms(job.arch, *final.gradient);
        for (std::size_t l = 0; l < full.size(); ++l)
            QVERIFY(std::abs(health.gradientNorms[l] - full[l]) <= 1e-12 * full[l]);
    }
    // Tolerance 1e-10 relative: the same sums, possibly split differently across threads.
    for (std::size_t l = 0; l < norms.size(); ++l) {
        QVERIFY2(std::abs(health.gradientNorms[l] - norms[l]) <= 1e-10 * norms[l],
                 qPrintable(QStringLiteral("‖D(%1)‖ %2 vs %3")
                                .arg(l + 1)
                                .arg(health.gradientNorms[l])
                                .arg(norms[l])));
        QVERIFY(std::abs(health.ratios[l] - ratios[l]) <= 1e-10 * ratios[l]);
    }
    for (double share : health.saturation)
        QVERIFY(share >= 0.0 && share <= 1.0);
}

void TestTrainingWorker::noGradientHealthWhenOff()
{
    QSignalSpy snapshots(outbox_, &TrainingOutbox::snapshot);
    QSignalSpy finished(outbox_, &TrainingOutbox::finished);
    TrainingJob job = spiralJob(1000);
    job.gradientHealth = false;
    start(job);
    QVERIFY(finished.wait(60000));
    QVERIFY(snapshots.count() >= 1);
    for (const QList<QVariant>& args : snapshots)
        QVERIFY(!args.at(0).value<TrainingSnapshot>().health);
}

QTEST_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
