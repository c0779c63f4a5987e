// The misclassified browser: its table equals bp::confusionMatrix of the network's predictions
// on the evaluated split, a click on a cell lists exactly that cell's examples, and picking
// one shows its outputs and announces it. Set BPS_SCREENSHOT_DIR to save what it looks like.

#include "generators.h"
#include "idxloader.h"
#include "metrics.h"
#include "views/teaching/misclassifiedbrowser.h"
#include "session/projectmodel.h"
#include "uitestutil.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QtTest/QtTest>

using namespace bpui;

class TestMisclassifiedBrowser : public QObject
{
    Q_OBJECT
private slots:
    void tableEqualsConfusionMatrix_data();
    void tableEqualsConfusionMatrix();
    void clickListsCellExamples();
    void regressionShowsCaption();
    void screenshotFashionMnist();
};

void TestMisclassifiedBrowser::tableEqualsConfusionMatrix_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<double>("validation");
    QTest::addColumn<QString>("split");
    QTest::newRow("spiral, validation") << "spiral" << 0.3 << "validation";
    QTest::newRow("spiral, no validation: training") << "spiral" << 0.0 << "training";
    QTest::newRow("gaussians, validation") << "gaussians" << 0.25 << "validation";
    QTest::newRow("xor, two classes") << "xor" << 0.3 << "validation";
}

void TestMisclassifiedBrowser::tableEqualsConfusionMatrix()
{
    QFETCH(QString, generator);
    QFETCH(double, validation);
    QFETCH(QString, split);
    ProjectModel model;
    bp::GeneratorSpec spec;
    spec.name = generator.toStdString();
    spec.n = 300;
    spec.seed = 3;
    model.setDataset(bp::generateDataset(spec), DataSource{});
    model.setSplit(validation, 0.0, 5);
    bptest::trainBriefly(model, 60);

    MisclassifiedBrowser browser(&model);
    browser.show();
    auto* table = browser.findChild<QTableWidget*>(QStringLiteral("confusionTable"));
    QVERIFY(table != nullptr);
    QTRY_COMPARE(browser.splitName(), split);

    const bp::Dataset& data =
        split == QLatin1String("validation") ? model.split().validation : model.split().train;
    const bp::Network network(model.architecture(), model.parameters());
    const std::vector<int> predicted = bp::predictedClasses(network.predict(data.features));
    const Eigen::MatrixXi expected = bp::confusionMatrix(predicted, data.labels, data.classCount());
    QCOMPARE(table->rowCount(), data.classCount());
    QCOMPARE(table->columnCount(), data.classCount());
    for (int i = 0; i < data.classCount(); ++i)
        for (int j = 0; j < data.classCount(); ++j)
            QCOMPARE(table->item(i, j)->text().toInt(), expected(i, j));
    QCOMPARE(browser.counts(), expected);
    QCOMPARE(expected.sum(), static_cast<int>(data.size()));
}

void TestMisclassifiedBrowser::clickListsCellExamples()
{
    ProjectModel model; // the bundled spiral, 2-16-16-3
    model.setSplit(0.3, 0.0, 2);
    bptest::trainBriefly(model, 80);
    MisclassifiedBrowser browser(&model);
    browser.resize(420, 700);
    browser.show();
    auto* table = browser.findChild<QTableWidget*>(QStringLiteral("confusionTable"));
    auto* list = browser.findChild<QListWidget*>(QStringLiteral("cellExamplesList"));
    auto* plot = browser.findChild<QCustomPlot*>(QStringLiteral("classOutputPlot"));
    QVERIFY(table && list && plot);
    QTRY_COMPARE(table->rowCount(), 3);

    const bp::Dataset& data = model.split().validation;
    const std::vector<int>& predicted = browser.predictions();
    QCOMPARE(static_cast<bp::Index>(predicted.size()), data.size());
    QSignalSpy announced(&browser, &MisclassifiedBrowser::exampleSelected);
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const QRect cell = table->visualItemRect(table->item(i, j));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            std::vector<qlonglong> expected;
            for (std::size_t e = 0; e < predicted.size(); ++e)
                if (data.labels[e] == i && predicted[e] == j)
                    expected.push_back(static_cast<qlonglong>(e));
            QCOMPARE(list->count(), static_cast<int>(expected.size()));
            for (int r = 0; r < list->count(); ++r)
                QCOMPARE(list->item(r)->data(Qt::UserRole).toLongLong(), expected[r]);
            if (expected.empty())
                continue;

            // Pick the last example: its outputs are drawn and it is announced.
            const int row = list->count() - 1;
            const int before = announced.count();
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(row)).center());
            QCOMPARE(announced.count(), before + 1);
            const QList<QVariant> args = announced.last();
            QCOMPARE(args.at(1).toInt(), static_cast<int>(expected[row]));
            const bp::Vector x = args.at(0).value<bp::Vector>();
            QVERIFY(x.isApprox(bp::Vector(data.features.col(expected[row]))));
            QVERIFY(plot->plottableCount() >= 1);
        }
    }
}

void TestMisclassifiedBrowser::regressionShowsCaption()
{
    ProjectModel model;
    bp::GeneratorSpec spec;
    spec.name = "regression1d";
    spec.n = 100;
    model.setDataset(bp::generateDataset(spec), DataSource{});
    MisclassifiedBrowser browser(&model);
    browser.show();
    auto* caption = browser.findChild<QLabel*>(QStringLiteral("misclassifiedCaption"));
    QVERIFY(caption != nullptr);
    QTRY_VERIFY(caption->text().contains(QStringLiteral("classification")));
    QCOMPARE(browser.findChild<QTableWidget*>(QStringLiteral("confusionTable"))->rowCount(), 0);
}

void TestMisclassifiedBrowser::screenshotFashionMnist()
{
    const QString dir = qEnvironmentVariable("BPS_SCREENSHOT_DIR");
    if (dir.isEmpty() || bptest::fashionFiles().first.isEmpty())
        QSKIP("screenshot only: set BPS_SCREENSHOT_DIR and provide Fashion-MNIST");
    ProjectModel model;
    model.setDataset(bptest::fashionSample(2000), DataSource{});
    model.setNormalization(bp::NormalizationKind::MinMax);
    model.setHiddenLayers({25}, {bp::Activation::Sigmoid});
    bptest::trainBriefly(model, 300);
    MisclassifiedBrowser browser(&model);
    browser.resize(640, 820);
    browser.show();
    auto* list = browser.findChild<QListWidget*>(QStringLiteral("cellExamplesList"));
    QTRY_VERIFY(list->count() > 0); // opens on the most frequent mistake
    browser.selectExample(0);
    bptest::saveShot(&browser, QStringLiteral("misclassified.png"));
}

QTEST_MAIN(TestMisclassifiedBrowser)
#include "tst_misclassifiedbrowser.moc"
