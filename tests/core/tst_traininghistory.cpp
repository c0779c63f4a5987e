// TrainingHistory: every row reads back bit for bit whatever pattern the columns follow, and
// the common patterns (full batch, mini-batches) cost well under the 80 bytes of a row.
#include "core/projectfixtures.h"
#include "traininghistory.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <random>

namespace {

constexpr std::uint64_t kSeed = 424242; // fixed; printed by initTestCase
const double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Pattern
{
    FullBatch,
    FullBatchValidation,
    MiniBatch,
    LineSearch,
    Irregular
};

/// Row i of a run of the given kind, shaped like the trainer's rows.
bp::IterationStats makeRow(Pattern pattern, long i, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    bp::IterationStats s;
    s.iteration = i;
    s.epoch = static_cast<double>(i);
    s.evaluations = i + 1;
    s.trainCost = 1.0 / (1.0 + 0.001 * static_cast<double>(i)) + 1e-3 * u(rng);
    s.fullTrainCost = s.trainCost;
    s.trainAccuracy = std::floor(500.0 * u(rng)) / 500.0;
    s.gradientNorm = u(rng);
    s.elapsedSeconds = 2e-5 * static_cast<double>(i) + 1e-7 * u(rng);
    switch (pattern) {
    case Pattern::FullBatch:
        break;
    case Pattern::FullBatchValidation:
        s.validationCost = s.trainCost + 0.1 * u(rng);
        s.validationAccuracy = std::floor(100.0 * u(rng)) / 100.0;
        break;
    case Pattern::MiniBatch: {
        const bool epochEnd = i % 938 == 0;
        s.epoch = static_cast<double>(i * 64) / 60000.0;
        s.fullTrainCost = epochEnd ? s.trainCost * 0.9 : kNaN;
        s.trainAccuracy = epochEnd ? s.trainAccuracy : kNaN;
        break;
    }
    case Pattern::LineSearch:
        s.evaluations = 1 + 3 * i + static_cast<long>(rng() % 3);
        break;
    case Pattern::Irregular: // every column random, with NaN, ±0 and infinities mixed in
        s.iteration = static_cast<long>(rng() % 1000);
        s.epoch = -0.0;
        s.fullTrainCost = rng() % 2 ? kNaN : -s.trainCost;
        s.validationCost = rng() % 3 ? std::numeric_limits<double>::infinity() : u(rng);
        break;
    }
    return s;
}

using bptest::sameStats; // same bits in every field, NaN included

} // namespace

Q_DECLARE_METATYPE(Pattern)

class TestTrainingHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("seed %llu", static_cast<unsigned long long>(kSeed)); }
    void roundTripsExactly_data();
    void roundTripsExactly();
    void emptyAndClear();
};

void TestTrainingHistory::roundTripsExactly_data()
{
    QTest::addColumn<Pattern>("pattern");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("maxBytesPerRow"); // for large histories; 0 = not checked
    QTest::newRow("full batch") << Pattern::FullBatch << 100000 << 33.0;
    QTest::newRow("full batch + validation") << Pattern::FullBatchValidation << 100000 << 49.0;
    QTest::newRow("mini-batch") << Pattern::MiniBatch << 100000 << 33.0;
    QTest::newRow("line search") << Pattern::LineSearch << 100000 << 41.0;
    QTest::newRow("irregular") << Pattern::Irregular << 5000 << 0.0;
    QTest::newRow("one row") << Pattern::FullBatch << 1 << 0.0;
    QTest::newRow("two rows") << Pattern::MiniBatch << 2 << 0.0;
}

void TestTrainingHistory::roundTripsExactly()
{
    QFETCH(Pattern, pattern);
    QFETCH(int, rows);
    QFETCH(double, maxBytesPerRow);
    std::mt19937_64 rng(kSeed);
    std::vector<bp::IterationStats> expected;
    bp::TrainingHistory history;
    for (long i = 0; i < rows; ++i) {
        expected.push_back(makeRow(pattern, i, rng));
        history.push_back(expected.back());
        // The newest row reads back at once (the trainer's stopping rules look at it).
        QVERIFY(sameStats(history.back(), expected.back()));
    }
    QCOMPARE(history.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(sameStats(history[i], expected[i]), qPrintable(QString("row %1").arg(i)));
    const std::vector<bp::IterationStats> all = history;
    QCOMPARE(all.size(), expected.size());
    std::size_t k = 0;
    for (const bp::IterationStats& row : history)
        QVERIFY(sameStats(row, expected[k++]));
    QCOMPARE(k, expected.size());
    if (maxBytesPerRow > 0) {
        const double perRow = static_cast<double>(history.bytes()) / rows;
        qInfo("%.1f bytes per row", perRow);
        // Capacity doubling can leave up to 2× slack; the bound allows it on the dense part.
        QVERIFY2(perRow <= 2 * maxBytesPerRow, qPrintable(QString::number(perRow)));
    }
}

void TestTrainingHistory::emptyAndClear()
{
    bp::TrainingHistory history;
    QVERIFY(history.empty());
    QVERIFY(history.begin() == history.end());
    std::mt19937_64 rng(kSeed);
    for (long i = 0; i < 10; ++i)
        history.push_back(makeRow(Pattern::FullBatch, i, rng));
    history.clear();
    QVERIFY(history.empty());
    QCOMPARE(history.bytes(), std::size_t(0));
    const bp::IterationStats row = makeRow(Pattern::MiniBatch, 0, rng);
    history.push_back(row);
    QVERIFY(sameStats(history.front(), row));
}

QTEST_APPLESS_MAIN(TestTrainingHistory)
#include "tst_traininghistory.moc"
