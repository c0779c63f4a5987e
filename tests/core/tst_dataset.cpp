// Dataset helpers: class counts, subsets, target encoding; and the InputError format.

#include "dataset.h"
#include "testutil.h"

namespace {

bp::Dataset threeClasses()
{
    bp::Dataset data;
    data.name = "toy";
    data.features.resize(2, 5);
    data.features << 0, 1, 2, 3, 4, //
        10, 11, 12, 13, 14;
    data.labels = {0, 2, 2, 1, 2};
    data.classNames = {"a", "b", "c"};
    data.featureNames = {"f", "g"};
    data.imageWidth = 2;
    data.imageHeight = 1;
    return data;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void inputErrorText_data();
    void inputErrorText();
    void classCounts();
    void subsetKeepsOrderAndNames();
    void subsetOfRegression();
    void encodeTargets_data();
    void encodeTargets();
    void outputUnits();
};

void TestDataset::inputErrorText_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("what");
    QTest::newRow("with place") << "iris.csv"
                                << "line 4, column 3"
                                << "expected a number, found 'abc'"
                                << "iris.csv: line 4, column 3: expected a number, found 'abc'";
    QTest::newRow("without place") << "data.idx3"
                                   << ""
                                   << "empty file"
                                   << "data.idx3: empty file";
}

void TestDataset::inputErrorText()
{
    QFETCH(QString, source);
    QFETCH(QString, place);
    QFETCH(QString, message);
    QFETCH(QString, what);
    const bp::InputError error(source.toStdString(), place.toStdString(), message.toStdString());
    QCOMPARE(QString::fromStdString(error.what()), what);
    QCOMPARE(QString::fromStdString(error.source()), source);
    QCOMPARE(QString::fromStdString(error.place()), place);
    QCOMPARE(QString::fromStdString(error.message()), message);
}

void TestDataset::classCounts()
{
    QCOMPARE(threeClasses().classCounts(), (std::vector<bp::Index>{1, 1, 3}));
    bp::Dataset none = threeClasses();
    none.labels.clear();
    QCOMPARE(none.classCounts(), (std::vector<bp::Index>{0, 0, 0}));
}

void TestDataset::subsetKeepsOrderAndNames()
{
    const bp::Dataset data = threeClasses();
    const bp::Dataset part = data.subset({4, 0, 4});
    QCOMPARE(part.size(), 3);
    QCOMPARE(part.labels, (std::vector<int>{2, 0, 2}));
    QCOMPARE(part.features(0, 0), 4.0);
    QCOMPARE(part.features(1, 1), 10.0);
    QCOMPARE(part.features(1, 2), 14.0);
    QCOMPARE(part.classNames, data.classNames);
    QCOMPARE(part.featureNames, data.featureNames);
    QCOMPARE(part.imageWidth, 2);
    QCOMPARE(part.imageHeight, 1);
    QCOMPARE(part.name, data.name);
    QCOMPARE(data.subset({}).size(), 0);
}

void TestDataset::subsetOfRegression()
{
    bp::Dataset data;
    data.features = bp::Matrix::Random(1, 4);
    data.targets.resize(1, 4);
    data.targets << 0.5, 1.5, 2.5, 3.5;
    const bp::Dataset part = data.subset({3, 1});
    QCOMPARE(part.task(), bp::TaskKind::Regression);
    QCOMPARE(part.targets(0, 0), 3.5);
    QCOMPARE(part.targets(0, 1), 1.5);
    QVERIFY(part.labels.empty());
}

void TestDataset::encodeTargets_data()
{
    QTest::addColumn<QList<int>>("labels");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("outputUnits");
    QTest::addColumn<QList<double>>("expected"); // column-major K × m
    QTest::newRow("one-hot, 3 classes")
        << QList<int>{0, 2, 1} << 3 << 3 << QList<double>{1, 0, 0, 0, 0, 1, 0, 1, 0};
    QTest::newRow("one-hot, 2 classes, 2 outputs")
        << QList<int>{1, 0} << 2 << 2 << QList<double>{0, 1, 1, 0};
    QTest::newRow("2 classes, single output")
        << QList<int>{1, 0, 1} << 2 << 1 << QList<double>{1, 0, 1};
}

void TestDataset::encodeTargets()
{
    QFETCH(QList<int>, labels);
    QFETCH(int, classes);
    QFETCH(int, outputUnits);
    QFETCH(QList<double>, expected);
    bp::Dataset data;
    data.features = bp::Matrix::Zero(1, labels.size());
    data.labels.assign(labels.begin(), labels.end());
    for (int k = 0; k < classes; ++k)
        data.classNames.push_back(std::to_string(k));
    const bp::Matrix y = bp::encodeTargets(data, outputUnits);
    QCOMPARE(y.rows(), outputUnits);
    QCOMPARE(y.cols(), labels.size());
    QCOMPARE(QList<double>(y.data(), y.data() + y.size()), expected);
}

void TestDataset::outputUnits()
{
    QCOMPARE(bp::outputUnitsFor(threeClasses()), 3);
    bp::Dataset regression;
    regression.features = bp::Matrix::Zero(2, 3);
    regression.targets = bp::Matrix::Ones(2, 3);
    QCOMPARE(bp::outputUnitsFor(regression), 2);
    QVERIFY(bp::encodeTargets(regression, 2) == regression.targets);
}

QTEST_APPLESS_MAIN(TestDataset)
#include "tst_dataset.moc"
