// Network editor: edits reach ProjectModel, wide layers become blocks, hover texts name Θ.

#include "views/network/networkeditor.h"
#include "views/network/networkitems.h"
#include "views/network/networkscene.h"
#include "session/projectmodel.h"
#include "uitestutil.h"

#include <QComboBox>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest/QtTest>

using bpui::NetworkEditor;
using bpui::ProjectModel;

namespace {

QList<QGraphicsItem*> itemsOfKind(QGraphicsScene* scene, const QString& kind)
{
    QList<QGraphicsItem*> found;
    for (QGraphicsItem* item : scene->items())
        if (item->data(bpui::kRoleKind).toString() == kind)
            found << item;
    return found;
}

/// Hovering sends the same event the view would: the item refreshes its tooltip from it.
void hover(QGraphicsScene* scene, QGraphicsItem* item)
{
    QGraphicsSceneHoverEvent event(QEvent::GraphicsSceneHoverEnter);
    event.setScenePos(item->sceneBoundingRect().center());
    scene->sendEvent(item, &event);
}


} // namespace

class TestNetworkEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        model_ = std::make_unique<ProjectModel>();
        model_->setHiddenLayers({4}, {bp::Activation::Tanh});
        editor_ = std::make_unique<NetworkEditor>(model_.get());
        editor_->resize(900, 600);
        editor_->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor_.get()));
    }
    void cleanup()
    {
        editor_.reset();
        model_.reset();
    }

    void addAndRemoveLayer()
    {
        auto* add = editor_->findChild<QPushButton*>(QStringLiteral("addLayerButton"));
        auto* remove = editor_->findChild<QPushButton*>(QStringLiteral("removeLayerButton"));
        QVERIFY(add && remove);
        QSignalSpy spy(model_.get(), &ProjectModel::architectureChanged);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        // A new layer copies the last hidden layer's width and activation.
        QCOMPARE(model_->hiddenSizes(), (std::vector<int>{4, 4}));
        QVERIFY(model_->architecture().activations[1] == bp::Activation::Tanh);
        QVERIFY(editor_->findChild<QSpinBox*>(QStringLiteral("layerSizeSpin_1")));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(model_->hiddenSizes(), std::vector<int>{});
        QVERIFY(!remove->isEnabled());
        QVERIFY(!editor_->findChild<QSpinBox*>(QStringLiteral("layerSizeSpin_0")));
        // The input and output layers stay: they follow the data.
        QCOMPARE(model_->architecture().layerCount(), 2);
    }

    void sizeControls_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<int>("expected");
        QTest::newRow("spin box") << QStringLiteral("layerSizeSpin_0") << 7;
        QTest::newRow("plus button") << QStringLiteral("layerPlusButton_0") << 5;
        QTest::newRow("minus button") << QStringLiteral("layerMinusButton_0") << 3;
    }
    void sizeControls()
    {
        QFETCH(QString, control);
        QFETCH(int, expected);
        if (auto* spin = editor_->findChild<QSpinBox*>(control))
            spin->setValue(expected);
        else if (auto* button = editor_->findChild<QToolButton*>(control))
            QTest::mouseClick(button, Qt::LeftButton);
        else
            QFAIL(qPrintable(QStringLiteral("no control named %1").arg(control)));
        QCOMPARE(model_->hiddenSizes(), std::vector<int>{expected});
        QCOMPARE(model_->architecture().layerSizes[1], expected);
        // The control survives the edit and shows the model's value.
        auto* spin = editor_->findChild<QSpinBox*>(QStringLiteral("layerSizeSpin_0"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), expected);
    }

    void activationCombos()
    {
        auto* combo = editor_->findChild<QComboBox*>(QStringLiteral("layerActivationCombo_0"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(static_cast<int>(bp::Activation::ReLU)));
        QVERIFY(model_->architecture().activations[0] == bp::Activation::ReLU);
        auto* output = editor_->findChild<QComboBox*>(QStringLiteral("outputActivationCombo"));
        QVERIFY(output);
        output->setCurrentIndex(output->findData(static_cast<int>(bp::Activation::Sigmoid)));
        QVERIFY(model_->architecture().outputActivation() == bp::Activation::Sigmoid);
    }

    void wideLayerDrawnAsBlock_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<bool>("block");
        QTest::newRow("32 units: drawn unit by unit") << 32 << false;
        QTest::newRow("33 units: one block") << 33 << true;
        QTest::newRow("300 units: one block") << 300 << true;
    }
    void wideLayerDrawnAsBlock()
    {
        QFETCH(int, units);
        QFETCH(bool, block);
        model_->setHiddenLayers({units}, {bp::Activation::Tanh});
        QGraphicsScene* scene = editor_->scene();
        int blocks = 0;
        for (QGraphicsItem* item : itemsOfKind(scene, QStringLiteral("block"))) {
            QCOMPARE(item->data(bpui::kRoleLayer).toInt(), 1);
            QCOMPARE(item->data(bpui::kRoleRow).toInt(), units); // the count it states
            ++blocks;
        }
        QCOMPARE(blocks, block ? 1 : 0);
        int hiddenUnits = 0;
        for (QGraphicsItem* item : itemsOfKind(scene, QStringLiteral("unit")))
            hiddenUnits += item->data(bpui::kRoleLayer).toInt() == 1 ? 1 : 0;
        QCOMPARE(hiddenUnits, block ? 0 : units);
        if (block) {
            bool statesCount = false;
            for (QGraphicsItem* item : itemsOfKind(scene, QStringLiteral("label")))
                if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    statesCount = statesCount || text->text().startsWith(QString::number(units));
            QVERIFY2(statesCount, "the block states its unit count");
            bptest::saveShot(editor_.get(), QStringLiteral("network-editor-block-%1.png").arg(units));
        }
    }

    void linkHoverNamesTheta()
    {
        // 2-4-3: Θ(1) is 4 × 3, Θ(2) is 3 × 5. Link (θ 0, row 1, column 2) is Θ(1)_{2,2}.
        QGraphicsScene* scene = editor_->scene();
        const auto links = itemsOfKind(scene, QStringLiteral("link"));
        QCOMPARE(links.size(), 4 * 3 + 3 * 5);
        QGraphicsItem* target = nullptr;
        for (QGraphicsItem* item : links)
            if (item->data(bpui::kRoleLayer).toInt() == 0 &&
                item->data(bpui::kRoleRow).toInt() == 1 &&
                item->data(bpui::kRoleColumn).toInt() == 2)
                target = item;
        QVERIFY(target);
        hover(scene, target);
        const bp::ConstMatrixMap theta =
            bp::thetaView(model_->architecture(), model_->parameters(), 0);
        const QString tip = target->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("Θ(1)_{2,2} = ")), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(theta(1, 2), 'g', 5)), qPrintable(tip));
    }

    void linksFollowWeights()
    {
        // Flip the sign of every weight: each single link must swap blue for orange-red.
        QGraphicsScene* scene = editor_->scene();
        QGraphicsLineItem* link = nullptr;
        for (QGraphicsItem* item : itemsOfKind(scene, QStringLiteral("link")))
            link = dynamic_cast<QGraphicsLineItem*>(item);
        QVERIFY(link);
        const QColor before = link->pen().color();
        model_->setParameters(-model_->parameters());
        QTRY_VERIFY(link->pen().color().rgb() != before.rgb());
    }

    void unitHoverShowsActivationAndThumbnail()
    {
        QGraphicsScene* scene = editor_->scene();
        QGraphicsItem* unit = nullptr;
        for (QGraphicsItem* item : itemsOfKind(scene, QStringLiteral("unit")))
            if (item->data(bpui::kRoleLayer).toInt() == 1 &&
                item->data(bpui::kRoleRow).toInt() == 0)
                unit = item;
        QVERIFY(unit);
        hover(scene, unit);
        const QString tip = unit->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("a(2)<sub>1</sub>")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("training example 1")), qPrintable(tip));
        // The bundled example is 2-D: the tooltip carries the activation over the plane.
        QVERIFY2(tip.contains(QStringLiteral("data:image/png;base64,")), qPrintable(tip.left(200)));
    }

    void drawsEveryUnitAndLinkOfTheExample()
    {
        // The bundled example, 2-16-16-3: 37 units, 16·3 + 16·17 + 3·17 = 371 links, and a
        // bias square above each of the three non-output layers.
        ProjectModel model;
        NetworkEditor editor(&model);
        editor.resize(1000, 640);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(model.architecture().layerSizes, (std::vector<int>{2, 16, 16, 3}));
        QCOMPARE(itemsOfKind(editor.scene(), QStringLiteral("unit")).size(), 37);
        QCOMPARE(itemsOfKind(editor.scene(), QStringLiteral("link")).size(), 371);
        QCOMPARE(itemsOfKind(editor.scene(), QStringLiteral("bias")).size(), 3);
        bptest::saveShot(&editor, QStringLiteral("network-editor.png"));
        if (!qEnvironmentVariableIsEmpty("BPS_SCREENSHOT_DIR")) {
            // What hovering a hidden unit shows, rendered as the tooltip would render it.
            QLabel tip(editor.scene()->describeUnit(1, 3));
            tip.setStyleSheet(QStringLiteral("background: #ffffdc; padding: 6px;"));
            tip.adjustSize();
            bptest::saveShot(&tip, QStringLiteral("network-editor-hover.png"));
        }
    }

private:
    std::unique_ptr<ProjectModel> model_;
    std::unique_ptr<NetworkEditor> editor_;
};

QTEST_MAIN(TestNetworkEditor)
#include "tst_networkeditor.moc"
