// Input feature transforms (core/featuretransform.h): each feature's exact value (the engine's
// own IEEE operations, compared with ==), the fixed order, input counts, names and file keys,
// the identity's pass-through, and every refusal's message.
#include "dataset.h"
#include "featuretransform.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(bp::Feature)
Q_DECLARE_METATYPE(bp::FeatureSet)

namespace {

using F = bp::Feature;

/// Raw 2 × 6 data with awkward doubles: thirds, negatives, zero, large and tiny values.
bp::Matrix rawData()
{
    bp::Matrix raw(2, 6);
    raw << 1.0 / 3.0, -2.5, 0.0, 1e8, -1e-8, 3.0, //
        0.1 + 0.2, 7.0, -0.0, -4.75, 2.0 / 3.0, -M_PI;
    return raw;
}

} // namespace

class TestFeatureTransform : public QObject
{
    Q_OBJECT
private slots:
    void eachFeatureIsExact_data();
    void eachFeatureIsExact();
    void setsKeepTheFixedOrder_data();
    void setsKeepTheFixedOrder();
    void namesAndKeys_data();
    void namesAndKeys();
    void identityPassesDataThrough();
    void setAndClear();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void fileKeys_data();
    void fileKeys();
    void datasetKeepsLabelsAndNamesTheFeatures();
};

void TestFeatureTransform::eachFeatureIsExact_data()
{
    QTest::addColumn<bp::Feature>("feature");
    QTest::addColumn<int>("formula"); // which expected value to compute, by row

    QTest::newRow("x1") << F::X1 << 0;
    QTest::newRow("x2") << F::X2 << 1;
    QTest::newRow("x1^2") << F::X1Squared << 2;
    QTest::newRow("x2^2") << F::X2Squared << 3;
    QTest::newRow("x1*x2") << F::X1TimesX2 << 4;
    QTest::newRow("sin(x1)") << F::SinX1 << 5;
    QTest::newRow("sin(x2)") << F::SinX2 << 6;
}

void TestFeatureTransform::eachFeatureIsExact()
{
    QFETCH(bp::Feature, feature);
    QFETCH(int, formula);
    const bp::Matrix raw = rawData();
    const bp::FeatureSet set{feature};
    QCOMPARE(set.inputCount(), 1);
    const bp::Matrix out = set.apply(raw);
    QCOMPARE(out.rows(), bp::Index{1});
    QCOMPARE(out.cols(), raw.cols());
    for (bp::Index i = 0; i < raw.cols(); ++i) {
        const double x1 = raw(0, i);
        const double x2 = raw(1, i);
        const double expected[] = {x1, x2, x1 * x1, x2 * x2, x1 * x2, std::sin(x1), std::sin(x2)};
        const double want = expected[formula];
        // Exact: the same single IEEE operation (or std::sin) on the same doubles, and the
        // sign of zero kept (x1 = -0.0 stays -0.0).
        QVERIFY2(out(0, i) == want && std::signbit(out(0, i)) == std::signbit(want),
                 qPrintable(QStringLiteral("example %1: %2, expected %3")
                                .arg(i)
                                .arg(out(0, i), 0, 'g', 17)
                                .arg(want, 0, 'g', 17)));
    }
}

void TestFeatureTransform::setsKeepTheFixedOrder_data()
{
    QTest::addColumn<bp::FeatureSet>("set");
    QTest::addColumn<QStringList>("keys"); // the rows of apply(), in order

    QTest::newRow("default: the identity") << bp::FeatureSet() << QStringList{"x1", "x2"};
    QTest::newRow("given out of order")
        << bp::FeatureSet{F::SinX2, F::X1, F::X1TimesX2} << QStringList{"x1", "x1*x2", "sin(x2)"};
    QTest::newRow("repeats count once")
        << bp::FeatureSet{F::X2Squared, F::X2Squared, F::X2} << QStringList{"x2", "x2^2"};
    QTest::newRow("all seven") << bp::FeatureSet{F::SinX2,     F::SinX1, F::X1TimesX2, F::X2Squared,
                                                 F::X1Squared, F::X2,    F::X1}
                               << QStringList{"x1",    "x2",      "x1^2",   "x2^2",
                                              "x1*x2", "sin(x1)", "sin(x2)"};
    QTest::newRow("squares only") << bp::FeatureSet{F::X1Squared, F::X2Squared}
                                  << QStringList{"x1^2", "x2^2"};
}

