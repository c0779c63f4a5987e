// The Data dock's "Input features" in the real studio window: ticking x₁² gives the network a
// third input unit labelled "x₁²" and new weights; undo restores the previous set; the
// project file and an exported model carry the features (the model then predicts from raw
// (x₁, x₂) exactly as the studio does); a model with features imports; on data that is not
// 2-D the boxes are disabled and say why. Widgets are found by objectName; waits are on
// signals, never sleeps.
#include "views/data/datapanel.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "views/project/exportmenu.h"
#include "views/project/modelimport.h"
#include "views/shell/mainwindow.h"
#include "session/projectmodel.h"
#include "session/studiosettings.h"
#include "modelfile.h"
#include "uitestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

class TestInputFeatures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tickingASquareAddsAnInputUnit();
    void lastFeatureStaysTicked();
    void undoRestoresThePreviousSet();
    void projectRoundTripsTheFeatures();
    void exportedModelPredictsFromRawLikeTheStudio();
    void modelWithFeaturesImports();
    void disabledOnDataThatIsNot2D();

private:
    QCheckBox* box(const char* key) const
    {
        return bptest::child<QCheckBox>(window_.get(),
                                        QStringLiteral("feature_") + QString::fromLatin1(key));
    }
    /// Clicks the box as a user does: its dock shown and raised, scrolled into view.
    void click(const char* key)
    {
        QCheckBox* b = box(key);
        QVERIFY(b);
        for (QWidget* w = b->parentWidget(); w != nullptr; w = w->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                dock->show();
                dock->raise();
            }
        }
        for (QWidget* w = b->parentWidget(); w != nullptr; w = w->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(w))
                area->ensureWidgetVisible(b);
        QTRY_VERIFY(b->isVisible());
        // On the indicator: a check box stretched by its grid takes clicks only on the
        // indicator and its text, not on the empty space at its centre.
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
    }
    QStringList diagramInputLabels() const
    {
        auto* editor = window_->findChild<NetworkEditor*>();
        return editor != nullptr ? editor->scene()->drawnInputLabels() : QStringList{};
    }

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<MainWindow> window_;
};

void TestInputFeatures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // layout and recent files stay out of ~/.config
    registerMetaTypes();
}

