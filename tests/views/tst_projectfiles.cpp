// Projects and exports through the real studio window offscreen: save → open round-trips
// every field of the GUI model (weights bit-exact), damaged and future-version files leave
// the model alone, the modified mark, undo / redo of architecture edits, plot export.
// (The history CSV's columns and progress are in tst_exportmenu.)
// The save prompt and file dialogs are injected: no modal dialog ever blocks a test.

#include "views/plots/costplot.h"
#include "views/project/exportmenu.h"
#include "session/gradientcheckrunner.h"
#include "views/shell/mainwindow.h"
#include "modelfile.h"
#include "views/plots/plotexport.h"
#include "projectfile.h"
#include "views/project/projectfiles.h"
#include "session/projectmodel.h"
#include "session/settingsundo.h"
#include "worker/trainingsnapshot.h"
#include "session/dataloader.h"
#include "session/livehistory.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QtTest/QtTest>

#include <qcustomplot.h>

#include <memory>
#include <stdexcept>

using namespace bpui;

namespace {

QByteArray head(const QString& path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray();
}

} // namespace

class TestProjectFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveOpenRoundTripsEveryField();
    void badFilesLeaveTheModelUnchanged_data();
    void badFilesLeaveTheModelUnchanged();
    void modifiedMarkFollowsEditsAndSaves();
    void interruptedSaveLeavesThePreviousFile_data();
    void interruptedSaveLeavesThePreviousFile();
    void closingAsksAndCancelKeepsTheWindow();
    void droppedProjectOpens();
    void largeProjectOpensInTheBackgroundAndCancels();
    void settingsOutliveTheWindow();
    void undoRedoRestoresArchitecture();
    void plotExportWritesValidFiles_data();
    void plotExportWritesValidFiles();
    void plotExportsAreNamedByTheirViewAndSharp();
    void modelOnnxAndCheckTableExport();

private:
    ProjectFiles* files() const { return window_->findChild<ProjectFiles*>(); }
    CostPlot* costPlot() const { return window_->findChild<CostPlot*>(); }

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
};

void TestProjectFiles::initTestCase()
{
    QVERIFY(dir_.isValid());
    // Keep recent files and window layout out of the user's real settings.
    qputenv("XDG_CONFIG_HOME", dir_.filePath(QStringLiteral("config")).toUtf8());
    registerMetaTypes();
}

void TestProjectFiles::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(files());
    files()->setSavePrompt([](const QString&) { return QMessageBox::Discard; });
}

void TestProjectFiles::cleanup()
{
    window_.reset();
}

void TestProjectFiles::saveOpenRoundTripsEveryField()
{
    ProjectModel* model = window_->model();
    model->setSplit(0.25, 0.1, 77);
    model->setNormalization(bp::NormalizationKind::MinMax);
    model->setHiddenLayers({5, 3}, {bp::Activation::ReLU, bp::Activation::Sigmoid});
    model->setInitialization(bp::InitKind::HeNormal, 1234567890123ULL);
    bp::TrainingConfig config = model->config();
    config.optimizer = bp::OptimizerKind::Momentum;
    config.learningRate = 0.1 / 3.0;
    config.momentum = 0.85;
    config.lambda = 1e-3;
    config.batchSize = 32;
    config.shuffleSeed = 99;
    config.maxIterations = 1234;
    config.maxEpochs = 7;
    config.targetCost = 0.05;
    config.timeLimitSeconds = 12.5;
    config.patience = 3;
    model->setConfig(config);
    bp::Vector weights = model->parameters();
    weights[0] = 0.1 + 0.2; // not representable in short decimal: bit-exactness shows
    model->setParameters(weights);
    window_->session()->history()->append(bptest::fiveHistoryRows());

    const QString path = dir_.filePath(QStringLiteral("round.bpstudio"));
    QVERIFY2(files()->saveProjectAs(path), qPrintable(files()->lastError()));
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->windowTitle().startsWith(QStringLiteral("round")));

    // Change everything back, then open the file again.
    files()->newProject();
    QCOMPARE(model->hiddenSizes(), (std::vector<int>{16, 16}));
    QVERIFY(costPlot()->history().empty());
    QVERIFY2(bptest::openProjectAndWait(files(), path), qPrintable(files()->lastError()));

    QCOMPARE(model->validationFraction(), 0.25);
    QCOMPARE(model->testFraction(), 0.1);
    QCOMPARE(model->splitSeed(), std::uint64_t{77});
    QVERIFY(model->normalizationKind() == bp::NormalizationKind::MinMax);
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 5, 3, 3}));
    QVERIFY(model->architecture().activations ==
            (std::vector<bp::Activation>{bp::Activation::ReLU, bp::Activation::Sigmoid,
                                         bp::Activation::Softmax}));
    QVERIFY(model->initKind() == bp::InitKind::HeNormal);
    QCOMPARE(model->initSeed(), std::uint64_t{1234567890123ULL});
    const bp::TrainingConfig& loaded = model->config();
    QVERIFY(loaded.optimizer == bp::OptimizerKind::Momentum);
    QCOMPARE(loaded.learningRate, config.learningRate);
    QCOMPARE(loaded.momentum, config.momentum);
    QCOMPARE(loaded.lambda, config.lambda);
    QCOMPARE(loaded.batchSize, config.batchSize);
    QCOMPARE(loaded.shuffleSeed, config.shuffleSeed);
    QCOMPARE(loaded.maxIterations, config.maxIterations);
    QCOMPARE(loaded.maxEpochs, config.maxEpochs);
    QCOMPARE(loaded.targetCost, config.targetCost);
    QCOMPARE(loaded.timeLimitSeconds, config.timeLimitSeconds);
    QCOMPARE(loaded.patience, config.patience);
    QCOMPARE(model->dataSource().generator.name, std::string("spiral"));
    QCOMPARE(model->dataset().size(), bp::Index{300});
    QCOMPARE(model->parameters().size(), weights.size());
    for (Eigen::Index i = 0; i < weights.size(); ++i)
        QCOMPARE(model->parameters()[i], weights[i]); // exact, not fuzzy
    const std::vector<bp::IterationStats> expected = bptest::fiveHistoryRows();
    QCOMPARE(costPlot()->history().size(), expected.size());
    QCOMPARE(costPlot()->history().back().trainCost, expected.back().trainCost);
    QVERIFY(!window_->isWindowModified());
    QCOMPARE(files()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    // Saving again keeps one session run, not a growing copy of it.
    QVERIFY(files()->saveProjectAs(path));
    QCOMPARE(bp::loadProject(path.toStdString()).runs.size(), std::size_t{1});
}

