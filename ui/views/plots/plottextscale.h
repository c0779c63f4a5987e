#pragma once
// Presentation mode's text size for plots: every axis label, tick label, legend entry, title
// and text item of every registered plot (makePlot) is drawn at its view's own size times
// one scale. Views keep choosing fonts as they like (a legend at 8 pt, a bold title); before
// each replot the scaler notices a font a view has set since and scales that one as its new
// base, so views need no presentation code of their own.

class QCustomPlot;

namespace bpui {

/// The scale for every plot (1 = normal); replots the registered plots.
void setPlotTextScale(double scale);
double plotTextScale();

/// Keeps `plot`'s text at the current scale from now on (makePlot calls it).
void followPlotTextScale(QCustomPlot* plot);

} // namespace bpui
