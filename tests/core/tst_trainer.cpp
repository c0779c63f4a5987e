// The training loop: history rows, mini-batch epochs, every stopping rule, divergence,
// cancellation, the hook's controls, and the name tables.
#include "costfunction.h"
#include "fitcases.h"
#include "initializer.h"
#include "testutil.h"
#include "trainer.h"

#include <QtTest/QtTest>

#include <random>
#include <set>

Q_DECLARE_METATYPE(bp::OptimizerKind)

namespace {

constexpr std::uint64_t kSeed = 20240612; // printed by initTestCase; fixed for reproducibility

/// Two overlapping Gaussian blobs in 2-D (labels alternate); flipLabels swaps the classes.
bp::Dataset blobs(bp::Index m, std::uint64_t seed, bool flipLabels = false)
{
    bp::Dataset data;
    data.name = "blobs";
    data.features.resize(2, m);
    data.labels.resize(static_cast<std::size_t>(m));
    data.classNames = {"a", "b"};
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 0.7);
    for (bp::Index i = 0; i < m; ++i) {
        const int label = static_cast<int>(i % 2);
        data.labels[static_cast<std::size_t>(i)] = flipLabels ? 1 - label : label;
        data.features(0, i) = (label == 0 ? -0.8 : 0.8) + normal(rng);
        data.features(1, i) = (label == 0 ? 0.5 : -0.5) + normal(rng);
    }
    return data;
}

/// y = x₀ − 2x₁ + noise: a regression that a too-large learning rate blows up.
bp::Dataset line(bp::Index m, std::uint64_t seed)
{
    bp::Dataset data;
    data.name = "line";
    data.features.resize(2, m);
    data.targets.resize(1, m);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (bp::Index i = 0; i < m; ++i) {
        data.features(0, i) = normal(rng);
        data.features(1, i) = normal(rng);
        data.targets(0, i) = data.features(0, i) - 2 * data.features(1, i) + 0.1 * normal(rng);
    }
    return data;
}

bp::Network blobNetwork(int hidden = 4)
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {hidden}, bp::Activation::Sigmoid, 2, bp::Activation::Sigmoid);
    return bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
}

bp::TrainingConfig config(bp::OptimizerKind kind, long maxIterations)
{
    bp::TrainingConfig c;
    c.optimizer = kind;
    c.learningRate = kind == bp::OptimizerKind::Adam ? 0.05 : 0.5;
    c.maxIterations = maxIterations;
    c.shuffleSeed = kSeed;
    return c;
}

void addOptimizerRows()
{
    QTest::addColumn<bp::OptimizerKind>("kind");
    for (bp::OptimizerKind kind : bp::allOptimizers())
        QTest::newRow(bp::toString(kind).data()) << kind;
}

/// Stop reasons compared by name, so a failure prints both.
QString name(bp::StopReason reason)
{
    const std::string_view text = bp::toString(reason);
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

bool sameVectors(const bp::Vector& a, const bp::Vector& b)
{
    return a.size() == b.size() && a == b;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }
    void fullBatchHistory_data() { addOptimizerRows(); }
    void fullBatchHistory();
    void miniBatchEpochs();
    void miniBatchIsReproducible();
    void divergenceRestoresLastFiniteWeights();
    void cancelFromHook_data() { addOptimizerRows(); }
    void cancelFromHook();
    void cancelledBeforeStart();
    void cancelThrownInHookKeepsThatRow_data() { addOptimizerRows(); }
    void cancelThrownInHookKeepsThatRow();
    void hookReturningFalseStops_data() { addOptimizerRows(); }
    void hookReturningFalseStops();
    void targetCost();
    void miniBatchStopsAtEpochEnds();
    void minRelativeImprovement();
    void timeLimit();
    void earlyStoppingRestoresBest();
    void learningRateFromHookTakesEffect();
    void lambdaFromHookTakesEffect_data() { addOptimizerRows(); }
    void lambdaFromHookTakesEffect();
    void mismatchedDataIsAnInputError_data();
    void mismatchedDataIsAnInputError();
    void names();
};

