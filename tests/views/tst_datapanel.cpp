// The Data dock tells the truth about the data on screen (issue 13): File → New and Open
// clear what belonged to the previous data (CSV preview, red error), the generator box
// shows the generator only when the data comes from one, the scatter fits its points, and a
// label column that does not look like classes is warned about. Drives the real window.
// Set BPS_SCREENSHOT_DIR to save what the dock looks like.

#include "views/data/datapanel.h"
#include "views/data/datapreview.h"
#include "views/shell/mainwindow.h"
#include "session/displaynames.h"
#include "session/language/language.h"
#include "session/projectmodel.h"
#include "uitestutil.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

namespace {

const QString kWine = QStringLiteral(BPS_TEST_DATA_DIR "/csv/wine-label-first.csv");
const QString kIdxImages = QStringLiteral(BPS_TEST_DATA_DIR "/idx/small-images.idx3");
const QString kIdxLabels = QStringLiteral(BPS_TEST_DATA_DIR "/idx/small-labels.idx1");

/// A project whose data is `data` (a JSON object), with a network for `layers`.
QByteArray projectJson(const QByteArray& data, const QByteArray& layers,
                       const QByteArray& activations)
{
    return QByteArray(R"({"format": "backprop-studio-project", "version": 1,
  "architecture": {"layer_sizes": )") +
           layers + R"(, "activations": )" + activations + R"(},
  "training": {"optimizer": "adam", "learning_rate": 0.01, "momentum": 0.9,
    "beta1": 0.9, "beta2": 0.999, "adam_epsilon": 1e-08, "lambda": 0,
    "batch_size": 0, "shuffle_seed": 1, "max_iterations": 100, "max_epochs": 0,
    "target_cost": 0, "min_relative_improvement": 0, "time_limit_seconds": 0, "patience": 0},
  "initialization": {"kind": "xavier", "seed": 1},
  "data": )" + data + R"(,
  "split": {"validation_fraction": 0, "test_fraction": 0, "seed": 1},
  "normalization": "minmax"})";
}

} // namespace

class TestDataPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newProjectClearsTheOldFile();
    void generatorBoxFollowsTheSource_data();
    void generatorBoxFollowsTheSource();
    void scatterFitsItsData();
    void wineDefaultsToItsNamedLabel();
    void implausibleLabelIsWarnedAbout();
    void germanGeneratorNamesStoreIdentifiers();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    DataPanel* panel() const { return child<DataPanel>("dataPanel"); }
    /// Opens a CSV through the Data dock and waits until it is loaded (or failed).
    bool openCsv(const QString& path);
    void newProject();
    QString writeProject(const QByteArray& json);
    /// Screenshots only (BPS_SCREENSHOT_DIR): the Data dock floated at a readable size.
    void shotOfDock(const QString& name);

    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<QTemporaryDir> dir_;
};

void TestDataPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layout and recent files stay out of ~
    registerMetaTypes();
}

void TestDataPanel::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestDataPanel::cleanup()
{
    window_.reset();
    dir_.reset();
}

bool TestDataPanel::openCsv(const QString& path)
{
    QSignalSpy loaded(panel(), &DataPanel::loadFinished);
    panel()->openCsvFile(path);
    return (!loaded.isEmpty() || loaded.wait(20000)) && loaded.constFirst().at(0).toBool();
}

void TestDataPanel::newProject()
{
    QSignalSpy replaced(window_->model(), &ProjectModel::replaced);
    child<QAction>("actionNewProject")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 10000);
}

