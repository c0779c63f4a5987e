// Feature scaling and seeded splits.

#include "preprocessing.h"
#include "testutil.h"

#include <numeric>
#include <set>

namespace {

using bptest::errorOf;

/// 10 examples whose first feature is the example index: a part's features name its columns.
bp::Dataset numbered(bp::Index m)
{
    bp::Dataset data;
    data.name = "numbered";
    data.features.resize(2, m);
    for (bp::Index i = 0; i < m; ++i) {
        data.features(0, i) = double(i);
        data.features(1, i) = -double(i);
        data.labels.push_back(int(i % 2));
    }
    data.classNames = {"even", "odd"};
    data.featureNames = {"i", "minus i"};
    return data;
}

std::vector<bp::Index> indicesOf(const bp::Dataset& part)
{
    std::vector<bp::Index> indices;
    for (bp::Index i = 0; i < part.size(); ++i)
        indices.push_back(bp::Index(part.features(0, i)));
    return indices;
}

/// The seed a randomised test uses: BPS_TEST_SEED overrides it, and it is printed either way.
std::uint64_t testSeed(std::uint64_t fallback)
{
    bool ok = false;
    const qulonglong seed = qEnvironmentVariable("BPS_TEST_SEED").toULongLong(&ok);
    const std::uint64_t chosen = ok ? seed : fallback;
    qInfo("seed %llu (set BPS_TEST_SEED to override)", static_cast<unsigned long long>(chosen));
    return chosen;
}

} // namespace

class TestPreprocessing : public QObject
{
    Q_OBJECT

private slots:
    void kindNames_data();
    void kindNames();
    void fit_data();
    void fit();
    void applyScales();
    void split_data();
    void split();
    void splitIsDeterministic();
    void splitErrors_data();
    void splitErrors();
};

void TestPreprocessing::kindNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << int(bp::NormalizationKind::None) << "none";
    QTest::newRow("standard") << int(bp::NormalizationKind::Standard) << "standard";
    QTest::newRow("minmax") << int(bp::NormalizationKind::MinMax) << "minmax";
}

void TestPreprocessing::kindNames()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    const auto k = bp::NormalizationKind(kind);
    QCOMPARE(QString::fromUtf8(bp::toString(k).data(), bp::toString(k).size()), name);
    QCOMPARE(bp::normalizationFromString(name.toStdString()), std::optional(k));
    QCOMPARE(bp::normalizationFromString("zscore"), std::nullopt);
}

void TestPreprocessing::fit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<double>>("offset");
    QTest::addColumn<QList<double>>("scale");
    // Features: row 0 = 1, 2, 3, 6; row 1 constant 5 (scale must fall back to 1).
    QTest::newRow("none") << int(bp::NormalizationKind::None) << QList<double>{0, 0}
                          << QList<double>{1, 1};
    // Mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5.
    QTest::newRow("standard") << int(bp::NormalizationKind::Standard) << QList<double>{3, 5}
                              << QList<double>{std::sqrt(3.5), 1};
    QTest::newRow("minmax") << int(bp::NormalizationKind::MinMax) << QList<double>{1, 5}
                            << QList<double>{5, 1};
}

void TestPreprocessing::fit()
{
    QFETCH(int, kind);
    QFETCH(QList<double>, offset);
    QFETCH(QList<double>, scale);
    bp::Matrix features(2, 4);
    features << 1, 2, 3, 6, //
        5, 5, 5, 5;
    const bp::Normalization norm = bp::Normalization::fit(bp::NormalizationKind(kind), features);
    QCOMPARE(norm.isIdentity(), kind == int(bp::NormalizationKind::None));
    for (int j = 0; j < 2; ++j) {
        BP_FUZZY_COMPARE(norm.offset(j), offset[j], 1e-15);
        BP_FUZZY_COMPARE(norm.scale(j), scale[j], 1e-15);
    }
}

void TestPreprocessing::applyScales()
{
    bp::Matrix features(2, 4);
    features << 1, 2, 3, 6, //
        5, 5, 5, 5;
    const bp::Normalization standard =
        bp::Normalization::fit(bp::NormalizationKind::Standard, features);
    bp::Matrix scaled = features;
    standard.apply(scaled);
    BP_FUZZY_COMPARE(scaled.row(0).mean(), 0.0, 1e-15);
    BP_FUZZY_COMPARE(std::sqrt(scaled.row(0).squaredNorm() / 4), 1.0, 1e-15);
    QVERIFY(scaled.row(1).isZero());

    const bp::Normalization minmax =
        bp::Normalization::fit(bp::NormalizationKind::MinMax, features);
    scaled = features;
    minmax.apply(scaled);
    BP_FUZZY_COMPARE(scaled(0, 0), 0.0, 0.0);
    BP_FUZZY_COMPARE(scaled(0, 1), 0.2, 1e-15);
    BP_FUZZY_COMPARE(scaled(0, 3), 1.0, 0.0);

    bp::Matrix untouched = features;
    bp::Normalization().apply(untouched);
    QVERIFY(untouched == features);
}

