#pragma once
// Diagnose → Learning curve… and Diagnose → Validation curve…: J_train and J_cv (and, on
// request, J_test) against m, λ or the units of a hidden layer, accuracy on the right axis,
// the course's reading beside the plot, progress and Cancel, export as PNG/SVG/PDF and CSV.
// The validation curve marks the lowest J_cv and offers "Use this λ" / "Use this size" as one
// undoable settings change. J_test is never used to choose. Modeless: the window stays usable
// and the plot fills in as the CurveRunner's points arrive.
//
// objectNames: "curvePlot", "curveSweepCombo" (validation: λ / hidden units), "curveTestCheck",
// "curveRunButton", "curveCancelButton", "curveUseButton", "curveExportPlotButton",
// "curveExportCsvButton", "curveProgress", "curveStatus", "curveReading".

#include "curves.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;

namespace bpui {

class CurveRunner;
class ProjectModel;
struct CurveResult;

class CurveDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Learning,
        Validation
    };

    CurveDialog(Mode mode, ProjectModel* model, CurveRunner* runner, QWidget* parent = nullptr);

    Mode mode() const { return mode_; }
    /// Learning, or the validation curve's chosen sweep (Lambda / Units).
    bp::CurveKind kind() const;
    void setKind(bp::CurveKind kind); // validation only: Lambda or Units
    QCustomPlot* plot() const { return plot_; }
    /// The result this dialog shows (null before its first run).
    const CurveResult* result() const;
    /// The validation curve's lowest J_cv so far, or −1.
    int bestIndex() const;
    QString reading() const;

public slots:
    /// Starts the curve with the project's current settings; false when it cannot.
    bool runCurve();
    void cancelCurve();
    /// Validation: applies the marked λ or unit count (one undoable change); false if none.
    bool useBest();
    bool exportPlotTo(const QString& path, QString* error = nullptr);
    bool exportCsvTo(const QString& path, QString* error = nullptr);

signals:
    void statusMessage(const QString& text);

private:
    void makePlot();
    QWidget* makeControls();
    void refresh(); // redraws from the runner's result
    /// Shows the result the runner keeps for this dialog's kind (opened with the project, or
    /// none): its points, progress and status.
    void showKept();
    void setRunning(bool running);
    void exportPlotDialog();
    void exportCsvDialog();
    QString xLabel() const;
    double plotX(double value) const; // λ = 0 drawn at the grid's floor on the log axis

    Mode mode_;
    ProjectModel* model_;
    CurveRunner* runner_;
    bool mine_ = false; // the runner's current curve is this dialog's

    QCustomPlot* plot_ = nullptr;
    QCPGraph* train_ = nullptr;
    QCPGraph* validation_ = nullptr;
    QCPGraph* test_ = nullptr;
    QCPGraph* trainAccuracy_ = nullptr;
    QCPGraph* validationAccuracy_ = nullptr;
    QCPGraph* minimum_ = nullptr;
    QComboBox* sweep_ = nullptr;
    QCheckBox* testCheck_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* useButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* reading_ = nullptr;
};

} // namespace bpui