QString TestDataPanel::writeProject(const QByteArray& json)
{
    const QString path = dir_->filePath(QStringLiteral("project.bpstudio"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return path;
}

void TestDataPanel::shotOfDock(const QString& name)
{
    if (qEnvironmentVariableIsEmpty("BPS_SCREENSHOT_DIR"))
        return;
    auto* dock = child<QDockWidget>("dataDock");
    const bool floating = dock->isFloating();
    dock->setFloating(true);
    dock->resize(460, 1100);
    bptest::saveShot(dock, name);
    dock->setFloating(floating);
}

void TestDataPanel::newProjectClearsTheOldFile()
{
    QVERIFY(openCsv(kWine));
    auto* csvGroup = child<QGroupBox>("csvGroup");
    QVERIFY(csvGroup->isVisible());
    // A malformed file: red error, the wine data stays.
    QVERIFY(!openCsv(QStringLiteral(BPS_TEST_DATA_DIR "/csv/non-numeric.csv")));
    QVERIFY(!panel()->errorText().isEmpty());
    auto* normalization = child<QComboBox>("normalizationCombo");
    normalization->setCurrentIndex(normalization->findData(QStringLiteral("minmax")));
    emit normalization->activated(normalization->currentIndex());
    QVERIFY(window_->model()->normalizationKind() == bp::NormalizationKind::MinMax);

    newProject();
    // Before: the red error, the wine preview and its label column stayed under the spiral.
    QCOMPARE(panel()->errorText(), QString());
    QVERIFY(!child<QLabel>("dataErrorLabel")->isVisible());
    QVERIFY(!csvGroup->isVisible());
    QCOMPARE(normalization->currentData().toString(), QStringLiteral("standard"));
    QVERIFY(child<QLabel>("dataSummaryLabel")->text().contains(QStringLiteral("m = 300")));
    QVERIFY(!child<QLabel>("dataWarningLabel")->isVisible());
    shotOfDock(QStringLiteral("data-dock-new.png"));
}

void TestDataPanel::generatorBoxFollowsTheSource_data()
{
    QTest::addColumn<QString>("how");      // "csv", "idx", "idx project", "csv project"
    QTest::addColumn<QString>("fileName"); // shown in the source line
    QTest::newRow("csv opened") << "csv" << "wine-label-first.csv";
    QTest::newRow("idx opened") << "idx" << "small-images.idx3";
    QTest::newRow("idx project") << "idx project" << "small-images.idx3";
    QTest::newRow("csv project") << "csv project" << "wine-label-first.csv";
}

void TestDataPanel::generatorBoxFollowsTheSource()
{
    QFETCH(QString, how);
    QFETCH(QString, fileName);
    auto* generator = child<QGroupBox>("generatorGroup");
    auto* sourceLabel = child<QLabel>("dataSourceLabel");
    QVERIFY(generator && sourceLabel);
    QVERIFY(generator->isEnabled());
    QCOMPARE(child<QComboBox>("generatorCombo")->currentText(), QStringLiteral("spiral"));

    if (how == QLatin1String("csv")) {
        QVERIFY(openCsv(kWine));
    } else if (how == QLatin1String("idx")) {
        QSignalSpy loaded(panel(), &DataPanel::loadFinished);
        panel()->openIdxFiles(kIdxImages, kIdxLabels);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.constFirst().at(0).toBool());
    } else if (how == QLatin1String("idx project")) {
        const QString path = writeProject(
            projectJson(R"({"kind": "idx", "images": ")" + kIdxImages.toUtf8() +
                            R"(", "labels": ")" + kIdxLabels.toUtf8() + R"("})",
                        "[6, 4, 3]", R"(["tanh", "softmax"])"));
        QVERIFY2(bptest::openProjectAndWait(window_->projectFiles(), path),
                 qPrintable(window_->projectFiles()->lastError()));
    } else {
        const QString path = writeProject(
            projectJson(R"({"kind": "csv", "path": ")" + kWine.toUtf8() +
                            R"(", "label_column": "cultivar", "task": "classification"})",
                        "[13, 4, 3]", R"(["tanh", "softmax"])"));
        QVERIFY2(bptest::openProjectAndWait(window_->projectFiles(), path),
                 qPrintable(window_->projectFiles()->lastError()));
    }
    QVERIFY(window_->model()->dataSource().kind != DataSource::Kind::Generator);
    // Before: "Generator: spiral" stayed, enabled, over a file's data.
    QVERIFY(!generator->isEnabled());
    QVERIFY(sourceLabel->isVisible());
    QVERIFY2(sourceLabel->text().contains(fileName), qPrintable(sourceLabel->text()));
    shotOfDock(QStringLiteral("data-dock-%1.png").arg(how).replace(QLatin1Char(' '), '-'));

    newProject();
    QVERIFY(generator->isEnabled());
    QCOMPARE(child<QComboBox>("generatorCombo")->currentText(), QStringLiteral("spiral"));
    QVERIFY(sourceLabel->text().contains(QStringLiteral("spiral")));
    QVERIFY(!child<QGroupBox>("csvGroup")->isVisible());
}

