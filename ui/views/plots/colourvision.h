#pragma once
// How a colour looks to a viewer with a colour-vision deficiency (Machado, Oliveira & Fernandes
// 2009, severity 1, applied in linear RGB) and how far apart two colours are (CIE76 ΔE in
// CIELAB, D65): what the colour-blind-safe palette and the weight map are checked against.

#include <QColor>

namespace bpui {

enum class ColourVision
{
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia
};

/// `colour` as a viewer with `vision` sees it.
QColor simulateColourVision(const QColor& colour, ColourVision vision);

/// CIE76 colour difference ΔE*ab: about 2.3 is just noticeable, over 10 clearly different.
double colourDifference(const QColor& a, const QColor& b);

/// CIELAB lightness L* in [0, 100].
double lightness(const QColor& colour);

} // namespace bpui
