// IDX loading: plain and gzip, pixel scaling, limits, malformed files, Fashion-MNIST.

#include "idxloader.h"
#include "malformedcases.h"
#include "memorybudget.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>

namespace {

const QString idxDir = QStringLiteral(BPS_TEST_DATA_DIR "/idx/");
const QString fashionDir = QStringLiteral("/usr/share/datasets/fashion-mnist/");

std::string idxPath(const QString& name)
{
    return (idxDir + name).toStdString();
}

using bptest::errorOf;

} // namespace

class TestIdxLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsSmallPair_data();
    void loadsSmallPair();
    void maxExamplesKeepsTheFirst();
    void malformedFiles_data();
    void malformedFiles();
    void loadsFashionMnist();
};

void TestIdxLoader::initTestCase()
{
    // A fixed memory budget: the half-of-physical-memory default would let the budget check
    // (tst_memorybudget) pre-empt the "claims 500 million images" streaming case on small
    // machines, and these messages must not depend on the machine.
    bp::setMemoryBudgetBytes(std::uint64_t{64} << 30);
}

void TestIdxLoader::loadsSmallPair_data()
{
    QTest::addColumn<QString>("images");
    QTest::addColumn<QString>("labels");
    QTest::newRow("plain") << "small-images.idx3"
                           << "small-labels.idx1";
    QTest::newRow("gzip") << "small-images.idx3.gz"
                          << "small-labels.idx1.gz";
    QTest::newRow("gzip without .gz extension") << "gzip-no-extension.idx3"
                                                << "small-labels.idx1";
}

void TestIdxLoader::loadsSmallPair()
{
    QFETCH(QString, images);
    QFETCH(QString, labels);
    const bp::Dataset data = bp::loadIdx(idxPath(images), idxPath(labels));
    // make_idx_cases.py: 5 images of 3 rows × 2 columns, pixel k of image i = (7i + k) % 256.
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.featureCount(), 6);
    QCOMPARE(data.imageWidth, 2);
    QCOMPARE(data.imageHeight, 3);
    QVERIFY(data.isImage());
    QCOMPARE(data.labels, (std::vector<int>{0, 1, 2, 1, 0}));
    QCOMPARE(data.classNames, (std::vector<std::string>{"0", "1", "2"}));
    QCOMPARE(data.task(), bp::TaskKind::Classification);
    for (bp::Index i = 0; i < data.size(); ++i) {
        for (bp::Index k = 0; k < data.featureCount(); ++k)
            BP_FUZZY_COMPARE(data.features(k, i), double((7 * i + k) % 256) / 255.0, 0.0);
    }
}

void TestIdxLoader::maxExamplesKeepsTheFirst()
{
    const bp::Dataset data =
        bp::loadIdx(idxPath("small-images.idx3"), idxPath("small-labels.idx1"), 2);
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.labels, (std::vector<int>{0, 1}));
    // Classes come from the whole label file, so max= does not change the output layer.
    QCOMPARE(data.classCount(), 3);
    BP_FUZZY_COMPARE(data.features(0, 1), 7.0 / 255.0, 0.0);
}

void TestIdxLoader::malformedFiles_data()
{
    QTest::addColumn<QString>("images");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<qlonglong>("maxExamples");
    QTest::addColumn<QString>("expected");

    for (const bpt::IdxCase& c : bpt::kIdxCases)
        QTest::newRow(c.name) << QString::fromLatin1(c.images) << QString::fromLatin1(c.labels)
                              << static_cast<qlonglong>(c.maxExamples)
                              << QString::fromUtf8(c.expected);
}

void TestIdxLoader::malformedFiles()
{
    QFETCH(QString, images);
    QFETCH(QString, labels);
    QFETCH(qlonglong, maxExamples);
    QFETCH(QString, expected);
    const QString message =
        errorOf([&] { bp::loadIdx(idxPath(images), idxPath(labels), maxExamples); });
    // A trailing '*' leaves the rest to zlib, whose wording varies between versions.
    if (expected.endsWith(QLatin1Char('*')))
        QVERIFY2(message.startsWith(expected.chopped(1)), qPrintable(message));
    else
        QCOMPARE(message, expected);
}

void TestIdxLoader::loadsFashionMnist()
{
    if (!QDir(fashionDir).exists(QStringLiteral("train-images-idx3-ubyte.gz")))
        QSKIP("Fashion-MNIST is not installed in /usr/share/datasets/fashion-mnist");
    QElapsedTimer timer;
    timer.start();
    const bp::Dataset data = bp::loadIdx((fashionDir + "train-images-idx3-ubyte.gz").toStdString(),
                                         (fashionDir + "train-labels-idx1-ubyte.gz").toStdString());
    // Reported, not asserted: speed belongs to benchmarks (STYLE.md §17).
    qInfo("Fashion-MNIST training set loaded in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(data.size(), 60000);
    QCOMPARE(data.featureCount(), 784);
    QCOMPARE(data.imageWidth, 28);
    QCOMPARE(data.imageHeight, 28);
    QCOMPARE(data.classCount(), 10);
    QCOMPARE(data.classCounts(), std::vector<bp::Index>(10, 6000));
    QVERIFY(data.features.minCoeff() >= 0.0);
    QVERIFY(data.features.maxCoeff() <= 1.0);
    QCOMPARE(data.features.maxCoeff(), 1.0);
}

QTEST_APPLESS_MAIN(TestIdxLoader)
#include "tst_idxloader.moc"
