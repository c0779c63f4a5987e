// TrainingHistory: every row reads back bit for bit whatever pattern the columns follow (by
// operator[], the iterators, rows() and read() over any range), and the common patterns (full
// batch, mini-batches, accuracies that move in steps) cost well under the 80 bytes of a row,
// with no more slack than one block per array.
#include "core/projectfixtures.h"
#include "traininghistory.h"

#include <QtTest/QtTest>

#include <bit>
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
    Irregular,
    RealRun,          // validation every row; accuracies step rarely, with jitter (run length)
    SettlingAccuracy, // accuracies random for 5000 rows, then steady: dense, then run length
    NaNRuns           // validation figures in runs of NaN and of repeated values
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
    case Pattern::RealRun: {
        // 500 examples: the accuracy climbs in steps of 1/500, one step back in 1 % of rows.
        const double t = static_cast<double>(i);
        const double steady = std::floor(500.0 * (1.0 - 0.5 * std::exp(-t / 1e5))) / 500.0;
        s.trainAccuracy = rng() % 100 == 0 ? steady - 1.0 / 500.0 : steady;
        s.validationCost = s.trainCost + 0.1 * u(rng);
        s.validationAccuracy = rng() % 100 == 0 ? steady - 0.01 : steady - 0.02;
        break;
    }
    case Pattern::SettlingAccuracy:
        s.trainAccuracy = i < 5000 ? u(rng) : 0.75;
        s.validationAccuracy = i < 5000 ? std::floor(100.0 * u(rng)) / 100.0 : 0.5;
        break;
    case Pattern::NaNRuns: {
        // Runs of 1–300 rows: NaN (two payloads), a value, or -0.0 / +0.0 (different bits).
        const long run = (i * 7919) % 300 < 150 ? i / 37 : i / 211;
        const double payload = std::bit_cast<double>(0x7ff8000000000001ull);
        const double values[] = {kNaN, payload, 0.25,
                                 -0.0, 0.0,     std::numeric_limits<double>::infinity()};
        s.validationCost = values[static_cast<std::size_t>(run) % std::size(values)];
        s.validationAccuracy = values[static_cast<std::size_t>(run / 3) % std::size(values)];
        s.trainAccuracy = run % 2 ? kNaN : 0.5;
        break;
    }
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
    void readMatchesRows_data();
    void readMatchesRows();
    void bounds();
    void emptyAndClear();
};

void TestTrainingHistory::roundTripsExactly_data()
{
    QTest::addColumn<Pattern>("pattern");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("maxBytesPerRow"); // for large histories; 0 = not checked
    // Dense columns cost 8 bytes a row; the bounds add what the other columns need.
    QTest::newRow("full batch") << Pattern::FullBatch << 100000 << 33.0;
    QTest::newRow("full batch + validation") << Pattern::FullBatchValidation << 100000 << 49.0;
    QTest::newRow("mini-batch") << Pattern::MiniBatch << 100000 << 33.0;
    QTest::newRow("line search") << Pattern::LineSearch << 100000 << 41.0;
    QTest::newRow("irregular") << Pattern::Irregular << 5000 << 0.0;
    QTest::newRow("one row") << Pattern::FullBatch << 1 << 0.0;
    QTest::newRow("two rows") << Pattern::MiniBatch << 2 << 0.0;
    // Four dense columns (trainCost, validationCost, gradientNorm, elapsedSeconds); the
    // accuracies by run length (≈ 2 % of rows change: 0.3 bytes a row each).
    QTest::newRow("real run, 10^6 rows") << Pattern::RealRun << 1000000 << 33.0;
    QTest::newRow("settling accuracy") << Pattern::SettlingAccuracy << 100000 << 28.0;
    QTest::newRow("NaN runs") << Pattern::NaNRuns << 20000 << 0.0;
    // Block boundaries: 4096 values a block.
    QTest::newRow("4095 rows") << Pattern::RealRun << 4095 << 0.0;
    QTest::newRow("4096 rows") << Pattern::Irregular << 4096 << 0.0;
    QTest::newRow("4097 rows") << Pattern::SettlingAccuracy << 4097 << 0.0;
    QTest::newRow("8193 rows") << Pattern::NaNRuns << 8193 << 0.0;
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
        qInfo("%.2f bytes per row", perRow);
        // Fixed blocks: at most one partly filled block (32 KB) per array beyond the data.
        const double slack = 10 * 2 * 32768.0 / rows;
        QVERIFY2(perRow <= maxBytesPerRow + slack, qPrintable(QString::number(perRow)));
    }
}

