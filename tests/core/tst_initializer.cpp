// Initialisers: seeded determinism, ranges, and the symmetry that zeros keep.
#include "costfunction.h"
#include "initializer.h"
#include "testutil.h"

#include <QtTest/QtTest>

Q_DECLARE_METATYPE(bp::InitKind)

class TestInitializer : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameWeights_data();
    void sameSeedSameWeights();
    void uniformEpsilonRange();
    void zeroInitKeepsHiddenUnitsIdentical();
    void emptyArchitectureHasNoParameters();
};

void TestInitializer::sameSeedSameWeights_data()
{
    QTest::addColumn<bp::InitKind>("kind");
    for (bp::InitKind k : bp::allInitKinds())
        QTest::newRow(std::string(bp::toString(k)).c_str()) << k;
}

void TestInitializer::sameSeedSameWeights()
{
    QFETCH(bp::InitKind, kind);
    const bp::Architecture arch =
        bp::Architecture::make(6, {7, 5}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    const bp::Vector a = bp::initializeParameters(arch, kind, 99);
    const bp::Vector b = bp::initializeParameters(arch, kind, 99);
    QCOMPARE(a, b);
    QCOMPARE(a.size(), arch.parameterCount());
    QCOMPARE(bp::initKindFromString(bp::toString(kind)), std::optional(kind));
    if (kind != bp::InitKind::Zeros && kind != bp::InitKind::Constant) {
        const bp::Vector c = bp::initializeParameters(arch, kind, 100);
        QVERIFY(a != c);
    }
}

void TestInitializer::uniformEpsilonRange()
{
    const bp::Architecture arch =
        bp::Architecture::make(400, {25}, bp::Activation::Sigmoid, 10, bp::Activation::Sigmoid);
    const bp::Vector p = bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1);
    const double eps1 = std::sqrt(6.0) / std::sqrt(400.0 + 25.0);
    const double eps2 = std::sqrt(6.0) / std::sqrt(25.0 + 10.0);
    QVERIFY(bp::thetaView(arch, p, 0).cwiseAbs().maxCoeff() <= eps1);
    QVERIFY(bp::thetaView(arch, p, 0).cwiseAbs().maxCoeff() > 0.9 * eps1);
    QVERIFY(bp::thetaView(arch, p, 1).cwiseAbs().maxCoeff() <= eps2);
}

void TestInitializer::zeroInitKeepsHiddenUnitsIdentical()
{
    // Gradient descent from zeros: every hidden unit gets the same update, so rows stay equal.
    const bp::Architecture arch =
        bp::Architecture::make(2, {4}, bp::Activation::Sigmoid, 2, bp::Activation::Sigmoid);
    bp::Vector params = bp::initializeParameters(arch, bp::InitKind::Zeros, 1);
    bp::Matrix X(2, 4), Y(2, 4);
    X << 0, 0, 1, 1, 0, 1, 0, 1;
    Y << 1, 0, 0, 1, 0, 1, 1, 0;
    bp::CostFunction cost(arch, X, Y, 0.0);
    bp::Vector grad;
    for (int it = 0; it < 200; ++it) {
        cost.evaluate(params, &grad);
        params -= 1.0 * grad;
    }
    const bp::ConstMatrixMap theta1 = bp::thetaView(arch, static_cast<const bp::Vector&>(params), 0);
    for (int j = 1; j < theta1.rows(); ++j)
        QVERIFY((theta1.row(j) - theta1.row(0)).cwiseAbs().maxCoeff() < 1e-15);
}

void TestInitializer::emptyArchitectureHasNoParameters()
{
    // Views built before any network is set (e.g. the timeline's) ask for the count.
    const bp::Architecture empty;
    QCOMPARE(empty.parameterCount(), bp::Index{0});
}

QTEST_APPLESS_MAIN(TestInitializer)
#include "tst_initializer.moc"
