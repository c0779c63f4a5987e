#include "gradienthealth.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace bp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

std::vector<double> layerNorms(const Architecture& arch, const Vector& unrolled)
{
    assert(unrolled.size() == arch.parameterCount() && "one value per parameter");
    std::vector<double> norms(static_cast<std::size_t>(std::max(arch.thetaCount(), 0)));
    for (int l = 0; l < arch.thetaCount(); ++l)
        norms[static_cast<std::size_t>(l)] = thetaView(arch, unrolled, l).norm();
    return norms;
}

std::vector<double> gradientToWeightRatios(const Architecture& arch, const Vector& gradient,
                                           const Vector& params)
{
    const std::vector<double> d = layerNorms(arch, gradient);
    const std::vector<double> theta = layerNorms(arch, params);
    std::vector<double> ratios(d.size());
    for (std::size_t l = 0; l < d.size(); ++l)
        ratios[l] = theta[l] > 0.0 ? d[l] / theta[l] : kNaN;
    return ratios;
}

double saturatedShare(Activation activation, const Eigen::Ref<const Matrix>& a)
{
    if (a.size() == 0)
        return kNaN;
    const auto share = [](Index count, Index of) {
        return static_cast<double>(count) / static_cast<double>(of);
    };
    switch (activation) {
    case Activation::Sigmoid:
        return share(
            ((a.array() < kSaturationMargin) || (a.array() > 1.0 - kSaturationMargin)).count(),
            a.size());
    case Activation::Tanh:
        return share((a.array().abs() > 1.0 - kSaturationMargin).count(), a.size());
    case Activation::ReLU: {
        // Dead: zero on every example (every column) of the batch.
        Index dead = 0;
        for (Index unit = 0; unit < a.rows(); ++unit)
            dead += (a.row(unit).array() == 0.0).all() ? 1 : 0;
        return share(dead, a.rows());
    }
    case Activation::LeakyReLU: {
        Index inactive = 0;
        for (Index unit = 0; unit < a.rows(); ++unit)
            inactive += (a.row(unit).array() < 0.0).all() ? 1 : 0;
        return share(inactive, a.rows());
    }
    case Activation::Linear:
    case Activation::Softmax:
        return kNaN;
    }
    return kNaN;
}

std::vector<double> saturatedShares(const Architecture& arch, const std::vector<Matrix>& a)
{
    assert(static_cast<int>(a.size()) == arch.layerCount() && "a(0) … a(L−1)");
    std::vector<double> shares;
    for (int h = 1; h + 1 < arch.layerCount(); ++h)
        shares.push_back(saturatedShare(arch.activations[static_cast<std::size_t>(h - 1)],
                                        a[static_cast<std::size_t>(h)]));
    return shares;
}

GradientHealth measureGradientHealth(const Architecture& arch, const Vector& params,
                                     const Vector& gradient, const std::vector<Matrix>& a)
{
    GradientHealth health;
    health.gradientNorms = layerNorms(arch, gradient);
    const std::vector<double> theta = layerNorms(arch, params);
    health.ratios.resize(theta.size());
    for (std::size_t l = 0; l < theta.size(); ++l)
        health.ratios[l] = theta[l] > 0.0 ? health.gradientNorms[l] / theta[l] : kNaN;
    health.saturation = saturatedShares(arch, a);
    health.sampledExamples = a.empty() ? 0 : a.front().cols();
    return health;
}

std::vector<Index> sampleExamples(Index m, Index count, std::uint64_t seed)
{
    std::vector<Index> all(static_cast<std::size_t>(std::max<Index>(m, 0)));
    std::iota(all.begin(), all.end(), Index{0});
    if (count >= m)
        return all;
    // A partial Fisher–Yates shuffle: the first `count` places are a uniform sample.
    std::mt19937_64 rng(seed);
    for (Index i = 0; i < count; ++i) {
        const auto span = static_cast<std::uint64_t>(m - i);
        const Index j = i + static_cast<Index>(rng() % span);
        std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(j)]);
    }
    all.resize(static_cast<std::size_t>(std::max<Index>(count, 0)));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace bp