void TestTrainer::fullBatchHistory()
{
    QFETCH(bp::OptimizerKind, kind);
    const bp::Dataset train = blobs(40, kSeed);
    const bp::Dataset validation = blobs(20, kSeed + 1);
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, &validation, config(kind, 15));
    std::vector<bp::Vector> seen;
    const bp::TrainingResult result =
        trainer.run([&](const bp::IterationStats&, const bp::Vector& p) {
            seen.push_back(p);
            return true;
        });
    QCOMPARE(name(result.reason), name(bp::StopReason::MaxIterations));
    QCOMPARE(result.iterations, 15L);
    const std::vector<bp::IterationStats>& h = trainer.history();
    QCOMPARE(static_cast<long>(h.size()), result.iterations + 1);
    QCOMPARE(seen.size(), h.size());
    QVERIFY(sameVectors(network.parameters(), seen.back()));
    QCOMPARE(h.back().evaluations, result.evaluations);
    const bp::Matrix Y = bp::encodeTargets(train, 2);
    for (std::size_t k = 0; k < h.size(); ++k) {
        QCOMPARE(h[k].iteration, static_cast<long>(k));
        BP_FUZZY_COMPARE(h[k].epoch, static_cast<double>(k), 0.0);
        QVERIFY(k == 0 || h[k].evaluations > h[k - 1].evaluations);
        BP_FUZZY_COMPARE(h[k].trainCost,
                         bp::computeCost(network.architecture(), seen[k], train.features, Y, 0.0),
                         1e-12);
        QCOMPARE(h[k].fullTrainCost, h[k].trainCost);
        QVERIFY(h[k].trainAccuracy >= 0.0 && h[k].trainAccuracy <= 1.0);
        QVERIFY(std::isfinite(h[k].validationCost));
        QVERIFY(h[k].validationAccuracy >= 0.0 && h[k].validationAccuracy <= 1.0);
        QVERIFY(h[k].gradientNorm > 0.0);
    }
    QVERIFY(h.back().trainCost < h.front().trainCost);
    BP_FUZZY_COMPARE(result.finalCost, h.back().trainCost, 0.0);
}

void TestTrainer::miniBatchEpochs()
{
    // m = 40, batch 16: batches of 16, 16, 8 per epoch, so epochs end after steps 3, 6, 9.
    const bp::Dataset train = blobs(40, kSeed);
    const bp::Dataset validation = blobs(20, kSeed + 1);
    bp::Network network = blobNetwork();
    bp::TrainingConfig c = config(bp::OptimizerKind::GradientDescent, 0);
    c.batchSize = 16;
    c.maxEpochs = 3;
    bp::Trainer trainer(network, train, &validation, c);
    const bp::TrainingResult result = trainer.run();
    QCOMPARE(name(result.reason), name(bp::StopReason::MaxEpochs));
    QCOMPARE(result.iterations, 9L);
    const std::vector<bp::IterationStats>& h = trainer.history();
    QCOMPARE(h.size(), std::size_t(10));
    const double epochs[] = {0, 0.4, 0.8, 1, 1.4, 1.8, 2, 2.4, 2.8, 3};
    for (std::size_t k = 0; k < h.size(); ++k) {
        BP_FUZZY_COMPARE(h[k].epoch, epochs[k], 1e-12);
        const bool epochEnd = k % 3 == 0;
        QCOMPARE(std::isfinite(h[k].validationCost), epochEnd);
        QCOMPARE(std::isfinite(h[k].fullTrainCost), epochEnd);
        QCOMPARE(std::isfinite(h[k].trainAccuracy), epochEnd);
        QVERIFY(std::isfinite(h[k].trainCost));
        QCOMPARE(h[k].evaluations, static_cast<long>(k + 1));
    }
    // At epoch ends the full cost is J over all examples at the row's parameters.
    const bp::Matrix Y = bp::encodeTargets(train, 2);
    BP_FUZZY_COMPARE(
        h.back().fullTrainCost,
        bp::computeCost(network.architecture(), network.parameters(), train.features, Y, 0.0),
        1e-12);
}

void TestTrainer::miniBatchIsReproducible()
{
    const bp::Dataset train = blobs(40, kSeed);
    bp::TrainingConfig c = config(bp::OptimizerKind::Adam, 20);
    c.batchSize = 7;
    bp::Network a = blobNetwork();
    bp::Network b = blobNetwork();
    bp::Trainer(a, train, nullptr, c).run();
    bp::Trainer(b, train, nullptr, c).run();
    QVERIFY(sameVectors(a.parameters(), b.parameters()));
    c.shuffleSeed += 1;
    bp::Network other = blobNetwork();
    bp::Trainer(other, train, nullptr, c).run();
    QVERIFY(!sameVectors(a.parameters(), other.parameters()));
}

