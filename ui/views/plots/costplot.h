#pragma once
// Training and validation cost (and accuracy on the right axis) against iteration, epoch,
// cost evaluations or seconds. Draws the session's LiveHistory (it keeps no rows of its own
// and no x per row: x is the history's iteration, epoch, evaluations or seconds column, read
// with the values a block at a time) as a min/max-per-pixel-column decimation of the visible
// range, so a million rows redraw in milliseconds.
//
// Controls (objectNames, for tests): "costXAxisCombo" (iteration / epoch / evaluations /
// seconds), "costLogScaleCheck", "costAccuracyCheck", "costFitButton"; the QCustomPlot is
// "costPlotArea" and the hover read-out label "costReadout".
//
// Overlays: other runs' training cost (the Runs dock's ticked runs), each in its own colour
// and named in the legend, on the same x axis choice and decimated the same way.
//
// A diverging run's costs reach 1e305 and then infinity, beyond what an axis can span
// (QCustomPlot refuses ranges past 1e250), so an unclamped fit showed no curve at all: costs
// above kTopOfScale and non-finite ones (a training cost, or a validation cost of +∞) are
// drawn at kTopOfScale and marked by the graph "costOffScale" (red triangles, "∞" in the
// legend and a "∞" label at the last one). With no rows at all the legend hides and the axes
// go back to their empty ranges.

#include "session/livehistory.h"
#include "trainer.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QCPAxis;
class QCPGraphData;
class QComboBox;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTimer;

namespace bpui {

class CostReadout;

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

    /// Costs above this (and non-finite ones) are drawn at it and marked "∞".
    static constexpr double kTopOfScale = 1e200;

    /// Draws `history`, which must outlive the plot.
    explicit CostPlot(const LiveHistory* history, QWidget* parent = nullptr);

    /// The rows drawn (the session's live history).
    const bp::TrainingHistory& history() const { return history_->rows(); }
    /// Points handed to QCustomPlot by the last redraw, over all series.
    int drawnPointCount() const { return drawnPoints_; }

    /// Draws (or replaces) run `id`'s training cost curve in `colour`, named `name`.
    void setOverlay(int id, const QString& name, const QColor& colour,
                    const bp::TrainingHistory& rows);
    /// Appends the rows of `rows` (run `id`'s, growing) that its curve does not have yet.
    void appendOverlayRows(int id, const bp::TrainingHistory& rows);
    void removeOverlay(int id);
    void clearOverlays();
    int overlayCount() const { return static_cast<int>(overlays_.size()); }
    QCPGraph* overlayGraph(int id) const; // null when run `id` is not overlaid
    /// The markers of costs drawn at kTopOfScale (huge or non-finite), as of the last redraw.
    QCPGraph* offScaleGraph() const { return offScale_; }

    void setXAxis(XAxis axis);
    XAxis xAxis() const { return xAxis_; }
    void setLogScale(bool on);
    bool logScale() const { return logScale_; }
    QCustomPlot* plot() const { return plot_; }
    /// Where `row` sits on the current x axis.
    double xOf(const bp::IterationStats& row) const;
    /// The history column the current x axis counts.
    bp::TrainingHistory::Field xField() const;
    /// Multiplies every curve's pen width by scale relative to the normal width (presentation
    /// mode: 1.6; 1 restores). Curves added later are drawn at the normal width.
    Q_INVOKABLE void setLineScale(double scale);
    double lineScale() const { return lineScale_; }

private:
    void makeControls(); // x axis, log scale, accuracy, Fit
    void makePlotArea();
    void makeGraphs(); // the four curves, and the crosshair that follows the mouse
    void makeRedrawTimer();
    void layOut();
    void connectControls();
    void followHistory();
    void onRowsAppended(std::size_t first);
    void onHistoryReset();
    void scheduleRedraw();
    void redraw();
    void rescan(); // the non-finite rows, and each overlay's x range on the current axis
    void noteNonFinite(std::size_t first); // rows [first, size()) of the history
    void showEmpty(); // no rows, no overlays: no legend, the axes' empty ranges
    void fitToData();
    /// A curve on `valueAxis`, drawn as given (the plot decimates, QCustomPlot need not).
    static QCPGraph* makeCurve(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name,
                               const QColor& colour, Qt::PenStyle style);
    /// The decimation's (x, value) points as QCustomPlot's own (a few thousand at most).
    static void toGraphData(const QVector<QPointF>& from, QVector<QCPGraphData>& to);

    QComboBox* axisCombo_ = nullptr;
    QCheckBox* logCheck_ = nullptr;
    QCheckBox* accuracyCheck_ = nullptr;
    QPushButton* fitButton_ = nullptr;
    CostReadout* readout_ = nullptr; // the hover read-out and its crosshair
    QCustomPlot* plot_ = nullptr;
    QCPGraph* trainCost_ = nullptr;
    QCPGraph* validationCost_ = nullptr;
    QCPGraph* trainAccuracy_ = nullptr;
    QCPGraph* validationAccuracy_ = nullptr;
    QCPGraph* offScale_ = nullptr;         // markers at kTopOfScale
    QCPItemText* offScaleLabel_ = nullptr; // "∞" above the last of them
    QTimer* redrawTimer_ = nullptr;

    struct Overlay
    {
        int id = 0;
        QCPGraph* graph = nullptr;
        bp::TrainingHistory rows; // a copy: the run may be removed while its curve is drawn
        // Over the rows scanned so far (all of them): the x range, and whether x never
        // decreases (then the visible range is found by bisection and decimated).
        std::size_t scanned = 0;
        double xMin = 0.0, xMax = 0.0;
        bool sorted = true;
    };
    Overlay* findOverlay(int id);
    void scanOverlayX(Overlay& overlay); // rows [scanned, size()) on the current axis
    void drawOverlay(const Overlay& overlay, int columns, QVector<QCPGraphData>& points);

    std::vector<Overlay> overlays_;
    const LiveHistory* history_;
    std::size_t scannedRows_ = 0; // history rows looked at by noteNonFinite
    // Rows whose training cost is non-finite or whose validation cost is +∞ (the decimation
    // skips them; they are marked at the top of the scale).
    std::vector<std::size_t> nonFiniteRows_;
    XAxis xAxis_ = XAxis::Iteration;
    bool logScale_ = false;
    bool followData_ = true; // until the user drags or zooms, the view tracks the whole history
    bool settingRange_ = false;
    int drawnPoints_ = 0;
    double lineScale_ = 1.0;
};

} // namespace bpui