void TestProjectFiles::badFilesLeaveTheModelUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("future version")
        << QStringLiteral("future_version.bpstudio") << QStringLiteral("version");
    QTest::newRow("not JSON") << QStringLiteral("not_json.bpstudio") << QStringLiteral("JSON");
    QTest::newRow("missing file") << QStringLiteral("no_such_file.bpstudio")
                                  << QStringLiteral("no_such_file");
}

void TestProjectFiles::badFilesLeaveTheModelUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ProjectModel* model = window_->model();
    model->setHiddenLayers({4}, {bp::Activation::Sigmoid});
    const bp::Vector before = model->parameters();
    const QString title = window_->windowTitle();

    const QString path = QStringLiteral(BPS_TEST_DATA_DIR "/project/") + file;
    QVERIFY(!bptest::openProjectAndWait(files(), path));
    QVERIFY2(files()->lastError().contains(message, Qt::CaseInsensitive),
             qPrintable(files()->lastError()));
    QCOMPARE(model->hiddenSizes(), (std::vector<int>{4}));
    QVERIFY(model->parameters() == before);
    QCOMPARE(window_->windowTitle(), title);
    QVERIFY(window_->isWindowModified());
}

void TestProjectFiles::modifiedMarkFollowsEditsAndSaves()
{
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->windowTitle().contains(QStringLiteral("[*]")));
    bp::TrainingConfig config = window_->model()->config();
    config.lambda = 0.5;
    window_->model()->setConfig(config);
    QVERIFY(window_->isWindowModified());

    const QString path = dir_.filePath(QStringLiteral("mark.bpstudio"));
    files()->setFileChooser([path](bool save, const QString&) { return save ? path : QString(); });
    window_->findChild<QAction*>(QStringLiteral("actionSaveProject"))->trigger(); // → Save As
    QVERIFY(!window_->isWindowModified());
    QCOMPARE(files()->currentPath(), QFileInfo(path).absoluteFilePath());
    window_->model()->setHiddenLayers({3}, {bp::Activation::Tanh});
    QVERIFY(window_->isWindowModified());
}

void TestProjectFiles::interruptedSaveLeavesThePreviousFile_data()
{
    QTest::addColumn<int>("failAtChunk");
    QTest::addColumn<QString>("message");
    QTest::newRow("crash after the first chunk") << 1 << "disk full (simulated)";
    QTest::newRow("crash after the fourth chunk") << 4 << "disk full (simulated)";
    QTest::newRow("crash after the last chunk") << -1 << "disk full (simulated)";
    QTest::newRow("Cancel in the progress dialog") << 2 << "was left as it was";
}