void TestTrainer::divergenceRestoresLastFiniteWeights()
{
    const bp::Dataset data = line(30, kSeed);
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Linear, 1, bp::Activation::Linear);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    bp::TrainingConfig c = config(bp::OptimizerKind::GradientDescent, 100000);
    c.learningRate = 100;
    bp::Trainer trainer(network, data, nullptr, c);
    bp::Vector lastSeen;
    const bp::TrainingResult result =
        trainer.run([&](const bp::IterationStats&, const bp::Vector& p) {
            lastSeen = p;
            return true;
        });
    qInfo("%s", result.message.c_str());
    QCOMPARE(name(result.reason), name(bp::StopReason::Diverged));
    QVERIFY(result.iterations < 100000);
    QVERIFY(network.parameters().allFinite());
    QVERIFY(sameVectors(network.parameters(), lastSeen));
    QVERIFY(std::isfinite(trainer.history().back().trainCost));
    QVERIFY(std::isfinite(result.finalCost));
    const std::string iteration = std::to_string(trainer.history().back().iteration);
    QVERIFY(result.message.find("learning rate 100") != std::string::npos);
    QVERIFY(result.message.find("restored the weights of iteration " + iteration) !=
            std::string::npos);
}

void TestTrainer::cancelFromHook()
{
    QFETCH(bp::OptimizerKind, kind);
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, nullptr, config(kind, 100));
    bp::CancellationToken token;
    bp::Vector atCancel;
    const bp::TrainingResult result = trainer.run(
        [&](const bp::IterationStats& s, const bp::Vector& p) {
            if (s.iteration == 4) {
                token.cancel();
                atCancel = p;
            }
            return true;
        },
        &token);
    QCOMPARE(name(result.reason), name(bp::StopReason::Cancelled));
    QCOMPARE(trainer.history().size(), std::size_t(5));
    QCOMPARE(result.iterations, 4L);
    QVERIFY(sameVectors(network.parameters(), atCancel));
}

void TestTrainer::cancelThrownInHookKeepsThatRow()
{
    // The studio's hook can throw Cancelled (a gradient check inside it saw the stop). The
    // weights kept are that row's, whichever buffer the optimiser holds them in.
    QFETCH(bp::OptimizerKind, kind);
    for (const int batch : {0, 16}) {
        const bp::Dataset train = blobs(40, kSeed);
        bp::Network network = blobNetwork();
        bp::TrainingConfig c = config(kind, 100);
        c.batchSize = batch;
        bp::Trainer trainer(network, train, nullptr, c);
        bp::Vector atThrow;
        const bp::TrainingResult result = trainer.run(
            [&](const bp::IterationStats& s, const bp::Vector& p) {
                if (s.iteration == 4) {
                    atThrow = p;
                    throw bp::Cancelled();
                }
                return true;
            });
        QCOMPARE(name(result.reason), name(bp::StopReason::Cancelled));
        QCOMPARE(trainer.history().size(), std::size_t(5));
        QVERIFY2(sameVectors(network.parameters(), atThrow), qPrintable(QString::number(batch)));
    }
}

void TestTrainer::cancelledBeforeStart()
{
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    const bp::Vector initial = network.parameters();
    bp::CancellationToken token;
    token.cancel();
    bp::Trainer trainer(network, train, nullptr, config(bp::OptimizerKind::LBFGS, 100));
    const bp::TrainingResult result = trainer.run({}, &token);
    QCOMPARE(name(result.reason), name(bp::StopReason::Cancelled));
    QVERIFY(trainer.history().empty());
    QVERIFY(sameVectors(network.parameters(), initial));
}

void TestTrainer::hookReturningFalseStops()
{
    QFETCH(bp::OptimizerKind, kind);
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, nullptr, config(kind, 100));
    bp::Vector atStop;
    const bp::TrainingResult result =
        trainer.run([&](const bp::IterationStats& s, const bp::Vector& p) {
            atStop = p;
            return s.iteration < 3;
        });
    QCOMPARE(name(result.reason), name(bp::StopReason::StoppedByHook));
    QCOMPARE(result.iterations, 3L);
    QCOMPARE(trainer.history().size(), std::size_t(4));
    QVERIFY(sameVectors(network.parameters(), atStop));
}

