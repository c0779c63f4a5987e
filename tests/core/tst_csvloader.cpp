// CSV loading: detection, quoting, label mapping, iris, and one row per malformed file.

#include "csvloader.h"
#include "malformedcases.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <fstream>

namespace {

const QString csvDir = QStringLiteral(BPS_TEST_DATA_DIR "/csv/");

/// The InputError text a call produces, or a marker that makes QCOMPARE show what happened.
using bptest::errorOf;

QStringList toQStringList(const std::vector<std::string>& strings)
{
    QStringList list;
    for (const std::string& s : strings)
        list << QString::fromStdString(s);
    return list;
}

QList<double> flatten(const bp::Matrix& m)
{
    return QList<double>(m.data(), m.data() + m.size());
}

} // namespace

class TestCsvLoader : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidText_data();
    void parsesValidText();
    void regressionTargets();
    void forcedHeaderAndDelimiter();
    void loadsIris();
    void previewDetectsLayout();
    void malformedFiles_data();
    void malformedFiles();
    void hugeLineIsRefused();
    void missingFile();
    void cancellation();
    void defaultLabelColumn_data();
    void defaultLabelColumn();
    void labelFirstFileUsesTheNamedColumn();
    void labelColumnWarning_data();
    void labelColumnWarning();
    void previewProposesTheDefaultLabel();
};

void TestCsvLoader::parsesValidText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("featureNames");
    QTest::addColumn<QStringList>("classNames");
    QTest::addColumn<QList<int>>("labels");
    QTest::addColumn<QList<double>>("features"); // column-major n × m

    const QStringList xy{"x", "y"};
    const QStringList ab{"a", "b"};
    const QStringList generated{"column 1", "column 2"};
    const QList<double> f1234{1, 2, 3, 4};

    QTest::newRow("comma, header")
        << QByteArray("x,y,c\n1,2,a\n3,4,b\n") << "" << xy << ab << QList<int>{0, 1} << f1234;
    QTest::newRow("semicolon") << QByteArray("x;y;c\n1;2;a\n3;4;b\n") << "" << xy << ab
                               << QList<int>{0, 1} << f1234;
    QTest::newRow("tab") << QByteArray("x\ty\tc\n1\t2\ta\n3\t4\tb\n") << "" << xy << ab
                         << QList<int>{0, 1} << f1234;
    QTest::newRow("no header, numeric labels sorted")
        << QByteArray("1,2,2\n3,4,0\n5,6,1\n") << "" << generated << QStringList{"0", "1", "2"}
        << QList<int>{2, 0, 1} << QList<double>{1, 2, 3, 4, 5, 6};
    QTest::newRow("text labels in order of appearance")
        << QByteArray("1,2,b\n3,4,a\n5,6,b\n") << "" << generated << QStringList{"b", "a"}
        << QList<int>{0, 1, 0} << QList<double>{1, 2, 3, 4, 5, 6};
    QTest::newRow("numeric labels, 1 and 1.0 one class")
        << QByteArray("1,2,1\n3,4,1.0\n5,6,0\n") << "" << generated << QStringList{"0", "1"}
        << QList<int>{1, 1, 0} << QList<double>{1, 2, 3, 4, 5, 6};
    QTest::newRow("quoted fields, escapes, embedded newline")
        << QByteArray("x,y,c\n\"1\",2,\"a, \"\"quoted\"\"\"\n3,4,\"multi\nline\"\n") << "" << xy
        << QStringList{"a, \"quoted\"", "multi\nline"} << QList<int>{0, 1} << f1234;
    QTest::newRow("CRLF, BOM, blank trailing lines")
        << QByteArray("\xEF\xBB\xBFx,y,c\r\n1,2,a\r\n3,4,b\r\n\r\n\r\n  \n") << "" << xy << ab
        << QList<int>{0, 1} << f1234;
    QTest::newRow("label by name")
        << QByteArray("c,x,y\na,1,2\nb,3,4\n") << "c" << xy << ab << QList<int>{0, 1} << f1234;
    QTest::newRow("label by 0-based index")
        << QByteArray("1,a,2\n3,b,4\n") << "1" << QStringList{"column 1", "column 3"} << ab
        << QList<int>{0, 1} << f1234;
    QTest::newRow("plus sign, exponents")
        << QByteArray("x,y,c\n+1.5,-2e-3,a\n.5,1E2,b\n") << "" << xy << ab << QList<int>{0, 1}
        << QList<double>{1.5, -0.002, 0.5, 100};
    QTest::newRow("spaces around cells") << QByteArray("x , y , c\n 1 , 2 , a \n3,4,b\n") << ""
                                         << xy << ab << QList<int>{0, 1} << f1234;
    QTest::newRow("underflow reads as zero") << QByteArray("1e-400,2,a\n3,4,b\n") << "" << generated
                                             << ab << QList<int>{0, 1} << QList<double>{0, 2, 3, 4};
    QTest::newRow("blank line in the middle skipped")
        << QByteArray("x,y,c\n1,2,a\n\n3,4,b\n") << "" << xy << ab << QList<int>{0, 1} << f1234;
}

