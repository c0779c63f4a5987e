// Built-in generators: shapes, determinism per seed, class balance, parameter errors.

#include "generators.h"
#include "testutil.h"

#include <algorithm>
#include <numbers>

namespace {

using bptest::errorOf;

bp::GeneratorSpec spec(const QString& name, bp::Index n, double noise, std::uint64_t seed,
                       int classes = 0)
{
    bp::GeneratorSpec s;
    s.name = name.toStdString();
    s.n = n;
    s.noise = noise;
    s.seed = seed;
    s.classes = classes;
    return s;
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

class TestGenerators : public QObject
{
    Q_OBJECT

private slots:
    void namesAreListed();
    void shapes_data();
    void shapes();
    void sameSeedSameData_data();
    void sameSeedSameData();
    void spiralIsTheClassicShape();
    void regressionFollowsTheCurve();
    void invalidParameters_data();
    void invalidParameters();
};

void TestGenerators::namesAreListed()
{
    QCOMPARE(bp::generatorNames(),
             (std::vector<std::string>{"xor", "circles", "gaussians", "spiral", "moons",
                                       "regression1d", "regression2d"}));
}

void TestGenerators::shapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("classesAsked");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("classes"); // 0: regression

    QTest::newRow("xor") << "xor" << 0 << 2 << 2;
    QTest::newRow("circles") << "circles" << 0 << 2 << 2;
    QTest::newRow("gaussians default") << "gaussians" << 0 << 2 << 2;
    QTest::newRow("gaussians 5") << "gaussians" << 5 << 2 << 5;
    QTest::newRow("spiral default") << "spiral" << 0 << 2 << 3;
    QTest::newRow("spiral 4") << "spiral" << 4 << 2 << 4;
    QTest::newRow("moons") << "moons" << 0 << 2 << 2;
    QTest::newRow("regression1d") << "regression1d" << 0 << 1 << 0;
    QTest::newRow("regression2d") << "regression2d" << 0 << 2 << 0;
}

void TestGenerators::shapes()
{
    QFETCH(QString, name);
    QFETCH(int, classesAsked);
    QFETCH(int, features);
    QFETCH(int, classes);

    const bp::Index n = 301; // not a multiple of 2, 3, 4 or 5: balance must still hold
    const bp::Dataset data = bp::generateDataset(spec(name, n, 0.1, 7, classesAsked));
    QCOMPARE(data.size(), n);
    QCOMPARE(data.featureCount(), features);
    QCOMPARE(data.name, name.toStdString());
    QVERIFY(data.features.allFinite());
    QCOMPARE(data.featureNames.front(), std::string("x1"));
    if (classes == 0) {
        QCOMPARE(data.task(), bp::TaskKind::Regression);
        QCOMPARE(data.targets.rows(), 1);
        QCOMPARE(data.targets.cols(), n);
        QVERIFY(data.targets.allFinite());
        return;
    }
    QCOMPARE(data.task(), bp::TaskKind::Classification);
    QCOMPARE(data.classCount(), classes);
    QCOMPARE(data.classNames.back(), "class " + std::to_string(classes - 1));
    QCOMPARE(data.labels.size(), std::size_t(n));
    const std::vector<bp::Index> counts = data.classCounts();
    QCOMPARE(counts.size(), std::size_t(classes));
    const auto [fewest, most] = std::minmax_element(counts.begin(), counts.end());
    QVERIFY2(*most - *fewest <= 1, "classes are balanced to within one example");
}

void TestGenerators::sameSeedSameData_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string& name : bp::generatorNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TestGenerators::sameSeedSameData()
{
    QFETCH(QString, name);
    const std::uint64_t seed = testSeed(12345);
    const bp::Dataset a = bp::generateDataset(spec(name, 200, 0.2, seed));
    const bp::Dataset b = bp::generateDataset(spec(name, 200, 0.2, seed));
    const bp::Dataset c = bp::generateDataset(spec(name, 200, 0.2, seed + 1));
    QVERIFY(a.features == b.features);
    QVERIFY(a.labels == b.labels);
    QVERIFY(a.targets == b.targets);
    QVERIFY2(a.features != c.features, "another seed gives other data");
}

void TestGenerators::spiralIsTheClassicShape()
{
    // Without noise every point lies at radius r = its position along the arm, 0 → 1.
    const bp::Dataset data = bp::generateDataset(spec("spiral", 300, 0.0, 1));
    for (bp::Index i = 0; i < data.size(); ++i) {
        const double radius = data.features.col(i).norm();
        BP_FUZZY_COMPARE(radius, double(i / 3) / 99.0, 1e-12);
    }
}

void TestGenerators::regressionFollowsTheCurve()
{
    // Noise 0: targets are exactly sin(πx).
    const bp::Dataset data = bp::generateDataset(spec("regression1d", 50, 0.0, 3));
    for (bp::Index i = 0; i < data.size(); ++i)
        BP_FUZZY_COMPARE(data.targets(0, i), std::sin(std::numbers::pi * data.features(0, i)),
                         1e-12);
    QVERIFY(data.features.minCoeff() >= -1.0);
    QVERIFY(data.features.maxCoeff() <= 1.0);
}

void TestGenerators::invalidParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qlonglong>("n");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown name")
        << "swirl" << 10LL << 0.1 << 0
        << "generator 'swirl': unknown generator (expected one of xor, circles, gaussians, "
           "spiral, moons, regression1d, regression2d)";
    QTest::newRow("n zero") << "xor" << 0LL << 0.1 << 0
                            << "generator 'xor': n: expected 1 to 10000000 examples, found 0";
    QTest::newRow("n negative") << "moons" << -5LL << 0.1 << 0
                                << "generator 'moons': n: expected 1 to 10000000 examples, "
                                   "found -5";
    QTest::newRow("n too large") << "spiral" << 10000001LL << 0.1 << 0
                                 << "generator 'spiral': n: expected 1 to 10000000 examples, "
                                    "found 10000001";
    QTest::newRow("negative noise") << "circles" << 10LL << -0.5 << 0
                                    << "generator 'circles': noise: expected a finite number >= "
                                       "0, found -0.5";
    QTest::newRow("NaN noise") << "circles" << 10LL << std::nan("") << 0
                               << "generator 'circles': noise: expected a finite number >= 0, "
                                  "found nan";
    QTest::newRow("xor with 3 classes")
        << "xor" << 10LL << 0.1 << 3
        << "generator 'xor': classes: this generator makes exactly 2 classes, found 3";
    QTest::newRow("spiral with 1 arm") << "spiral" << 10LL << 0.1 << 1
                                       << "generator 'spiral': classes: expected 2 to 100, found 1";
    QTest::newRow("regression with classes")
        << "regression1d" << 10LL << 0.1 << 2
        << "generator 'regression1d': classes: a regression generator has no classes, found 2";
}

void TestGenerators::invalidParameters()
{
    QFETCH(QString, name);
    QFETCH(qlonglong, n);
    QFETCH(double, noise);
    QFETCH(int, classes);
    QFETCH(QString, expected);
    QCOMPARE(errorOf([&] { bp::generateDataset(spec(name, n, noise, 1, classes)); }), expected);
}

QTEST_APPLESS_MAIN(TestGenerators)
#include "tst_generators.moc"
