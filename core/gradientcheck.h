#pragma once
// Gradient checking by central differences: ∂J/∂θ ≈ (J(θ + ε) − J(θ − ε)) / 2ε.
// Returns data for the plot and the tests; never prints.

#include "architecture.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace bp {

struct GradientCheckOptions
{
    double epsilon = 1e-4;
    Index sampleCount = 0;   // 0 = every parameter; otherwise a seeded random subset of K
    std::uint64_t seed = 1;
};

struct GradientCheckEntry
{
    Index index = 0; // position in the unrolled parameter vector
    int layer = 0;   // which Θ (0-based: Θ(layer + 1) in course notation)
    int row = 0;
    int column = 0;  // 0 = bias column
    double analytic = 0.0;
    double numeric = 0.0;
    double absoluteDifference = 0.0;
    double relativeDifference = 0.0; // |num − ana| / max(|num| + |ana|, tiny)
};

struct LayerCheckSummary
{
    int layer = 0;
    Index checked = 0;
    double maxAbsoluteDifference = 0.0;
    double relativeDifference = 0.0;     // ‖num − ana‖ / ‖num + ana‖ over this layer's entries
    double biasRelativeDifference = 0.0; // the same over its bias-column entries (0 if none)
    double weightRelativeDifference = 0.0;
};

struct GradientCheckReport
{
    std::vector<GradientCheckEntry> entries;
    std::vector<LayerCheckSummary> layers;
    double relativeDifference = 0.0; // ‖num − ana‖ / ‖num + ana‖ over all checked entries
    double epsilon = 1e-4;
    Index parameterCount = 0;
    bool passed(double threshold) const { return relativeDifference < threshold; }
};

/// J alone at the given parameters.
using CostOnly = std::function<double(const Vector& params)>;
/// Called with (done, total) after each checked parameter.
using ProgressCallback = std::function<void(Index done, Index total)>;

/// Compares analytic (the gradient under test, unrolled) with central differences of cost.
/// Throws Cancelled when token is set.
GradientCheckReport checkGradient(const Architecture& arch, const CostOnly& cost, const Vector& params,
                                  const Vector& analytic, const GradientCheckOptions& options = {},
                                  const ProgressCallback& progress = {},
                                  const CancellationToken* token = nullptr);

/// ‖a − b‖ / ‖a + b‖ (0 when both are zero).
double relativeDifference(const Vector& a, const Vector& b);

} // namespace bp
