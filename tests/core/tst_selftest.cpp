// The course's reference numbers (3-5-3 debug network, sigmoid gradient), each asserted.
#include "costfunction.h"
#include "gradientcheck.h"
#include "selftest.h"
#include "testutil.h"

#include <QtTest/QtTest>

class TestSelfTest : public QObject
{
    Q_OBJECT
private slots:
    void gradientEntries_data();
    void gradientEntries();
    void gradientCheckRelativeDifference_data();
    void gradientCheckRelativeDifference();
    void reportPasses();
};

void TestSelfTest::gradientEntries_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("entry"); // 1-based, column-major unrolling Θ(1)(:) then Θ(2)(:)
    QTest::addColumn<double>("expected");
    struct Row
    {
        int entry;
        double at0;
        double at3;
    };
    const Row rows[] = {{1, -0.0092782524, -0.0092782524}, {2, 0.0088991196, 0.0088991196},
                        {3, -0.0083601076, -0.0083601076}, {4, 0.0076281355, 0.0076281355},
                        {5, -0.0067479837, -0.0067479837}, {6, -3.0498e-06, -0.016767980},
                        {21, 0.3145449700, 0.3145449700},  {22, 0.1110565882, 0.1110565882},
                        {23, 0.0974006970, 0.0974006970}};
    for (const Row& r : rows) {
        QTest::addRow("entry %d, lambda 0", r.entry) << 0.0 << r.entry << r.at0;
        QTest::addRow("entry %d, lambda 3", r.entry) << 3.0 << r.entry << r.at3;
    }
}

void TestSelfTest::gradientEntries()
{
    QFETCH(double, lambda);
    QFETCH(int, entry);
    QFETCH(double, expected);
    const bp::DebugProblem p = bp::courseDebugProblem();
    bp::Vector grad;
    bp::computeCost(p.arch, p.params, p.X, p.Y, lambda, &grad);
    // The course prints 10 decimals (5 significant digits for entry 6 at λ = 0).
    BP_FUZZY_COMPARE(grad[entry - 1], expected, 1e-9);
}

void TestSelfTest::gradientCheckRelativeDifference_data()
{
    QTest::addColumn<double>("lambda");
    QTest::newRow("lambda 0") << 0.0;
    QTest::newRow("lambda 3") << 3.0;
}

void TestSelfTest::gradientCheckRelativeDifference()
{
    QFETCH(double, lambda);
    const bp::DebugProblem p = bp::courseDebugProblem();
    bp::CostFunction cost(p.arch, p.X, p.Y, lambda);
    bp::Vector grad;
    cost.evaluate(p.params, &grad);
    const bp::GradientCheckReport r = bp::checkGradient(
        p.arch, [&](const bp::Vector& t) { return cost.evaluate(t, nullptr); }, p.params, grad);
    QVERIFY2(r.relativeDifference < 1e-9, qPrintable(QString::number(r.relativeDifference)));
    QCOMPARE(r.entries.size(), size_t(38));
    QCOMPARE(r.layers.size(), size_t(2));
}

void TestSelfTest::reportPasses()
{
    const bp::SelfTestReport report = bp::runCourseSelfTest();
    for (const bp::SelfTestCheck& c : report.checks)
        QVERIFY2(c.passed, c.name.c_str());
    QVERIFY(report.passed());
}

QTEST_APPLESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
