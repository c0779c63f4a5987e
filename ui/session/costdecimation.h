#pragma once
// Min/max decimation: within each pixel column of [x0, x1] keep the lowest and the highest
// point, in their original order, so spikes survive and a line through them looks like the
// full line. Non-finite values (no validation yet) are skipped; so are values ≤ 0 on a log axis.
// All series are decimated in one pass over the rows: with 10⁶ rows of 80 bytes, a pass per
// series would read the whole history from memory once per curve (bps-guibench C1: 4 passes
// took ≈ 50 ms on a loaded machine, one pass ≈ 39 ms of which the rest is painting).

#include "trainer.h"

#include <QPointF>
#include <QVector>

#include <climits>
#include <cstddef>
#include <vector>

namespace bpui {

/// A column of the training history (&bp::IterationStats::trainCost, …).
using HistoryField = double bp::IterationStats::*;

/// One history field to decimate, its output, and its running state within a pass.
struct DecimatedSeries
{
    HistoryField field;
    bool positiveOnly;
    QVector<QPointF>* out; // (x, value); the plot copies them into its own point type
    long column = LONG_MIN;
    std::size_t lo = 0;
    std::size_t hi = 0;
    bool open = false;
};

/// Decimates rows [first, last) of every series at once over `columns` pixel columns spanning
/// x ∈ [x0, x1]; x[i] is row i's abscissa, nondecreasing. Replaces each series' output.
void decimate(const std::vector<double>& x, const std::vector<bp::IterationStats>& rows,
              std::vector<DecimatedSeries>& series, std::size_t first, std::size_t last, double x0,
              double x1, int columns);

} // namespace bpui
