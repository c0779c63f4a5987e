// The Data dock's image grid for IDX data, through the real window offscreen: loading the
// small IDX fixture (tests/data/idx: 5 images of 3 rows × 2 columns, pixel k of image i =
// (i·7 + k) mod 256, labels 0 1 2 1 0) shows a grid of the first examples in place of the
// scatter, each cell the example's pixels as grey levels with its class name in the class's
// colour, the rest of the grid empty; the summary names the image size. Generated 2-D data
// brings the scatter back.

#include "session/projectmodel.h"
#include "uitestutil.h"
#include "views/data/datapanel.h"
#include "views/data/datapreview.h"
#include "views/plots/colormaps.h"
#include "views/shell/mainwindow.h"

#include <qcustomplot.h>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <cstdlib>
#include <memory>

using namespace bpui;

namespace {

const QString idxDir = QStringLiteral(BPS_TEST_DATA_DIR "/idx/");
constexpr int kCell = 40;   // the grid's cell, in pixels
constexpr int kColumns = 8; // cells a row
constexpr int kMargin = 2;  // around each picture in its cell
constexpr int kImageRows = 3;
constexpr int kImageColumns = 2;
const int kLabels[] = {0, 1, 2, 1, 0};

int pixelValue(int image, int k)
{
    return (image * 7 + k) % 256;
}

/// Sum of the absolute channel differences.
int distance(QRgb a, const QColor& b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) +
           std::abs(qBlue(a) - b.blue());
}

} // namespace

class TestDataImageGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void idxDataShowsItsImages_data();
    void idxDataShowsItsImages();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }

    std::unique_ptr<MainWindow> window_;
};

void TestDataImageGrid::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestDataImageGrid::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestDataImageGrid::cleanup()
{
    window_.reset();
}

void TestDataImageGrid::idxDataShowsItsImages_data()
{
    QTest::addColumn<QString>("images");
    QTest::addColumn<QString>("labels");
    QTest::newRow("plain") << "small-images.idx3"
                           << "small-labels.idx1";
    QTest::newRow("gzip") << "small-images.idx3.gz"
                          << "small-labels.idx1.gz";
}

void TestDataImageGrid::idxDataShowsItsImages()
{
    QFETCH(QString, images);
    QFETCH(QString, labels);
    auto* grid = child<QLabel>("dataImages");
    auto* scatter = child<QCustomPlot>("dataScatter");
    QVERIFY(scatter->isVisible()); // the example spiral: 2-D
    QVERIFY(!grid->isVisible());

    auto* panel = child<DataPanel>("dataPanel");
    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    panel->openIdxFiles(idxDir + images, idxDir + labels); // what Open IDX… does after its dialogs
    QVERIFY(loaded.wait(30000));
    QVERIFY2(loaded.constFirst().at(0).toBool(), qPrintable(panel->errorText()));
    QCOMPARE(window_->model()->dataset().size(), bp::Index{5});

    QVERIFY(grid->isVisible());
    QVERIFY(!scatter->isVisible());
    const QString summary = child<QLabel>("dataSummaryLabel")->text();
    QVERIFY2(
        summary.contains(QStringLiteral("m = 5 examples · 6 features (2 × 3 images) · 3 classes")),
        qPrintable(summary));

    const QImage shown = grid->pixmap().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.width(), kColumns * kCell);
    QCOMPARE(shown.height(), 3 * kCell);
    // Each picture fills its cell inside the margin: a source pixel is 18 × 12 screen pixels.
    const int blockW = (kCell - 2 * kMargin) / kImageColumns;
    const int blockH = (kCell - 2 * kMargin) / kImageRows;
    for (int i = 0; i < 5; ++i) {
        const int x0 = (i % kColumns) * kCell + kMargin;
        const int y0 = (i / kColumns) * kCell + kMargin;
        for (int row = 0; row < kImageRows; ++row) {
            for (int column = 0; column < kImageColumns; ++column) {
                // The block's centre; the top-left block is sampled at its lower right,
                // clear of the class name drawn in the cell's corner.
                const bool corner = row == 0 && column == 0;
                const int x = x0 + column * blockW + (corner ? blockW - 2 : blockW / 2);
                const int y = y0 + row * blockH + (corner ? blockH - 2 : blockH / 2);
                const int expected = pixelValue(i, row * kImageColumns + column);
                const QRgb got = shown.pixel(x, y);
                QVERIFY2(std::abs(qRed(got) - expected) <= 1 && qRed(got) == qGreen(got) &&
                             qGreen(got) == qBlue(got),
                         qPrintable(QStringLiteral("image %1 pixel (%2, %3): %4, expected grey %5")
                                        .arg(i)
                                        .arg(row)
                                        .arg(column)
                                        .arg(QColor(got).name())
                                        .arg(expected)));
            }
        }
        // The class name, in the class's colour, in the cell's top-left corner.
        const QColor colour = classColor(kLabels[i]);
        int nearest = 3 * 255;
        for (int y = y0 - 1; y < y0 + 16; ++y)
            for (int x = x0 + 1; x < x0 + 14; ++x)
                nearest = std::min(nearest, distance(shown.pixel(x, y), colour));
        QVERIFY2(nearest <= 60, qPrintable(QStringLiteral("image %1: no pixel near %2 (closest %3)")
                                               .arg(i)
                                               .arg(colour.name())
                                               .arg(nearest)));
    }
    // Cells past the last example stay empty (black).
    for (int i = 5; i < 3 * kColumns; ++i) {
        const QPoint centre((i % kColumns) * kCell + kCell / 2, (i / kColumns) * kCell + kCell / 2);
        QCOMPARE(QColor(shown.pixel(centre)), QColor(Qt::black));
    }

    // Generated 2-D data again (Edit → Regenerate data: the generator box is disabled while
    // the data come from a file): the scatter again, no grid.
    child<QAction>("actionRegenerate")->trigger();
    QVERIFY(window_->model()->dataSource().kind == DataSource::Kind::Generator);
    QVERIFY(scatter->isVisible());
    QVERIFY(!grid->isVisible());
    QVERIFY(child<DataPreview>("dataPreview")->scatterPointCount() > 0);
}

QTEST_MAIN(TestDataImageGrid)
#include "tst_dataimagegrid.moc"
