#include "views/plots/colormaps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bpui {

namespace {

struct Stop
{
    double t;
    QColor colour;
};

// A ColorBrewer RdBu-like ramp with an orange-red negative end: it stays readable for
// colour-blind viewers (no red/green pair) and its white centre makes zero disappear.
const std::array<Stop, 5>& stops()
{
    static const std::array<Stop, 5> s{{{-1.0, QColor(0xD7, 0x30, 0x1F)},
                                        {-0.5, QColor(0xFC, 0x9F, 0x74)},
                                        {0.0, QColor(0xF7, 0xF7, 0xF7)},
                                        {0.5, QColor(0x92, 0xC5, 0xDE)},
                                        {1.0, QColor(0x21, 0x66, 0xAC)}}};
    return s;
}

QColor mix(const QColor& a, const QColor& b, double f)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace

QColor divergingColor(double t)
{
    if (std::isnan(t))
        return QColor(0x99, 0x99, 0x99);
    t = std::clamp(t, -1.0, 1.0);
    const auto& s = stops();
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (t <= s[i].t)
            return mix(s[i - 1].colour, s[i].colour, (t - s[i - 1].t) / (s[i].t - s[i - 1].t));
    }
    return s.back().colour;
}

QCPColorGradient divergingGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (const Stop& stop : stops())
        gradient.setColorStopAt((stop.t + 1.0) / 2.0, stop.colour);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(256);
    return gradient;
}

QColor positiveColor()
{
    return stops().back().colour;
}

QColor negativeColor()
{
    return stops().front().colour;
}

namespace {

ClassPalette currentPalette = ClassPalette::Standard;

} // namespace

void setClassPalette(ClassPalette palette)
{
    if (palette == currentPalette)
        return;
    currentPalette = palette;
    emit classPaletteSignals()->changed();
}

ClassPaletteSignals* classPaletteSignals()
{
    static ClassPaletteSignals instance;
    return &instance;
}

ClassPalette classPalette()
{
    return currentPalette;
}

QColor classColor(int k)
{
    return classColor(k, currentPalette);
}

QColor classColor(int k, ClassPalette palette)
{
    static const std::array<QRgb, 10> tableau{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                              0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    // Okabe & Ito (2008), blue and orange first (the two-class case), then green.
    static const std::array<QRgb, 10> okabeIto{0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9,
                                               0xd55e00, 0xf0e442, 0x000000, 0xbbbbbb, 0x661100};
    const auto& colours = palette == ClassPalette::ColourBlindSafe ? okabeIto : tableau;
    const std::size_t i = static_cast<std::size_t>(k < 0 ? -k : k) % colours.size();
    return QColor::fromRgb(colours[i]);
}

QColor blendWithWhite(const QColor& colour, double strength)
{
    return mix(Qt::white, colour, std::clamp(strength, 0.0, 1.0));
}

} // namespace bpui