void TestProjectFiles::interruptedSaveLeavesThePreviousFile()
{
    QFETCH(int, failAtChunk);
    QFETCH(QString, message);
    ProjectModel* model = window_->model();
    // Wide layers: the weights alone are several 64 KiB chunks of JSON.
    model->setHiddenLayers({200, 200}, {bp::Activation::Tanh, bp::Activation::Tanh});
    const QString path = dir_.filePath(QStringLiteral("interrupted.bpstudio"));
    QVERIFY2(files()->saveProjectAs(path), qPrintable(files()->lastError()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray before = saved.readAll();
    saved.close();
    QVERIFY(before.size() > 4 * 65536);

    model->setHiddenLayers({150, 150}, {bp::Activation::ReLU, bp::Activation::ReLU});
    QVERIFY(files()->isModified());
    int chunks = 0;
    std::size_t lastWritten = 0;
    files()->setSaveObserver([&](std::size_t written, std::size_t total) {
        ++chunks;
        lastWritten = written;
        const bool last = written == total;
        if (chunks == failAtChunk || (failAtChunk < 0 && last)) {
            if (message.contains(QStringLiteral("left as it was"))) {
                // What the dialog's Cancel button does, pressed while the save runs.
                auto* dialog = window_->findChild<QProgressDialog*>();
                QVERIFY(dialog);
                dialog->cancel();
            } else {
                throw std::runtime_error("disk full (simulated)");
            }
        }
    });
    QVERIFY(!files()->save());
    files()->setSaveObserver({});
    QVERIFY2(files()->lastError().contains(message), qPrintable(files()->lastError()));
    QVERIFY(chunks >= std::max(failAtChunk, 1));
    QVERIFY(lastWritten > 0);

    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), before); // byte for byte the previous save
    saved.close();
    // No temporary file is left beside it, and the work is still marked unsaved.
    const QStringList leftovers =
        QDir(dir_.path()).entryList({QStringLiteral("interrupted.bpstudio.tmp*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    QVERIFY(files()->isModified());
    QCOMPARE(model->architecture().layerSizes[1], 150);

    // And a save that is not interrupted then writes the new project.
    QVERIFY2(files()->save(), qPrintable(files()->lastError()));
    QVERIFY(!files()->isModified());
    QCOMPARE(bp::loadProject(path.toStdString()).architecture.layerSizes[1], 150);
}

void TestProjectFiles::closingAsksAndCancelKeepsTheWindow()
{
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    files()->setSavePrompt([&](const QString&) {
        ++asked;
        return answer;
    });
    QVERIFY(window_->close()); // nothing changed: no question
    QCOMPARE(asked, 0);
    window_->show();
    window_->model()->setHiddenLayers({3}, {bp::Activation::Tanh});
    QVERIFY(!window_->close());
    QCOMPARE(asked, 1);
    QVERIFY(window_->isVisible());
    answer = QMessageBox::Discard;
    QVERIFY(window_->close());
    QCOMPARE(asked, 2);

    // Issue 13: closing while training asked twice. Closing a modified project while it
    // trains asks once — also when the window system repeats the request while the question
    // is open — and the run ends with the window.
    window_->show();
    window_->model()->setHiddenLayers({4}, {bp::Activation::Tanh});
    bp::TrainingConfig config = window_->model()->config();
    config.maxIterations = 0;
    config.maxEpochs = 0;
    window_->model()->setConfig(config);
    window_->controller()->train();
    QTRY_VERIFY(window_->controller()->totalIterations() > 5);
    files()->setSavePrompt([&](const QString&) {
        ++asked;
        QCloseEvent again; // a second request from the window system
        QCoreApplication::sendEvent(window_.get(), &again);
        QTest::qWait(50); // training goes on while the question is open
        return QMessageBox::Discard;
    });
    QVERIFY(window_->close());
    QCOMPARE(asked, 3);
    QTRY_VERIFY(!window_->controller()->isActive());
}

void TestProjectFiles::droppedProjectOpens()
{
    window_->model()->setHiddenLayers({6}, {bp::Activation::Sigmoid});
    const QString path = dir_.filePath(QStringLiteral("dropped.bpstudio"));
    QVERIFY(files()->saveProjectAs(path));
    files()->newProject();
    QCOMPARE(window_->model()->hiddenSizes(), (std::vector<int>{16, 16}));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(window_->width() / 2, window_->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!files()->isOpening(), 60000); // it loads in the background
    QCOMPARE(window_->model()->hiddenSizes(), (std::vector<int>{6}));
    QCOMPARE(files()->currentPath(), QFileInfo(path).absoluteFilePath());

    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(window_.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestProjectFiles::settingsOutliveTheWindow()
{
    const QString path = dir_.filePath(QStringLiteral("remembered.bpstudio"));
    QVERIFY(files()->saveProjectAs(path));
    QVERIFY(window_->close());
    const QSettings settings(QStringLiteral("BackpropStudio"), QStringLiteral("Backprop Studio"));
    QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QCOMPARE(settings.value(QStringLiteral("lastDirectory")).toString(),
             QFileInfo(path).absolutePath());

    // A new window lists the file under Open recent.
    window_ = std::make_unique<MainWindow>();
    auto* recent = window_->findChild<QMenu*>(QStringLiteral("recentFilesMenu"));
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->actions().value(0)->text(), QStringLiteral("remembered.bpstudio"));
}

void TestProjectFiles::undoRedoRestoresArchitecture()
{
    auto* undo = window_->findChild<SettingsUndo*>();
    QVERIFY(undo);
    ProjectModel* model = window_->model();
    QCOMPARE(undo->stack()->count(), 0);
    model->setHiddenLayers({7}, {bp::Activation::ReLU});
    model->setOutputActivation(bp::Activation::Sigmoid);
    bp::TrainingConfig config = model->config();
    config.learningRate = 0.3;
    model->setConfig(config);
    QCOMPARE(undo->stack()->count(), 3);

    undo->undoAction()->trigger();
    QCOMPARE(model->config().learningRate, 0.01);
    undo->undoAction()->trigger();
    QVERIFY(model->architecture().outputActivation() == bp::Activation::Softmax);
    undo->undoAction()->trigger();
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 16, 16, 3}));
    QVERIFY(model->architecture().activations[0] == bp::Activation::Tanh);
    QVERIFY(!undo->undoAction()->isEnabled());

    undo->redoAction()->trigger();
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{2, 7, 3}));
    undo->redoAction()->trigger();
    undo->redoAction()->trigger();
    QCOMPARE(model->config().learningRate, 0.3);
    QVERIFY(model->architecture().outputActivation() == bp::Activation::Sigmoid);
    QCOMPARE(undo->stack()->count(), 3); // undoing pushed nothing new

    files()->newProject(); // undo never crosses projects
    QCOMPARE(undo->stack()->count(), 0);
}

