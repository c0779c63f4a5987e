#pragma once
// One row per optimiser iteration (IterationStats) and the compact column store that keeps
// a long run's history: about 32–48 bytes a row instead of 80, with every value exact.

#include "chunkedarray.h"

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
/// it; a column that repeats its previous value (accuracies, which move in steps of 1/m)
/// stores just the rows where it changes (run length); any other column is a plain array of
/// doubles. A column moves to whichever form costs fewer bytes as rows arrive (an exception
/// or a change costs 16 bytes, a dense row 8). Nothing is rounded: every row reads back bit
/// for bit (all NaNs count as one value: a NaN reads back as a NaN, its payload is not kept).
/// Storage is in fixed blocks (ChunkedArray), so bytes() is the data plus at most one block
/// per array: a 10⁶-row full-batch history of a real run is about 24 MB (32 MB with
/// validation every row) instead of 80 MB.
///
/// read() is the drawing path: a range of one column into a buffer, sequentially, without a
/// search per row (amortised O(1) per value).
class TrainingHistory
{
public:
    /// The ten columns, in IterationStats' order (iteration and evaluations read as doubles,
    /// exact below 2⁵³).
    enum class Field
    {
        Iteration,
        Epoch,
        Evaluations,
        TrainCost,
        FullTrainCost,
        ValidationCost,
        TrainAccuracy,
        ValidationAccuracy,
        GradientNorm,
        ElapsedSeconds
    };
    static constexpr int kFieldCount = 10;

    TrainingHistory() = default;
    /// From plain rows (a project file's run).
    explicit TrainingHistory(const std::vector<IterationStats>& rows);

    void push_back(const IterationStats& row);
    void append(const std::vector<IterationStats>& rows);
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

    /// Column f of rows [first, last) into out[0 … last − first), bit for bit as operator[]
    /// returns them; sequential, amortised O(1) per value.
    void read(Field f, std::size_t first, std::size_t last, double* out) const;
    /// Column f of row i (a binary search at most).
    double value(Field f, std::size_t i) const;
    /// For a column that does not decrease (iteration; epoch, evaluations and seconds of a
    /// continuous history): the first row whose value is ≥ x (lowerBound) or > x
    /// (upperBound), size() when there is none. O(log size()) lookups.
    std::size_t lowerBound(Field f, double x) const;
    std::size_t upperBound(Field f, double x) const;

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
    /// One column of doubles. `reference` is the trainCost column (the "equal to trainCost"
    /// rule's prediction); it holds at least as many rows as this one when it is used.
    class Column
    {
    public:
        explicit Column(bool mayEqualReference = false) : mayEqualReference_(mayEqualReference) {}
        void push(double value, double referenceValue, const Column& reference);
        double at(std::size_t i, const Column& reference) const;
        void read(std::size_t first, std::size_t last, double* out, const Column& reference) const;
        void clear();
        std::size_t bytes() const;

    private:
        enum class Rule
        {
            Undecided,
            Affine,          // base + step·i, with exceptions
            EqualsReference, // the row's trainCost, with exceptions
            RunLength,       // the value of the last change at or before i
            Dense
        };
        double predict(std::size_t i, double referenceValue) const;
        void addException(std::size_t i, double value, const Column& reference);
        void addChange(std::size_t i, double value, const Column& reference);
        void becomeDense(const Column& reference);
        void becomeRunLength(const Column& reference);

        bool mayEqualReference_;
        Rule rule_ = Rule::Undecided;
        std::size_t n_ = 0;
        std::size_t changes_ = 0;          // rows that differ from the row before, and row 0
        double previous_ = 0.0;            // the last row pushed
        double first_ = 0.0;               // row 0 until the rule is decided at row 1
        double base_ = 0.0, step_ = 0.0;   // Affine: value(i) = base + step·i
        ChunkedArray<std::uint64_t> rows_; // ascending: the exceptions, or where runs start
        ChunkedArray<double> values_;      // their values
        ChunkedArray<double> dense_;
    };

    const Column& column(Field f) const;

    std::size_t size_ = 0;
    Column iteration_, epoch_, evaluations_, trainCost_, fullTrainCost_{true}, validationCost_,
        trainAccuracy_, validationAccuracy_, gradientNorm_, elapsedSeconds_;
};

} // namespace bp