void TestInputFeatures::init()
{
    studioSettings().remove(QStringLiteral("window"));
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestInputFeatures::cleanup()
{
    window_.reset();
    dir_.reset();
}

void TestInputFeatures::tickingASquareAddsAnInputUnit()
{
    ProjectModel* model = window_->model();
    QCOMPARE(model->architecture().inputSize(), 2); // the spiral example: x₁, x₂
    QCOMPARE(diagramInputLabels(), (QStringList{QStringLiteral("x₁"), QStringLiteral("x₂")}));
    const bp::Vector before = model->parameters();
    QSignalSpy weights(model, &ProjectModel::parametersChanged);

    click("x1^2");
    QVERIFY(box("x1^2")->isChecked());
    QCOMPARE(model->features(),
             (bp::FeatureSet{bp::Feature::X1, bp::Feature::X2, bp::Feature::X1Squared}));
    QCOMPARE(model->architecture().inputSize(), 3);
    QCOMPARE(model->split().train.featureCount(), bp::Index{3});
    QCOMPARE(model->parameters().size(), model->architecture().parameterCount());
    QVERIFY(weights.count() >= 1);
    QVERIFY(weights.constLast().at(0).value<WeightsOrigin>() == WeightsOrigin::Set);
    QVERIFY(model->parameters().size() != before.size());
    QTRY_COMPARE(diagramInputLabels(), (QStringList{QStringLiteral("x₁"), QStringLiteral("x₂"),
                                                    QStringLiteral("x₁²")}));
    // The reset is said, in the dock and the status bar.
    QVERIFY(bptest::child<QLabel>(window_.get(), "featuresNoteLabel")->text().contains("reset"));
    QVERIFY(window_->statusBar()->currentMessage().contains("reset"));
}

void TestInputFeatures::lastFeatureStaysTicked()
{
    click("x2");
    QCOMPARE(window_->model()->features(), (bp::FeatureSet{bp::Feature::X1}));
    QCOMPARE(window_->model()->architecture().inputSize(), 1);
    click("x1"); // the last one: refused
    QVERIFY(box("x1")->isChecked());
    QCOMPARE(window_->model()->features(), (bp::FeatureSet{bp::Feature::X1}));
    QVERIFY(bptest::child<QLabel>(window_.get(), "featuresNoteLabel")
                ->text()
                .contains("at least one"));
}

void TestInputFeatures::undoRestoresThePreviousSet()
{
    ProjectModel* model = window_->model();
    click("x1^2");
    click("sin(x2)");
    QCOMPARE(model->architecture().inputSize(), 4);
    auto* undo = bptest::child<QAction>(window_.get(), "actionUndo");
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(model->features(),
             (bp::FeatureSet{bp::Feature::X1, bp::Feature::X2, bp::Feature::X1Squared}));
    QCOMPARE(model->architecture().inputSize(), 3);
    QVERIFY(!box("sin(x2)")->isChecked());
    QVERIFY(box("x1^2")->isChecked());
    undo->trigger();
    QVERIFY(model->features().isIdentity());
    QCOMPARE(model->architecture().inputSize(), 2);
    QCOMPARE(model->split().train.featureCount(), bp::Index{2});
    QVERIFY(!box("x1^2")->isChecked());
    QTRY_COMPARE(diagramInputLabels(), (QStringList{QStringLiteral("x₁"), QStringLiteral("x₂")}));
}

void TestInputFeatures::projectRoundTripsTheFeatures()
{
    ProjectModel* model = window_->model();
    click("x1^2");
    click("x2^2");
    click("x1");
    click("x2");
    const bp::FeatureSet squares{bp::Feature::X1Squared, bp::Feature::X2Squared};
    QCOMPARE(model->features(), squares);
    bptest::trainBriefly(*model, 20);
    const bp::Vector weights = model->parameters();
    const bp::Matrix train = model->split().train.features;

    const QString path = dir_->filePath(QStringLiteral("features.bpstudio"));
    QVERIFY(window_->projectFiles()->saveProjectAs(path));
    QCOMPARE(bp::loadProject(path.toStdString()).features, squares);

    window_->projectFiles()->newProject(); // the example: identity again
    QVERIFY(model->features().isIdentity());
    QVERIFY(bptest::openProjectAndWait(window_->projectFiles(), path));
    QCOMPARE(model->features(), squares);
    QCOMPARE(model->architecture().inputSize(), 2);
    QVERIFY(model->parameters() == weights);
    QVERIFY(model->split().train.features == train); // bit-exact: same transform and scaling
    QVERIFY(box("x1^2")->isChecked() && box("x2^2")->isChecked());
    QVERIFY(!box("x1")->isChecked() && !box("x2")->isChecked());
    QTRY_COMPARE(diagramInputLabels(),
                 (QStringList{QStringLiteral("x₁²"), QStringLiteral("x₂²")}));
}

void TestInputFeatures::exportedModelPredictsFromRawLikeTheStudio()
{
    ProjectModel* model = window_->model();
    click("x1*x2");
    click("sin(x1)");
    bptest::trainBriefly(*model, 20);

    auto* exports = window_->findChild<ExportMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(exports);
    const QString path = dir_->filePath(QStringLiteral("model.json"));
    exports->setFileChooser([&path](const QString&, const QString&, const QString&) { return path; });
    bptest::child<QAction>(window_.get(), "actionExportModel")->trigger();
    const bp::Model exported = bp::loadModel(path.toStdString());
    QCOMPARE(exported.features, model->features());

    // Raw (x₁, x₂) points, some off the data: the file predicts what the studio's decision
    // surface computes there (ProjectModel::modelInputs), bit for bit.
    bp::Matrix raw(2, 4);
    raw << -1.5, 0.0, 0.3, 2.0, //
        0.7, -0.2, 0.0, -1.1;
    const bp::Network network(model->architecture(), model->parameters());
    const bp::Matrix studio = network.predict(model->modelInputs(raw));
    QVERIFY(bp::predictRaw(exported, raw) == studio);
}

void TestInputFeatures::modelWithFeaturesImports()
{
    ProjectModel* model = window_->model();
    click("x2^2");
    bptest::trainBriefly(*model, 10);
    const bp::FeatureSet features = model->features();
    const bp::Vector weights = model->parameters();
    auto* exports = window_->findChild<ExportMenu*>(QStringLiteral("exportMenu"));
    const QString path = dir_->filePath(QStringLiteral("imported.json"));
    exports->setFileChooser([&path](const QString&, const QString&, const QString&) { return path; });
    bptest::child<QAction>(window_.get(), "actionExportModel")->trigger();

    click("x2^2"); // back to the identity, 2 inputs
    QCOMPARE(model->architecture().inputSize(), 2);
    auto* import = window_->findChild<ModelImport*>(QStringLiteral("modelImport"));
    QVERIFY(import);
    QVERIFY(import->importModel(path));
    QCOMPARE(model->features(), features);
    QCOMPARE(model->architecture().inputSize(), 3);
    QVERIFY(model->parameters() == weights);
    QVERIFY(box("x2^2")->isChecked());
}

void TestInputFeatures::disabledOnDataThatIsNot2D()
{
    click("x1^2");
    auto* combo = bptest::child<QComboBox>(window_.get(), "generatorCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("regression1d")));
    QSignalSpy loaded(window_->dataPanel(), &DataPanel::loadFinished);
    QTest::mouseClick(bptest::child<QPushButton>(window_.get(), "regenerateButton"),
                      Qt::LeftButton);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(loaded.constFirst().at(0).toBool());
    ProjectModel* model = window_->model();
    QVERIFY(model->features().isIdentity()); // 1-D data has no (x₁, x₂) to compute from
    QCOMPARE(model->architecture().inputSize(), 1);
    for (const char* key : {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"}) {
        QVERIFY2(!box(key)->isEnabled(), key);
        QVERIFY2(box(key)->toolTip().contains("two raw features"), key);
    }

    combo->setCurrentIndex(combo->findText(QStringLiteral("moons")));
    QTest::mouseClick(bptest::child<QPushButton>(window_.get(), "regenerateButton"),
                      Qt::LeftButton);
    QVERIFY(box("x1^2")->isEnabled());
    click("x1^2");
    QCOMPARE(model->architecture().inputSize(), 3);
}

QTEST_MAIN(TestInputFeatures)
#include "tst_inputfeatures.moc"