void TestProjectFiles::plotExportWritesValidFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestProjectFiles::plotExportWritesValidFiles()
{
    QFETCH(QString, suffix);
    window_->session()->history()->append(bptest::fiveHistoryRows());
    QCustomPlot* plot = costPlot()->plot();
    plot->replot();
    const QString path = dir_.filePath(QStringLiteral("cost.") + suffix);
    QFile::remove(path);

    auto* exports = window_->findChild<ExportMenu*>();
    QVERIFY(exports);
    exports->setFileChooser(
        [path](const QString&, const QString&, const QString&) { return path; });
    exports->exportPlot(plot); // the same slot as File → Export → Plot and the context menu
    QVERIFY(QFileInfo(path).size() > 100);
    if (suffix == QLatin1String("png")) {
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
    } else if (suffix == QLatin1String("svg")) {
        const QByteArray start = head(path, 5);
        QVERIFY(start.startsWith("<?xml") || start.startsWith("<svg"));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
    } else {
        QCOMPARE(head(path, 4), QByteArray("%PDF"));
    }
    QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);
}

void TestProjectFiles::plotExportsAreNamedByTheirViewAndSharp()
{
    // Issue 13: an exported PNG was the on-screen size (538×309) and named "weights-1".
    window_->session()->history()->append(bptest::fiveHistoryRows());
    auto* exports = window_->findChild<ExportMenu*>();
    QString suggested;
    const QString path = dir_.filePath(QStringLiteral("sharp.png"));
    exports->setFileChooser([&](const QString&, const QString& name, const QString&) {
        suggested = name;
        return path;
    });
    QCustomPlot* cost = costPlot()->plot();
    cost->replot();
    QFile::remove(path);
    exports->exportPlot(cost);
    QCOMPARE(suggested, QStringLiteral("cost.png"));
    QCOMPARE(QImage(path).width(), kDefaultPngWidth);
    QCOMPARE(exports->pngWidth(), kDefaultPngWidth);

    auto* weights = window_->findChild<QDockWidget*>(QStringLiteral("weightsDock"));
    weights->show(); // whatever layout an earlier test left in the settings
    weights->raise();
    QTRY_VERIFY(window_->findChild<QCustomPlot*>(QStringLiteral("weightMap_0")) != nullptr);
    auto* map = window_->findChild<QCustomPlot*>(QStringLiteral("weightMap_0"));
    QFile::remove(path);
    exports->exportPlot(map);
    QCOMPARE(suggested, QStringLiteral("theta-1-heat-map.png"));
    QCOMPARE(QImage(path).width(), kDefaultPngWidth);

    // The size is offered in File → Export → PNG width; "As on screen" keeps the old size.
    auto* widths = window_->findChild<QMenu*>(QStringLiteral("pngWidthMenu"));
    QVERIFY(widths);
    QCOMPARE(widths->actions().size(), 4);
    widths->actions().constLast()->trigger();
    QFile::remove(path);
    exports->exportPlot(cost);
    QCOMPARE(QImage(path).width(), std::max(cost->width(), 400));
}

