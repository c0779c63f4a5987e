#include "session/costdecimation.h"

#include <algorithm>
#include <cmath>

namespace bpui {

void decimate(const std::vector<double>& x, const std::vector<bp::IterationStats>& rows,
              std::vector<DecimatedSeries>& series, std::size_t first, std::size_t last, double x0,
              double x1, int columns)
{
    const double perColumn = columns / std::max(x1 - x0, 1e-300);
    const auto flush = [&](DecimatedSeries& s) {
        if (!s.open)
            return;
        const std::size_t a = std::min(s.lo, s.hi);
        const std::size_t b = std::max(s.lo, s.hi);
        s.out->append(QPointF(x[a], rows[a].*s.field));
        if (b != a)
            s.out->append(QPointF(x[b], rows[b].*s.field));
        s.open = false;
    };
    for (DecimatedSeries& s : series)
        s.out->clear();
    for (std::size_t i = first; i < last; ++i) {
        const long c = static_cast<long>(std::floor((x[i] - x0) * perColumn));
        for (DecimatedSeries& s : series) {
            const double v = rows[i].*s.field;
            if (!std::isfinite(v) || (s.positiveOnly && v <= 0.0))
                continue;
            if (c != s.column || !s.open) {
                flush(s);
                s.column = c;
                s.lo = s.hi = i;
                s.open = true;
            } else if (v < rows[s.lo].*s.field) {
                s.lo = i;
            } else if (v > rows[s.hi].*s.field) {
                s.hi = i;
            }
        }
    }
    for (DecimatedSeries& s : series)
        flush(s);
}

} // namespace bpui
