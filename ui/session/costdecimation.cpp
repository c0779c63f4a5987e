#include "session/costdecimation.h"

#include <algorithm>
#include <cmath>

namespace bpui {

void decimate(const bp::TrainingHistory& history, HistoryField xField,
              std::vector<DecimatedSeries>& series, std::size_t first, std::size_t last, double x0,
              double x1, int columns)
{
    const double perColumn = columns / std::max(x1 - x0, 1e-300);
    const auto flush = [](DecimatedSeries& s) {
        if (!s.open)
            return;
        s.out->append(s.lo <= s.hi ? s.low : s.high);
        if (s.hi != s.lo)
            s.out->append(s.lo <= s.hi ? s.high : s.low);
        s.open = false;
    };
    for (DecimatedSeries& s : series) {
        s.out->clear();
        s.open = false;
        s.column = LONG_MIN;
    }
    // x, each row's pixel column, and one buffer per series: a block at a time.
    std::vector<double> x(kDecimationBlock);
    std::vector<long> pixel(kDecimationBlock);
    std::vector<double> values(kDecimationBlock);
    for (std::size_t block = first; block < last; block += kDecimationBlock) {
        const std::size_t n = std::min(kDecimationBlock, last - block);
        history.read(xField, block, block + n, x.data());
        for (std::size_t j = 0; j < n; ++j)
            pixel[j] = static_cast<long>(std::floor((x[j] - x0) * perColumn));
        for (DecimatedSeries& s : series) {
            history.read(s.field, block, block + n, values.data());
            for (std::size_t j = 0; j < n; ++j) {
                const double v = values[j];
                if (!std::isfinite(v) || (s.positiveOnly && v <= 0.0))
                    continue;
                const std::size_t i = block + j;
                if (pixel[j] != s.column || !s.open) {
                    flush(s);
                    s.column = pixel[j];
                    s.lo = s.hi = i;
                    s.low = s.high = QPointF(x[j], v);
                    s.open = true;
                } else if (v < s.low.y()) {
                    s.lo = i;
                    s.low = QPointF(x[j], v);
                } else if (v > s.high.y()) {
                    s.hi = i;
                    s.high = QPointF(x[j], v);
                }
            }
        }
    }
    for (DecimatedSeries& s : series)
        flush(s);
}

} // namespace bpui
