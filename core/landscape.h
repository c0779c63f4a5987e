#pragma once
// The loss landscape around the current weights: slices and a contour of J, the training cost
// with its λ term (CostFunction::evaluate), as functions of one or two scalars.
//
//   path slice      J(θ₀ + t·(θ − θ₀)),  t uniform on [−0.25, 1.5] (t = 0: the initial weights,
//                   t = 1: the current ones; both exactly on the default 71-point grid)
//   gradient slice  J(θ − s·∇J(θ)),      s uniform on [0, s_max], s_max = 4α by default
//   contour         J(θ + a·d₁ + b·d₂),  a, b uniform on [−r, r], N × N with N odd
//
// The directions d₁, d₂ of a contour (Li, Xu, Taylor, Studer & Goldstein, "Visualizing the Loss
// Landscape of Neural Nets", NeurIPS 2018):
//   trajectoryDirections        the first two principal directions of the training path's
//                               displacements θ_i − θ_final, orthonormal, with the share of the
//                               path each explains and the path projected onto the plane
//   filterNormalizedDirections  two seeded Gaussian directions, each row of every Θ(l) rescaled
//                               to the norm of the same row of θ (scale-invariant pictures)
//
// Parameters are the unrolled vector of architecture.h. Points where t, s or (a, b) are zero are
// the given vectors themselves, not θ + 0·d: their costs equal CostFunction::evaluate on them
// exactly (==). Each point is evaluated by a one-thread CostFunction (setThreadCount(1), products
// single-threaded), so a point's value does not depend on which thread ran it or how many did:
// the grid on two threads equals the grid on one bit for bit. Non-finite costs (a far point
// that overflows) are kept as they are.

#include "architecture.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace bp {

/// Called as points finish: done of total (total is fixed for one computation). Runs on the
/// thread that computed the points, one call at a time; must not call back into the landscape.
using LandscapeProgress = std::function<void(Index done, Index total)>;

struct LandscapeSlice
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> steps; // t (path) or s (gradient), increasing
    std::vector<double> costs; // J at each step
    Index examples = 0;        // examples J was averaged over (sub-sampling)
    // Path: the indices of t = 0 and t = 1 on the grid, −1 when the grid misses them.
    // Gradient: atStart = 0 (s = 0), atEnd = −1.
    Index atStart = -1;
    Index atEnd = -1;
    // Gradient: the learning rate α to mark (NaN when none was given), ‖∇J(θ)‖ and the slope
    // dJ/ds at s = 0, which is −‖∇J‖² (the tangent a plot can draw). NaN for the path slice.
    double markedStep = kNaN;
    double gradientNorm = kNaN;
    double initialSlope = kNaN;
};

struct LandscapeDirections
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    Vector d1, d2;            // parameter-count vectors
    bool orthonormal = false; // true for the trajectory's principal directions
    // Trajectory: the share of Σ_i ‖θ_i − θ_final‖² along d₁ and along d₂, each in [0, 1], the
    // sum ≤ 1. NaN for random directions (not applicable).
    double explained1 = kNaN;
    double explained2 = kNaN;
    // Trajectory: (d₁·(θ_i − θ_final), d₂·(θ_i − θ_final)) per snapshot, k × 2; the last row
    // is exactly (0, 0). Empty for random directions.
    Matrix path;
    double radius = 1.0; // the contour's default half-width r
};

struct LandscapeGrid
{
    std::vector<double> axis; // the N values of a (along d₁) and of b (along d₂): symmetric
    Matrix costs;             // N × N: costs(i, j) = J(θ + axis[i]·d₁ + axis[j]·d₂)
    double radius = 0.0;
    Index examples = 0;
    Index centre() const { return static_cast<Index>(axis.size()) / 2; } // axis[centre()] == 0
};

/// Evaluates J on grids of parameter vectors, on the calling thread and up to one helper.
/// Holds the data by reference (X: n × m features, Y: K × m encoded targets, which must outlive
/// it) or, when sub-sampling, a copy of the chosen columns. Not copyable: it may point into
/// itself. The compute functions are const and keep no state between calls.
class LossLandscape
{
public:
    /// maxExamples > 0 and < m: J is averaged over maxExamples evenly strided examples, columns
    /// ⌊i·m / maxExamples⌋ for i = 0 … maxExamples − 1 (deterministic; with data stored class
    /// by class, every class keeps its share). The L2 term then uses that subset's m.
    LossLandscape(Architecture arch, const Matrix& X, const Matrix& Y, double lambda,
                  Index maxExamples = 0);
    LossLandscape(const LossLandscape&) = delete;
    LossLandscape& operator=(const LossLandscape&) = delete;

