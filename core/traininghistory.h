#pragma once
// One row per optimiser iteration (IterationStats) and the compact column store that keeps
// a long run's history: about 32–48 bytes a row instead of 80, with every value exact.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

namespace bp {

/// One row of the training history. Row 0 describes the initial parameters, row k the
/// parameters after k optimiser iterations (one step; for L-BFGS and CG one line search).
/// Mini-batches: trainCost is the J of the batch the next step uses, evaluated at the row's
/// parameters; fullTrainCost, trainAccuracy and the validation figures are computed at row 0
/// and at epoch ends only (NaN otherwise). Full batch: every field on every row.
struct IterationStats
{
    long iteration = 0;
    double epoch = 0.0;     // examples seen / m
    long evaluations = 0;   // cost/gradient evaluations so far
    double trainCost = 0.0; // J(Θ) with the λ term (the mini-batch's J for mini-batches)
    // Full training-set J: = trainCost for full batch; for mini-batches computed at epoch ends
    // (and row 0) only, NaN otherwise. Target cost and convergence are judged on it.
    double fullTrainCost = std::numeric_limits<double>::quiet_NaN();
    double validationCost = std::numeric_limits<double>::quiet_NaN();
    double trainAccuracy = std::numeric_limits<double>::quiet_NaN();
    double validationAccuracy = std::numeric_limits<double>::quiet_NaN();
    double gradientNorm = 0.0;
    double elapsedSeconds = 0.0; // training time, excluding time spent inside the hook
};

/// The training history, stored by column. Each column keeps only what its rows do not
/// predict: a column that follows a rule — constant (NaN between mini-batch epoch ends),
/// affine (iteration = k, epoch = k and evaluations = k + 1 for full-batch gradient descent)
/// or "equal to trainCost" (fullTrainCost for full batch) — stores just the rows that break
/// it, and turns into a plain array of doubles once those are more than half. Nothing is
/// rounded: every row reads back bit for bit. A 10⁶-row full-batch history is 32 MB
/// (48 MB with validation every row) instead of 80 MB.
class TrainingHistory
{
public:
    void push_back(const IterationStats& row);
    void clear();
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    /// Rows are rebuilt on access, so they are returned by value.
    IterationStats operator[](std::size_t i) const;
    IterationStats front() const { return (*this)[0]; }
    IterationStats back() const { return (*this)[size_ - 1]; }

    /// Every row, for code that wants a plain vector (files, the CLI's CSV).
    std::vector<IterationStats> rows() const;
    operator std::vector<IterationStats>() const { return rows(); } // NOLINT: deliberate

    /// Heap bytes held (capacity, not size): what a long run costs in memory.
    std::size_t bytes() const;

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = IterationStats;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = IterationStats;
        const_iterator(const TrainingHistory* h, std::size_t i) : h_(h), i_(i) {}
        IterationStats operator*() const { return (*h_)[i_]; }
        const_iterator& operator++()
        {
            ++i_;
            return *this;
        }
        bool operator==(const const_iterator& o) const { return i_ == o.i_; }
        bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

    private:
        const TrainingHistory* h_;
        std::size_t i_;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size_}; }

private:
    /// One column of doubles (iteration and evaluations are exact as doubles below 2⁵³).
    class Column
    {
    public:
        explicit Column(bool mayEqualReference = false) : mayEqualReference_(mayEqualReference) {}
        /// reference: the row's trainCost (the "equal to trainCost" rule's prediction).
        void push(double value, double reference, const Column* referenceColumn);
        double at(std::size_t i, double reference) const;
        void clear();
        std::size_t bytes() const;

    private:
        enum class Rule
        {
            Undecided,
            Affine,
            EqualsReference,
            Dense
        };
        double predict(std::size_t i, double reference) const;
        void addException(std::size_t i, double value, const Column* referenceColumn);

        bool mayEqualReference_;
        Rule rule_ = Rule::Undecided;
        std::size_t n_ = 0;
        double first_ = 0.0;                       // row 0 until the rule is decided at row 1
        double base_ = 0.0, step_ = 0.0;           // Affine: value(i) = base + step·i
        std::vector<std::uint64_t> exceptionRows_; // ascending
        std::vector<double> exceptionValues_;
        std::vector<double> dense_;
    };

    std::size_t size_ = 0;
    Column iteration_, epoch_, evaluations_, trainCost_, fullTrainCost_{true}, validationCost_,
        trainAccuracy_, validationAccuracy_, gradientNorm_, elapsedSeconds_;
};

} // namespace bp
