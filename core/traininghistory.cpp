#include "traininghistory.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>

namespace bp {

namespace {

/// Bit-exact equality, with every NaN equal to every NaN.
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) ||
           (std::isnan(a) && std::isnan(b));
}

/// The first index whose row is ≥ row (lower) or > row (upper), in an ascending list.
std::size_t firstRowAtLeast(const ChunkedArray<std::uint64_t>& rows, std::uint64_t row)
{
    std::size_t lo = 0, hi = rows.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (rows[mid] < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t firstRowAfter(const ChunkedArray<std::uint64_t>& rows, std::uint64_t row)
{
    std::size_t lo = 0, hi = rows.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (rows[mid] <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// A rule's exceptions (or a run-length column's changes) may reach this many before the
// column is rewritten in another form: the first rows of a run are often irregular.
constexpr std::size_t kMinBeforeSwitch = 64;
// Values converted per step when a column is rewritten.
constexpr std::size_t kRewriteChunk = 512;

} // namespace

// ---- Column ---------------------------------------------------------------------------------

double TrainingHistory::Column::predict(std::size_t i, double referenceValue) const
{
    if (rule_ == Rule::EqualsReference)
        return referenceValue;
    return base_ + step_ * static_cast<double>(i);
}

void TrainingHistory::Column::push(double value, double referenceValue, const Column& reference)
{
    const std::size_t i = n_++;
    const bool changed = i == 0 || !sameBits(value, previous_);
    changes_ += changed ? 1 : 0;
    previous_ = value;
    if (i == 0) {
        first_ = value;
        return;
    }
    if (rule_ == Rule::Undecided) {
        // Decide the rule on row 1 (row 0 is often special: the initial weights, an epoch end).
        if (std::isnan(value)) {
            rule_ = Rule::Affine; // constant NaN
            base_ = value;
            step_ = 0.0;
        } else if (mayEqualReference_ && sameBits(value, referenceValue)) {
            rule_ = Rule::EqualsReference;
        } else if (!changed) {
            rule_ = Rule::RunLength;
        } else {
            base_ = first_;
            step_ = value - first_;
            rule_ = std::isfinite(step_) && sameBits(predict(1, referenceValue), value)
                        ? Rule::Affine
                        : Rule::Dense;
        }
        if (rule_ == Rule::Dense) {
            dense_.push_back(first_);
        } else if (rule_ == Rule::RunLength) {
            rows_.push_back(0);
            values_.push_back(first_);
        } else if (!sameBits(predict(0, reference.at(0, reference)), first_)) {
            addException(0, first_, reference);
        }
    }
    switch (rule_) {
    case Rule::Dense:
        dense_.push_back(value);
        // A column that went dense early (accuracies change often in the first epochs) is
        // looked at again once per block: run length when it would take under half the bytes.
        if (n_ % ChunkedArray<double>::kBlockSize == 0 && 4 * changes_ < n_)
            becomeRunLength(reference);
        break;
    case Rule::RunLength:
        if (changed)
            addChange(i, value, reference);
        break;
    default:
        if (!sameBits(predict(i, referenceValue), value))
            addException(i, value, reference);
        break;
    }
}

void TrainingHistory::Column::addException(std::size_t i, double value, const Column& reference)
{
    rows_.push_back(i);
    values_.push_back(value);
    // An exception costs 16 bytes, a dense row 8: rewrite once exceptions are half the rows.
    if (rows_.size() < kMinBeforeSwitch || 2 * rows_.size() < n_)
        return;
    if (2 * changes_ < n_)
        becomeRunLength(reference);
    else
        becomeDense(reference);
}

void TrainingHistory::Column::addChange(std::size_t i, double value, const Column& reference)
{
    rows_.push_back(i);
    values_.push_back(value);
    // A change costs 16 bytes, a dense row 8.
    if (rows_.size() >= kMinBeforeSwitch && 2 * rows_.size() > n_)
        becomeDense(reference);
}

void TrainingHistory::Column::becomeDense(const Column& reference)
{
    ChunkedArray<double> dense;
    double chunk[kRewriteChunk];
    for (std::size_t k = 0; k < n_; k += kRewriteChunk) {
        const std::size_t count = std::min(kRewriteChunk, n_ - k);
        read(k, k + count, chunk, reference);
        for (std::size_t j = 0; j < count; ++j)
            dense.push_back(chunk[j]);
    }
    dense_ = std::move(dense);
    rows_.clear();
    values_.clear();
    rule_ = Rule::Dense;
}

void TrainingHistory::Column::becomeRunLength(const Column& reference)
{
    ChunkedArray<std::uint64_t> rows;
    ChunkedArray<double> values;
    double chunk[kRewriteChunk];
    for (std::size_t k = 0; k < n_; k += kRewriteChunk) {
        const std::size_t count = std::min(kRewriteChunk, n_ - k);
        read(k, k + count, chunk, reference);
        for (std::size_t j = 0; j < count; ++j) {
            if (k + j == 0 || !sameBits(chunk[j], values.back())) {
                rows.push_back(k + j);
                values.push_back(chunk[j]);
            }
        }
    }
    rows_ = std::move(rows);
    values_ = std::move(values);
    dense_.clear();
    changes_ = rows_.size();
    rule_ = Rule::RunLength;
}

double TrainingHistory::Column::at(std::size_t i, const Column& reference) const
{
    switch (rule_) {
    case Rule::Undecided:
        return first_;
    case Rule::Dense:
        return dense_[i];
    case Rule::RunLength:
        return values_[firstRowAfter(rows_, i) - 1]; // row 0 always starts a run
    default:
        break;
    }
    const std::size_t j = firstRowAtLeast(rows_, i);
    if (j < rows_.size() && rows_[j] == i)
        return values_[j];
    return predict(i, rule_ == Rule::EqualsReference ? reference.at(i, reference) : 0.0);
}

void TrainingHistory::Column::read(std::size_t first, std::size_t last, double* out,
                                   const Column& reference) const
{
    if (first >= last)
        return;
    switch (rule_) {
    case Rule::Undecided:
        std::fill(out, out + (last - first), first_);
        return;
    case Rule::Dense:
        for (std::size_t k = first; k < last;) {
            std::size_t count = 0;
            const double* from = dense_.run(k, count);
            count = std::min(count, last - k);
            std::copy(from, from + count, out + (k - first));
            k += count;
        }
        return;
    case Rule::RunLength:
        // Run j covers rows [rows_[j], rows_[j + 1]).
        for (std::size_t k = first, j = firstRowAfter(rows_, first) - 1; k < last; ++j) {
            const std::size_t end =
                j + 1 < rows_.size() ? std::min<std::size_t>(rows_[j + 1], last) : last;
            std::fill(out + (k - first), out + (end - first), values_[j]);
            k = end;
        }
        return;
    case Rule::Affine:
        for (std::size_t k = first; k < last; ++k)
            out[k - first] = predict(k, 0.0);
        break;
    case Rule::EqualsReference:
        reference.read(first, last, out, reference);
        break;
    }
    for (std::size_t j = firstRowAtLeast(rows_, first); j < rows_.size() && rows_[j] < last; ++j)
        out[rows_[j] - first] = values_[j];
}

void TrainingHistory::Column::clear()
{
    *this = Column(mayEqualReference_);
}

std::size_t TrainingHistory::Column::bytes() const
{
    return rows_.bytes() + values_.bytes() + dense_.bytes();
}

// ---- TrainingHistory ------------------------------------------------------------------------

TrainingHistory::TrainingHistory(const std::vector<IterationStats>& rows)
{
    append(rows);
}

void TrainingHistory::push_back(const IterationStats& row)
{
    const double cost = row.trainCost;
    iteration_.push(static_cast<double>(row.iteration), cost, trainCost_);
    epoch_.push(row.epoch, cost, trainCost_);
    evaluations_.push(static_cast<double>(row.evaluations), cost, trainCost_);
    trainCost_.push(cost, cost, trainCost_);
    fullTrainCost_.push(row.fullTrainCost, cost, trainCost_);
    validationCost_.push(row.validationCost, cost, trainCost_);
    trainAccuracy_.push(row.trainAccuracy, cost, trainCost_);
    validationAccuracy_.push(row.validationAccuracy, cost, trainCost_);
    gradientNorm_.push(row.gradientNorm, cost, trainCost_);
    elapsedSeconds_.push(row.elapsedSeconds, cost, trainCost_);
    ++size_;
}

void TrainingHistory::append(const std::vector<IterationStats>& rows)
{
    for (const IterationStats& row : rows)
        push_back(row);
}

void TrainingHistory::clear()
{
    *this = TrainingHistory();
}

IterationStats TrainingHistory::operator[](std::size_t i) const
{
    IterationStats s;
    const double cost = trainCost_.at(i, trainCost_);
    s.iteration = static_cast<long>(iteration_.at(i, trainCost_));
    s.epoch = epoch_.at(i, trainCost_);
    s.evaluations = static_cast<long>(evaluations_.at(i, trainCost_));
    s.trainCost = cost;
    s.fullTrainCost = fullTrainCost_.at(i, trainCost_);
    s.validationCost = validationCost_.at(i, trainCost_);
    s.trainAccuracy = trainAccuracy_.at(i, trainCost_);
    s.validationAccuracy = validationAccuracy_.at(i, trainCost_);
    s.gradientNorm = gradientNorm_.at(i, trainCost_);
    s.elapsedSeconds = elapsedSeconds_.at(i, trainCost_);
    return s;
}

std::vector<IterationStats> TrainingHistory::rows() const
{
    std::vector<IterationStats> out(size_);
    constexpr std::size_t kChunk = 256;
    double values[kFieldCount][kChunk];
    for (std::size_t first = 0; first < size_; first += kChunk) {
        const std::size_t last = std::min(size_, first + kChunk);
        for (int f = 0; f < kFieldCount; ++f)
            read(static_cast<Field>(f), first, last, values[f]);
        for (std::size_t k = 0; k < last - first; ++k) {
            IterationStats& s = out[first + k];
            s.iteration = static_cast<long>(values[0][k]);
            s.epoch = values[1][k];
            s.evaluations = static_cast<long>(values[2][k]);
            s.trainCost = values[3][k];
            s.fullTrainCost = values[4][k];
            s.validationCost = values[5][k];
            s.trainAccuracy = values[6][k];
            s.validationAccuracy = values[7][k];
            s.gradientNorm = values[8][k];
            s.elapsedSeconds = values[9][k];
        }
    }
    return out;
}

const TrainingHistory::Column& TrainingHistory::column(Field f) const
{
    switch (f) {
    case Field::Iteration:
        return iteration_;
    case Field::Epoch:
        return epoch_;
    case Field::Evaluations:
        return evaluations_;
    case Field::TrainCost:
        return trainCost_;
    case Field::FullTrainCost:
        return fullTrainCost_;
    case Field::ValidationCost:
        return validationCost_;
    case Field::TrainAccuracy:
        return trainAccuracy_;
    case Field::ValidationAccuracy:
        return validationAccuracy_;
    case Field::GradientNorm:
        return gradientNorm_;
    case Field::ElapsedSeconds:
        return elapsedSeconds_;
    }
    return trainCost_;
}

void TrainingHistory::read(Field f, std::size_t first, std::size_t last, double* out) const
{
    assert(first <= last && last <= size_ && "TrainingHistory::read: range past the end");
    column(f).read(first, last, out, trainCost_);
}

double TrainingHistory::value(Field f, std::size_t i) const
{
    assert(i < size_ && "TrainingHistory::value: row past the end");
    return column(f).at(i, trainCost_);
}

std::size_t TrainingHistory::lowerBound(Field f, double x) const
{
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (value(f, mid) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t TrainingHistory::upperBound(Field f, double x) const
{
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (value(f, mid) <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t TrainingHistory::bytes() const
{
    std::size_t total = 0;
    for (int f = 0; f < kFieldCount; ++f)
        total += column(static_cast<Field>(f)).bytes();
    return total;
}

} // namespace bp
