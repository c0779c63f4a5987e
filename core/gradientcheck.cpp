#include "gradientcheck.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <random>

namespace bp {

double relativeDifference(const Vector& a, const Vector& b)
{
    const double denominator = (a + b).norm();
    if (denominator == 0.0)
        return (a - b).norm() == 0.0 ? 0.0 : 1.0;
    return (a - b).norm() / denominator;
}

namespace {

std::vector<Index> chooseIndices(Index total, const GradientCheckOptions& options)
{
    std::vector<Index> indices(static_cast<size_t>(total));
    std::iota(indices.begin(), indices.end(), Index{0});
    if (options.sampleCount <= 0 || options.sampleCount >= total)
        return indices;
    // A seeded partial Fisher–Yates shuffle, then sorted so the table reads in layer order.
    std::mt19937_64 rng(options.seed);
    for (Index i = 0; i < options.sampleCount; ++i) {
        std::uniform_int_distribution<Index> pick(i, total - 1);
        std::swap(indices[static_cast<size_t>(i)], indices[static_cast<size_t>(pick(rng))]);
    }
    indices.resize(static_cast<size_t>(options.sampleCount));
    std::sort(indices.begin(), indices.end());
    return indices;
}

double normRatio(const std::vector<const GradientCheckEntry*>& entries)
{
    double diff = 0.0;
    double sum = 0.0;
    for (const GradientCheckEntry* e : entries) {
        diff += (e->numeric - e->analytic) * (e->numeric - e->analytic);
        sum += (e->numeric + e->analytic) * (e->numeric + e->analytic);
    }
    if (sum == 0.0)
        return diff == 0.0 ? 0.0 : 1.0;
    return std::sqrt(diff) / std::sqrt(sum);
}

} // namespace

GradientCheckReport checkGradient(const Architecture& arch, const CostOnly& cost, const Vector& params,
                                  const Vector& analytic, const GradientCheckOptions& options,
                                  const ProgressCallback& progress, const CancellationToken* token)
{
    assert(params.size() == arch.parameterCount() && analytic.size() == params.size());
    assert(options.epsilon > 0.0);
    GradientCheckReport report;
    report.epsilon = options.epsilon;
    report.parameterCount = params.size();
    const std::vector<Index> indices = chooseIndices(params.size(), options);
    const Index total = static_cast<Index>(indices.size());
    report.entries.reserve(indices.size());

    Vector probe = params;
    Index done = 0;
    for (Index index : indices) {
        throwIfCancelled(token);
        // ∂J/∂θ ≈ (J(θ + ε) − J(θ − ε)) / 2ε, one parameter at a time.
        const double original = probe[index];
        probe[index] = original + options.epsilon;
        const double plus = cost(probe);
        probe[index] = original - options.epsilon;
        const double minus = cost(probe);
        probe[index] = original;

        GradientCheckEntry e;
        e.index = index;
        const Architecture::Position pos = arch.positionOf(index);
        e.layer = pos.layer;
        e.row = pos.row;
        e.column = pos.column;
        e.analytic = analytic[index];
        e.numeric = (plus - minus) / (2.0 * options.epsilon);
        e.absoluteDifference = std::abs(e.numeric - e.analytic);
        const double scale = std::abs(e.numeric) + std::abs(e.analytic);
        e.relativeDifference = scale > 0.0 ? e.absoluteDifference / scale : 0.0;
        report.entries.push_back(e);
        ++done;
        if (progress)
            progress(done, total);
    }

    std::vector<const GradientCheckEntry*> all;
    for (const GradientCheckEntry& e : report.entries)
        all.push_back(&e);
    report.relativeDifference = normRatio(all);

    for (int l = 0; l < arch.thetaCount(); ++l) {
        std::vector<const GradientCheckEntry*> layer, bias, weights;
        LayerCheckSummary summary;
        summary.layer = l;
        for (const GradientCheckEntry& e : report.entries) {
            if (e.layer != l)
                continue;
            layer.push_back(&e);
            (e.column == 0 ? bias : weights).push_back(&e);
            summary.maxAbsoluteDifference = std::max(summary.maxAbsoluteDifference, e.absoluteDifference);
        }
        summary.checked = static_cast<Index>(layer.size());
        summary.relativeDifference = normRatio(layer);
        summary.biasRelativeDifference = normRatio(bias);
        summary.weightRelativeDifference = normRatio(weights);
        report.layers.push_back(summary);
    }
    return report;
}

} // namespace bp
