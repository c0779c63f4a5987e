// Classification and regression metrics against hand-computed values.

#include "metrics.h"
#include "testutil.h"

Q_DECLARE_METATYPE(std::vector<int>)

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void accuracy_data();
    void accuracy();
    void confusionRowsAreActual();
    void perClass_data();
    void perClass();
    void regression_data();
    void regression();
};

void TestMetrics::accuracy_data()
{
    QTest::addColumn<std::vector<int>>("predicted");
    QTest::addColumn<std::vector<int>>("actual");
    QTest::addColumn<double>("expected");
    QTest::newRow("all right") << std::vector<int>{0, 1, 2} << std::vector<int>{0, 1, 2} << 1.0;
    QTest::newRow("all wrong") << std::vector<int>{1, 0} << std::vector<int>{0, 1} << 0.0;
    QTest::newRow("three of four")
        << std::vector<int>{0, 1, 1, 1} << std::vector<int>{0, 1, 0, 1} << 0.75;
    QTest::newRow("empty") << std::vector<int>{} << std::vector<int>{} << 0.0;
}

void TestMetrics::accuracy()
{
    QFETCH(std::vector<int>, predicted);
    QFETCH(std::vector<int>, actual);
    QFETCH(double, expected);
    BP_FUZZY_COMPARE(bp::accuracy(predicted, actual), expected, 1e-15);
}

void TestMetrics::confusionRowsAreActual()
{
    const Eigen::MatrixXi counts = bp::confusionMatrix({0, 2, 1, 1, 0}, {0, 1, 1, 2, 2}, 3);
    Eigen::MatrixXi expected(3, 3);
    expected << 1, 0, 0, //
        0, 1, 1,         //
        1, 1, 0;
    QVERIFY(counts == expected);
    QCOMPARE(counts.sum(), 5);
}

void TestMetrics::perClass_data()
{
    QTest::addColumn<int>("klass");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");
    QTest::addColumn<int>("support");
    // Confusion (rows actual): [[5, 1, 0], [2, 3, 0], [0, 0, 0]], class 2 never seen or
    // predicted: every ratio divides by zero and must read 0.
    QTest::newRow("class 0") << 0 << 5.0 / 7.0 << 5.0 / 6.0
                             << 2.0 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6) << 6;
    QTest::newRow("class 1") << 1 << 3.0 / 4.0 << 3.0 / 5.0 << 2.0 * 0.75 * 0.6 / 1.35 << 5;
    QTest::newRow("class 2, zero division") << 2 << 0.0 << 0.0 << 0.0 << 0;
}

void TestMetrics::perClass()
{
    QFETCH(int, klass);
    QFETCH(double, precision);
    QFETCH(double, recall);
    QFETCH(double, f1);
    QFETCH(int, support);
    Eigen::MatrixXi confusion(3, 3);
    confusion << 5, 1, 0, //
        2, 3, 0,          //
        0, 0, 0;
    const std::vector<bp::ClassMetrics> metrics = bp::perClassMetrics(confusion);
    QCOMPARE(metrics.size(), std::size_t{3});
    const bp::ClassMetrics& m = metrics[std::size_t(klass)];
    BP_FUZZY_COMPARE(m.precision, precision, 1e-15);
    BP_FUZZY_COMPARE(m.recall, recall, 1e-15);
    BP_FUZZY_COMPARE(m.f1, f1, 1e-15);
    QCOMPARE(m.support, bp::Index(support));
}

void TestMetrics::regression_data()
{
    QTest::addColumn<QList<double>>("predicted");
    QTest::addColumn<QList<double>>("targets");
    QTest::addColumn<double>("rmse");
    QTest::addColumn<double>("r2");
    QTest::newRow("perfect") << QList<double>{1, 2, 3} << QList<double>{1, 2, 3} << 0.0 << 1.0;
    // Residuals 1, −1, 0, 0 → RMSE √(2/4); SS_tot of 1..4 is 5 → R² = 1 − 2/5.
    QTest::newRow("off by one twice")
        << QList<double>{2, 1, 3, 4} << QList<double>{1, 2, 3, 4} << std::sqrt(0.5) << 0.6;
    QTest::newRow("predicting the mean")
        << QList<double>{2, 2, 2} << QList<double>{1, 2, 3} << std::sqrt(2.0 / 3.0) << 0.0;
    QTest::newRow("constant targets, miss")
        << QList<double>{1, 3} << QList<double>{2, 2} << 1.0 << 0.0;
}

void TestMetrics::regression()
{
    QFETCH(QList<double>, predicted);
    QFETCH(QList<double>, targets);
    QFETCH(double, rmse);
    QFETCH(double, r2);
    const bp::Matrix p = bp::ConstMatrixMap(predicted.data(), 1, predicted.size());
    const bp::Matrix t = bp::ConstMatrixMap(targets.data(), 1, targets.size());
    BP_FUZZY_COMPARE(bp::rootMeanSquaredError(p, t), rmse, 1e-15);
    BP_FUZZY_COMPARE(bp::rSquared(p, t), r2, 1e-15);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