void TestPreprocessing::split_data()
{
    QTest::addColumn<qlonglong>("m");
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("test");
    QTest::addColumn<qlonglong>("trainSize");
    QTest::addColumn<qlonglong>("validationSize");
    QTest::addColumn<qlonglong>("testSize");
    QTest::newRow("no split") << 10LL << 0.0 << 0.0 << 10LL << 0LL << 0LL;
    QTest::newRow("iris 60/20/20") << 150LL << 0.2 << 0.2 << 90LL << 30LL << 30LL;
    QTest::newRow("validation only") << 10LL << 0.2 << 0.0 << 8LL << 2LL << 0LL;
    QTest::newRow("test only") << 10LL << 0.0 << 0.3 << 7LL << 0LL << 3LL;
    QTest::newRow("leaves one") << 3LL << 0.3 << 0.3 << 1LL << 1LL << 1LL;
}

void TestPreprocessing::split()
{
    QFETCH(qlonglong, m);
    QFETCH(double, validation);
    QFETCH(double, test);
    QFETCH(qlonglong, trainSize);
    QFETCH(qlonglong, validationSize);
    QFETCH(qlonglong, testSize);

    const bp::Dataset data = numbered(m);
    const bp::DataSplit split = bp::splitDataset(data, validation, test, 42);
    QCOMPARE(split.train.size(), trainSize);
    QCOMPARE(split.validation.size(), validationSize);
    QCOMPARE(split.test.size(), testSize);
    QCOMPARE(split.train.name, std::string("numbered (train)"));
    QCOMPARE(split.validation.name, std::string("numbered (validation)"));
    QCOMPARE(split.test.name, std::string("numbered (test)"));
    QCOMPARE(split.test.classNames, data.classNames);

    // The parts are disjoint and together hold every example once, labels travelling along.
    std::multiset<bp::Index> all;
    for (const bp::Dataset* part : {&split.train, &split.validation, &split.test}) {
        for (bp::Index i = 0; i < part->size(); ++i) {
            const auto index = bp::Index(part->features(0, i));
            all.insert(index);
            QCOMPARE(part->labels[std::size_t(i)], int(index % 2));
            QCOMPARE(part->features(1, i), -double(index));
        }
    }
    std::vector<bp::Index> expected(static_cast<std::size_t>(m));
    std::iota(expected.begin(), expected.end(), bp::Index{0});
    QCOMPARE(std::vector<bp::Index>(all.begin(), all.end()), expected);
}

void TestPreprocessing::splitIsDeterministic()
{
    const bp::Dataset data = numbered(50);
    const std::uint64_t seed = testSeed(7);
    const bp::DataSplit a = bp::splitDataset(data, 0.2, 0.2, seed);
    const bp::DataSplit b = bp::splitDataset(data, 0.2, 0.2, seed);
    const bp::DataSplit c = bp::splitDataset(data, 0.2, 0.2, seed + 1);
    QCOMPARE(indicesOf(a.train), indicesOf(b.train));
    QCOMPARE(indicesOf(a.test), indicesOf(b.test));
    QVERIFY(indicesOf(a.train) != indicesOf(c.train));
    // Shuffled, not a plain cut of the first or last examples.
    std::vector<bp::Index> sorted = indicesOf(a.train);
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(sorted != indicesOf(a.train));
}

void TestPreprocessing::splitErrors_data()
{
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("test");
    QTest::addColumn<QString>("expected");
    QTest::newRow("validation 1") << 1.0 << 0.0
                                  << "numbered: validation fraction must be in [0, 1), found 1";
    QTest::newRow("negative test")
        << 0.0 << -0.1 << "numbered: test fraction must be in [0, 1), found -0.1";
    QTest::newRow("NaN") << std::nan("") << 0.0
                         << "numbered: validation fraction must be in [0, 1), found nan";
    QTest::newRow("nothing left") << 0.5 << 0.5
                                  << "numbered: validation fraction 0.5 and test fraction 0.5 "
                                     "leave no training example out of 10";
}

void TestPreprocessing::splitErrors()
{
    QFETCH(double, validation);
    QFETCH(double, test);
    QFETCH(QString, expected);
    const bp::Dataset data = numbered(10);
    QCOMPARE(errorOf([&] { bp::splitDataset(data, validation, test, 1); }), expected);
}

QTEST_APPLESS_MAIN(TestPreprocessing)
#include "tst_preprocessing.moc"