void TestDataPanel::scatterFitsItsData()
{
    const bp::Dataset& data = window_->model()->dataset(); // the spiral, centred on 0
    QCOMPARE(data.featureCount(), 2);
    auto* scatter = child<QCustomPlot>("dataScatter");
    QVERIFY(scatter);
    QVERIFY(data.features.row(0).minCoeff() < 0.0); // the premise: points left of x = 0
    QTRY_VERIFY(scatter->isVisible());
    for (int row = 0; row < 2; ++row) {
        const QCPRange range = row == 0 ? scatter->xAxis->range() : scatter->yAxis->range();
        const double lowest = data.features.row(row).minCoeff();
        const double highest = data.features.row(row).maxCoeff();
        // Before: x stayed [0, 1] and a whole spiral arm was off the plot.
        QVERIFY2(range.lower <= lowest && range.upper >= highest,
                 qPrintable(QStringLiteral("row %1: [%2, %3] does not hold [%4, %5]")
                                .arg(row)
                                .arg(range.lower)
                                .arg(range.upper)
                                .arg(lowest)
                                .arg(highest)));
        // Fitted, not merely huge: the data spans most of the axis.
        QVERIFY(highest - lowest > 0.7 * range.size());
    }
    // New data refits: a generator with another extent.
    auto* combo = child<QComboBox>("generatorCombo");
    combo->setCurrentText(QStringLiteral("moons"));
    emit combo->activated(combo->currentIndex());
    const bp::Dataset& moons = window_->model()->dataset();
    QVERIFY(scatter->xAxis->range().lower <= moons.features.row(0).minCoeff());
    QVERIFY(scatter->xAxis->range().upper >= moons.features.row(0).maxCoeff());
    shotOfDock(QStringLiteral("data-dock-moons.png"));
}

void TestDataPanel::wineDefaultsToItsNamedLabel()
{
    QVERIFY(openCsv(kWine));
    // Before: the last column, proline, and 121 classes.
    QCOMPARE(child<QComboBox>("csvLabelColumnCombo")->currentText(), QStringLiteral("cultivar"));
    QCOMPARE(window_->model()->dataset().classCount(), 3);
    QCOMPARE(window_->model()->architecture().outputSize(), 3);
    QVERIFY(!child<QLabel>("dataWarningLabel")->isVisible());
}

void TestDataPanel::implausibleLabelIsWarnedAbout()
{
    QVERIFY(openCsv(kWine));
    auto* label = child<QComboBox>("csvLabelColumnCombo");
    label->setCurrentIndex(label->findText(QStringLiteral("proline")));
    QSignalSpy loaded(panel(), &DataPanel::loadFinished);
    panel()->loadPreviewedCsv();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window_->model()->dataset().classCount(), 121);
    auto* warning = child<QLabel>("dataWarningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("121 distinct values")),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("regression")));
    QVERIFY(warning->text().contains(QStringLiteral("cultivar")));
    shotOfDock(QStringLiteral("data-dock-warning.png"));

    // Back to a plausible label: the warning goes.
    label->setCurrentIndex(label->findText(QStringLiteral("cultivar")));
    panel()->loadPreviewedCsv();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window_->model()->dataset().classCount(), 3);
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TestDataPanel)
void TestDataPanel::germanGeneratorNamesStoreIdentifiers()
{
    // The combo shows the translated name; the project keeps the identifier (item data), both
    // ways: choosing an entry and opening a project. Before, the combo's text was the name.
    const auto english = qScopeGuard([] {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Language::install(qApp, QStringLiteral("en"));
    });
    window_.reset();
    QVERIFY(Language::install(qApp, QStringLiteral("de")));
    window_ = std::make_unique<MainWindow>(); // widgets take their texts when they are built
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    auto* combo = child<QComboBox>("generatorCombo");
    const int moons = combo->findData(QStringLiteral("moons"));
    QVERIFY(moons >= 0);
    QCOMPARE(combo->itemText(moons), DisplayNames::generator(QStringLiteral("moons")));
    QVERIFY2(combo->itemText(moons) != QLatin1String("moons"), qPrintable(combo->itemText(moons)));
    combo->setCurrentIndex(moons);
    emit combo->activated(moons);
    QCOMPARE(window_->model()->dataSource().generator.name, std::string("moons"));

    const QString path = writeProject(
        projectJson(R"({"kind": "generator", "name": "xor", "n": 200, "noise": 0.1, "seed": 3,
                       "classes": 0})",
                    "[2, 4, 2]", R"(["tanh", "softmax"])"));
    QVERIFY2(bptest::openProjectAndWait(window_->projectFiles(), path),
             qPrintable(window_->projectFiles()->lastError()));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("xor"));
    QCOMPARE(combo->currentText(), DisplayNames::generator(QStringLiteral("xor")));
}

#include "tst_datapanel.moc"
