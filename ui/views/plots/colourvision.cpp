#include "views/plots/colourvision.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bpui {

namespace {

using Vector = std::array<double, 3>;
using Matrix = std::array<Vector, 3>;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Vector linearRgb(const QColor& colour)
{
    return {toLinear(colour.redF()), toLinear(colour.greenF()), toLinear(colour.blueF())};
}

const Matrix& machado(ColourVision vision)
{
    static const Matrix identity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
    static const Matrix protanopia{{{0.152286, 1.052583, -0.204868},
                                    {0.114503, 0.786281, 0.099216},
                                    {-0.003882, -0.048116, 1.051998}}};
    static const Matrix deuteranopia{{{0.367322, 0.860646, -0.227968},
                                      {0.280085, 0.672501, 0.047413},
                                      {-0.011820, 0.042940, 0.968881}}};
    static const Matrix tritanopia{{{1.255528, -0.076749, -0.178779},
                                    {-0.078411, 0.930809, 0.147602},
                                    {0.004733, 0.691367, 0.303900}}};
    switch (vision) {
    case ColourVision::Protanopia:
        return protanopia;
    case ColourVision::Deuteranopia:
        return deuteranopia;
    case ColourVision::Tritanopia:
        return tritanopia;
    case ColourVision::Normal:
        break;
    }
    return identity;
}

Vector lab(const QColor& colour)
{
    const Vector l = linearRgb(colour);
    const double x = 0.4124564 * l[0] + 0.3575761 * l[1] + 0.1804375 * l[2];
    const double y = 0.2126729 * l[0] + 0.7151522 * l[1] + 0.0721750 * l[2];
    const double z = 0.0193339 * l[0] + 0.1191920 * l[1] + 0.9503041 * l[2];
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    const double fx = f(x / 0.95047);
    const double fy = f(y);
    const double fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

} // namespace

QColor simulateColourVision(const QColor& colour, ColourVision vision)
{
    const Vector in = linearRgb(colour);
    const Matrix& m = machado(vision);
    Vector out{};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    return QColor::fromRgbF(float(toGamma(out[0])), float(toGamma(out[1])),
                            float(toGamma(out[2])));
}

double colourDifference(const QColor& a, const QColor& b)
{
    const Vector p = lab(a);
    const Vector q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

double lightness(const QColor& colour)
{
    return lab(colour)[0];
}

} // namespace bpui
