// Activations: values, derivatives against central differences, and numerical safety.
#include "activation.h"
#include "loss.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cmath>

Q_DECLARE_METATYPE(bp::Activation)

class TestActivation : public QObject
{
    Q_OBJECT
private slots:
    void derivativeMatchesCentralDifference_data();
    void derivativeMatchesCentralDifference();
    void sigmoidGradientCourseValues();
    void softmaxColumnsSumToOne();
    void saturatedLogisticLossIsFinite();
    void namesRoundTrip_data();
    void namesRoundTrip();
};

void TestActivation::derivativeMatchesCentralDifference_data()
{
    QTest::addColumn<bp::Activation>("activation");
    QTest::newRow("sigmoid") << bp::Activation::Sigmoid;
    QTest::newRow("tanh") << bp::Activation::Tanh;
    QTest::newRow("relu") << bp::Activation::ReLU;
    QTest::newRow("leaky_relu") << bp::Activation::LeakyReLU;
    QTest::newRow("linear") << bp::Activation::Linear;
}

void TestActivation::derivativeMatchesCentralDifference()
{
    QFETCH(bp::Activation, activation);
    // Points away from ReLU's kink at 0, where the derivative is not defined.
    bp::Matrix z(1, 7);
    z << -3.1, -1.2, -0.4, 0.3, 0.9, 2.2, 4.5;
    const bp::Matrix g = bp::activationDerivative(activation, z);
    const double eps = 1e-5;
    for (bp::Index i = 0; i < z.cols(); ++i) {
        bp::Matrix zp = z, zm = z, ap(1, 7), am(1, 7);
        zp(0, i) += eps;
        zm(0, i) -= eps;
        bp::activate(activation, zp, ap);
        bp::activate(activation, zm, am);
        const double numeric = (ap(0, i) - am(0, i)) / (2 * eps);
        BP_FUZZY_COMPARE(g(0, i), numeric, 1e-9);
    }
}

void TestActivation::sigmoidGradientCourseValues()
{
    bp::Matrix z(1, 5);
    z << -1, -0.5, 0, 0.5, 1;
    const bp::Matrix g = bp::activationDerivative(bp::Activation::Sigmoid, z);
    const double expected[] = {0.196612, 0.235004, 0.25, 0.235004, 0.196612};
    for (int i = 0; i < 5; ++i)
        BP_FUZZY_COMPARE(g(0, i), expected[i], 1e-6); // the course prints 6 digits
}

void TestActivation::softmaxColumnsSumToOne()
{
    bp::Matrix z(3, 2);
    z << 1000, -5, 999, 0, -1000, 5; // huge values: must not overflow
    bp::Matrix a(3, 2);
    bp::activate(bp::Activation::Softmax, z, a);
    QVERIFY(a.allFinite());
    BP_FUZZY_COMPARE(a.col(0).sum(), 1.0, 1e-15);
    BP_FUZZY_COMPARE(a.col(1).sum(), 1.0, 1e-15);
}

void TestActivation::saturatedLogisticLossIsFinite()
{
    // h = σ(±800) is exactly 0 or 1 in double; the loss must stay finite (≈ 800).
    bp::Matrix z(2, 1), h(2, 1), y(2, 1);
    z << 800, -800;
    bp::activate(bp::Activation::Sigmoid, z, h);
    y << 0, 1;
    const double loss = bp::lossSum(bp::Loss::Logistic, z, h, y);
    QVERIFY(std::isfinite(loss));
    BP_FUZZY_COMPARE(loss, 1600.0, 1e-9);
    const double ce = bp::lossSum(bp::Loss::CrossEntropy, z, h, y);
    QVERIFY(std::isfinite(ce));
    BP_FUZZY_COMPARE(ce, 1600.0, 1e-9);
}

void TestActivation::namesRoundTrip_data()
{
    QTest::addColumn<bp::Activation>("activation");
    for (bp::Activation a : {bp::Activation::Sigmoid, bp::Activation::Tanh, bp::Activation::ReLU,
                             bp::Activation::LeakyReLU, bp::Activation::Linear, bp::Activation::Softmax})
        QTest::newRow(std::string(bp::toString(a)).c_str()) << a;
}

void TestActivation::namesRoundTrip()
{
    QFETCH(bp::Activation, activation);
    QCOMPARE(bp::activationFromString(bp::toString(activation)), std::optional(activation));
}

QTEST_APPLESS_MAIN(TestActivation)
#include "tst_activation.moc"
