// Every optimiser on the same problems: it lowers the cost, it follows the CostFunction's
// (gradient-checked) gradient, and it learns xor, the spiral and Iris.
#include "costfunction.h"
#include "csvloader.h"
#include "generators.h"
#include "gradientcheck.h"
#include "initializer.h"
#include "preprocessing.h"
#include "testutil.h"
#include "trainer.h"

#include <QtTest/QtTest>

#include <random>

Q_DECLARE_METATYPE(bp::OptimizerKind)
Q_DECLARE_METATYPE(bp::Activation)

namespace {

constexpr std::uint64_t kSeed = 20240611; // printed by initTestCase; fixed for reproducibility

/// Two overlapping Gaussian blobs in 2-D, built by hand: m examples, labels alternate.
bp::Dataset blobs(bp::Index m, std::uint64_t seed)
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
        data.labels[static_cast<std::size_t>(i)] = label;
        data.features(0, i) = (label == 0 ? -0.8 : 0.8) + normal(rng);
        data.features(1, i) = (label == 0 ? 0.5 : -0.5) + normal(rng);
    }
    return data;
}

bp::Dataset xorData()
{
    bp::Dataset data;
    data.name = "xor";
    data.features.resize(2, 4);
    data.features << 0, 0, 1, 1, //
        0, 1, 0, 1;
    data.labels = {0, 1, 1, 0};
    data.classNames = {"0", "1"};
    return data;
}

double accuracy(const bp::Network& network, const bp::Dataset& data)
{
    const std::vector<int> predicted = bp::predictedClasses(network.predict(data.features));
    int correct = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        correct += predicted[i] == data.labels[i] ? 1 : 0;
    return static_cast<double>(correct) / static_cast<double>(predicted.size());
}

double fullCost(const bp::Network& network, const bp::Dataset& data, double lambda)
{
    const bp::Matrix Y = bp::encodeTargets(data, network.architecture().outputSize());
    return bp::computeCost(network.architecture(), network.parameters(), data.features, Y, lambda);
}

/// The hyper-parameters each optimiser row uses on the small problems.
bp::TrainingConfig configFor(bp::OptimizerKind kind, bp::Index batchSize)
{
    bp::TrainingConfig config;
    config.optimizer = kind;
    config.batchSize = batchSize;
    config.shuffleSeed = kSeed;
    config.learningRate = kind == bp::OptimizerKind::Adam       ? 0.05
                          : kind == bp::OptimizerKind::Momentum ? 0.1
                                                                : 0.5;
    return config;
}

void addOptimizerRows()
{
    QTest::addColumn<bp::OptimizerKind>("kind");
    QTest::addColumn<bp::Index>("batchSize");
    QTest::newRow("gd") << bp::OptimizerKind::GradientDescent << bp::Index(0);
    QTest::newRow("gd_minibatch") << bp::OptimizerKind::GradientDescent << bp::Index(16);
    QTest::newRow("momentum") << bp::OptimizerKind::Momentum << bp::Index(0);
    QTest::newRow("momentum_minibatch") << bp::OptimizerKind::Momentum << bp::Index(16);
    QTest::newRow("adam") << bp::OptimizerKind::Adam << bp::Index(0);
    QTest::newRow("adam_minibatch") << bp::OptimizerKind::Adam << bp::Index(16);
    QTest::newRow("lbfgs") << bp::OptimizerKind::LBFGS << bp::Index(0);
    QTest::newRow("cg") << bp::OptimizerKind::ConjugateGradient << bp::Index(0);
}

} // namespace

class TestOptimizers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }
    void lowersCost_data() { addOptimizerRows(); }
    void lowersCost();
    void gradientIsCostFunctionGradient_data() { addOptimizerRows(); }
    void gradientIsCostFunctionGradient();
    void xorReachesFullAccuracy_data();
    void xorReachesFullAccuracy();
    void spiral_data();
    void spiral();
    void iris_data();
    void iris();
};

