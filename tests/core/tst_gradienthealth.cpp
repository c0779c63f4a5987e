// Gradient health: per-layer norms are the norms of the gradient's Θ(l) blocks (checked
// against a sum over positionOf, independent of thetaView's offsets), the ratios divide by
// ‖Θ(l)‖, and the saturated shares are exact on hand-built activations.
#include "costfunction.h"
#include "gradienthealth.h"
#include "initializer.h"
#include "network.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <set>

Q_DECLARE_METATYPE(bp::Activation)
Q_DECLARE_METATYPE(bp::Matrix)

namespace {

/// Σ of squares per layer, walking the unrolled vector index by index.
std::vector<double> normsByPosition(const bp::Architecture& arch, const bp::Vector& v)
{
    std::vector<double> sums(static_cast<std::size_t>(arch.thetaCount()), 0.0);
    for (bp::Index i = 0; i < v.size(); ++i)
        sums[static_cast<std::size_t>(arch.positionOf(i).layer)] += v[i] * v[i];
    for (double& s : sums)
        s = std::sqrt(s);
    return sums;
}

bp::Matrix rows(std::initializer_list<std::initializer_list<double>> values)
{
    const auto r = static_cast<bp::Index>(values.size());
    const auto c = static_cast<bp::Index>(values.begin()->size());
    bp::Matrix m(r, c);
    bp::Index i = 0;
    for (const auto& row : values) {
        bp::Index j = 0;
        for (double x : row)
            m(i, j++) = x;
        ++i;
    }
    return m;
}

} // namespace

class TestGradientHealth : public QObject
{
    Q_OBJECT
private slots:
    void layerNormsAreTheBlocksNorms_data();
    void layerNormsAreTheBlocksNorms();
    void ratioIsNaNForZeroWeights();
    void saturatedShareIsExact_data();
    void saturatedShareIsExact();
    void sharesArePerHiddenLayer();
    void sampleIsDistinctSortedAndSeeded();
};

void TestGradientHealth::layerNormsAreTheBlocksNorms_data()
{
    QTest::addColumn<QVector<int>>("hidden");
    QTest::addColumn<bp::Activation>("activation");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<double>("lambda");
    using A = bp::Activation;
    QTest::newRow("no hidden layer, sigmoid") << QVector<int>{} << A::Sigmoid << A::Sigmoid << 0.0;
    QTest::newRow("one sigmoid layer, λ = 1") << QVector<int>{5} << A::Sigmoid << A::Sigmoid << 1.0;
    QTest::newRow("tanh, softmax") << QVector<int>{7, 4} << A::Tanh << A::Softmax << 0.1;
    QTest::newRow("relu, linear") << QVector<int>{6, 6, 6} << A::ReLU << A::Linear << 0.0;
    QTest::newRow("8 sigmoid layers") << QVector<int>(8, 10) << A::Sigmoid << A::Softmax << 0.0;
}

void TestGradientHealth::layerNormsAreTheBlocksNorms()
{
    QFETCH(QVector<int>, hidden);
    QFETCH(bp::Activation, activation);
    QFETCH(bp::Activation, output);
    QFETCH(double, lambda);
    const int outputs = output == bp::Activation::Softmax ? 3 : 1;
    const bp::Architecture arch = bp::Architecture::make(
        4, std::vector<int>(hidden.begin(), hidden.end()), activation, outputs, output);
    const std::uint64_t seed = 7;
    qInfo("seed %llu", static_cast<unsigned long long>(seed));
    const bp::Vector params = bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, seed);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    const bp::Index m = 30;
    bp::Matrix X(4, m);
    for (bp::Index i = 0; i < X.size(); ++i)
        X.data()[i] = normal(rng);
    bp::Matrix Y = bp::Matrix::Zero(outputs, m);
    for (bp::Index i = 0; i < m; ++i)
        Y(outputs == 1 ? 0 : i % outputs, i) =
            outputs == 1 ? (output == bp::Activation::Linear ? normal(rng) : double(i % 2)) : 1.0;
    bp::CostFunction cost(arch, X, Y, lambda);
    bp::Vector gradient;
    cost.evaluate(params, &gradient);

    const std::vector<double> norms = bp::layerNorms(arch, gradient);
    const std::vector<double> expected = normsByPosition(arch, gradient);
    const std::vector<double> theta = normsByPosition(arch, params);
    QCOMPARE(norms.size(), static_cast<std::size_t>(arch.thetaCount()));
    const std::vector<double> ratios = bp::gradientToWeightRatios(arch, gradient, params);
    const bp::GradientHealth health =
        bp::measureGradientHealth(arch, params, gradient, bp::Network(arch, params).forwardAll(X));
    // Tolerance: the same sum of squares in another order, 1e-12 relative.
    for (std::size_t l = 0; l < norms.size(); ++l) {
        QVERIFY(expected[l] > 0.0);
        QVERIFY2(
            bptest::fuzzyEqual(norms[l], expected[l], 0.0, 1e-12),
            qPrintable(QStringLiteral("layer %1: %2 vs %3").arg(l).arg(norms[l]).arg(expected[l])));
        QVERIFY(bptest::fuzzyEqual(ratios[l], expected[l] / theta[l], 0.0, 1e-12));
        QCOMPARE(health.gradientNorms[l], norms[l]);
        QCOMPARE(health.ratios[l], ratios[l]);
    }
    // Σ_l ‖D(l)‖² = ‖gradient‖²: the blocks tile the vector.
    double total = 0.0;
    for (double n : norms)
        total += n * n;
    QVERIFY(bptest::fuzzyEqual(std::sqrt(total), gradient.norm(), 0.0, 1e-12));
    QCOMPARE(health.saturation.size(), static_cast<std::size_t>(hidden.size()));
    QCOMPARE(health.sampledExamples, m);
}

