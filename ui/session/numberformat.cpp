#include "session/numberformat.h"

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

const QString kMinus = QStringLiteral("\u2212");

/// "1.2300" → "1.23", "42.000" → "42", "1.50e+07" → "1.5e+07".
QString withoutTrailingZeros(QString text)
{
    const qsizetype exponent = text.indexOf(QLatin1Char('e'));
    QString mantissa = exponent < 0 ? text : text.left(exponent);
    const QString tail = exponent < 0 ? QString() : text.mid(exponent);
    if (mantissa.contains(QLatin1Char('.'))) {
        while (mantissa.endsWith(QLatin1Char('0')))
            mantissa.chop(1);
        if (mantissa.endsWith(QLatin1Char('.')))
            mantissa.chop(1);
    }
    return mantissa + tail;
}

} // namespace

QString displayNumber(double value, int significant)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("\u221e") : kMinus + QStringLiteral("\u221e");
    if (value == 0.0)
        return QStringLiteral("0"); // and −0
    significant = std::clamp(significant, 1, 9);
    const double magnitude = std::abs(value);
    QString text;
    if (magnitude >= 1e-3 && magnitude < 1e5) {
        // Whole digits are never rounded away: 12345.6 reads 12346, not 12350.
        const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
        text = QString::number(magnitude, 'f', std::max(0, significant - 1 - exponent));
    } else {
        text = QString::number(magnitude, 'e', significant - 1);
    }
    text = withoutTrailingZeros(text);
    return value < 0 ? kMinus + text : text;
}

QString displayPercent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("\u2014");
    return QStringLiteral("%1 %").arg(100.0 * fraction, 0, 'f', std::clamp(decimals, 0, 6));
}

} // namespace bpui