void TestProjectFiles::modelOnnxAndCheckTableExport()
{
    auto* exports = window_->findChild<ExportMenu*>();
    QVERIFY(exports);
    QString target;
    exports->setFileChooser(
        [&target](const QString&, const QString&, const QString&) { return target; });

    target = dir_.filePath(QStringLiteral("model.json"));
    exports->exportModel();
    const bp::Model model = bp::loadModel(target.toStdString());
    QVERIFY(model.network.architecture() == window_->model()->architecture());
    QVERIFY(model.network.parameters() == window_->model()->parameters()); // bit-exact

    target = dir_.filePath(QStringLiteral("model.onnx"));
    exports->exportOnnx();
    QVERIFY(QFileInfo(target).size() > 100);

    auto* checkAction = window_->findChild<QAction*>(QStringLiteral("actionExportGradientCheck"));
    QVERIFY(checkAction);
    QVERIFY(!checkAction->isEnabled()); // no check has run yet
    auto* runner = window_->gradientCheckRunner();
    QSignalSpy finished(runner, &GradientCheckRunner::finished);
    runner->run();
    QVERIFY(finished.wait(30000));
    QVERIFY(checkAction->isEnabled());
    target = dir_.filePath(QStringLiteral("check.csv"));
    checkAction->trigger();
    QFile table(target);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QCOMPARE(table.readLine().trimmed(),
             QByteArray("index,layer,row,column,analytic,numeric,abs_difference,"
                        "relative_difference"));
    QVERIFY(!table.readLine().isEmpty());
}

QTEST_MAIN(TestProjectFiles)
void TestProjectFiles::largeProjectOpensInTheBackgroundAndCancels()
{
    // A project on Fashion-MNIST's 60000 images loads on the session's loader thread: the
    // window answers events meanwhile, the Data dock's loader says it is busy, and Cancel
    // leaves the current project exactly as it was.
    const auto [images, labels] = bptest::fashionFiles();
    if (images.isEmpty())
        QSKIP("dataset-fashion-mnist is not installed (./scripts/test installs it)");
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Idx;
    project.data.path = images.toStdString();
    project.data.labelsPath = labels.toStdString();
    project.architecture =
        bp::Architecture::make(784, {16}, bp::Activation::Sigmoid, 10, bp::Activation::Softmax);
    const QString path = dir_.filePath(QStringLiteral("fashion.bpstudio"));
    bp::saveProject(path.toStdString(), project);

    ProjectModel* model = window_->model();
    const bp::Vector before = model->parameters();
    QSignalSpy busy(window_->session()->loader(), &DataLoader::busyChanged);
    QSignalSpy failed(files(), &ProjectFiles::openFailed);
    QSignalSpy opened(files(), &ProjectFiles::opened);
    QVERIFY(files()->openProject(path));
    QVERIFY(files()->isOpening());
    QCOMPARE(busy.count(), 1); // the Data dock shows progress and Cancel
    QVERIFY(busy.at(0).at(0).toBool());
    QCOMPARE(model->dataset().size(), bp::Index{300}); // nothing changed yet
    window_->session()->loader()->cancel();
    QVERIFY(failed.wait(60000));
    QCOMPARE(opened.count(), 0);
    QVERIFY2(files()->lastError().contains(QStringLiteral("cancelled")),
             qPrintable(files()->lastError()));
    QVERIFY(!files()->isOpening());
    QCOMPARE(model->dataset().size(), bp::Index{300});
    QVERIFY(model->parameters() == before);

    // Not cancelled, it opens: every image, split and weights drawn off the GUI thread.
    QVERIFY2(bptest::openProjectAndWait(files(), path), qPrintable(files()->lastError()));
    QCOMPARE(model->dataset().size(), bp::Index{60000});
    QCOMPARE(model->architecture().layerSizes, (std::vector<int>{784, 16, 10}));
}

#include "tst_projectfiles.moc"