void TestCsvLoader::parsesValidText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, label);
    QFETCH(QStringList, featureNames);
    QFETCH(QStringList, classNames);
    QFETCH(QList<int>, labels);
    QFETCH(QList<double>, features);

    bp::CsvOptions options;
    options.labelColumn = label.toStdString();
    const bp::Dataset data = bp::parseCsv(text.toStdString(), "test.csv", options);
    QCOMPARE(data.task(), bp::TaskKind::Classification);
    QCOMPARE(toQStringList(data.featureNames), featureNames);
    QCOMPARE(toQStringList(data.classNames), classNames);
    QCOMPARE(QList<int>(data.labels.begin(), data.labels.end()), labels);
    QCOMPARE(data.featureCount(), featureNames.size());
    QCOMPARE(data.size(), labels.size());
    QCOMPARE(flatten(data.features), features);
}

void TestCsvLoader::regressionTargets()
{
    bp::CsvOptions options;
    options.task = bp::TaskKind::Regression;
    options.labelColumn = "t";
    const bp::Dataset data = bp::parseCsv("x,t,y\n1,0.5,2\n3,1.5,4\n", "reg.csv", options);
    QCOMPARE(data.task(), bp::TaskKind::Regression);
    QCOMPARE(data.targets.rows(), 1);
    QCOMPARE(flatten(data.targets), (QList<double>{0.5, 1.5}));
    QCOMPARE(flatten(data.features), (QList<double>{1, 2, 3, 4}));
    QVERIFY(data.labels.empty());
    QVERIFY(data.classNames.empty());
    QCOMPARE(data.name, std::string("reg"));
}

void TestCsvLoader::forcedHeaderAndDelimiter()
{
    // A numeric first row is data unless the caller says it is a header.
    bp::CsvOptions options;
    options.hasHeader = true;
    const bp::Dataset headed = bp::parseCsv("10,20,30\n1,2,0\n3,4,1\n", "h.csv", options);
    QCOMPARE(toQStringList(headed.featureNames), (QStringList{"10", "20"}));
    QCOMPARE(headed.size(), 2);

    // With ';' forced, commas are part of the cells (here: text labels).
    bp::CsvOptions semicolon;
    semicolon.delimiter = ';';
    const bp::Dataset data = bp::parseCsv("1;a,b\n2;c,d\n", "s.csv", semicolon);
    QCOMPARE(toQStringList(data.classNames), (QStringList{"a,b", "c,d"}));
}

void TestCsvLoader::loadsIris()
{
    const bp::Dataset iris = bp::loadCsv(BPS_RESOURCES_DIR "/iris.csv");
    QCOMPARE(iris.size(), 150);
    QCOMPARE(iris.featureCount(), 4);
    QCOMPARE(iris.classCount(), 3);
    QCOMPARE(toQStringList(iris.featureNames),
             (QStringList{"sepal_length", "sepal_width", "petal_length", "petal_width"}));
    QCOMPARE(iris.classNames.front(), std::string("setosa"));
    QCOMPARE(iris.classCounts(), (std::vector<bp::Index>{50, 50, 50}));
    QCOMPARE(iris.name, std::string("iris"));
    BP_FUZZY_COMPARE(iris.features(0, 0), 5.1, 0.0);
    BP_FUZZY_COMPARE(iris.features(3, 0), 0.2, 0.0);
}

