// The hidden-unit gallery: one image per first-layer unit, of the data's image shape, that
// follows the weights; the top list ranks training images by the unit's activation.
// Set BPS_SCREENSHOT_DIR to save what the widget looks like (Fashion-MNIST when available).

#include "views/plots/colormaps.h"
#include "views/teaching/hiddenunitgallery.h"
#include "idxloader.h"
#include "session/projectmodel.h"
#include "uitestutil.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QtTest/QtTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace bpui;

namespace {

/// m images of w × h pixels in three classes: a horizontal bar, a vertical bar, a diagonal,
/// each at a random position, with a little noise. Seeded, so every run sees the same data.
bp::Dataset syntheticImages(int w, int h, bp::Index m, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> noise(0.0, 0.2);
    std::uniform_int_distribution<int> position(0, std::min(w, h) - 1);
    bp::Dataset data;
    data.name = "bars";
    data.imageWidth = w;
    data.imageHeight = h;
    data.classNames = {"horizontal", "vertical", "diagonal"};
    data.features.resize(w * h, m);
    for (bp::Index i = 0; i < m; ++i) {
        const int label = static_cast<int>(i % 3);
        const int p = position(rng);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const bool on =
                    (label == 0 && y == p) || (label == 1 && x == p) || (label == 2 && x == y);
                data.features(y * w + x, i) = (on ? 1.0 : 0.0) + noise(rng);
            }
        }
        data.labels.push_back(label);
    }
    return data;
}


} // namespace

class TestHiddenUnitGallery : public QObject
{
    Q_OBJECT
private slots:
    void oneImagePerUnit_data();
    void oneImagePerUnit();
    void topImagesSortedByActivation();
    void followsWeights();
    void captionWithoutImages();
    void screenshotFashionMnist();
};

void TestHiddenUnitGallery::oneImagePerUnit_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("units");
    QTest::newRow("8x8, 20 units") << 8 << 8 << 20;
    QTest::newRow("6x4, 3 units") << 6 << 4 << 3;
    QTest::newRow("28x28, 128 units") << 28 << 28 << 128;
}

void TestHiddenUnitGallery::oneImagePerUnit()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, units);
    ProjectModel model;
    model.setDataset(syntheticImages(width, height, 60, 1), DataSource{});
    model.setHiddenLayers({units}, {bp::Activation::Sigmoid});
    HiddenUnitGallery gallery(&model);
    gallery.show();
    auto* grid = gallery.findChild<QListWidget*>(QStringLiteral("hiddenUnitGrid"));
    QVERIFY(grid != nullptr);
    QVERIFY(gallery.hasImages());
    QCOMPARE(gallery.unitCount(), units);
    QTRY_COMPARE(grid->count(), units);
    for (int j = 0; j < units; ++j) {
        const QImage image = gallery.unitImage(j);
        QCOMPARE(image.size(), QSize(width, height));
        QVERIFY(!grid->item(j)->icon().isNull());
    }
    QVERIFY(gallery.unitImage(units).isNull());
    QVERIFY(gallery.unitImage(-1).isNull());
}

void TestHiddenUnitGallery::topImagesSortedByActivation()
{
    ProjectModel model;
    model.setDataset(syntheticImages(8, 8, 150, 2), DataSource{});
    model.setHiddenLayers({20}, {bp::Activation::Sigmoid});
    HiddenUnitGallery gallery(&model);
    gallery.show();
    auto* grid = gallery.findChild<QListWidget*>(QStringLiteral("hiddenUnitGrid"));
    auto* top = gallery.findChild<QListWidget*>(QStringLiteral("topImagesList"));
    QVERIFY(grid && top);
    QTRY_COMPARE(grid->count(), 20);

    QSignalSpy selected(&gallery, &HiddenUnitGallery::unitSelected);
    const int unit = 5;
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                      grid->visualItemRect(grid->item(unit)).center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), unit);
    QCOMPARE(gallery.selectedUnit(), unit);

    // Expected: a(2)_unit of every training example by the full forward pass, ranked.
    const bp::Network network(model.architecture(), model.parameters());
    const bp::Dataset& train = model.split().train;
    const std::vector<bp::Matrix> a = network.forwardAll(train.features);
    std::vector<bp::Index> order(static_cast<std::size_t>(train.size()));
    std::iota(order.begin(), order.end(), bp::Index(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](bp::Index p, bp::Index q) { return a[1](unit, p) > a[1](unit, q); });

    QCOMPARE(top->count(), HiddenUnitGallery::kTopCount);
    const std::vector<HiddenUnitGallery::TopExample>& listed = gallery.topExamples();
    QCOMPARE(static_cast<int>(listed.size()), HiddenUnitGallery::kTopCount);
    for (int r = 0; r < top->count(); ++r) {
        const double activation = top->item(r)->data(Qt::UserRole + 1).toDouble();
        const bp::Index index = top->item(r)->data(Qt::UserRole).toLongLong();
        if (r > 0)
            QVERIFY(activation <= top->item(r - 1)->data(Qt::UserRole + 1).toDouble());
        // Tolerance 1e-12: GEMV for one row against the full forward pass.
        QVERIFY(std::abs(activation - a[1](unit, index)) < 1e-12);
        QVERIFY(std::abs(activation - a[1](unit, order[static_cast<std::size_t>(r)])) < 1e-12);
        QCOMPARE(listed[static_cast<std::size_t>(r)].index, index);
        QCOMPARE(listed[static_cast<std::size_t>(r)].label,
                 train.labels[static_cast<std::size_t>(index)]);
        QVERIFY(!top->item(r)->icon().isNull());
    }
}

