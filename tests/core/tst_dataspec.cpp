// Data SPEC strings: each scheme, options, and the errors that name the spec.

#include "dataspec.h"
#include "testutil.h"

namespace {

using bptest::errorOf;

const std::string iris = BPS_RESOURCES_DIR "/iris.csv";
const std::string idxDir = BPS_TEST_DATA_DIR "/idx/";
const std::string csvDir = BPS_TEST_DATA_DIR "/csv/";

} // namespace

class TestDataSpec : public QObject
{
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void builtinOptionsReachTheGenerator();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
};

void TestDataSpec::loads_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qlonglong>("size");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("classes"); // 0: regression
    QTest::newRow("builtin defaults") << "builtin:spiral" << 500LL << 2 << 3;
    QTest::newRow("builtin with options")
        << "builtin:gaussians?n=60&noise=0.3&seed=9&classes=4" << 60LL << 2 << 4;
    QTest::newRow("builtin regression") << "builtin:regression2d?n=20" << 20LL << 2 << 0;
    QTest::newRow("csv") << QString::fromStdString("csv:" + iris) << 150LL << 4 << 3;
    QTest::newRow("csv label and delimiter")
        << QString::fromStdString("csv:" + iris + "?label=species&delimiter=comma&header=yes")
        << 150LL << 4 << 3;
    QTest::newRow("csv regression") << QString::fromStdString("csv:" + csvDir +
                                                              "valid-regression.tsv?label=price"
                                                              "&task=regression&delimiter=tab")
                                    << 4LL << 2 << 0;
    QTest::newRow("csv label by index")
        << QString::fromStdString("csv:" + iris + "?label=4") << 150LL << 4 << 3;
    QTest::newRow("idx") << QString::fromStdString("idx:" + idxDir + "small-images.idx3.gz," +
                                                   idxDir + "small-labels.idx1")
                         << 5LL << 6 << 3;
    QTest::newRow("idx max") << QString::fromStdString("idx:" + idxDir + "small-images.idx3," +
                                                       idxDir + "small-labels.idx1?max=3")
                             << 3LL << 6 << 3;
}

void TestDataSpec::loads()
{
    QFETCH(QString, spec);
    QFETCH(qlonglong, size);
    QFETCH(int, features);
    QFETCH(int, classes);
    const bp::Dataset data = bp::loadDataSpec(spec.toStdString());
    QCOMPARE(data.size(), size);
    QCOMPARE(data.featureCount(), features);
    QCOMPARE(data.classCount(), classes);
    QCOMPARE(data.task(), classes == 0 ? bp::TaskKind::Regression : bp::TaskKind::Classification);
}

void TestDataSpec::builtinOptionsReachTheGenerator()
{
    const bp::Dataset a = bp::loadDataSpec("builtin:moons?n=40&seed=3&noise=0.2");
    const bp::Dataset b = bp::loadDataSpec("builtin:moons?seed=3&noise=0.2&n=40");
    const bp::Dataset c = bp::loadDataSpec("builtin:moons?n=40&seed=4&noise=0.2");
    QVERIFY(a.features == b.features);
    QVERIFY(a.features != c.features);
}

void TestDataSpec::errors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no scheme") << "spiral"
                               << "data spec 'spiral': expected SCHEME:..., with scheme builtin, "
                                  "csv or idx";
    QTest::newRow("unknown scheme") << "http://x"
                                    << "data spec 'http://x': unknown scheme 'http' (expected "
                                       "builtin, csv or idx)";
    QTest::newRow("unknown key") << "builtin:xor?size=3"
                                 << "data spec 'builtin:xor?size=3': unknown key 'size' for "
                                    "builtin (expected n, noise, seed, classes)";
    QTest::newRow("bad number") << "builtin:xor?n=12abc"
                                << "data spec 'builtin:xor?n=12abc': bad number for n: '12abc'";
    QTest::newRow("bad noise") << "builtin:xor?noise=lots"
                               << "data spec 'builtin:xor?noise=lots': bad number for noise: "
                                  "'lots'";
    QTest::newRow("negative seed") << "builtin:xor?seed=-1"
                                   << "data spec 'builtin:xor?seed=-1': bad number for seed: '-1'";
    QTest::newRow("missing value") << "builtin:xor?n"
                                   << "data spec 'builtin:xor?n': expected key=value, found 'n'";
    QTest::newRow("duplicate key") << "builtin:xor?n=1&n=2"
                                   << "data spec 'builtin:xor?n=1&n=2': key 'n' given twice";
    QTest::newRow("missing generator") << "builtin:"
                                       << "data spec 'builtin:': missing generator name after "
                                          "'builtin:'";
    QTest::newRow("generator error passes through")
        << "builtin:xor?n=0"
        << "generator 'xor': n: expected 1 to 10000000 examples, found 0";
    QTest::newRow("csv task") << "csv:a.csv?task=ranking"
                              << "data spec 'csv:a.csv?task=ranking': task must be classification "
                                 "or regression, found 'ranking'";
    QTest::newRow("csv delimiter") << "csv:a.csv?delimiter=|"
                                   << "data spec 'csv:a.csv?delimiter=|': delimiter must be ',', "
                                      "';' or tab, found '|'";
    QTest::newRow("csv missing path") << "csv:?label=1"
                                      << "data spec 'csv:?label=1': missing file name after 'csv:'";
    QTest::newRow("idx one file") << "idx:images.idx3"
                                  << "data spec 'idx:images.idx3': expected "
                                     "idx:IMAGES_FILE,LABELS_FILE";
    QTest::newRow("idx bad max") << "idx:a,b?max=ten"
                                 << "data spec 'idx:a,b?max=ten': bad number for max: 'ten'";
    QTest::newRow("idx negative max") << "idx:a,b?max=-3"
                                      << "data spec 'idx:a,b?max=-3': max must be 0 (all) or a "
                                         "positive count, found -3";
}

void TestDataSpec::errors()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QCOMPARE(errorOf([&] { bp::loadDataSpec(spec.toStdString()); }), expected);
}

void TestDataSpec::warnings_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("warning"); // the start of the one warning; empty: none
    const std::string wine = "csv:" + csvDir + "wine-label-first.csv";
    QTest::newRow("builtin") << "builtin:spiral" << 3 << "";
    QTest::newRow("csv, named label first") << QString::fromStdString(wine) << 3 << "";
    QTest::newRow("csv, a measurement as label")
        << QString::fromStdString(wine + "?label=proline") << 121
        << "wine-label-first.csv: label column 'proline' has 121 distinct values";
    QTest::newRow("csv, regression") << QString::fromStdString(wine + "?label=proline&task=regression")
                                     << 0 << "";
}

void TestDataSpec::warnings()
{
    QFETCH(QString, spec);
    QFETCH(int, classes);
    QFETCH(QString, warning);
    const bp::DataSpecLoad load = bp::loadDataSpecWithWarnings(spec.toStdString());
    QCOMPARE(load.data.classCount(), classes);
    if (warning.isEmpty()) {
        QVERIFY(load.warnings.empty());
    } else {
        QCOMPARE(load.warnings.size(), std::size_t{1});
        QVERIFY2(QString::fromStdString(load.warnings.front()).startsWith(warning),
                 load.warnings.front().c_str());
    }
}

QTEST_APPLESS_MAIN(TestDataSpec)
#include "tst_dataspec.moc"
