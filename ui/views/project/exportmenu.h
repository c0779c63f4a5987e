#pragma once
// File → Export: any plot (PNG / SVG / PDF), the cost history (CSV), the model (JSON model
// file), ONNX (float32, or float64 when "ONNX in float64" is checked) and a PyTorch script;
// and an "Export…" context menu on every plot of the window.
//
// objectNames: this "exportMenu"; the menu "exportMenu"; actions "actionExportHistory",
// "actionExportGradientCheck" (enabled once a check has run), "actionExportModel",
// "actionExportOnnx", "actionExportOnnxFloat64" (checkable, off: float32 is what runtimes
// read), "actionExportPyTorch"; the submenu "pngWidthMenu".

#include "gradientcheck.h"
#include "views/plots/plotexport.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QCustomPlot;
class QAction;
class QMainWindow;
class QMenu;

namespace bpui {

class LiveHistory;
class ProjectModel;
class Session;

class ExportMenu : public QObject
{
    Q_OBJECT
public:
    /// Chooses a file to write (empty = cancelled): title, suggested name, filter.
    using FileChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filter)>;

    /// Exports the session's project, history and last gradient check.
    ExportMenu(QMainWindow* window, Session* session);

    /// Adds the Export submenu.
    void populateFileMenu(QMenu* file);
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    /// Gives every plot of the window that has no context menu of its own "Export…".
    void addPlotContextMenus();

public slots:
    void exportPlot(QCustomPlot* plot);
    void exportHistory();
    void exportGradientCheck();
    void exportModel();
    void exportOnnx();
    /// The project's network, weights, normalisation and training settings as one Python
    /// file (core/pytorchexport.h).
    void exportPyTorch();
    /// Whether File → Export → ONNX writes float64 tensors (the "ONNX in float64" check box).
    void setOnnxFloat64(bool on);
    /// The width of exported PNG images in pixels (File → Export → PNG width; the plot keeps
    /// its on-screen layout, drawn at higher resolution); 0 = the on-screen size.
    void setPngWidth(int pixels) { pngWidth_ = pixels; }
    int pngWidth() const { return pngWidth_; }

signals:
    void statusMessage(const QString& text);

private:
    QString plotTitle(QCustomPlot* plot) const;
    /// "Θ(1) heat map" → "theta1-heat-map", "Predicción" → "predicción": lower-case letters
    /// and digits of any script, every other run one "-" (a name any shell accepts unquoted).
    static QString plotFileName(const QString& title);
    QString choose(const QString& title, const QString& name, const QString& filter);
    void report(bool ok, const QString& path, const QString& error);
    void fillPlotMenu(QMenu* menu);

    QMainWindow* window_;
    ProjectModel* model_;
    LiveHistory* history_;
    FileChooser chooser_;
    QAction* checkAction_ = nullptr;
    QAction* onnxFloat64Action_ = nullptr;
    bool onnxFloat64_ = false; // the check box's state, also before the menu exists
    int pngWidth_ = kDefaultPngWidth; // pixels; 0 = as on screen
    std::optional<bp::GradientCheckReport> lastCheck_; // the table the Gradient check dock shows
};

} // namespace bpui
