#pragma once
// Learning curves and validation curves: the course's diagnosis of bias and variance.
//
//   learning curve    J_train(m) and J_cv(m): the same network and settings trained on the
//                     first m examples of the training split, for growing m
//   validation curve  J_train(λ) and J_cv(λ), or J_train(s) and J_cv(s) for the unit count s
//                     of one hidden layer
//
// Every point is one independent job (runCurvePoint): it draws the same seeded initial
// weights (initKind, initSeed; for a unit sweep each size draws from that seed), trains with
// the same TrainingConfig (the same budget and stop rule), and reports
//
//   J_train  on the examples it trained on, WITHOUT the λ term: (1/m) Σ loss(h(x_i), y_i)
//   J_cv     on the whole validation split, without the λ term (NaN if the split is empty)
//   J_test   only when CurvePlan::evaluateTest asks for it; shown, never used to choose
//   accuracies for classification (NaN for regression).
//
// Subsets: the training split in round-robin class order (learningCurveOrder), so that even
// the smallest subset holds every class; subsets are nested (m₁ ⊂ m₂ ⊂ …). The data is used
// as the split holds it (normalised once, on the whole training part), so every point sees
// the same features.
//
// A point's products run single-threaded (maththreads.h): points are the unit of parallel
// work, two at a time on two cores (runCurve), and a point's numbers do not depend on which
// thread or how many threads ran it — the studio and `backprop-cli curve` agree to the bit.

#include "dataset.h"
#include "initializer.h"
#include "preprocessing.h"
#include "trainer.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

enum class CurveKind
{
    Learning, // x = m, training examples
    Lambda,   // x = λ
    Units     // x = units of one hidden layer
};
std::string_view toString(CurveKind kind); // "learning", "lambda", "units"
std::optional<CurveKind> curveKindFromString(std::string_view name);

struct CurvePlan
{
    CurveKind kind = CurveKind::Learning;
    Architecture architecture; // the network as the user set it up
    TrainingConfig config;     // optimiser, λ, budget and stop rule, the same for every point
    InitKind initKind = InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    std::vector<double> values; // one per point: m, λ or unit count (increasing)
    int hiddenLayer = 0;        // Units: which hidden layer is resized (0 = the first)
    bool evaluateTest = false;  // J_test as well (only ever on request)
};

struct CurvePoint
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double value = 0.0;     // m, λ or unit count
    Index trainExamples = 0; // the m it trained on
    double trainCost = kNaN; // no λ term
    double validationCost = kNaN;
    double testCost = kNaN;
    double trainAccuracy = kNaN; // fractions in [0, 1]; NaN for regression
    double validationAccuracy = kNaN;
    double testAccuracy = kNaN;
    long iterations = 0;
    StopReason reason = StopReason::MaxIterations;
    std::string message;   // the trainer's sentence
    double seconds = 0.0;  // training time of this point
};

/// Where the validation curve is lowest (the smallest J_cv; ties go to the first, i.e. the
/// smaller λ or network). nullopt when no point has a finite J_cv.
std::optional<std::size_t> bestValidationPoint(const std::vector<CurvePoint>& points);

/// Training-split columns in round-robin class order (class 0's first example, class 1's
/// first, …, then each class's second …), keeping the split's order within a class. The
/// identity order for regression.
std::vector<Index> learningCurveOrder(const Dataset& train);

/// About `count` (clamped to 2 … 50) subset sizes, log-spaced from a few examples per class
/// (3 per class, at least 2; for regression the feature count + 2, at least 5) up to all of
/// train, rounded and without repeats; just {m} when train is smaller than the first size.
std::vector<double> learningCurveSizes(const Dataset& train, int count = 10);
/// 0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100.
std::vector<double> lambdaGrid();
/// 1, 2, 4, 8, 16, 32, 64, 128.
std::vector<double> unitGrid();

/// The plan's values checked against the data and network: throws InputError("curve", …)
/// for no values, a size outside 1 … m, a negative or non-finite λ, a unit count outside
/// 1 … kMaxLayerSize, or a unit sweep on a network without hidden layers.
void checkCurvePlan(const CurvePlan& plan, const DataSplit& split);

/// The architecture point `index` trains (the plan's, or with the hidden layer resized).
Architecture curvePointArchitecture(const CurvePlan& plan, std::size_t index);

/// Trains point `index` of the plan and measures it. Any thread; reads `split` only.
/// Throws Cancelled when the token is set before the point is complete (no partial point),
/// InputError for a plan that does not fit (checkCurvePlan).
CurvePoint runCurvePoint(const CurvePlan& plan, const DataSplit& split, std::size_t index,
                         const CancellationToken* token = nullptr);

/// Runs every point on `threads` threads (the calling one and threads − 1 helpers; each takes
/// a point nobody has started: the calling thread from the largest value down, the helpers
/// from the smallest up, so the costliest point never starts last). onPoint(index, point)
/// runs as each point finishes, on the thread that ran it, one call at a time. Returns the
/// points in plan order. Throws Cancelled if the token was set (after the running points
/// stopped), or the first error.
using CurvePointCallback = std::function<void(std::size_t index, const CurvePoint& point)>;
std::vector<CurvePoint> runCurve(const CurvePlan& plan, const DataSplit& split, int threads = 2,
                                 const CurvePointCallback& onPoint = {},
                                 const CancellationToken* token = nullptr);

/// The course's reading of a learning curve, as data: "high bias" when the curves meet high
/// (small final gap, J_cv far above J at the start of the training curve), "high variance"
/// when a large gap remains at the largest m, else neither. The figures are those of the
/// largest m. readLearningCurve words it in English (the CLI); the studio in its language.
struct LearningCurveReading
{
    enum class Finding
    {
        None, // fewer than two points with a finite J_cv
        HighVariance,
        HighBias,
        Neither
    };
    Finding finding = Finding::None;
    bool gapClosing = false; // high variance: the gap has shrunk since the smallest m
    Index trainExamples = 0;
    double trainCost = 0.0;
    double validationCost = 0.0;
};
LearningCurveReading diagnoseLearningCurve(const std::vector<CurvePoint>& points);

/// The reading in one or two English sentences; empty for Finding::None.
std::string readLearningCurve(const std::vector<CurvePoint>& points);

/// curve.csv: one row per point, header "X,train_examples,train_cost,validation_cost,
/// test_cost,train_accuracy,validation_accuracy,test_accuracy,iterations,stop_reason,seconds"
/// where X is m, lambda or units (curveCsvHeader); NaN cells are empty; numbers round-trip.
std::string curveCsvHeader(CurveKind kind);
std::string curveCsv(CurveKind kind, const std::vector<CurvePoint>& points);

} // namespace bp