void TestTrainingHistory::readMatchesRows_data()
{
    QTest::addColumn<Pattern>("pattern");
    QTest::addColumn<int>("rows");
    QTest::newRow("full batch") << Pattern::FullBatch << 9000;
    QTest::newRow("full batch + validation") << Pattern::FullBatchValidation << 9000;
    QTest::newRow("mini-batch") << Pattern::MiniBatch << 9000;
    QTest::newRow("line search") << Pattern::LineSearch << 9000;
    QTest::newRow("irregular") << Pattern::Irregular << 9000;
    QTest::newRow("real run") << Pattern::RealRun << 9000;
    QTest::newRow("settling accuracy") << Pattern::SettlingAccuracy << 30000;
    QTest::newRow("NaN runs") << Pattern::NaNRuns << 9000;
    QTest::newRow("one row") << Pattern::RealRun << 1;
}

void TestTrainingHistory::readMatchesRows()
{
    QFETCH(Pattern, pattern);
    QFETCH(int, rows);
    std::mt19937_64 rng(kSeed);
    std::vector<bp::IterationStats> expected;
    bp::TrainingHistory history;
    for (long i = 0; i < rows; ++i) {
        expected.push_back(makeRow(pattern, i, rng));
        history.push_back(expected.back());
    }
    const auto n = static_cast<std::size_t>(rows);
    // Whole, empty, one row, across block boundaries (4096), the tail, and random ranges.
    std::vector<std::pair<std::size_t, std::size_t>> ranges = {
        {0, n}, {0, 0}, {n - 1, n}, {0, std::min<std::size_t>(n, 1)}};
    if (n > 8200)
        ranges.insert(ranges.end(), {{4095, 4097}, {4000, 8200}, {4096, 8192}, {8191, n}});
    for (int r = 0; r < 20; ++r) {
        const std::size_t a = rng() % n;
        ranges.push_back({a, a + rng() % (n - a + 1)});
    }
    std::vector<double> out(n);
    for (int f = 0; f < bp::TrainingHistory::kFieldCount; ++f) {
        const auto field = static_cast<bp::TrainingHistory::Field>(f);
        for (const auto& [first, last] : ranges) {
            history.read(field, first, last, out.data());
            for (std::size_t i = first; i < last; ++i) {
                const bp::IterationStats& row = expected[i];
                const double want[] = {static_cast<double>(row.iteration),
                                       row.epoch,
                                       static_cast<double>(row.evaluations),
                                       row.trainCost,
                                       row.fullTrainCost,
                                       row.validationCost,
                                       row.trainAccuracy,
                                       row.validationAccuracy,
                                       row.gradientNorm,
                                       row.elapsedSeconds};
                QVERIFY2(bptest::sameBits(out[i - first], want[f]) &&
                             bptest::sameBits(history.value(field, i), want[f]),
                         qPrintable(QString("field %1, range [%2, %3), row %4")
                                        .arg(f)
                                        .arg(first)
                                        .arg(last)
                                        .arg(i)));
            }
        }
    }
}

void TestTrainingHistory::bounds()
{
    // lowerBound / upperBound over a non-decreasing column, with repeats (run length).
    bp::TrainingHistory history;
    std::mt19937_64 rng(kSeed);
    for (long i = 0; i < 10000; ++i) {
        bp::IterationStats s = makeRow(Pattern::FullBatch, i, rng);
        s.epoch = static_cast<double>(i / 10); // ten rows an epoch
        history.push_back(s);
    }
    using F = bp::TrainingHistory::Field;
    QCOMPARE(history.lowerBound(F::Iteration, 123.0), std::size_t(123));
    QCOMPARE(history.upperBound(F::Iteration, 123.0), std::size_t(124));
    QCOMPARE(history.lowerBound(F::Iteration, 122.5), std::size_t(123));
    QCOMPARE(history.lowerBound(F::Epoch, 12.0), std::size_t(120));
    QCOMPARE(history.upperBound(F::Epoch, 12.0), std::size_t(130));
    QCOMPARE(history.lowerBound(F::Epoch, -1.0), std::size_t(0));
    QCOMPARE(history.upperBound(F::Epoch, 1e9), history.size());
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