void TestOptimizers::lowersCost()
{
    QFETCH(bp::OptimizerKind, kind);
    QFETCH(bp::Index, batchSize);
    const bp::Dataset data = blobs(64, kSeed);
    const bp::Architecture arch =
        bp::Architecture::make(2, {4}, bp::Activation::Sigmoid, 2, bp::Activation::Sigmoid);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    const double lambda = 0.01;
    const double before = fullCost(network, data, lambda);

    bp::TrainingConfig config = configFor(kind, batchSize);
    config.lambda = lambda;
    config.maxIterations = 100;
    bp::Trainer trainer(network, data, nullptr, config);
    const bp::TrainingResult result = trainer.run();
    const double after = fullCost(network, data, lambda);

    qInfo("%s: J %.6f -> %.6f in %ld iterations, %ld evaluations (%s)", bp::toString(kind).data(),
          before, after, result.iterations, result.evaluations, result.message.c_str());
    QVERIFY2(after < 0.8 * before, result.message.c_str());
    QVERIFY(result.evaluations >= result.iterations);
    QVERIFY(network.parameters().allFinite());
    if (batchSize == 0) {
        // Full batch: one row per iteration plus the start, and the row's cost is J there.
        QCOMPARE(static_cast<long>(trainer.history().size()), result.iterations + 1);
        BP_FUZZY_COMPARE(trainer.history().back().trainCost, after, 1e-12);
        QCOMPARE(trainer.history().front().iteration, 0L);
    }
}

void TestOptimizers::gradientIsCostFunctionGradient()
{
    // The optimisers only ever see CostFunction's gradient: check it against central
    // differences of the cost they minimise (with λ) at their start and end parameters.
    QFETCH(bp::OptimizerKind, kind);
    QFETCH(bp::Index, batchSize);
    // A small debug network like the course's (sigmoid units, λ = 3), where central
    // differences with ε = 1e-4 are accurate to well below the 1e-9 threshold.
    const bp::Dataset data = blobs(24, kSeed + 1);
    const bp::Architecture arch =
        bp::Architecture::make(2, {5}, bp::Activation::Sigmoid, 2, bp::Activation::Sigmoid);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    const double lambda = 3.0;
    bp::TrainingConfig config = configFor(kind, batchSize);
    config.lambda = lambda;
    // Stop short of the minimum: there ∇J ≈ 0 and the relative difference measures only the
    // finite-difference noise. L-BFGS and CG get there within 20 iterations on this problem.
    config.maxIterations = bp::isLineSearchOptimizer(kind) ? 3 : 20;
    std::vector<bp::Vector> checked;
    bp::Trainer trainer(network, data, nullptr, config);
    const bp::Trainer::IterationHook keepFirst = [&](const bp::IterationStats& s,
                                                     const bp::Vector& params) {
        if (s.iteration == 0)
            checked.push_back(params);
        return true;
    };
    trainer.run(keepFirst);
    checked.push_back(network.parameters());
    QCOMPARE(checked.size(), std::size_t(2));
    QVERIFY(checked[0] != checked[1]);

    const bp::Matrix Y = bp::encodeTargets(data, arch.outputSize());
    bp::CostFunction cost(arch, data.features, Y, lambda);
    for (const bp::Vector& params : checked) {
        bp::Vector analytic;
        cost.evaluate(params, &analytic);
        const bp::GradientCheckReport report = bp::checkGradient(
            arch,
            [&](const bp::Vector& p) { return bp::computeCost(arch, p, data.features, Y, lambda); },
            params, analytic);
        qInfo("relative difference %.3g", report.relativeDifference);
        QVERIFY2(report.passed(1e-9), qPrintable(QString::number(report.relativeDifference)));
    }
}

void TestOptimizers::xorReachesFullAccuracy_data()
{
    QTest::addColumn<bp::OptimizerKind>("kind");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<long>("iterations");
    QTest::newRow("gd") << bp::OptimizerKind::GradientDescent << 2.0 << 3000L;
    QTest::newRow("momentum") << bp::OptimizerKind::Momentum << 0.5 << 1000L;
    QTest::newRow("adam") << bp::OptimizerKind::Adam << 0.05 << 1000L;
    QTest::newRow("lbfgs") << bp::OptimizerKind::LBFGS << 0.0 << 200L;
    QTest::newRow("cg") << bp::OptimizerKind::ConjugateGradient << 0.0 << 200L;
}

