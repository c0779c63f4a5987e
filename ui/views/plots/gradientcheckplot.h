#pragma once
// The gradient check's results: numeric against analytic gradient (a scatter on the y = x
// line), the relative difference of every checked parameter on a log axis coloured by layer
// with the overall ratio (solid, what the verdict compares) and the threshold (dashed), a
// per-layer table, and the overall verdict against a threshold. Legends sit under the axes. Also the Run / Cancel
// buttons, the progress bar and the "repeat during training" setting.
//
// objectNames (for tests): "runGradientCheckButton", "cancelGradientCheckButton",
// "gradientCheckVerdict" (a QLabel whose text starts with "PASS" or "FAIL" once a report is
// shown), "gradientCheckProgress" (QProgressBar), "gradientCheckThreshold" (QDoubleSpinBox),
// "gradientCheckRepeat" (QSpinBox), "gradientCheckTable" (QTableWidget),
// "gradientCheckNote" (QLabel), "gradientCheckScatter", "gradientCheckRelative" (QCustomPlot).

#include "gradientcheck.h"

#include <QWidget>

#include <optional>

class QCPGraph;
class QCustomPlot;
class QHBoxLayout;
class QSpacerItem;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bpui {

class GradientCheckPlot : public QWidget
{
    Q_OBJECT
public:
    explicit GradientCheckPlot(QWidget* parent = nullptr);

    /// samplingNote says what was checked, e.g. "all 67 parameters" or "200 of 101,770
    /// parameters, seed 1".
    void showReport(const bp::GradientCheckReport& report, const QString& samplingNote);
    void setProgress(qint64 done, qint64 total);
    void setRunning(bool running);

    /// Relative difference below which the check passes (default 1e-9, the course's figure).
    double threshold() const;
    void setThreshold(double threshold);
    /// Hides (or shows) Run, Cancel, the progress bar and "repeat during training": for a
    /// view whose owner runs the check itself (the planted-bug lesson).
    void setRunControlsVisible(bool visible);
    /// The report shown was computed for a network or data that are gone (`why`): the verdict
    /// says so, in neutral colours, until the next report.
    void markStale(const QString& why);
    bool isStale() const { return !staleReason_.isEmpty(); }
    /// Multiplies line widths and dot sizes (presentation mode: 1.6; 1 = normal).
    Q_INVOKABLE void setLineScale(double scale);
    /// Redraws in the current class palette (one colour a layer).
    void recolour();
    double lineScale() const { return lineScale_; }

signals:
    void runRequested();
    void cancelRequested();
    /// 0 = off; otherwise run the check every N training iterations.
    void repeatEveryChanged(int iterations);

private:
    void makeRunControls(); // Run, Cancel, threshold, "repeat during training", progress
    void makeVerdict();     // the verdict and the note saying what was checked
    void makePlots();
    void makeTable();
    void layOut();
    void connectControls();
    void updateVerdict();
    void showReferenceLines(); // the threshold and the overall ratio on the relative plot
    void fillPlots(const bp::GradientCheckReport& report);
    void fillTable(const bp::GradientCheckReport& report);

    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QDoubleSpinBox* thresholdSpin_ = nullptr;
    QSpinBox* repeatSpin_ = nullptr;
    QProgressBar* progress_ = nullptr;
    bool progressStarting_ = false; // progress_ says "starting…": no count has come in yet
    QLabel* repeatLabel_ = nullptr;
    QHBoxLayout* controls_ = nullptr;
    QSpacerItem* controlsStretch_ = nullptr;
    QLabel* verdict_ = nullptr;
    QLabel* note_ = nullptr;
    QCustomPlot* scatter_ = nullptr;
    QCustomPlot* relative_ = nullptr;
    QCPGraph* thresholdLegend_ = nullptr; // in relative_: no data, names the dashed line
    QCPGraph* overallGraph_ = nullptr;   // in relative_, solid: what the verdict compares
    QTableWidget* table_ = nullptr;
    std::optional<bp::GradientCheckReport> report_;
    QString staleReason_; // non-empty: report_ belongs to another network or data
    double lineScale_ = 1.0;
};

} // namespace bpui
