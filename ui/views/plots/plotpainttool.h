#pragma once
// Mouse painting on a plot drawn in raw data coordinates (the Prediction plot's decision
// surface or 1-D regression curve): with a class chosen in the PaintPalette, press adds a
// point there (Shift: removes the nearest), dragging adds (or removes) more about every
// kStrokeSpacingPx pixels, release ends the stroke — one undo step (DataPainter). With
// "Pan" chosen the plot drags and zooms as before.

#include <QObject>
#include <QPointF>

class QCustomPlot;
class QMouseEvent;

namespace bpui {

class DataPainter;
class PaintPalette;

class PlotPaintTool : public QObject
{
    Q_OBJECT
public:
    /// Pixels the mouse travels between two painted points of a stroke.
    static constexpr double kStrokeSpacingPx = 12.0;

    PlotPaintTool(QCustomPlot* plot, PaintPalette* palette, DataPainter* painter,
                  QObject* parent = nullptr);
    /// Whether the plot shows something paintable now (raw coordinates).
    void setActive(bool active);

private:
    void applyMode();
    void onPress(QMouseEvent* event);
    void onMove(QMouseEvent* event);
    void onRelease(QMouseEvent* event);
    void paintAt(QPointF pixel);

    QCustomPlot* plot_;
    PaintPalette* palette_;
    DataPainter* painter_;
    bool active_ = false;
    bool removing_ = false;
    QPointF last_; // pixel of the stroke's last point
};

} // namespace bpui
