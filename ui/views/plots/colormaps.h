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

/// The class palettes: Tableau 10 (the default), or Okabe–Ito's eight colours for colour-blind
/// viewers (extended by a light grey and a dark brown to ten): under simulated protanopia,
/// deuteranopia and tritanopia every pair of its ten colours stays ≥ 14 ΔE apart, where
/// Tableau's orange and green (classes 2 and 3) fall to 4.6 under protanopia
/// (tst_accessibility, docs/user-guide.md).
enum class ClassPalette
{
    Standard,
    ColourBlindSafe
};
/// The palette classColor() draws from (GUI thread; View → Colour-blind-safe class colours).
/// A change is announced by classPaletteSignals()->changed(): the views that draw classes or
/// layers in class colours redraw.
void setClassPalette(ClassPalette palette);
ClassPalette classPalette();

class ClassPaletteSignals : public QObject
{
    Q_OBJECT
signals:
    void changed();
};
ClassPaletteSignals* classPaletteSignals();

/// Qualitative palette of the current ClassPalette, repeating after ten classes.
QColor classColor(int k);
QColor classColor(int k, ClassPalette palette);

/// colour faded toward white: strength 0 gives white, 1 the colour itself.
QColor blendWithWhite(const QColor& colour, double strength);

} // namespace bpui
