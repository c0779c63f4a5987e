#include "views/plots/costplotmarkers.h"

#include "views/plots/costplot.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bpui {

CostPlotMarkers::CostPlotMarkers(CostPlot* plot) : QObject(plot), plot_(plot)
{
    connect(plot_->plot(), &QCustomPlot::beforeReplot, this, &CostPlotMarkers::place);
}

void CostPlotMarkers::mark(long iteration, const QString& label)
{
    QCustomPlot* plot = plot_->plot();
    Marker marker;
    marker.iteration = iteration;
    const QPen pen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine);
    marker.line = new QCPItemStraightLine(plot);
    marker.line->setPen(pen);
    // Top to bottom of the axis rect whatever the y scale (log scale has no 0).
    marker.line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    marker.line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    marker.line->setSelectable(false);
    marker.text = new QCPItemText(plot);
    marker.text->setText(label);
    marker.text->setColor(pen.color());
    marker.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    marker.text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    marker.text->setSelectable(false);
    markers_.push_back(marker);
    place();
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void CostPlotMarkers::clear()
{
    for (const Marker& marker : markers_) {
        plot_->plot()->removeItem(marker.line);
        plot_->plot()->removeItem(marker.text);
    }
    markers_.clear();
    plot_->plot()->replot(QCustomPlot::rpQueuedReplot);
}

double CostPlotMarkers::xOf(int index) const
{
    const bp::TrainingHistory& history = plot_->history();
    const long iteration = markers_.at(index).iteration;
    // The last row at or before the event (a non-finite iteration has no row of its own).
    const std::size_t after =
        history.upperBound(bp::TrainingHistory::Field::Iteration, static_cast<double>(iteration));
    if (after == 0)
        return std::nan("");
    return history.value(plot_->xField(), after - 1);
}

void CostPlotMarkers::place()
{
    for (int i = 0; i < count(); ++i) {
        const Marker& marker = markers_[static_cast<std::size_t>(i)];
        const double x = xOf(i);
        marker.line->setVisible(std::isfinite(x));
        marker.text->setVisible(std::isfinite(x));
        if (!std::isfinite(x))
            continue;
        marker.line->point1->setCoords(x, 0.0);
        marker.line->point2->setCoords(x, 1.0);
        marker.text->position->setCoords(x, 0.04);
    }
}

} // namespace bpui