void TestCsvLoader::previewDetectsLayout()
{
    const bp::CsvPreview iris = bp::previewCsv(BPS_RESOURCES_DIR "/iris.csv", 5);
    QCOMPARE(iris.delimiter, ',');
    QVERIFY(iris.hasHeader);
    QCOMPARE(iris.header.size(), std::size_t{5});
    QCOMPARE(iris.header.back(), std::string("species"));
    QCOMPARE(iris.rows.size(), std::size_t{5});
    QCOMPARE(iris.rows.front().back(), std::string("setosa"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("plain.tsv").toStdString();
    std::ofstream(path) << "1\t2\t0\n3\t4\t1\n";
    const bp::CsvPreview plain = bp::previewCsv(path);
    QCOMPARE(plain.delimiter, '\t');
    QVERIFY(!plain.hasHeader);
    QCOMPARE(plain.header, (std::vector<std::string>{"column 1", "column 2", "column 3"}));
    QCOMPARE(plain.rows.size(), std::size_t{2});
}

void TestCsvLoader::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("regression");
    QTest::addColumn<QString>("expected"); // the whole what(): file, place, message

    for (const bpt::CsvCase& c : bpt::kCsvCases)
        QTest::newRow(c.file) << QString::fromLatin1(c.file) << QString::fromLatin1(c.labelColumn)
                              << c.regression
                              << QString::fromLatin1(c.file) + QStringLiteral(": ") +
                                     QString::fromUtf8(c.message);
}

void TestCsvLoader::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, label);
    QFETCH(bool, regression);
    QFETCH(QString, expected);

    bp::CsvOptions options;
    options.labelColumn = label.toStdString();
    options.task = regression ? bp::TaskKind::Regression : bp::TaskKind::Classification;
    const std::string path = (csvDir + file).toStdString();
    QCOMPARE(errorOf([&] { bp::loadCsv(path, options); }), expected);
}

void TestCsvLoader::hugeLineIsRefused()
{
    // Generated here rather than committed: a 2 MiB fixture would bloat the repository.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("huge.csv").toStdString();
    std::ofstream(path) << "a,b\n1,x\n" << std::string(2u << 20, '7') << ",y\n";
    QCOMPARE(errorOf([&] { bp::loadCsv(path); }),
             QStringLiteral("huge.csv: line 3: line longer than 1 MiB: this does not look like "
                            "a CSV file"));
}

void TestCsvLoader::missingFile()
{
    const QString message = errorOf([] { bp::loadCsv(BPS_TEST_DATA_DIR "/csv/no-such.csv"); });
    QVERIFY2(message.startsWith(QStringLiteral("no-such.csv: cannot open file: ")),
             qPrintable(message));
}

void TestCsvLoader::cancellation()
{
    std::string text = "x,y,c\n";
    for (int i = 0; i < 20000; ++i)
        text += std::to_string(i) + ",1," + (i % 2 == 0 ? "a\n" : "b\n");
    bp::CancellationToken token;
    QCOMPARE(bp::parseCsv(text, "big.csv", {}, &token).size(), 20000);
    token.cancel();
    QVERIFY_THROWS_EXCEPTION(bp::Cancelled, bp::parseCsv(text, "big.csv", {}, &token));
}

void TestCsvLoader::defaultLabelColumn_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("no label name: last") << QStringList{"a", "b", "c"} << 2;
    QTest::newRow("wine: cultivar first") << QStringList{"cultivar", "alcohol", "proline"} << 0;
    QTest::newRow("label in the middle") << QStringList{"a", "label", "b"} << 1;
    QTest::newRow("case and spaces") << QStringList{" Species ", "petal", "sepal"} << 0;
    QTest::newRow("CLASS upper case") << QStringList{"f1", "CLASS", "f2"} << 1;
    QTest::newRow("target") << QStringList{"target", "f1", "f2"} << 0;
    QTest::newRow("digit") << QStringList{"digit", "p0", "p1"} << 0;
    QTest::newRow("quality") << QStringList{"quality", "acidity", "sugar"} << 0;
    QTest::newRow("label preferred to class") << QStringList{"class", "label", "f"} << 1;
    QTest::newRow("y when there is no x") << QStringList{"y", "x1", "x2"} << 0;
    QTest::newRow("x, y are coordinates") << QStringList{"x", "y", "c"} << 2;
    QTest::newRow("generated names: last") << QStringList{"column 1", "column 2"} << 1;
    QTest::newRow("name inside another does not count")
        << QStringList{"classic", "labelled", "z"} << 2;
}

