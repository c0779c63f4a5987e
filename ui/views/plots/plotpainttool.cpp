#include "views/plots/plotpainttool.h"

#include "session/datapainter.h"
#include "views/plots/paintpalette.h"

#include <QMouseEvent>

#include <qcustomplot.h>

namespace bpui {

PlotPaintTool::PlotPaintTool(QCustomPlot* plot, PaintPalette* palette, DataPainter* painter,
                             QObject* parent)
    : QObject(parent), plot_(plot), palette_(palette), painter_(painter)
{
    connect(plot_, &QCustomPlot::mousePress, this, &PlotPaintTool::onPress);
    connect(plot_, &QCustomPlot::mouseMove, this, &PlotPaintTool::onMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, &PlotPaintTool::onRelease);
    connect(palette_, &PaintPalette::modeChanged, this, &PlotPaintTool::applyMode);
    applyMode();
}

void PlotPaintTool::setActive(bool active)
{
    active_ = active;
    applyMode();
}

void PlotPaintTool::applyMode()
{
    const bool painting = active_ && palette_->mode() >= 0;
    // Dragging paints now; the wheel still zooms.
    plot_->setInteractions(painting ? QCP::Interactions(QCP::iRangeZoom)
                                    : QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setCursor(painting ? Qt::CrossCursor : Qt::ArrowCursor);
}

void PlotPaintTool::onPress(QMouseEvent* event)
{
    if (!active_ || palette_->mode() < 0 || event->button() != Qt::LeftButton ||
        !plot_->axisRect()->rect().contains(event->position().toPoint()) ||
        !painter_->canPaint())
        return;
    removing_ = event->modifiers().testFlag(Qt::ShiftModifier);
    painter_->beginStroke();
    paintAt(event->position());
}

void PlotPaintTool::onMove(QMouseEvent* event)
{
    if (!painter_->inStroke() || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF at = event->position();
    const QPointF d = at - last_;
    if (d.x() * d.x() + d.y() * d.y() >= kStrokeSpacingPx * kStrokeSpacingPx &&
        plot_->axisRect()->rect().contains(at.toPoint()))
        paintAt(at);
}

void PlotPaintTool::onRelease(QMouseEvent*)
{
    painter_->endStroke();
}

void PlotPaintTool::paintAt(QPointF pixel)
{
    last_ = pixel;
    const double x = plot_->xAxis->pixelToCoord(pixel.x());
    const double y = plot_->yAxis->pixelToCoord(pixel.y());
    if (removing_)
        painter_->removeNear(x, y, plot_->xAxis->range().size(), plot_->yAxis->range().size());
    else
        painter_->add(x, y, palette_->mode());
}

} // namespace bpui
