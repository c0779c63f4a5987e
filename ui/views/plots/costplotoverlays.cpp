// CostPlot's overlays: other runs' training cost, each a copy of the run's rows (a
// TrainingHistory), decimated like the live curves when their x never decreases.
#include "views/plots/costplot.h"

#include "session/costdecimation.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bpui {

CostPlot::Overlay* CostPlot::findOverlay(int id)
{
    for (Overlay& overlay : overlays_)
        if (overlay.id == id)
            return &overlay;
    return nullptr;
}

QCPGraph* CostPlot::overlayGraph(int id) const
{
    for (const Overlay& overlay : overlays_)
        if (overlay.id == id)
            return overlay.graph;
    return nullptr;
}

void CostPlot::scanOverlayX(Overlay& overlay)
{
    const bp::TrainingHistory& rows = overlay.rows;
    const HistoryField field = xField();
    if (overlay.scanned == 0) {
        overlay.xMin = std::numeric_limits<double>::infinity();
        overlay.xMax = -overlay.xMin;
        overlay.sorted = true;
    }
    double previous = overlay.scanned > 0 ? rows.value(field, overlay.scanned - 1)
                                          : -std::numeric_limits<double>::infinity();
    std::vector<double> x(kDecimationBlock);
    for (std::size_t block = overlay.scanned; block < rows.size(); block += kDecimationBlock) {
        const std::size_t n = std::min(kDecimationBlock, rows.size() - block);
        rows.read(field, block, block + n, x.data());
        for (std::size_t j = 0; j < n; ++j) {
            overlay.xMin = std::min(overlay.xMin, x[j]);
            overlay.xMax = std::max(overlay.xMax, x[j]);
            overlay.sorted = overlay.sorted && !(x[j] < previous);
            previous = x[j];
        }
    }
    overlay.scanned = rows.size();
}

void CostPlot::setOverlay(int id, const QString& name, const QColor& colour,
                          const bp::TrainingHistory& rows)
{
    Overlay* overlay = findOverlay(id);
    if (overlay == nullptr) {
        overlays_.push_back({});
        overlay = &overlays_.back();
        overlay->id = id;
        overlay->graph = makeCurve(plot_, plot_->yAxis, name, colour, Qt::SolidLine);
    }
    overlay->graph->setName(name);
    QPen pen = overlay->graph->pen();
    pen.setColor(colour);
    overlay->graph->setPen(pen);
    overlay->rows = rows;
    overlay->scanned = 0;
    scanOverlayX(*overlay);
    fitToData();
}

void CostPlot::appendOverlayRows(int id, const bp::TrainingHistory& rows)
{
    Overlay* overlay = findOverlay(id);
    if (overlay == nullptr || overlay->rows.size() >= rows.size())
        return;
    for (std::size_t i = overlay->rows.size(); i < rows.size(); ++i)
        overlay->rows.push_back(rows[i]);
    scanOverlayX(*overlay);
    scheduleRedraw();
}

void CostPlot::removeOverlay(int id)
{
    for (auto it = overlays_.begin(); it != overlays_.end(); ++it) {
        if (it->id == id) {
            plot_->removeGraph(it->graph);
            overlays_.erase(it);
            scheduleRedraw();
            return;
        }
    }
}

void CostPlot::clearOverlays()
{
    for (const Overlay& overlay : overlays_)
        plot_->removeGraph(overlay.graph);
    overlays_.clear();
    scheduleRedraw();
}

void CostPlot::drawOverlay(const Overlay& overlay, int columns, QVector<QCPGraphData>& points)
{
    points.clear();
    const bp::TrainingHistory& rows = overlay.rows;
    const HistoryField xf = xField();
    const QCPRange range = plot_->xAxis->range();
    if (overlay.sorted) {
        std::size_t from = rows.lowerBound(xf, range.lower);
        std::size_t to = rows.upperBound(xf, range.upper);
        from = from > 0 ? from - 1 : 0;
        to = std::min(to + 1, rows.size());
        if (from >= to)
            return;
        QVector<QPointF> kept;
        std::vector<DecimatedSeries> cost{{HistoryField::TrainCost, logScale_, &kept}};
        decimate(rows, xf, cost, from, to, range.lower, range.upper, columns);
        toGraphData(kept, points);
        return;
    }
    // A history saved before runs were kept continuous: drawn as it is, undecimated.
    std::vector<double> x(kDecimationBlock), cost(kDecimationBlock);
    for (std::size_t block = 0; block < rows.size(); block += kDecimationBlock) {
        const std::size_t n = std::min(kDecimationBlock, rows.size() - block);
        rows.read(xf, block, block + n, x.data());
        rows.read(HistoryField::TrainCost, block, block + n, cost.data());
        for (std::size_t j = 0; j < n; ++j)
            if (std::isfinite(cost[j]) && (!logScale_ || cost[j] > 0.0))
                points.append(QCPGraphData(x[j], cost[j]));
    }
}

} // namespace bpui
