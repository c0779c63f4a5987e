// The cost plot's min/max decimation: per pixel column the lowest and highest point survive in
// their original order, so spikes stay visible; non-finite values are skipped, and values
// ≤ 0 too on a log axis; a history shorter than the plot is wide is drawn point for point.
// The rows are a bp::TrainingHistory read a block (kDecimationBlock rows) at a time, x being
// one of its columns: a pixel column that spans two blocks behaves like any other.

#include "session/costdecimation.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace bpui;

using Points = QVector<QPointF>;
using Values = QVector<double>;

namespace {

/// Row i: iteration i, seconds i / 2, the given cost and validation cost.
bp::IterationStats makeRow(int i, double cost, double validation)
{
    bp::IterationStats row;
    row.iteration = i;
    row.epoch = i;
    row.evaluations = i + 1;
    row.elapsedSeconds = 0.5 * i;
    row.trainCost = cost;
    row.validationCost = validation;
    return row;
}

Points decimated(const Values& values, int columns, bool positiveOnly)
{
    bp::TrainingHistory rows;
    for (int i = 0; i < values.size(); ++i)
        rows.push_back(makeRow(i, values[i], 0.0));
    Points out;
    std::vector<DecimatedSeries> series{{HistoryField::TrainCost, positiveOnly, &out}};
    decimate(rows, HistoryField::Iteration, series, 0, rows.size(), 0.0,
             std::max<double>(values.size(), 1.0), columns);
    return out;
}

} // namespace

class TestCostDecimation : public QObject
{
    Q_OBJECT

private slots:
    void keepsExtremesInOrder_data();
    void keepsExtremesInOrder();
    void largeHistoryStaysWithinTwoPointsAColumn();
    void decimatesEverySeriesInOnePass();
    void aColumnAcrossBlocks();
    void xFromAnotherColumn();
};

void TestCostDecimation::keepsExtremesInOrder_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<Values>("values");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("positiveOnly");
    QTest::addColumn<Points>("expected");
    QTest::newRow("shorter than wide: every point")
        << Values{3, 2, 1} << 10 << false << Points{{0, 3}, {1, 2}, {2, 1}};
    QTest::newRow("one column: its low and high, in order")
        << Values{5, 1, 7, 4} << 1 << false << Points{{1, 1}, {2, 7}};
    QTest::newRow("high before low stays first")
        << Values{5, 9, 4, 2} << 1 << false << Points{{1, 9}, {3, 2}};
    QTest::newRow("a one-row spike survives")
        << Values{1, 1, 1, 1, 1, 1, 100, 1, 1, 1} << 2 << false
        << Points{{0, 1}, {5, 1}, {6, 100}};
    QTest::newRow("flat column: one point")
        << Values{2, 2, 2, 2} << 1 << false << Points{{0, 2}};
    QTest::newRow("no validation yet: NaN and inf skipped")
        << Values{nan, 4, inf, 3, nan} << 10 << false << Points{{1, 4}, {3, 3}};
    QTest::newRow("log axis: zero and negatives skipped")
        << Values{0, 2, -1, 3} << 10 << true << Points{{1, 2}, {3, 3}};
    QTest::newRow("linear axis keeps them")
        << Values{0, -1} << 10 << false << Points{{0, 0}, {1, -1}};
    QTest::newRow("nothing finite: nothing drawn") << Values{nan, nan} << 4 << false << Points{};
    QTest::newRow("empty history") << Values{} << 4 << false << Points{};
}

void TestCostDecimation::keepsExtremesInOrder()
{
    QFETCH(Values, values);
    QFETCH(int, columns);
    QFETCH(bool, positiveOnly);
    QFETCH(Points, expected);
    QCOMPARE(decimated(values, columns, positiveOnly), expected);
}

void TestCostDecimation::largeHistoryStaysWithinTwoPointsAColumn()
{
    Values values;
    for (int i = 0; i < 100000; ++i)
        values.append(1.0 / (1.0 + i) + 0.01 * std::sin(i * 0.37));
    values[77777] = 5.0; // a divergence spike one row wide
    const int columns = 800;
    const Points points = decimated(values, columns, true);
    QVERIFY2(points.size() <= 2 * columns, qPrintable(QString::number(points.size())));
    QVERIFY(points.size() >= columns);
    QVERIFY(points.contains(QPointF(77777, 5.0)));
    for (int i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() > points[i - 1].x()); // original order, no repeats
}

void TestCostDecimation::decimatesEverySeriesInOnePass()
{
    bp::TrainingHistory rows;
    for (int i = 0; i < 4; ++i)
        rows.push_back(makeRow(i, 10 - i, i == 2 ? 50 : 20));
    Points train{QPointF(9, 9)}; // stale output is replaced
    Points validation;
    std::vector<DecimatedSeries> series{{HistoryField::TrainCost, false, &train},
                                        {HistoryField::ValidationCost, false, &validation}};
    decimate(rows, HistoryField::Iteration, series, 1, 4, 0.0, 4.0, 1);
    QCOMPARE(train.size(), 2);
    QCOMPARE(train[0].x(), 1.0); // high (9) first, then low (7)
    QCOMPARE(train[1].y(), 7.0);
    QCOMPARE(validation.size(), 2);
    QCOMPARE(validation[0].y(), 20.0);
    QCOMPARE(validation[1].y(), 50.0);
}

void TestCostDecimation::aColumnAcrossBlocks()
{
    // One pixel column over three blocks: its low is the last row of the first block, its
    // high the first row of the second, in that order; a one-column range inside a block.
    const int n = 3 * static_cast<int>(kDecimationBlock);
    const int edge = static_cast<int>(kDecimationBlock);
    Values values(n, 1.0);
    values[edge - 1] = -3.0;
    values[edge] = 8.0;
    QCOMPARE(decimated(values, 1, false), (Points{{edge - 1.0, -3.0}, {double(edge), 8.0}}));
    values[edge - 1] = 9.0; // high first now
    values[edge] = -4.0;
    QCOMPARE(decimated(values, 1, false), (Points{{edge - 1.0, 9.0}, {double(edge), -4.0}}));
}

void TestCostDecimation::xFromAnotherColumn()
{
    bp::TrainingHistory rows;
    for (int i = 0; i < 6; ++i)
        rows.push_back(makeRow(i, 10 - i, 0.0));
    Points out;
    std::vector<DecimatedSeries> series{{HistoryField::TrainCost, false, &out}};
    // Seconds = i / 2 over [0, 3) in 3 columns: rows {0, 1}, {2, 3}, {4, 5} share one each.
    decimate(rows, HistoryField::ElapsedSeconds, series, 0, rows.size(), 0.0, 3.0, 3);
    QCOMPARE(out, (Points{{0, 10}, {0.5, 9}, {1, 8}, {1.5, 7}, {2, 6}, {2.5, 5}}));
}

QTEST_MAIN(TestCostDecimation)
#include "tst_costdecimation.moc"