void TestTrainer::targetCost()
{
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::TrainingConfig c = config(bp::OptimizerKind::LBFGS, 1000);
    c.targetCost = 0.6;
    bp::Trainer trainer(network, train, nullptr, c);
    const bp::TrainingResult result = trainer.run();
    QCOMPARE(name(result.reason), name(bp::StopReason::TargetCost));
    const std::vector<bp::IterationStats>& h = trainer.history();
    QVERIFY(h.back().trainCost <= 0.6);
    QVERIFY(h[h.size() - 2].trainCost > 0.6);
}

void TestTrainer::miniBatchStopsAtEpochEnds()
{
    // A single mini-batch's cost is noise: the target is judged on the full cost at epoch ends,
    // and early stopping counts epochs.
    const bp::Dataset train = blobs(40, kSeed);
    const bp::Dataset validation = blobs(40, kSeed, true);
    bp::TrainingConfig c = config(bp::OptimizerKind::Adam, 10000);
    c.batchSize = 8;
    c.targetCost = 0.5;
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, nullptr, c);
    QCOMPARE(name(trainer.run().reason), name(bp::StopReason::TargetCost));
    const bp::IterationStats& last = trainer.history().back();
    QVERIFY(last.fullTrainCost <= 0.5);
    BP_FUZZY_COMPARE(last.epoch, std::round(last.epoch), 0.0);

    c.targetCost = std::numeric_limits<double>::quiet_NaN();
    c.patience = 3;
    bp::Network other = blobNetwork();
    bp::Trainer early(other, train, &validation, c);
    QCOMPARE(name(early.run().reason), name(bp::StopReason::EarlyStopping));
    int checks = 0;
    for (const bp::IterationStats& s : early.history())
        checks += std::isnan(s.validationCost) ? 0 : 1;
    const bp::IterationStats& end = early.history().back();
    QCOMPARE(static_cast<double>(checks), end.epoch + 1); // row 0 and every epoch end
    QVERIFY(std::isfinite(end.validationCost));
}

void TestTrainer::minRelativeImprovement()
{
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::TrainingConfig c = config(bp::OptimizerKind::GradientDescent, 100000);
    c.minRelativeImprovement = 1e-4;
    bp::Trainer trainer(network, train, nullptr, c);
    const bp::TrainingResult result = trainer.run();
    QCOMPARE(name(result.reason), name(bp::StopReason::Converged));
    const std::vector<bp::IterationStats>& h = trainer.history();
    const double last = h.back().trainCost;
    const double previous = h[h.size() - 2].trainCost;
    QVERIFY(std::abs(previous - last) / std::max(std::abs(last), 1.0) < 1e-4);
}

void TestTrainer::timeLimit()
{
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::TrainingConfig c = config(bp::OptimizerKind::GradientDescent, 0);
    c.timeLimitSeconds = 0.05;
    bp::Trainer trainer(network, train, nullptr, c);
    const bp::TrainingResult result = trainer.run();
    QCOMPARE(name(result.reason), name(bp::StopReason::TimeLimit));
    QVERIFY(trainer.history().back().elapsedSeconds >= 0.05);
}

void TestTrainer::earlyStoppingRestoresBest()
{
    // The validation labels are the training labels flipped: the better the fit, the worse the
    // validation cost after the first few steps (which only fit the output biases), so the
    // validation cost bottoms out early and the patience runs out.
    const bp::Dataset train = blobs(40, kSeed);
    const bp::Dataset validation = blobs(40, kSeed, true);
    bp::Network network = blobNetwork();
    bp::TrainingConfig c = config(bp::OptimizerKind::GradientDescent, 1000);
    c.patience = 5;
    bp::Trainer trainer(network, train, &validation, c);
    std::vector<bp::Vector> seen;
    const bp::TrainingResult result =
        trainer.run([&](const bp::IterationStats&, const bp::Vector& p) {
            seen.push_back(p);
            return true;
        });
    qInfo("%s", result.message.c_str());
    QCOMPARE(name(result.reason), name(bp::StopReason::EarlyStopping));
    const std::vector<bp::IterationStats>& h = trainer.history();
    std::size_t best = 0;
    for (std::size_t k = 1; k < h.size(); ++k)
        if (h[k].validationCost < h[best].validationCost)
            best = k;
    QCOMPARE(h.size() - 1 - best, std::size_t(5));
    QVERIFY(sameVectors(network.parameters(), seen[best]));
    BP_FUZZY_COMPARE(result.finalCost, h[best].trainCost, 0.0);
}