void TestFeatureTransform::setsKeepTheFixedOrder()
{
    QFETCH(bp::FeatureSet, set);
    QFETCH(QStringList, keys);
    QCOMPARE(set.inputCount(), static_cast<int>(keys.size()));
    QStringList actual;
    for (const std::string& key : set.keys())
        actual << QString::fromStdString(key);
    QCOMPARE(actual, keys);
    QCOMPARE(static_cast<int>(set.labels().size()), static_cast<int>(keys.size()));

    // Row r of apply() is the single-feature transform of the r-th ticked feature, bit for bit.
    const bp::Matrix raw = rawData();
    const bp::Matrix out = set.apply(raw);
    QCOMPARE(out.rows(), bp::Index{set.inputCount()});
    const std::vector<bp::Feature> features = set.features();
    for (std::size_t r = 0; r < features.size(); ++r) {
        const bp::Matrix single = bp::FeatureSet{features[r]}.apply(raw);
        QVERIFY(bptest::bitEqual(out.row(static_cast<bp::Index>(r)).transpose(),
                                 single.row(0).transpose()));
    }
}

void TestFeatureTransform::namesAndKeys_data()
{
    QTest::addColumn<bp::Feature>("feature");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");

    QTest::newRow("x1") << F::X1 << "x1" << QStringLiteral("x₁");
    QTest::newRow("x2") << F::X2 << "x2" << QStringLiteral("x₂");
    QTest::newRow("x1^2") << F::X1Squared << "x1^2" << QStringLiteral("x₁²");
    QTest::newRow("x2^2") << F::X2Squared << "x2^2" << QStringLiteral("x₂²");
    QTest::newRow("x1*x2") << F::X1TimesX2 << "x1*x2" << QStringLiteral("x₁·x₂");
    QTest::newRow("sin(x1)") << F::SinX1 << "sin(x1)" << QStringLiteral("sin x₁");
    QTest::newRow("sin(x2)") << F::SinX2 << "sin(x2)" << QStringLiteral("sin x₂");
}

void TestFeatureTransform::namesAndKeys()
{
    QFETCH(bp::Feature, feature);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(QString::fromUtf8(bp::featureKey(feature)), key);
    QCOMPARE(QString::fromUtf8(bp::featureLabel(feature)), label);
    const std::optional<bp::Feature> parsed = bp::featureFromKey(key.toStdString());
    QVERIFY(parsed && *parsed == feature);
    // Keys are exact: no case folding, no spaces, the display label is not a key.
    QVERIFY(!bp::featureFromKey(key.toUpper().toStdString()) || key == key.toUpper());
    QVERIFY(!bp::featureFromKey(" " + key.toStdString()));
    QVERIFY(!bp::featureFromKey(label.toStdString()) || label == key);
    // Its place in the fixed order is its enum value.
    QCOMPARE(bp::allFeatures()[static_cast<std::size_t>(feature)], feature);
}

void TestFeatureTransform::identityPassesDataThrough()
{
    const bp::FeatureSet identity;
    QVERIFY(identity.isIdentity());
    QVERIFY(identity == (bp::FeatureSet{F::X1, F::X2}));
    QCOMPARE(identity.inputCount(), 2);
    // Any row count: a 784-pixel model has the identity too.
    const bp::Matrix wide = bp::Matrix::Random(5, 3);
    QVERIFY(identity.apply(wide) == wide);
    QVERIFY(!(bp::FeatureSet{F::X1}.isIdentity()));
    QVERIFY(!(bp::FeatureSet{F::X1, F::X2, F::SinX1}.isIdentity()));
}

void TestFeatureTransform::setAndClear()
{
    bp::FeatureSet set = bp::FeatureSet::empty();
    QVERIFY(set.isEmpty());
    QCOMPARE(set.inputCount(), 0);
    set.set(F::X1TimesX2);
    set.set(F::X1);
    QCOMPARE(set.inputCount(), 2);
    QVERIFY(set.has(F::X1) && set.has(F::X1TimesX2) && !set.has(F::X2));
    set.set(F::X1, false);
    QVERIFY(set == (bp::FeatureSet{F::X1TimesX2}));
    set.set(F::X1TimesX2, false);
    set.set(F::X1);
    set.set(F::X2);
    QVERIFY(set.isIdentity());
}

void TestFeatureTransform::badInputIsRefused_data()
{
    QTest::addColumn<bp::FeatureSet>("set");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("message"); // what() exactly

    QTest::newRow("nothing ticked")
        << bp::FeatureSet::empty() << 2
        << "data: tick at least one input feature (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2))";
    QTest::newRow("3-D data") << bp::FeatureSet{F::X1, F::X1Squared} << 3
                              << "data: the input features x1, x1^2 are computed from 2-D data "
                                 "(x1, x2), but the data has 3 features";
    QTest::newRow("1-D data") << bp::FeatureSet{F::SinX2} << 1
                              << "data: the input features sin(x2) are computed from 2-D data "
                                 "(x1, x2), but the data has 1 feature";
}