void TestOptimizers::xorReachesFullAccuracy()
{
    QFETCH(bp::OptimizerKind, kind);
    QFETCH(double, learningRate);
    QFETCH(long, iterations);
    const bp::Dataset data = xorData();
    const bp::Architecture arch =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    bp::TrainingConfig config;
    config.optimizer = kind;
    config.learningRate = learningRate;
    config.maxIterations = iterations;
    bp::Trainer trainer(network, data, nullptr, config);
    const bp::TrainingResult result = trainer.run();
    qInfo("%s: J = %.3g after %ld iterations (%s)", bp::toString(kind).data(), result.finalCost,
          result.iterations, result.message.c_str());
    QCOMPARE(accuracy(network, data), 1.0);
    QCOMPARE(trainer.history().back().trainAccuracy, 1.0);
}

void TestOptimizers::spiral_data()
{
    QTest::addColumn<bp::OptimizerKind>("kind");
    QTest::addColumn<bp::Activation>("output");
    QTest::newRow("adam_softmax") << bp::OptimizerKind::Adam << bp::Activation::Softmax;
    QTest::newRow("lbfgs_softmax") << bp::OptimizerKind::LBFGS << bp::Activation::Softmax;
    QTest::newRow("lbfgs_sigmoid") << bp::OptimizerKind::LBFGS << bp::Activation::Sigmoid;
}

void TestOptimizers::spiral()
{
    QFETCH(bp::OptimizerKind, kind);
    QFETCH(bp::Activation, output);
    const bp::Dataset data = bp::generateDataset({"spiral", 500, 0.1, kSeed, 3});
    const bp::Architecture arch =
        bp::Architecture::make(2, {16, 16}, bp::Activation::Tanh, 3, output);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    bp::TrainingConfig config;
    config.optimizer = kind;
    config.learningRate = 0.02;
    config.maxIterations = kind == bp::OptimizerKind::Adam ? 3000 : 1000;
    bp::Trainer trainer(network, data, nullptr, config);
    const bp::TrainingResult result = trainer.run();
    const double acc = accuracy(network, data);
    qInfo("%s: training accuracy %.1f %%, J = %.4f after %ld iterations (%s)",
          bp::toString(kind).data(), 100 * acc, result.finalCost, result.iterations,
          result.message.c_str());
    QVERIFY(acc >= 0.95);
}

void TestOptimizers::iris_data()
{
    QTest::addColumn<bp::OptimizerKind>("kind");
    QTest::newRow("lbfgs") << bp::OptimizerKind::LBFGS;
    QTest::newRow("cg") << bp::OptimizerKind::ConjugateGradient;
    QTest::newRow("adam") << bp::OptimizerKind::Adam;
}

void TestOptimizers::iris()
{
    QFETCH(bp::OptimizerKind, kind);
    const bp::Dataset iris = bp::loadCsv(std::string(BPS_RESOURCES_DIR) + "/iris.csv");
    QCOMPARE(iris.size(), bp::Index(150));
    bp::DataSplit split = bp::splitDataset(iris, 0.0, 0.3, kSeed);
    const bp::Normalization scaling =
        bp::Normalization::fit(bp::NormalizationKind::Standard, split.train.features);
    scaling.apply(split.train.features);
    scaling.apply(split.test.features);

    const bp::Architecture arch =
        bp::Architecture::make(4, {8}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, kSeed));
    bp::TrainingConfig config;
    config.optimizer = kind;
    config.learningRate = 0.01;
    config.lambda = 0.5;
    config.maxIterations = kind == bp::OptimizerKind::Adam ? 2000 : 300;
    bp::Trainer trainer(network, split.train, &split.test, config);
    const bp::TrainingResult result = trainer.run();
    const double acc = accuracy(network, split.test);
    qInfo("%s: test accuracy %.1f %% (%lld examples), training %.1f %% (%s)",
          bp::toString(kind).data(), 100 * acc, static_cast<long long>(split.test.size()),
          100 * trainer.history().back().trainAccuracy, result.message.c_str());
    QVERIFY(acc >= 0.93);
    BP_FUZZY_COMPARE(trainer.history().back().validationAccuracy, acc, 1e-12);
}

QTEST_APPLESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