void TestTrainer::learningRateFromHookTakesEffect()
{
    // Setting the rate to 0 at row 5 freezes the weights from the next step on.
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, nullptr, config(bp::OptimizerKind::Momentum, 10));
    std::vector<bp::Vector> seen;
    trainer.run([&](const bp::IterationStats& s, const bp::Vector& p) {
        seen.push_back(p);
        if (s.iteration == 5) {
            trainer.setLearningRate(0.0);
            trainer.setLearningRate(0.0);
        }
        return true;
    });
    QCOMPARE(trainer.config().learningRate, 0.0);
    QVERIFY(!sameVectors(seen[4], seen[5]));
    // Momentum keeps moving on its velocity, which decays by μ per step: the step shrinks.
    const double step6 = (seen[6] - seen[5]).norm();
    const double step7 = (seen[7] - seen[6]).norm();
    BP_FUZZY_COMPARE(step7, 0.9 * step6, 1e-12);
}

void TestTrainer::lambdaFromHookTakesEffect()
{
    QFETCH(bp::OptimizerKind, kind);
    const bp::Dataset train = blobs(40, kSeed);
    bp::Network network = blobNetwork();
    bp::Trainer trainer(network, train, nullptr, config(kind, 12));
    std::vector<bp::Vector> seen;
    trainer.run([&](const bp::IterationStats& s, const bp::Vector& p) {
        seen.push_back(p);
        if (s.iteration == 3)
            trainer.setLambda(5.0);
        return true;
    });
    const std::vector<bp::IterationStats>& h = trainer.history();
    QCOMPARE(h.size(), std::size_t(13));
    const bp::Matrix Y = bp::encodeTargets(train, 2);
    const bp::Architecture& arch = network.architecture();
    for (std::size_t k = 0; k < h.size(); ++k) {
        const double lambda = k <= 3 ? 0.0 : 5.0;
        BP_FUZZY_COMPARE(h[k].trainCost, bp::computeCost(arch, seen[k], train.features, Y, lambda),
                         1e-12);
    }
}

void TestTrainer::mismatchedDataIsAnInputError_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < static_cast<int>(std::size(bpt::kFitCases)); ++i)
        QTest::newRow(bpt::kFitCases[i].name) << i;
}

/// The trainer holds its data to checkFits, training and validation set alike.
void TestTrainer::mismatchedDataIsAnInputError()
{
    QFETCH(int, row);
    const bpt::FitCase& c = bpt::kFitCases[row];
    bp::Network network(bpt::fitCaseArchitecture(c));
    const bp::Dataset data = bpt::fitCaseData(c);
    const QString fits = QStringLiteral("<no InputError>");
    const auto expected = [&](const char* role) {
        return *c.message == '\0' ? fits : QString(role) + ": architecture: " + c.message;
    };
    QCOMPARE(bptest::errorOf([&] { bp::Trainer(network, data, nullptr, bp::TrainingConfig{}); }),
             expected("training data"));
    if (*c.message != '\0')
        return;
    // A fitting training set does not excuse a validation set that does not fit.
    bp::Dataset wider = data;
    wider.features = bp::Matrix::Zero(data.featureCount() + 1, data.size());
    QCOMPARE(bptest::errorOf([&] { bp::Trainer(network, data, &wider, bp::TrainingConfig{}); }),
             QStringLiteral("validation data: architecture: the input layer has %1 units but the "
                            "data has %2 features")
                 .arg(c.inputs)
                 .arg(c.inputs + 1));
}

void TestTrainer::names()
{
    std::set<std::string_view> seen;
    for (bp::OptimizerKind kind : bp::allOptimizers()) {
        QVERIFY(bp::optimizerFromString(bp::toString(kind)) == kind);
        QVERIFY(!bp::displayName(kind).empty());
        seen.insert(bp::toString(kind));
    }
    QCOMPARE(seen.size(), std::size_t(5));
    QVERIFY(!bp::optimizerFromString("sgd").has_value());
    QVERIFY(bp::isLineSearchOptimizer(bp::OptimizerKind::LBFGS));
    QVERIFY(bp::isLineSearchOptimizer(bp::OptimizerKind::ConjugateGradient));
    QVERIFY(!bp::isLineSearchOptimizer(bp::OptimizerKind::Adam));
    QCOMPARE(name(bp::StopReason::EarlyStopping), QStringLiteral("early_stopping"));
    QCOMPARE(name(bp::StopReason::Diverged), QStringLiteral("diverged"));
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