void TestCsvLoader::defaultLabelColumn()
{
    QFETCH(QStringList, header);
    QFETCH(int, expected);
    std::vector<std::string> names;
    for (const QString& name : header)
        names.push_back(name.toStdString());
    QCOMPARE(bp::defaultLabelColumn(names), static_cast<std::size_t>(expected));
}

void TestCsvLoader::labelFirstFileUsesTheNamedColumn()
{
    // Before: the last column (proline) was the label: 121 "classes" and not a word said.
    const bp::CsvLoad wine = bp::loadCsvWithWarnings((csvDir + "wine-label-first.csv").toStdString());
    QCOMPARE(wine.labelColumn, std::string("cultivar"));
    QCOMPARE(wine.data.size(), 178);
    QCOMPARE(wine.data.featureCount(), 13);
    QCOMPARE(toQStringList(wine.data.classNames), (QStringList{"1", "2", "3"}));
    QCOMPARE(wine.data.classCounts(), (std::vector<bp::Index>{59, 71, 48}));
    QCOMPARE(wine.data.featureNames.back(), std::string("proline"));
    QVERIFY(wine.warnings.empty());
    // The plain loader takes the same default.
    QCOMPARE(bp::loadCsv((csvDir + "wine-label-first.csv").toStdString()).classCount(), 3);
}

void TestCsvLoader::labelColumnWarning_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("regression");
    QTest::addColumn<QString>("expected"); // empty: no warning

    QTest::newRow("cultivar: no warning") << "cultivar" << false << "";
    QTest::newRow("proline as classes")
        << "proline" << false
        << "wine-label-first.csv: label column 'proline' has 121 distinct values in 178 "
           "examples (more than 20 classes): it looks like a measurement, not a class. Use "
           "task=regression, or choose another label column; few distinct values: cultivar (3)";
    QTest::newRow("proline as regression: no warning") << "proline" << true << "";
    QTest::newRow("by index")
        << "13" << false
        << "wine-label-first.csv: label column 'proline' has 121 distinct values in 178 "
           "examples (more than 20 classes): it looks like a measurement, not a class. Use "
           "task=regression, or choose another label column; few distinct values: cultivar (3)";
}

void TestCsvLoader::labelColumnWarning()
{
    QFETCH(QString, label);
    QFETCH(bool, regression);
    QFETCH(QString, expected);
    bp::CsvOptions options;
    options.labelColumn = label.toStdString();
    options.task = regression ? bp::TaskKind::Regression : bp::TaskKind::Classification;
    const bp::CsvLoad wine =
        bp::loadCsvWithWarnings((csvDir + "wine-label-first.csv").toStdString(), options);
    QCOMPARE(toQStringList(wine.warnings),
             expected.isEmpty() ? QStringList() : QStringList{expected});
}

void TestCsvLoader::previewProposesTheDefaultLabel()
{
    const bp::CsvPreview wine = bp::previewCsv((csvDir + "wine-label-first.csv").toStdString(), 3);
    QCOMPARE(wine.labelColumn, std::size_t{0});
    const bp::CsvPreview iris = bp::previewCsv(BPS_RESOURCES_DIR "/iris.csv", 3);
    QCOMPARE(iris.labelColumn, std::size_t{4});
    // Few examples per class: 4 classes in 12 rows is a warning too (fewer than 5 each).
    std::string text = "a,b,c\n";
    for (int i = 0; i < 12; ++i)
        text += std::to_string(i) + "," + std::to_string(i * i) + "," + std::to_string(i % 4) + "\n";
    const bp::CsvLoad sparse = bp::parseCsvWithWarnings(text, "sparse.csv");
    QCOMPARE(sparse.warnings.size(), std::size_t{1});
    QVERIFY2(QString::fromStdString(sparse.warnings.front())
                 .startsWith("sparse.csv: label column 'c' has 4 distinct values in 12 examples "
                             "(fewer than 5 examples per class)"),
             sparse.warnings.front().c_str());
}

QTEST_APPLESS_MAIN(TestCsvLoader)
#include "tst_csvloader.moc"