    const Architecture& architecture() const { return arch_; }
    double lambda() const { return lambda_; }
    /// Examples every J is averaged over (m, or maxExamples when that is smaller).
    Index examplesUsed() const { return X_->cols(); }
    /// The data's columns used, in order (all of them when not sub-sampling).
    const std::vector<Index>& exampleColumns() const { return columns_; }
    const Matrix& features() const { return *X_; }
    const Matrix& targets() const { return *Y_; }

    /// 1 or 2 threads for the points; 0 (the default) uses the calling thread's budget
    /// (mathThreadsOnThisThread()), at most 2.
    void setThreadCount(int threads);
    /// Checked before every point, and by the CostFunction between example chunks. A
    /// computation that sees it set throws Cancelled (after its threads have stopped).
    void setCancellationToken(const CancellationToken* token) { cancel_ = token; }
    void setProgress(LandscapeProgress progress) { progress_ = std::move(progress); }

    /// J(params) as the grids compute it.
    double cost(const Vector& params) const;

    static constexpr double kPathFrom = -0.25;
    static constexpr double kPathTo = 1.5;
    static constexpr int kPathPoints = 71; // step 0.025: t = 0 is point 10, t = 1 point 50
    /// J(θ₀ + t·(θ − θ₀)) for `points` values of t, uniform on [kPathFrom, kPathTo].
    LandscapeSlice pathSlice(const Vector& initial, const Vector& current,
                             int points = kPathPoints) const;

    static constexpr int kGradientPoints = 41;
    static constexpr double kGradientReach = 4.0; // s_max = 4α by default
    /// J(θ − s·∇J(θ)) for `points` values of s, uniform on [0, s_max]. s_max = maxStep when it
    /// is > 0, else kGradientReach·learningRate when that is > 0, else J(θ)/‖∇J‖² (where the
    /// tangent J − s‖∇J‖² reaches 0: optimisers without a step size), else 1.
    LandscapeSlice gradientSlice(const Vector& current, double learningRate, double maxStep = 0.0,
                                 int points = kGradientPoints) const;

    static constexpr int kGridSize = 41;
    /// J(θ + a·d₁ + b·d₂) on a size × size grid (size odd, ≥ 3) over [−r, r]², r = radius when
    /// it is > 0, else directions.radius. Throws InputError("landscape", …) for an even size or
    /// directions of the wrong length.
    LandscapeGrid contour(const Vector& current, const LandscapeDirections& directions,
                          int size = kGridSize, double radius = 0.0) const;

private:
    /// Costs of `count` points, made by makePoint(index, params), claimed `block` at a time.
    std::vector<double> evaluatePoints(Index count, Index block,
                                       const std::function<void(Index, Vector&)>& makePoint) const;

    Architecture arch_;
    double lambda_;
    std::vector<Index> columns_;
    Matrix subsetX_, subsetY_; // the chosen columns when sub-sampling
    const Matrix* X_;          // the data or the subset
    const Matrix* Y_;
    int threads_ = 0;
    const CancellationToken* cancel_ = nullptr;
    LandscapeProgress progress_;
};

/// The principal plane of a training trajectory θ_0 … θ_k (snapshots in order; the last one is
/// θ_final, normally the current weights). Needs two snapshots that differ; throws
/// InputError("landscape", "trajectory", …) otherwise, or for snapshots of different lengths.
/// A path along one line gets explained1 = 1 and some unit d₂ orthogonal to d₁.
/// radius = 1.2 × the largest |coordinate| of the projected path. p·k²/2 multiply-adds (about
/// 0.6 s for 100000 parameters and 300 snapshots); throws Cancelled when the token is set
/// (checked between blocks of 4096 parameters).
LandscapeDirections trajectoryDirections(const std::vector<Vector>& trajectory,
                                         const CancellationToken* token = nullptr);

/// Two Gaussian directions (std::mt19937_64 seeded with seed: d₁'s entries first, then d₂'s),
/// filter-normalised against params: every row j of every Θ(l) — unit j's incoming weights —
/// is rescaled so that ‖d_row‖ = ‖θ_row‖. includeBias = false (Li et al.'s default): the row
/// is Θ(l)(j, 1:) and the bias entries of d are 0, so the plane moves weights only and the
/// bias, whose scale is unrelated to the weights' (often ~0 at initialisation), stays put;
/// true: the row is Θ(l)(j, :) bias included. radius = 1.
LandscapeDirections filterNormalizedDirections(const Architecture& arch, const Vector& params,
                                               std::uint64_t seed, bool includeBias = false);

} // namespace bp
