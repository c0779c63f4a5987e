#include "views/project/exportmenu.h"

#include "session/gradientcheckrunner.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/studiosettings.h"
#include "session/trainingcontroller.h"
#include "session/enginemessages.h"
#include "views/plots/plotexport.h"
#include "views/plots/plotregistry.h"
#include "worker/trainingsnapshot.h"

#include "modelfile.h"
#include "onnxexport.h"
#include "pytorchexport.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

#include <qcustomplot.h>

#include <exception>
#include <utility>

namespace bpui {

namespace {

bp::Model currentModel(const ProjectModel& model)
{
    bp::Model out;
    out.network = bp::Network(model.architecture(), model.parameters());
    out.normalization = model.normalization();
    out.features = model.features(); // the model predicts from raw (x₁, x₂) like the studio
    out.classNames = model.dataset().classNames;
    return out;
}

} // namespace

ExportMenu::ExportMenu(QMainWindow* window, Session* session)
    : QObject(window), window_(window), model_(session->project()), history_(session->history())
{
    setObjectName(QStringLiteral("exportMenu"));
    addPlotContextMenus();
    // Keep the latest report from either source, as the Gradient check dock does.
    auto keep = [this](const GradientCheckOutcome& outcome) {
        lastCheck_ = outcome.report;
        if (checkAction_ != nullptr)
            checkAction_->setEnabled(true);
    };
    connect(session->gradientCheck(), &GradientCheckRunner::finished, this, keep);
    connect(session->training(), &TrainingController::gradientChecked, this, keep);
}

void ExportMenu::populateFileMenu(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    QMenu* plots = menu->addMenu(tr("&Plot"));
    // Panels come and go (teaching widgets, floating docks): list the plots when opened.
    connect(plots, &QMenu::aboutToShow, this, [this, plots] { fillPlotMenu(plots); });
    QMenu* widths = menu->addMenu(tr("PNG &width"));
    widths->setObjectName(QStringLiteral("pngWidthMenu"));
    auto* group = new QActionGroup(widths);
    for (int pixels : {kDefaultPngWidth, 2400, 3200, 0}) {
        QAction* choice = widths->addAction(pixels > 0 ? tr("%1 px").arg(pixels)
                                                       : tr("As on screen"));
        choice->setCheckable(true);
        choice->setChecked(pixels == pngWidth_);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, pixels] { setPngWidth(pixels); });
    }
    auto add = [this, menu](const QString& text, const char* name, void (ExportMenu::*slot)()) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    add(tr("Cost &history (CSV)…"), "actionExportHistory", &ExportMenu::exportHistory);
    checkAction_ = add(tr("&Gradient-check table (CSV)…"), "actionExportGradientCheck",
                       &ExportMenu::exportGradientCheck);
    checkAction_->setEnabled(lastCheck_.has_value());
    add(tr("&Model (JSON)…"), "actionExportModel", &ExportMenu::exportModel);
    add(tr("&ONNX…"), "actionExportOnnx", &ExportMenu::exportOnnx);
    // A check box rather than a second dialog: float32 unless asked, and it stays as set.
    onnxFloat64Action_ = menu->addAction(tr("ONNX in &float64 (double precision)"));
    onnxFloat64Action_->setObjectName(QStringLiteral("actionExportOnnxFloat64"));
    onnxFloat64Action_->setCheckable(true);
    onnxFloat64Action_->setChecked(onnxFloat64_);
    onnxFloat64Action_->setToolTip(
        tr("Write the ONNX file's weights as float64, bit for bit. Most runtimes expect "
           "float32 (OpenCV's DNN module reads only float32)."));
    connect(onnxFloat64Action_, &QAction::toggled, this, &ExportMenu::setOnnxFloat64);
    add(tr("&PyTorch script…"), "actionExportPyTorch", &ExportMenu::exportPyTorch);
}

void ExportMenu::setOnnxFloat64(bool on)
{
    onnxFloat64_ = on;
    if (onnxFloat64Action_ != nullptr && onnxFloat64Action_->isChecked() != on)
        onnxFloat64Action_->setChecked(on);
}

