// File → Export's ONNX precision check box and PyTorch script: each writes exactly what the
// core writers produce for the session's project, float32 unless the box is checked, and a
// file that cannot be written is reported in a message box and the status bar.
#include "views/project/exportmenu.h"
#include "views/plots/plotexport.h"

#include "modelfile.h"
#include "onnxexport.h"
#include "pytorchexport.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "uitestutil.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace bpui;

namespace {

std::string readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onnxIsFloat32UnlessTheBoxIsChecked();
    void pytorchScriptHoldsTheProject();
    void cancelWritesNothing();
    void unwritableFileIsReported();
    void historyCsvHasTheCliColumns();
    void longHistoryExportReportsProgressAndCancels();

private:
    QString choose(const QString& name) { return dir_->filePath(name); }

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QMainWindow> window_;
    Session* session_ = nullptr;
    ExportMenu* exports_ = nullptr;
    QMenu* file_ = nullptr;
    QString target_;
};

void TestExportMenu::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    window_ = std::make_unique<QMainWindow>();
    session_ = new Session(window_.get());
    exports_ = new ExportMenu(window_.get(), session_);
    file_ = window_->menuBar()->addMenu(QStringLiteral("&File"));
    exports_->populateFileMenu(file_);
    exports_->setFileChooser(
        [this](const QString&, const QString&, const QString&) { return target_; });
}

void TestExportMenu::cleanup()
{
    window_.reset();
    dir_.reset();
}

void TestExportMenu::onnxIsFloat32UnlessTheBoxIsChecked()
{
    auto* onnx = bptest::child<QAction>(window_.get(), QStringLiteral("actionExportOnnx"));
    auto* wide = bptest::child<QAction>(window_.get(), QStringLiteral("actionExportOnnxFloat64"));
    QVERIFY(onnx && wide);
    QVERIFY(wide->isCheckable());
    QVERIFY(!wide->isChecked()); // float32 by default

    const ProjectModel& project = *session_->project();
    const bp::Network network(project.architecture(), project.parameters());
    target_ = choose(QStringLiteral("single.onnx"));
    onnx->trigger();
    QVERIFY(readBytes(target_) == bp::onnxModelBytes(network, project.normalization(),
                                                     project.dataset().classNames,
                                                     bp::OnnxPrecision::Float32));

    wide->trigger(); // the check box
    QVERIFY(wide->isChecked());
    target_ = choose(QStringLiteral("double.onnx"));
    onnx->trigger();
    QVERIFY(readBytes(target_) == bp::onnxModelBytes(network, project.normalization(),
                                                     project.dataset().classNames,
                                                     bp::OnnxPrecision::Float64));

    exports_->setOnnxFloat64(false); // the slot and the box agree
    QVERIFY(!wide->isChecked());
}

void TestExportMenu::pytorchScriptHoldsTheProject()
{
    auto* action = bptest::child<QAction>(window_.get(), QStringLiteral("actionExportPyTorch"));
    QVERIFY(action);
    ProjectModel* project = session_->project();
    bp::TrainingConfig config = project->config();
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.0125;
    config.lambda = 0.5;
    project->setConfig(config);

    QSignalSpy status(exports_, &ExportMenu::statusMessage);
    target_ = choose(QStringLiteral("model.py"));
    action->trigger();
    bp::Model model;
    model.network = bp::Network(project->architecture(), project->parameters());
    model.normalization = project->normalization();
    model.classNames = project->dataset().classNames;
    const std::string text = readBytes(target_);
    QVERIFY(text == bp::pytorchScript(model, project->config()));
    QVERIFY(text.find("OPTIMIZER = \"adam\"") != std::string::npos);
    QVERIFY(text.find("LEARNING_RATE = 0.0125") != std::string::npos);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().startsWith(QStringLiteral("Exported ")));
}

void TestExportMenu::cancelWritesNothing()
{
    target_.clear(); // the dialog was cancelled
    QSignalSpy status(exports_, &ExportMenu::statusMessage);
    exports_->exportPyTorch();
    exports_->exportOnnx();
    QCOMPARE(status.count(), 0);
    QVERIFY(QDir(dir_->path()).entryList(QDir::Files).isEmpty());
}

void TestExportMenu::unwritableFileIsReported()
{
    QSignalSpy status(exports_, &ExportMenu::statusMessage);
    target_ = choose(QStringLiteral("no/such/folder/model.py"));
    exports_->exportPyTorch();
    QCOMPARE(status.count(), 1);
    const QString message = status.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("no/such/folder/model.py")), qPrintable(message));
    QMessageBox* box = window_->findChild<QMessageBox*>();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Export failed"));
    QCOMPARE(box->text(), message);
}

void TestExportMenu::historyCsvHasTheCliColumns()
{
    const QStringList lines =
        historyCsv(bp::TrainingHistory(bptest::fiveHistoryRows())).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("iteration,epoch,evaluations,train_cost,"
                                            "validation_cost,train_accuracy,"
                                            "validation_accuracy,gradient_norm,"
                                            "elapsed_seconds"));
    const QStringList cells = lines.value(2).split(QLatin1Char(','));
    QCOMPARE(cells.size(), 9);
    QCOMPARE(cells[0], QStringLiteral("1"));
    QCOMPARE(cells[3].toDouble(), bptest::fiveHistoryRows()[1].trainCost); // 17 digits: exact
}

void TestExportMenu::longHistoryExportReportsProgressAndCancels()
{
    bp::TrainingHistory rows;
    for (std::size_t i = 0; i < 35000; ++i) {
        bp::IterationStats row;
        row.iteration = static_cast<long>(i);
        row.trainCost = 1.0 / static_cast<double>(i + 1);
        rows.push_back(row);
    }
    std::vector<std::size_t> seen;
    const std::optional<QString> text = historyCsv(rows, [&](std::size_t done, std::size_t total) {
        seen.push_back(done);
        return total == rows.size();
    });
    QVERIFY(text);
    QCOMPARE(text->count(QLatin1Char('\n')), 35001);
    QCOMPARE(seen, (std::vector<std::size_t>{0, 10000, 20000, 30000, 35000}));
    QCOMPARE(*text, historyCsv(rows));

    int calls = 0;
    const std::optional<QString> cancelled =
        historyCsv(rows, [&](std::size_t, std::size_t) { return ++calls < 2; });
    QVERIFY(!cancelled);
    QCOMPARE(calls, 2); // stopped at the block after Cancel, not at the end
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
