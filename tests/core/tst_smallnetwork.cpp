// The small-network path of CostFunction (examples along rows, lazy products) against the
// general path (examples along columns, GEMMs): same cost, gradient and accuracy to rounding,
// for every hidden activation, sigmoid and linear outputs, full batch, mini-batches and chunks.
#include "costfunction.h"
#include "initializer.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <random>

Q_DECLARE_METATYPE(bp::Activation)

namespace {

constexpr std::uint64_t kSeed = 20260611; // fixed for reproducibility; printed by initTestCase
constexpr double kTolerance = 1e-12;      // absolute, on J and on every gradient entry

struct Problem
{
    bp::Architecture arch;
    bp::Vector params;
    bp::Matrix X;
    bp::Matrix Y;
};

/// A 2-8-8-K network (the W3 shape) on m random points; targets suit the output.
Problem randomProblem(bp::Activation hidden, bp::Activation output, int K, int m)
{
    Problem p;
    p.arch = bp::Architecture::make(2, {8, 8}, hidden, K, output);
    p.params = bp::initializeParameters(p.arch, bp::InitKind::Uniform012, kSeed);
    p.params *= 10.0; // large weights: saturated units and large |z| exercise the stable loss
    std::mt19937_64 rng(kSeed + 1);
    std::uniform_real_distribution<double> uniform(-3.0, 3.0);
    p.X.resize(2, m);
    for (bp::Index k = 0; k < p.X.size(); ++k)
        p.X.data()[k] = uniform(rng);
    p.Y = bp::Matrix::Zero(K, m);
    for (int i = 0; i < m; ++i) {
        if (output == bp::Activation::Linear)
            for (int k = 0; k < K; ++k)
                p.Y(k, i) = uniform(rng);
        else
            p.Y(static_cast<int>(rng() % K), i) = 1.0;
    }
    return p;
}

double maxDifference(const bp::Vector& a, const bp::Vector& b)
{
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace

class TestSmallNetwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }
    void agreesWithGeneralPath_data();
    void agreesWithGeneralPath();
    void batchesAgree();
    void chunksAgree();
    void eligibility_data();
    void eligibility();
};

void TestSmallNetwork::agreesWithGeneralPath_data()
{
    QTest::addColumn<bp::Activation>("hidden");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<double>("lambda");
    for (bp::Activation hidden : bp::hiddenActivations())
        for (bp::Activation output : {bp::Activation::Sigmoid, bp::Activation::Linear})
            for (int K : {1, 3}) {
                const std::string name = std::string(bp::toString(hidden)) + "/" +
                                         std::string(bp::toString(output)) +
                                         "/K=" + std::to_string(K);
                QTest::newRow(name.c_str()) << hidden << output << K << 1.0;
            }
}

void TestSmallNetwork::agreesWithGeneralPath()
{
    QFETCH(bp::Activation, hidden);
    QFETCH(bp::Activation, output);
    QFETCH(int, outputs);
    QFETCH(double, lambda);
    const Problem p = randomProblem(hidden, output, outputs, 500);
    bp::CostFunction small(p.arch, p.X, p.Y, lambda);
    bp::CostFunction general(p.arch, p.X, p.Y, lambda);
    general.setSmallNetworkPathEnabled(false);
    QVERIFY(small.usesSmallNetworkPath());
    QVERIFY(!general.usesSmallNetworkPath());
    bp::Vector gs, gg;
    for (int repeat = 0; repeat < 2; ++repeat) { // the second call reuses every workspace
        const double Js = small.evaluate(p.params, &gs);
        const double Jg = general.evaluate(p.params, &gg);
        BP_FUZZY_COMPARE(Js, Jg, kTolerance);
        QVERIFY2(maxDifference(gs, gg) < kTolerance,
                 qPrintable(QString::number(maxDifference(gs, gg))));
        if (output == bp::Activation::Linear)
            QVERIFY(std::isnan(small.lastAccuracy()) && std::isnan(general.lastAccuracy()));
        else
            QCOMPARE(small.lastAccuracy(), general.lastAccuracy());
    }
    // Cost only (no gradient) takes the same forward pass.
    BP_FUZZY_COMPARE(small.evaluate(p.params, nullptr), general.evaluate(p.params, nullptr),
                     kTolerance);
}

void TestSmallNetwork::batchesAgree()
{
    const Problem p = randomProblem(bp::Activation::Tanh, bp::Activation::Sigmoid, 1, 200);
    bp::CostFunction small(p.arch, p.X, p.Y, 0.5);
    bp::CostFunction general(p.arch, p.X, p.Y, 0.5);
    general.setSmallNetworkPathEnabled(false);
    const std::vector<bp::Index> columns = {17, 3, 199, 0, 64, 65, 120};
    bp::Vector gs, gg;
    BP_FUZZY_COMPARE(small.evaluateBatch(p.params, columns, &gs),
                     general.evaluateBatch(p.params, columns, &gg), kTolerance);
    QVERIFY(maxDifference(gs, gg) < kTolerance);
}

void TestSmallNetwork::chunksAgree()
{
    const Problem p = randomProblem(bp::Activation::ReLU, bp::Activation::Sigmoid, 3, 100);
    bp::CostFunction whole(p.arch, p.X, p.Y, 1.0);
    bp::CostFunction chunked(p.arch, p.X, p.Y, 1.0);
    chunked.setChunkSize(7);
    bp::Vector g1, g2;
    BP_FUZZY_COMPARE(chunked.evaluate(p.params, &g2), whole.evaluate(p.params, &g1), kTolerance);
    QVERIFY(maxDifference(g1, g2) < kTolerance);
    QCOMPARE(chunked.lastAccuracy(), whole.lastAccuracy());
}

void TestSmallNetwork::eligibility_data()
{
    QTest::addColumn<int>("hiddenUnits");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<bool>("small");
    QTest::newRow("8 units, sigmoid") << 8 << bp::Activation::Sigmoid << true;
    QTest::newRow("32 units, linear")
        << bp::CostFunction::kSmallLayerLimit << bp::Activation::Linear << true;
    QTest::newRow("33 units") << bp::CostFunction::kSmallLayerLimit + 1 << bp::Activation::Sigmoid
                              << false;
    QTest::newRow("softmax output") << 8 << bp::Activation::Softmax << false;
}

void TestSmallNetwork::eligibility()
{
    QFETCH(int, hiddenUnits);
    QFETCH(bp::Activation, output);
    QFETCH(bool, small);
    const bp::Architecture arch =
        bp::Architecture::make(2, {hiddenUnits}, bp::Activation::Tanh, 3, output);
    const bp::Matrix X = bp::Matrix::Zero(2, 4);
    const bp::Matrix Y = bp::Matrix::Zero(3, 4);
    bp::CostFunction cost(arch, X, Y);
    QCOMPARE(cost.usesSmallNetworkPath(), small);
}

QTEST_APPLESS_MAIN(TestSmallNetwork)
#include "tst_smallnetwork.moc"
