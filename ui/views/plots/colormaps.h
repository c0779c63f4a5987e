#pragma once
// Colours shared by every view, so a weight looks the same in the diagram, the heat maps and
// the thumbnails: a diverging map centred on zero (orange-red negative, near-white zero, blue
// positive) and a qualitative palette for classes.

#include <qcustomplot.h>

#include <QColor>

namespace bpui {

/// t in [−1, 1] (clamped): −1 orange-red, 0 near-white, +1 blue. NaN gives grey.
QColor divergingColor(double t);

/// The same map for a QCPColorMap whose data range is the symmetric [−m, m].
QCPColorGradient divergingGradient();

/// Sign colours for single strokes (links): saturated ends of the diverging map.
QColor positiveColor();
QColor negativeColor();

/// Qualitative palette (Tableau 10), repeating after ten classes.
QColor classColor(int k);

/// colour faded toward white: strength 0 gives white, 1 the colour itself.
QColor blendWithWhite(const QColor& colour, double strength);

} // namespace bpui