void TestHiddenUnitGallery::followsWeights()
{
    ProjectModel model;
    model.setDataset(syntheticImages(8, 8, 30, 3), DataSource{});
    model.setHiddenLayers({4}, {bp::Activation::Tanh});
    HiddenUnitGallery gallery(&model);
    gallery.show();
    const QImage before = gallery.unitImage(0);
    bp::Vector params = model.parameters();
    const bp::Architecture arch = model.architecture();
    bp::MatrixMap theta = bp::thetaView(arch, params, 0);
    theta.row(0).setZero();
    theta(0, 1) = 1.0;   // pixel (0, 0) strongly positive
    theta(0, 64) = -1.0; // pixel (7, 7) strongly negative
    model.setParameters(params);
    const QImage after = gallery.unitImage(0);
    QVERIFY(after != before);
    QCOMPARE(after.pixel(0, 0), divergingColor(1.0).rgb());
    QCOMPARE(after.pixel(7, 7), divergingColor(-1.0).rgb());
    QCOMPARE(after.pixel(3, 3), divergingColor(0.0).rgb());
}

void TestHiddenUnitGallery::captionWithoutImages()
{
    ProjectModel model; // the bundled 2-D spiral
    HiddenUnitGallery gallery(&model);
    gallery.show();
    auto* caption = gallery.findChild<QLabel*>(QStringLiteral("hiddenUnitCaption"));
    auto* grid = gallery.findChild<QListWidget*>(QStringLiteral("hiddenUnitGrid"));
    QVERIFY(caption && grid);
    QVERIFY(!gallery.hasImages());
    QTRY_VERIFY(caption->text().contains(QStringLiteral("needs image data")));
    QCOMPARE(grid->count(), 0);
    QVERIFY(gallery.unitImage(0).isNull());
}

void TestHiddenUnitGallery::screenshotFashionMnist()
{
    const QString dir = qEnvironmentVariable("BPS_SCREENSHOT_DIR");
    if (dir.isEmpty() || bptest::fashionFiles().first.isEmpty())
        QSKIP("screenshot only: set BPS_SCREENSHOT_DIR and provide Fashion-MNIST");
    ProjectModel model;
    model.setDataset(bptest::fashionSample(2000), DataSource{});
    model.setNormalization(bp::NormalizationKind::MinMax);
    model.setHiddenLayers({25}, {bp::Activation::Sigmoid});
    bp::Network network(model.architecture(), model.parameters());
    // The course's recipe: full-batch L-BFGS with some L2, which gives smooth unit images.
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::LBFGS;
    config.lambda = 1.0;
    config.maxIterations = 60;
    bp::Trainer trainer(network, model.split().train, nullptr, config);
    trainer.run();
    model.setParameters(network.parameters());

    HiddenUnitGallery gallery(&model);
    gallery.resize(560, 640);
    gallery.show();
    QTRY_COMPARE(gallery.findChild<QListWidget*>(QStringLiteral("hiddenUnitGrid"))->count(), 25);
    gallery.selectUnit(3);
    bptest::saveShot(&gallery, QStringLiteral("hidden-units.png"));
}

QTEST_MAIN(TestHiddenUnitGallery)
#include "tst_hiddenunitgallery.moc"
