// Whether a network fits a data set (checkFits) and a weight vector its architecture
// (checkWeightCount): every row of tests/fitcases.h, with the exact message.

#include "fit.h"
#include "fitcases.h"
#include "testutil.h"

#include <QtTest/QtTest>

class TestFit : public QObject
{
    Q_OBJECT

private slots:
    void checkFits_data();
    void checkFits();
    void namesTheSource();
    void fittingOutputsEncodeTargets_data();
    void fittingOutputsEncodeTargets();
    void checkWeightCount_data();
    void checkWeightCount();
};

namespace {

void addFitRows(bool fittingOnly)
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < static_cast<int>(std::size(bpt::kFitCases)); ++i) {
        const bpt::FitCase& c = bpt::kFitCases[i];
        if (!fittingOnly || *c.message == '\0')
            QTest::newRow(c.name) << i;
    }
}

} // namespace

void TestFit::checkFits_data()
{
    addFitRows(false);
}

void TestFit::checkFits()
{
    QFETCH(int, row);
    const bpt::FitCase& c = bpt::kFitCases[row];
    const QString expected = *c.message == '\0'
                                 ? QStringLiteral("<no InputError>")
                                 : QStringLiteral("data: architecture: ") + QString(c.message);
    QCOMPARE(
        bptest::errorOf([&] { bp::checkFits(bpt::fitCaseArchitecture(c), bpt::fitCaseData(c)); }),
        expected);
}

void TestFit::namesTheSource()
{
    const bpt::FitCase& c = bpt::fitCase("wrong output count");
    try {
        bp::checkFits(bpt::fitCaseArchitecture(c), bpt::fitCaseData(c), "iris.csv");
        QFAIL("no InputError");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.source()), QStringLiteral("iris.csv"));
        QCOMPARE(QString::fromStdString(error.place()), QStringLiteral("architecture"));
        QCOMPARE(QString::fromStdString(error.message()), QString(c.message));
    }
}

void TestFit::fittingOutputsEncodeTargets_data()
{
    addFitRows(true);
}

/// What checkFits accepts, the cost function can train: encodeTargets gives one target row
/// per output unit (it asserts on anything else).
void TestFit::fittingOutputsEncodeTargets()
{
    QFETCH(int, row);
    const bpt::FitCase& c = bpt::kFitCases[row];
    const bp::Dataset data = bpt::fitCaseData(c);
    const bp::Matrix y = bp::encodeTargets(data, c.outputs);
    QCOMPARE(y.rows(), bp::Index(c.outputs));
    QCOMPARE(y.cols(), data.size());
}

void TestFit::checkWeightCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("what");
    // 2-3-1: Θ(1) is 3 × 3, Θ(2) is 1 × 4: 13 weights.
    const QString none = QStringLiteral("<no InputError>");
    QTest::newRow("fits") << 13 << none;
    QTest::newRow("one too many")
        << 14
        << "demo.bpstudio: runs[0].final_weights: expected 13 weights (the unrolled parameters of "
           "the architecture), found 14";
    QTest::newRow("one too few")
        << 12
        << "demo.bpstudio: runs[0].final_weights: expected 13 weights (the unrolled parameters of "
           "the architecture), found 12";
    QTest::newRow("none")
        << 0
        << "demo.bpstudio: runs[0].final_weights: expected 13 weights (the unrolled parameters of "
           "the architecture), found 0";
}

void TestFit::checkWeightCount()
{
    QFETCH(int, count);
    QFETCH(QString, what);
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    QCOMPARE(arch.parameterCount(), bp::Index(13));
    QCOMPARE(bptest::errorOf([&] {
                 bp::checkWeightCount(arch, count, "demo.bpstudio", "runs[0].final_weights");
             }),
             what);
    // The default place is the key every file uses for the weights.
    if (count != 13)
        QVERIFY(bptest::errorOf([&] {
                    bp::checkWeightCount(arch, count, "model");
                }).startsWith(QStringLiteral("model: weights: expected 13 weights")));
}

QTEST_APPLESS_MAIN(TestFit)
#include "tst_fit.moc"
