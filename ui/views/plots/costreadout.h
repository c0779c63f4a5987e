#pragma once
// The cost plot's hover read-out: the history row nearest the mouse — taken from the full,
// undecimated history, not from the decimated curve that is drawn — as a line of text under
// the plot ("costReadout") and a crosshair on the training cost. It clears when the mouse
// leaves the plot or the history is reset.

#include "traininghistory.h"

#include <QObject>

#include <functional>

class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QPoint;

namespace bpui {

class LiveHistory;

class CostReadout : public QObject
{
    Q_OBJECT
public:
    /// `xField` names the history column on the plot's x axis (non-decreasing). The label is
    /// created as a child of `labelParent`, for its layout.
    CostReadout(QCustomPlot* plot, const LiveHistory* history,
                std::function<bp::TrainingHistory::Field()> xField, QWidget* labelParent);

    QLabel* label() const { return label_; }

    /// Shows the row nearest the pixel's x, or clears outside the axis rectangle.
    void showAt(const QPoint& pixel);
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCustomPlot* plot_;
    const LiveHistory* history_;
    std::function<bp::TrainingHistory::Field()> xField_;
    QLabel* label_;
    QCPItemTracer* tracer_;
};

} // namespace bpui