void TestGradientHealth::ratioIsNaNForZeroWeights()
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Sigmoid, 1, bp::Activation::Sigmoid);
    const bp::Vector params = bp::Vector::Zero(arch.parameterCount());
    const bp::Vector gradient = bp::Vector::Ones(arch.parameterCount());
    const std::vector<double> ratios = bp::gradientToWeightRatios(arch, gradient, params);
    QCOMPARE(ratios.size(), std::size_t(2));
    QVERIFY(std::isnan(ratios[0]) && std::isnan(ratios[1]));
    QCOMPARE(bp::layerNorms(arch, gradient)[0], 3.0); // √(3 × 3 ones)
    QCOMPARE(bp::layerNorms(arch, gradient)[1], 2.0); // √(1 × 4 ones)
}

void TestGradientHealth::saturatedShareIsExact_data()
{
    QTest::addColumn<bp::Activation>("activation");
    QTest::addColumn<bp::Matrix>("a");
    QTest::addColumn<double>("share"); // NaN: not applicable
    using A = bp::Activation;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // 2 units × 4 examples. The margin is strict: 0.02 and 0.98 themselves are not saturated.
    QTest::newRow("sigmoid: 3 of 8 values saturated")
        << A::Sigmoid << rows({{0.01, 0.5, 0.99, 0.02}, {0.98, 0.999, 0.3, 0.7}}) << 3.0 / 8.0;
    QTest::newRow("sigmoid: none") << A::Sigmoid << rows({{0.5, 0.021}, {0.979, 0.2}}) << 0.0;
    QTest::newRow("sigmoid: all") << A::Sigmoid << rows({{0.0, 1.0}, {0.0199, 0.9801}}) << 1.0;
    QTest::newRow("tanh: 4 of 6 values saturated")
        << A::Tanh << rows({{-0.99, 0.999, 0.0}, {0.981, -0.98, -1.0}}) << 4.0 / 6.0;
    QTest::newRow("tanh: a = ±0.98 is not saturated") << A::Tanh << rows({{-0.98, 0.98}}) << 0.0;
    // ReLU counts units: unit 0 is dead (0 on every example), unit 1 is off on some only.
    QTest::newRow("relu: 1 of 3 units dead")
        << A::ReLU << rows({{0.0, 0.0, 0.0}, {0.0, 2.0, 0.0}, {1.0, 1.0, 1.0}}) << 1.0 / 3.0;
    QTest::newRow("relu: all dead") << A::ReLU << rows({{0.0, 0.0}, {0.0, 0.0}}) << 1.0;
    QTest::newRow("relu: none dead") << A::ReLU << rows({{0.0, 1e-300}, {3.0, 0.0}}) << 0.0;
    QTest::newRow("leaky relu: 1 of 2 negative on every example")
        << A::LeakyReLU << rows({{-0.01, -0.5, -1e-9}, {-0.01, 0.0, -2.0}}) << 0.5;
    QTest::newRow("linear: not applicable") << A::Linear << rows({{0.0, 1.0}}) << nan;
}

void TestGradientHealth::saturatedShareIsExact()
{
    QFETCH(bp::Activation, activation);
    QFETCH(bp::Matrix, a);
    QFETCH(double, share);
    const double got = bp::saturatedShare(activation, a);
    if (std::isnan(share))
        QVERIFY2(std::isnan(got), qPrintable(QString::number(got)));
    else
        QCOMPARE(got, share); // exact: a count divided by a count
}

void TestGradientHealth::sharesArePerHiddenLayer()
{
    // a(0) is the input and a(L−1) the output: neither is counted, even when "saturated".
    bp::Architecture arch;
    arch.layerSizes = {2, 2, 2, 1};
    arch.activations = {bp::Activation::Sigmoid, bp::Activation::ReLU, bp::Activation::Sigmoid};
    const std::vector<bp::Matrix> a = {rows({{0.0, 1.0}, {0.0, 1.0}}),  // input
                                       rows({{0.01, 0.5}, {0.5, 0.5}}), // 1 of 4 saturated
                                       rows({{0.0, 0.0}, {0.0, 0.1}}),  // 1 of 2 dead
                                       rows({{0.0, 1.0}})};             // output
    const std::vector<double> shares = bp::saturatedShares(arch, a);
    QCOMPARE(shares.size(), std::size_t(2));
    QCOMPARE(shares[0], 0.25);
    QCOMPARE(shares[1], 0.5);
    QVERIFY(bp::saturatedShares(
                bp::Architecture::make(2, {}, bp::Activation::Sigmoid, 1, bp::Activation::Sigmoid),
                {rows({{0.0}, {0.0}}), rows({{0.0}})})
                .empty());
}

void TestGradientHealth::sampleIsDistinctSortedAndSeeded()
{
    const std::vector<bp::Index> s = bp::sampleExamples(1000, 256, 5);
    QCOMPARE(s.size(), std::size_t(256));
    QVERIFY(std::is_sorted(s.begin(), s.end()));
    QCOMPARE(std::set<bp::Index>(s.begin(), s.end()).size(), s.size());
    QVERIFY(s.front() >= 0 && s.back() < 1000);
    QCOMPARE(bp::sampleExamples(1000, 256, 5), s);
    QVERIFY(bp::sampleExamples(1000, 256, 6) != s);
    const std::vector<bp::Index> all = bp::sampleExamples(100, 256, 5);
    QCOMPARE(all.size(), std::size_t(100));
    QCOMPARE(all.back(), bp::Index(99));
}

QTEST_APPLESS_MAIN(TestGradientHealth)
#include "tst_gradienthealth.moc"
