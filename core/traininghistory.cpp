#include "traininghistory.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace bp {

namespace {

/// Bit-exact equality, with every NaN equal to every NaN.
bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) ||
           (std::isnan(a) && std::isnan(b));
}

} // namespace

// ---- Column ---------------------------------------------------------------------------------

double TrainingHistory::Column::predict(std::size_t i, double reference) const
{
    if (rule_ == Rule::EqualsReference)
        return reference;
    return base_ + step_ * static_cast<double>(i);
}

void TrainingHistory::Column::push(double value, double reference, const Column* referenceColumn)
{
    const std::size_t i = n_++;
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
        } else if (mayEqualReference_ && same(value, reference)) {
            rule_ = Rule::EqualsReference;
        } else {
            base_ = first_;
            step_ = value - first_;
            rule_ = std::isfinite(step_) && same(predict(1, reference), value) ? Rule::Affine
                                                                               : Rule::Dense;
        }
        if (rule_ == Rule::Dense)
            dense_.push_back(first_);
        else if (!same(predict(0, referenceColumn->at(0, 0.0)), first_))
            addException(0, first_, referenceColumn);
    }
    if (rule_ == Rule::Dense)
        dense_.push_back(value);
    else if (!same(predict(i, reference), value))
        addException(i, value, referenceColumn);
}

void TrainingHistory::Column::addException(std::size_t i, double value,
                                           const Column* referenceColumn)
{
    exceptionRows_.push_back(i);
    exceptionValues_.push_back(value);
    // An exception costs 16 bytes, a dense row 8: switch once exceptions are half the rows.
    if (exceptionRows_.size() < 64 || 2 * exceptionRows_.size() < n_)
        return;
    std::vector<double> dense(n_);
    for (std::size_t k = 0; k < n_; ++k)
        dense[k] = at(k, rule_ == Rule::EqualsReference ? referenceColumn->at(k, 0.0) : 0.0);
    dense_ = std::move(dense);
    rule_ = Rule::Dense;
    exceptionRows_ = {};
    exceptionValues_ = {};
}

double TrainingHistory::Column::at(std::size_t i, double reference) const
{
    if (rule_ == Rule::Dense)
        return dense_[i];
    if (rule_ == Rule::Undecided)
        return first_;
    const auto it = std::lower_bound(exceptionRows_.begin(), exceptionRows_.end(), i);
    if (it != exceptionRows_.end() && *it == i)
        return exceptionValues_[static_cast<std::size_t>(it - exceptionRows_.begin())];
    return predict(i, reference);
}

void TrainingHistory::Column::clear()
{
    *this = Column(mayEqualReference_);
}

std::size_t TrainingHistory::Column::bytes() const
{
    return 8 * (exceptionRows_.capacity() + exceptionValues_.capacity() + dense_.capacity());
}

// ---- TrainingHistory ------------------------------------------------------------------------

void TrainingHistory::push_back(const IterationStats& row)
{
    const double cost = row.trainCost;
    iteration_.push(static_cast<double>(row.iteration), cost, &trainCost_);
    epoch_.push(row.epoch, cost, &trainCost_);
    evaluations_.push(static_cast<double>(row.evaluations), cost, &trainCost_);
    trainCost_.push(cost, cost, &trainCost_);
    fullTrainCost_.push(row.fullTrainCost, cost, &trainCost_);
    validationCost_.push(row.validationCost, cost, &trainCost_);
    trainAccuracy_.push(row.trainAccuracy, cost, &trainCost_);
    validationAccuracy_.push(row.validationAccuracy, cost, &trainCost_);
    gradientNorm_.push(row.gradientNorm, cost, &trainCost_);
    elapsedSeconds_.push(row.elapsedSeconds, cost, &trainCost_);
    ++size_;
}

void TrainingHistory::clear()
{
    *this = TrainingHistory();
}

IterationStats TrainingHistory::operator[](std::size_t i) const
{
    IterationStats s;
    const double cost = trainCost_.at(i, 0.0);
    s.iteration = static_cast<long>(iteration_.at(i, cost));
    s.epoch = epoch_.at(i, cost);
    s.evaluations = static_cast<long>(evaluations_.at(i, cost));
    s.trainCost = cost;
    s.fullTrainCost = fullTrainCost_.at(i, cost);
    s.validationCost = validationCost_.at(i, cost);
    s.trainAccuracy = trainAccuracy_.at(i, cost);
    s.validationAccuracy = validationAccuracy_.at(i, cost);
    s.gradientNorm = gradientNorm_.at(i, cost);
    s.elapsedSeconds = elapsedSeconds_.at(i, cost);
    return s;
}

std::vector<IterationStats> TrainingHistory::rows() const
{
    std::vector<IterationStats> out;
    out.reserve(size_);
    for (std::size_t i = 0; i < size_; ++i)
        out.push_back((*this)[i]);
    return out;
}

std::size_t TrainingHistory::bytes() const
{
    std::size_t total = 0;
    for (const Column* c :
         {&iteration_, &epoch_, &evaluations_, &trainCost_, &fullTrainCost_, &validationCost_,
          &trainAccuracy_, &validationAccuracy_, &gradientNorm_, &elapsedSeconds_})
        total += c->bytes();
    return total;
}

} // namespace bp
