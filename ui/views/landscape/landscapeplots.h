#pragma once
// The Landscape dock's drawings, apart from its controls: the two 1-D slices and the contour
// plot's items (colour map and scale, the live run's projected path with its start, θ at the
// origin, the ticked runs' paths). Plots are made with makePlot (plots/plotregistry.h), so
// export and presentation mode's text scale find them like every other plot.

#include "session/landscape/landscaperunner.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QCPGraph;
class QCustomPlot;
class QWidget;

namespace bpui {

/// A plot for the dock, named `name`, with a small minimum size: the dock scrolls rather
/// than raise the window's minimum size.
QCustomPlot* makeLandscapePlot(QWidget* parent, const char* name, const QString& xLabel,
                               const QString& yLabel);

/// J along θ₀→θ (t = 0 and t = 1 marked with their J) and along −∇J (α marked, the tangent
/// J − s‖∇J‖² dashed down to the slice's lowest J).
void drawLandscapeSlices(QCustomPlot* pathPlot, QCustomPlot* gradientPlot,
                         const LandscapeResult& result);
void clearLandscapeSlices(QCustomPlot* pathPlot, QCustomPlot* gradientPlot);

class LandscapeContour
{
public:
    /// Adds the colour map, its scale and the live path's items to `plot`.
    explicit LandscapeContour(QCustomPlot* plot);

    /// Draws the grid and every path; returns the ticked runs as rich-text legend entries
    /// (a dot in the run's colour and its name).
    QStringList draw(const LandscapeResult& result, bool logScale);
    void clear();
    /// Colours over the finite J drawn: linear, or logarithmic (when every J > 0 is there).
    void applyColourScale(bool logScale);

    QCPColorMap* colorMap() const { return colorMap_; }
    QCPCurve* pathCurve() const { return pathCurve_; }
    const QList<QCPCurve*>& otherCurves() const { return otherCurves_; }

private:
    void removeOtherCurves();

    QCustomPlot* plot_;
    QCPColorMap* colorMap_;
    QCPColorScale* colorScale_;
    QCPCurve* pathCurve_;
    QCPGraph* start_;
    QCPGraph* origin_;
    QList<QCPCurve*> otherCurves_;
};

} // namespace bpui