void TestFeatureTransform::badInputIsRefused()
{
    QFETCH(bp::FeatureSet, set);
    QFETCH(int, rows);
    QFETCH(QString, message);
    const bp::Matrix raw = bp::Matrix::Ones(rows, 4);
    QCOMPARE(bptest::errorOf([&] { set.apply(raw); }), message);
    if (set.isEmpty())
        QCOMPARE(bptest::errorOf([&] { set.validate("model.json", "features"); }),
                 QStringLiteral("model.json: features: tick at least one input feature (x1, x2, "
                                "x1^2, x2^2, x1*x2, sin(x1), sin(x2))"));
    else
        set.validate(); // a non-empty set is valid whatever data it will meet
}

void TestFeatureTransform::fileKeys_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("error"); // what() exactly; empty = accepted
    QTest::addColumn<int>("count");

    QTest::newRow("two") << QStringList{"x1", "x2"} << "" << 2;
    QTest::newRow("a subset, in order") << QStringList{"x2", "x1*x2", "sin(x1)"} << "" << 3;
    QTest::newRow("all") << QStringList{"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"}
                         << "" << 7;
    QTest::newRow("unknown") << QStringList{"x1", "x3"}
                             << "m.json: features[1]: expected a feature (x1, x2, x1^2, x2^2, "
                                "x1*x2, sin(x1), sin(x2)), found 'x3'"
                             << 0;
    QTest::newRow("display label") << QStringList{"x₁"}
                                   << "m.json: features[0]: expected a feature (x1, x2, x1^2, "
                                      "x2^2, x1*x2, sin(x1), sin(x2)), found 'x₁'"
                                   << 0;
    QTest::newRow("out of order")
        << QStringList{"x1^2", "x1"}
        << "m.json: features[1]: expected the features in the order x1, x2, x1^2, x2^2, x1*x2, "
           "sin(x1), sin(x2), each at most once; found 'x1' after 'x1^2'"
        << 0;
    QTest::newRow("repeated") << QStringList{"x2", "x2"}
                              << "m.json: features[1]: expected the features in the order x1, "
                                 "x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2), each at most once; "
                                 "found 'x2' after 'x2'"
                              << 0;
    QTest::newRow("empty") << QStringList{}
                           << "m.json: features: expected at least one feature name (x1, x2, "
                              "x1^2, x2^2, x1*x2, sin(x1), sin(x2))"
                           << 0;
}

void TestFeatureTransform::fileKeys()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, error);
    QFETCH(int, count);
    std::vector<std::string> names;
    for (const QString& key : keys)
        names.push_back(key.toStdString());
    if (!error.isEmpty()) {
        QCOMPARE(bptest::errorOf([&] { bp::featureSetFromKeys(names, "m.json"); }), error);
        return;
    }
    const bp::FeatureSet set = bp::featureSetFromKeys(names, "m.json");
    QCOMPARE(set.inputCount(), count);
    QVERIFY(set.keys() == names); // what is written is what was read
}

void TestFeatureTransform::datasetKeepsLabelsAndNamesTheFeatures()
{
    bp::Dataset data;
    data.name = "circles";
    data.features = rawData();
    data.labels = {0, 1, 0, 1, 1, 0};
    data.classNames = {"inside", "outside"};
    data.featureNames = {"x", "y"};
    const bp::FeatureSet set{F::X1Squared, F::X2Squared};
    const bp::Dataset out = bp::transformDataset(set, data);
    QVERIFY(out.features == set.apply(data.features));
    QVERIFY(out.labels == data.labels);
    QVERIFY(out.classNames == data.classNames);
    QCOMPARE(out.name, data.name);
    QVERIFY(out.featureNames == (std::vector<std::string>{"x₁²", "x₂²"}));
    QVERIFY(!out.isImage());
    // The identity leaves the data set alone, names included.
    const bp::Dataset same = bp::transformDataset(bp::FeatureSet(), data);
    QVERIFY(same.features == data.features);
    QVERIFY(same.featureNames == data.featureNames);
    // The error names the source it is given.
    data.features = bp::Matrix::Ones(3, 2);
    QVERIFY(bptest::errorOf([&] {
                bp::transformDataset(set, data, "iris.csv");
            }).startsWith(QStringLiteral("iris.csv: the input features x1^2, x2^2")));
}

QTEST_APPLESS_MAIN(TestFeatureTransform)
#include "tst_featuretransform.moc"
