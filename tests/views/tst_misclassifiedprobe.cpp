// The misclassified browser drives the network diagram, through the real window offscreen:
// clicking a confusion-table cell and then one of its examples fills every unit of the
// diagram with that example's activation a (the diverging colour scale, per layer scaled to
// ±max |a|), says so in the status bar, follows new weights for the same example, and goes
// back to the plain fills when the architecture changes.

#include "network.h"
#include "session/projectmodel.h"
#include "trainer.h"
#include "uitestutil.h"
#include "views/network/networkeditor.h"
#include "views/network/networkitems.h"
#include "views/network/networkscene.h"
#include "views/plots/colormaps.h"
#include "views/shell/mainwindow.h"
#include "views/teaching/misclassifiedbrowser.h"

#include <QDockWidget>
#include <QListWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <algorithm>
#include <map>
#include <memory>

using namespace bpui;

namespace {

/// Each drawn unit's fill, by (layer, unit).
std::map<std::pair<int, int>, QColor> unitFills(const NetworkScene* scene)
{
    std::map<std::pair<int, int>, QColor> fills;
    for (QGraphicsItem* item : scene->items())
        if (const auto* unit = dynamic_cast<const UnitItem*>(item))
            fills[{unit->layer(), unit->unit()}] = unit->brush().color();
    return fills;
}

/// What the diagram must show for example x under the model's weights: a(l) of every layer,
/// computed here from the network itself.
std::map<std::pair<int, int>, QColor> expectedFills(const ProjectModel& model, const bp::Vector& x)
{
    const bp::Network network(model.architecture(), model.parameters());
    const std::vector<bp::Matrix> a = network.forwardAll(x);
    std::map<std::pair<int, int>, QColor> fills;
    for (int l = 0; l < static_cast<int>(a.size()); ++l) {
        const bp::Vector layer = a[static_cast<std::size_t>(l)].col(0);
        const double scale = std::max(layer.cwiseAbs().maxCoeff(), 1e-12);
        for (int u = 0; u < layer.size(); ++u)
            fills[{l, u}] = divergingColor(layer[u] / scale);
    }
    return fills;
}

/// The first unit whose fill differs, or "" when every unit matches.
QString firstDifference(const std::map<std::pair<int, int>, QColor>& shown,
                        const std::map<std::pair<int, int>, QColor>& expected)
{
    if (shown.size() != expected.size())
        return QStringLiteral("%1 units drawn, %2 expected").arg(shown.size()).arg(expected.size());
    for (const auto& [unit, colour] : expected) {
        const auto it = shown.find(unit);
        if (it == shown.end() || it->second != colour)
            return QStringLiteral("layer %1 unit %2: %3, expected %4")
                .arg(unit.first)
                .arg(unit.second)
                .arg(it == shown.end() ? QStringLiteral("missing") : it->second.name())
                .arg(colour.name());
    }
    return {};
}

} // namespace

class TestMisclassifiedProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pickedExampleFillsTheDiagram();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }

    std::unique_ptr<MainWindow> window_;
};

void TestMisclassifiedProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestMisclassifiedProbe::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestMisclassifiedProbe::cleanup()
{
    window_.reset();
}

void TestMisclassifiedProbe::pickedExampleFillsTheDiagram()
{
    ProjectModel* model = window_->model(); // the spiral, 2-16-16-3
    model->setSplit(0.3, 0.0, 2);
    bptest::trainBriefly(*model, 80);
    const NetworkScene* scene = window_->findChild<NetworkEditor*>()->scene();
    const auto plain = unitFills(scene);
    QCOMPARE(static_cast<int>(plain.size()), 2 + 16 + 16 + 3);

    // View → Misclassified: its dock opens on the confusion matrix.
    auto* dock = child<QDockWidget>("misclassifiedDock");
    dock->toggleViewAction()->trigger();
    dock->raise();
    QTRY_VERIFY(dock->isVisible());
    auto* table = child<QTableWidget>("confusionTable");
    auto* list = child<QListWidget>("cellExamplesList");
    auto* browser = child<MisclassifiedBrowser>("misclassifiedBrowser");
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(browser->splitName(), QStringLiteral("validation"));

    // The biggest mistake: the off-diagonal cell with the most examples.
    int actual = -1;
    int predicted = -1;
    int most = 0;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (i != j && browser->counts()(i, j) > most) {
                most = browser->counts()(i, j);
                actual = i;
                predicted = j;
            }
    QVERIFY2(most > 0, "the briefly trained network makes no mistake");
    table->scrollToItem(table->item(actual, predicted));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(actual, predicted)).center());
    QCOMPARE(list->count(), most);

    // Click its last example.
    const int row = list->count() - 1;
    list->scrollToItem(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
    const auto index = static_cast<bp::Index>(list->item(row)->data(Qt::UserRole).toLongLong());
    const bp::Vector x = model->split().validation.features.col(index);
    QCOMPARE(browser->predictions()[static_cast<std::size_t>(index)], predicted);
    QCOMPARE(model->split().validation.labels[static_cast<std::size_t>(index)], actual);

    // Every unit of the diagram shows the example's forward pass.
    QString difference = firstDifference(unitFills(scene), expectedFills(*model, x));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(unitFills(scene) != plain);
    const QString message = window_->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(
                 QStringLiteral("Example %1: the diagram shows its forward pass").arg(index)),
             qPrintable(message));

    // New weights: the same example's new activations.
    bptest::trainBriefly(*model, 40);
    difference = firstDifference(unitFills(scene), expectedFills(*model, x));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Another architecture: the example's pass no longer applies; the plain fills return.
    model->setHiddenLayers({8}, {bp::Activation::Tanh});
    const auto after = unitFills(scene);
    QCOMPARE(static_cast<int>(after.size()), 2 + 8 + 3);
    for (const auto& [unit, colour] : after) {
        const QColor expected = unit.first == 0   ? QColor(0xe6, 0xe6, 0xe6)
                                : unit.first == 2 ? QColor(0xff, 0xf3, 0xc4)
                                                  : QColor(Qt::white);
        QCOMPARE(colour, expected);
    }
}

QTEST_MAIN(TestMisclassifiedProbe)
#include "tst_misclassifiedprobe.moc"
