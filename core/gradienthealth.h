#pragma once
// How healthy the gradient is, layer by layer: the norm of each D(l), its size relative to
// Θ(l), and how many hidden units sit where g' is (nearly) zero.
//
// Indexing follows architecture.h: l = 0..L−2 is the course's Θ(l+1), s_{l+1} × (s_l + 1),
// column 0 the bias; D(l) is the gradient's block of the same shape at thetaOffset(l).
// Norms are Frobenius norms over the whole block, bias column included:
//   ‖D(l)‖ = sqrt(Σ_{j,k} D(l)_{j,k}²),   ratio(l) = ‖D(l)‖ / ‖Θ(l)‖ (NaN when ‖Θ(l)‖ = 0).
//
// Saturation, per hidden layer h = 1..L−2 (its activations a(h): s_h × m, one column per
// example, no bias row), "where a unit stops passing gradient back":
//   sigmoid     share of the s_h × m values with a < 0.02 or a > 0.98 (within 2 % of the
//               asymptotes 0 and 1: g' = a(1 − a) < 0.0196, ≤ 8 % of its peak 0.25);
//   tanh        share of values with |a| > 0.98 (g' = 1 − a² < 0.04);
//   ReLU        share of units with a = 0 on every example of the batch (dead: g' = 0 on all);
//   leaky ReLU  share of units with a < 0 on every example (slope 0.01 on all of them: not
//               dead, but passing back a hundredth);
//   linear      NaN: g' = 1 everywhere, nothing saturates.
// For sigmoid/tanh the share counts unit-example pairs (a unit may saturate on some examples
// only); for ReLU and leaky ReLU it counts units, since a unit that is off for some examples
// still learns from the others.

#include "architecture.h"

#include <cstdint>
#include <vector>

namespace bp {

inline constexpr double kSaturationMargin = 0.02; // within 2 % of the asymptote

/// ‖block l‖ for every Θ(l) of `unrolled` (a gradient or the weights): thetaCount() values.
std::vector<double> layerNorms(const Architecture& arch, const Vector& unrolled);

/// ‖D(l)‖ / ‖Θ(l)‖ for every l; NaN where ‖Θ(l)‖ = 0.
std::vector<double> gradientToWeightRatios(const Architecture& arch, const Vector& gradient,
                                           const Vector& params);

/// The saturated share of one hidden layer's activations a (s × m), as defined above; NaN
/// for linear (and softmax, which is never hidden) and for an empty a.
double saturatedShare(Activation activation, const Eigen::Ref<const Matrix>& a);

/// One figure per hidden layer (L − 2 values) from every layer's activations a(0) … a(L−1)
/// (Network::forwardAll).
std::vector<double> saturatedShares(const Architecture& arch, const std::vector<Matrix>& a);

/// The figures of one moment of training.
struct GradientHealth
{
    std::vector<double> gradientNorms; // ‖D(l)‖, l = 0..L−2
    std::vector<double> ratios;        // ‖D(l)‖ / ‖Θ(l)‖
    std::vector<double> saturation;    // per hidden layer, l = 1..L−2; NaN: not applicable
    Index sampledExamples = 0;         // examples the gradient and activations came from
};

/// Everything above from a gradient, the weights it was taken at and the activations of the
/// same examples.
GradientHealth measureGradientHealth(const Architecture& arch, const Vector& params,
                                     const Vector& gradient, const std::vector<Matrix>& a);

/// `count` distinct example indices of [0, m), ascending, drawn with `seed` (all of them
/// when count ≥ m): the sampled batch the health figures are measured on.
std::vector<Index> sampleExamples(Index m, Index count, std::uint64_t seed);

} // namespace bp
