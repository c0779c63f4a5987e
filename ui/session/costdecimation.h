#pragma once
// Min/max decimation: within each pixel column of [x0, x1] keep the lowest and the highest
// point, in their original order, so spikes survive and a line through them looks like the
// full line. Non-finite values (no validation yet) are skipped; so are values ≤ 0 on a log axis.
// All series are decimated in one pass over the rows, reading the history's columns a block
// at a time (TrainingHistory::read, kDecimationBlock rows into small buffers): the history
// is never copied into rows, and no abscissa is cached per row — x is a column too
// (iteration, epoch, evaluations or seconds), read alongside the values.

#include "traininghistory.h"

#include <QPointF>
#include <QVector>

#include <climits>
#include <cstddef>
#include <vector>

namespace bpui {

/// A column of the training history (Field::TrainCost, …).
using HistoryField = bp::TrainingHistory::Field;

/// Rows read per step: 4096 × 8 bytes per column stays in the L1/L2 cache.
inline constexpr std::size_t kDecimationBlock = 4096;

/// One history field to decimate, its output, and its running state within a pass.
struct DecimatedSeries
{
    HistoryField field;
    bool positiveOnly;
    QVector<QPointF>* out; // (x, value); the plot copies them into its own point type
    long column = LONG_MIN;
    std::size_t lo = 0, hi = 0; // rows of the open column's lowest and highest point
    QPointF low{}, high{};
    bool open = false;
};

/// Decimates rows [first, last) of every series at once over `columns` pixel columns spanning
/// x ∈ [x0, x1]; column `xField` is each row's abscissa, nondecreasing over the range.
/// Replaces each series' output.
void decimate(const bp::TrainingHistory& history, HistoryField xField,
              std::vector<DecimatedSeries>& series, std::size_t first, std::size_t last, double x0,
              double x1, int columns);

} // namespace bpui