void ExportMenu::fillPlotMenu(QMenu* menu)
{
    addPlotContextMenus();
    menu->clear();
    for (QCustomPlot* plot : PlotRegistry::instance().plotsOf(window_)) {
        if (!plot->isVisibleTo(window_))
            continue;
        menu->addAction(plotTitle(plot) + QStringLiteral("…"), this,
                        [this, plot] { exportPlot(plot); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No plot is shown"))->setEnabled(false);
}

void ExportMenu::addPlotContextMenus()
{
    for (QCustomPlot* plot : PlotRegistry::instance().plotsOf(window_)) {
        // A plot with its own menu keeps it; the property marks plots already wired.
        if (plot->contextMenuPolicy() != Qt::DefaultContextMenu ||
            plot->property("bpExportMenu").toBool())
            continue;
        plot->setProperty("bpExportMenu", true);
        plot->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint& at) {
            QMenu menu;
            menu.addAction(tr("Export…"), this, [this, plot] { exportPlot(plot); });
            menu.exec(plot->mapToGlobal(at));
        });
    }
}

QString ExportMenu::plotFileName(const QString& title)
{
    QString lower = title.normalized(QString::NormalizationForm_C).toLower();
    lower.replace(QStringLiteral("θ"), QStringLiteral("theta"));
    // Letters and digits of any script stay ("predicción", "gewichte"): a translated title
    // must not lose its accented letters to "-". Every other run becomes one "-".
    QString name;
    for (const QChar c : std::as_const(lower)) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("plot") : name;
}

QString ExportMenu::plotTitle(QCustomPlot* plot) const
{
    if (const QString name = plotExportName(plot); !name.isEmpty())
        return name;
    QWidget* widget = plot;
    while (widget != nullptr && qobject_cast<QDockWidget*>(widget) == nullptr)
        widget = widget->parentWidget();
    QString title = widget != nullptr ? widget->windowTitle() : plot->objectName();
    if (widget != nullptr) {
        const QList<QCustomPlot*> siblings = PlotRegistry::instance().plotsOf(widget);
        if (siblings.size() > 1)
            title += QStringLiteral(" %1").arg(siblings.indexOf(plot) + 1);
    }
    return title.isEmpty() ? tr("Plot") : title;
}

QString ExportMenu::choose(const QString& title, const QString& name, const QString& filter)
{
    if (chooser_)
        return chooser_(title, name, filter);
    const QString directory =
        studioSettings().value(QStringLiteral("lastExportDirectory"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(window_, title, QDir(directory).filePath(name), filter);
    if (!path.isEmpty())
        studioSettings().setValue(QStringLiteral("lastExportDirectory"),
                                  QFileInfo(path).absolutePath());
    return path;
}

void ExportMenu::report(bool ok, const QString& path, const QString& error)
{
    if (ok) {
        emit statusMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit statusMessage(error);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExportMenu::exportPlot(QCustomPlot* plot)
{
    const QString path =
        choose(tr("Export plot"), plotFileName(plotTitle(plot)) + QStringLiteral(".png"),
               QCoreApplication::translate("bpui::PlotExport", kPlotFilter));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = bpui::exportPlot(plot, path, &error, pngWidth_);
    report(ok, path, error);
}

void ExportMenu::exportHistory()
{
    const QString path =
        choose(tr("Export cost history"), QStringLiteral("history.csv"), tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    // Formatting 10⁶ rows takes seconds: progress with Cancel (nothing is written then).
    QProgressDialog dialog(tr("Exporting the cost history…"), tr("Cancel"), 0, 0, window_);
    dialog.setWindowTitle(tr("Export"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    const std::optional<QString> text =
        historyCsv(history_->rows(), [&](std::size_t done, std::size_t total) {
            dialog.setMaximum(static_cast<int>(total / kHistoryCsvBlock + 1));
            dialog.setValue(static_cast<int>(done / kHistoryCsvBlock));
            return !dialog.wasCanceled();
        });
    if (!text) {
        emit statusMessage(tr("Export cancelled; nothing was written."));
        return;
    }
    QString error;
    const bool ok = writeTextFile(path, *text, &error);
    report(ok, path, error);
}

void ExportMenu::exportGradientCheck()
{
    if (!lastCheck_)
        return;
    const QString path = choose(tr("Export gradient-check table"),
                                QStringLiteral("gradient-check.csv"), tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = writeTextFile(path, gradientTableCsv(*lastCheck_), &error);
    report(ok, path, error);
}

void ExportMenu::exportModel()
{
    const QString path =
        choose(tr("Export model"), QStringLiteral("model.json"), tr("Model file (*.json)"));
    if (path.isEmpty())
        return;
    try {
        bp::saveModel(path.toStdString(), currentModel(*model_));
        report(true, path, {});
    } catch (const std::exception& error) {
        report(false, path, EngineMessages::text(error.what()));
    }
}

void ExportMenu::exportOnnx()
{
    const QString title = onnxFloat64_ ? tr("Export ONNX (float64)") : tr("Export ONNX (float32)");
    const QString path = choose(title, QStringLiteral("model.onnx"), tr("ONNX model (*.onnx)"));
    if (path.isEmpty())
        return;
    try {
        const bp::Model model = currentModel(*model_);
        // The Model overload: it computes the model's input features in the graph.
        bp::exportOnnx(path.toStdString(), model,
                       onnxFloat64_ ? bp::OnnxPrecision::Float64 : bp::OnnxPrecision::Float32);
        report(true, path, {});
    } catch (const std::exception& error) {
        report(false, path, EngineMessages::text(error.what()));
    }
}

void ExportMenu::exportPyTorch()
{
    const QString path =
        choose(tr("Export PyTorch script"), QStringLiteral("model.py"), tr("Python script (*.py)"));
    if (path.isEmpty())
        return;
    try {
        bp::exportPyTorch(path.toStdString(), currentModel(*model_), model_->config());
        report(true, path, {});
    } catch (const std::exception& error) {
        report(false, path, EngineMessages::text(error.what()));
    }
}

} // namespace bpui
