// Gradient checking as data: sampling, per-layer summaries, and the planted bugs of the
// lessons, each of which must fail the check while clean backprop passes.
#include "backproptrace.h"
#include "costfunction.h"
#include "gradientcheck.h"
#include "selftest.h"
#include "testutil.h"

#include <QtTest/QtTest>

Q_DECLARE_METATYPE(bp::PlantedBug)

class TestGradientCheck : public QObject
{
    Q_OBJECT
private slots:
    void plantedBugFailsCleanPasses_data();
    void plantedBugFailsCleanPasses();
    void sampledSubsetIsSeededAndSorted();
    void progressAndCancellation();
    void entriesNameTheirPlace();
};

void TestGradientCheck::plantedBugFailsCleanPasses_data()
{
    QTest::addColumn<bp::PlantedBug>("bug");
    QTest::addColumn<bool>("shouldPass");
    QTest::newRow("none") << bp::PlantedBug::None << true;
    for (bp::PlantedBug bug : bp::allPlantedBugs())
        QTest::newRow(std::string(bp::toString(bug)).c_str()) << bug << false;
}

void TestGradientCheck::plantedBugFailsCleanPasses()
{
    QFETCH(bp::PlantedBug, bug);
    QFETCH(bool, shouldPass);
    const bp::DebugProblem p = bp::courseDebugProblem();
    const double lambda = 3.0; // > 0 so that a regularised bias column shows
    bp::TraceOptions options;
    options.lambda = lambda;
    options.bug = bug;
    options.labels = p.labels;
    const bp::BackpropTrace trace = bp::traceBackprop(p.arch, p.params, p.X, p.Y, options);
    bp::CostFunction cost(p.arch, p.X, p.Y, lambda);
    const bp::GradientCheckReport r = bp::checkGradient(
        p.arch, [&](const bp::Vector& t) { return cost.evaluate(t, nullptr); }, p.params,
        trace.gradient);
    QCOMPARE(r.passed(1e-9), shouldPass);
    if (!shouldPass)
        QVERIFY2(r.relativeDifference > 1e-4, qPrintable(QString::number(r.relativeDifference)));
}

void TestGradientCheck::sampledSubsetIsSeededAndSorted()
{
    const bp::DebugProblem p = bp::courseDebugProblem();
    bp::Vector grad;
    bp::CostFunction cost(p.arch, p.X, p.Y, 0.0);
    cost.evaluate(p.params, &grad);
    bp::GradientCheckOptions options;
    options.sampleCount = 10;
    options.seed = 42;
    const auto J = [&](const bp::Vector& t) { return cost.evaluate(t, nullptr); };
    const bp::GradientCheckReport a = bp::checkGradient(p.arch, J, p.params, grad, options);
    const bp::GradientCheckReport b = bp::checkGradient(p.arch, J, p.params, grad, options);
    QCOMPARE(a.entries.size(), size_t(10));
    for (size_t i = 0; i < a.entries.size(); ++i) {
        QCOMPARE(a.entries[i].index, b.entries[i].index);
        if (i > 0)
            QVERIFY(a.entries[i - 1].index < a.entries[i].index);
    }
    QVERIFY(a.relativeDifference < 1e-9);
}

void TestGradientCheck::progressAndCancellation()
{
    const bp::DebugProblem p = bp::courseDebugProblem();
    bp::Vector grad;
    bp::CostFunction cost(p.arch, p.X, p.Y, 0.0);
    cost.evaluate(p.params, &grad);
    bp::CancellationToken token;
    bp::Index calls = 0;
    const auto progress = [&](bp::Index done, bp::Index total) {
        QCOMPARE(total, bp::Index(38));
        calls = done;
        if (done == 5)
            token.cancel();
    };
    QVERIFY_THROWS_EXCEPTION(
        bp::Cancelled,
        bp::checkGradient(p.arch, [&](const bp::Vector& t) { return cost.evaluate(t, nullptr); },
                          p.params, grad, {}, progress, &token));
    QCOMPARE(calls, bp::Index(5));
}

void TestGradientCheck::entriesNameTheirPlace()
{
    const bp::DebugProblem p = bp::courseDebugProblem();
    bp::Vector grad;
    bp::CostFunction cost(p.arch, p.X, p.Y, 0.0);
    cost.evaluate(p.params, &grad);
    const bp::GradientCheckReport r = bp::checkGradient(
        p.arch, [&](const bp::Vector& t) { return cost.evaluate(t, nullptr); }, p.params, grad);
    // Entry 20 (0-based 19) is the last of Θ(1) (5 × 4): row 4, column 3; entry 21 starts Θ(2).
    QCOMPARE(r.entries[19].layer, 0);
    QCOMPARE(r.entries[19].row, 4);
    QCOMPARE(r.entries[19].column, 3);
    QCOMPARE(r.entries[20].layer, 1);
    QCOMPARE(r.entries[20].row, 0);
    QCOMPARE(r.entries[20].column, 0);
    QCOMPARE(r.layers[0].checked, bp::Index(20));
    QCOMPARE(r.layers[1].checked, bp::Index(18));
}

QTEST_APPLESS_MAIN(TestGradientCheck)
#include "tst_gradientcheck.moc"
