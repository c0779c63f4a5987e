#pragma once
// Training and validation cost (and accuracy on the right axis) against iteration, epoch,
// cost evaluations or seconds. Keeps every history row; draws a min/max-per-pixel-column
// decimation of the visible range so a million rows redraw in milliseconds.
//
// Controls (objectNames, for tests): "costXAxisCombo" (iteration / epoch / evaluations /
// seconds), "costLogScaleCheck", "costAccuracyCheck", "costFitButton"; the QCustomPlot is
// "costPlotArea" and the hover read-out label "costReadout".

#include "trainer.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QTimer;

namespace bpui {

class CostPlot : public QWidget
{
    Q_OBJECT
public:
    enum class XAxis
    {
        Iteration,
        Epoch,
        Evaluations,
        Seconds
    };

    explicit CostPlot(QWidget* parent = nullptr);

    /// Appends rows to the full history (never thinned) and schedules a redraw.
    void appendRows(const std::vector<bp::IterationStats>& rows);
    void clear();

    const std::vector<bp::IterationStats>& history() const { return history_; }
    /// Points handed to QCustomPlot by the last redraw, over all series.
    int drawnPointCount() const { return drawnPoints_; }

    void setXAxis(XAxis axis);
    XAxis xAxis() const { return xAxis_; }
    void setLogScale(bool on);
    bool logScale() const { return logScale_; }
    QCustomPlot* plot() const { return plot_; }
    /// Multiplies every curve's pen width by scale relative to the normal width (presentation
    /// mode: 1.6; 1 restores). Curves added later are drawn at the normal width.
    Q_INVOKABLE void setLineScale(double scale);
    double lineScale() const { return lineScale_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRedraw();
    void redraw();
    void recomputeX();
    double xOf(const bp::IterationStats& row) const;
    void fitToData();
    void showReadout(const QPoint& pixel);
    void hideReadout();

    QComboBox* axisCombo_ = nullptr;
    QCheckBox* logCheck_ = nullptr;
    QCheckBox* accuracyCheck_ = nullptr;
    QLabel* readout_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPGraph* trainCost_ = nullptr;
    QCPGraph* validationCost_ = nullptr;
    QCPGraph* trainAccuracy_ = nullptr;
    QCPGraph* validationAccuracy_ = nullptr;
    QCPItemTracer* tracer_ = nullptr;
    QTimer* redrawTimer_ = nullptr;

    std::vector<bp::IterationStats> history_;
    std::vector<double> x_; // x of every row on the chosen axis (non-decreasing)
    XAxis xAxis_ = XAxis::Iteration;
    bool logScale_ = false;
    bool followData_ = true; // until the user drags or zooms, the view tracks the whole history
    bool settingRange_ = false;
    int drawnPoints_ = 0;
    double lineScale_ = 1.0;
};

} // namespace bpui
