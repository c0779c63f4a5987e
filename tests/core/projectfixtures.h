#pragma once
// Project fixtures and a field-by-field, bit-for-bit comparison for the project file tests.

#include "initializer.h"
#include "projectfile.h"
#include "testutil.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace bptest {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();

/// Weights that stress number formatting: subnormal, huge, negative zero, thirds.
inline bp::Vector awkwardWeights(const bp::Architecture& arch, std::uint64_t seed)
{
    bp::Vector w = bp::initializeParameters(arch, bp::InitKind::XavierNormal, seed);
    const double specials[] = {1.0 / 3.0,
                               -0.0,
                               std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::max(),
                               0.1 + 0.2,
                               -1e-300};
    for (std::size_t i = 0; i < std::size(specials) && static_cast<bp::Index>(i) < w.size(); ++i)
        w(static_cast<bp::Index>(i)) = specials[i];
    return w;
}

/// Same bits, NaN included (NaN != NaN, but a NaN must come back as a NaN).
inline bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

inline bool sameConfig(const bp::TrainingConfig& a, const bp::TrainingConfig& b)
{
    return a.optimizer == b.optimizer && sameBits(a.learningRate, b.learningRate) &&
           sameBits(a.momentum, b.momentum) && sameBits(a.beta1, b.beta1) &&
           sameBits(a.beta2, b.beta2) && sameBits(a.adamEpsilon, b.adamEpsilon) &&
           sameBits(a.lambda, b.lambda) && a.batchSize == b.batchSize &&
           a.shuffleSeed == b.shuffleSeed && a.maxIterations == b.maxIterations &&
           a.maxEpochs == b.maxEpochs && sameBits(a.targetCost, b.targetCost) &&
           sameBits(a.minRelativeImprovement, b.minRelativeImprovement) &&
           sameBits(a.timeLimitSeconds, b.timeLimitSeconds) && a.patience == b.patience;
}

inline bool sameData(const bp::ProjectDataSource& a, const bp::ProjectDataSource& b)
{
    const bp::GeneratorSpec& g = a.generator;
    const bp::GeneratorSpec& h = b.generator;
    return a.kind == b.kind && g.name == h.name && g.n == h.n && sameBits(g.noise, h.noise) &&
           g.seed == h.seed && g.classes == h.classes && a.path == b.path &&
           a.labelColumn == b.labelColumn && a.task == b.task && a.labelsPath == b.labelsPath &&
           a.maxExamples == b.maxExamples;
}

inline bool sameStats(const bp::IterationStats& a, const bp::IterationStats& b)
{
    return a.iteration == b.iteration && sameBits(a.epoch, b.epoch) &&
           a.evaluations == b.evaluations && sameBits(a.trainCost, b.trainCost) &&
           sameBits(a.fullTrainCost, b.fullTrainCost) &&
           sameBits(a.validationCost, b.validationCost) &&
           sameBits(a.trainAccuracy, b.trainAccuracy) &&
           sameBits(a.validationAccuracy, b.validationAccuracy) &&
           sameBits(a.gradientNorm, b.gradientNorm) && sameBits(a.elapsedSeconds, b.elapsedSeconds);
}

/// The first difference between two projects, or an empty string.
inline std::string difference(const bp::Project& a, const bp::Project& b)
{
    if (!(a.architecture == b.architecture))
        return "architecture";
    if (!sameConfig(a.config, b.config))
        return "training";
    if (a.initKind != b.initKind || a.initSeed != b.initSeed)
        return "initialization";
    if (!sameData(a.data, b.data))
        return "data";
    if (!sameBits(a.validationFraction, b.validationFraction) ||
        !sameBits(a.testFraction, b.testFraction) || a.splitSeed != b.splitSeed)
        return "split";
    if (a.normalization != b.normalization)
        return "normalization";
    if (!(a.features == b.features))
        return "features";
    if (!bitEqual(a.weights, b.weights))
        return "weights";
    if (a.runs.size() != b.runs.size())
        return "run count";
    for (std::size_t i = 0; i < a.runs.size(); ++i) {
        const bp::ProjectRun& x = a.runs[i];
        const bp::ProjectRun& y = b.runs[i];
        const std::string at = "runs[" + std::to_string(i) + "].";
        if (x.name != y.name || !(x.architecture == y.architecture))
            return at + "name/architecture";
        if (!sameConfig(x.config, y.config) || x.initKind != y.initKind || x.initSeed != y.initSeed)
            return at + "training/initialization";
        if (x.history.size() != y.history.size())
            return at + "history length";
        for (std::size_t r = 0; r < x.history.size(); ++r)
            if (!sameStats(x.history[r], y.history[r]))
                return at + "history row " + std::to_string(r);
        if (!bitEqual(x.finalWeights, y.finalWeights))
            return at + "final_weights";
        if (x.timeline.size() != y.timeline.size())
            return at + "timeline length";
        for (std::size_t s = 0; s < x.timeline.size(); ++s)
            if (x.timeline[s].iteration != y.timeline[s].iteration ||
                !bitEqual(x.timeline[s].weights, y.timeline[s].weights))
                return at + "timeline " + std::to_string(s);
    }
    return {};
}

inline bp::ProjectRun makeRun(const bp::Architecture& arch, bp::OptimizerKind optimizer, int rows,
                              std::uint64_t seed)
{
    bp::ProjectRun run;
    run.name = "run \"" + std::string(bp::toString(optimizer)) + "\" λ=0.1\n";
    run.architecture = arch;
    run.config.optimizer = optimizer;
    run.config.learningRate = 0.3 / 7.0;
    run.config.targetCost = 1e-3;
    run.initKind = bp::InitKind::HeNormal;
    run.initSeed = seed;
    for (int r = 0; r < rows; ++r) {
        bp::IterationStats s;
        s.iteration = r;
        s.epoch = r / 3.0;
        s.evaluations = 2 * r + 1;
        s.trainCost = std::exp(-r / 10.0);
        s.fullTrainCost = r % 3 == 0 ? s.trainCost : kNaN; // mini-batch rows between epochs
        s.validationCost = r % 3 == 0 ? 1.1 * s.trainCost : kNaN;
        s.trainAccuracy = r % 3 == 0 ? 1.0 - s.trainCost / 2.0 : kNaN;
        s.validationAccuracy = r % 3 == 0 ? 0.9 : kNaN;
        s.gradientNorm = r == rows - 1 && rows > 4 ? kInf : 1.0 / (r + 1.0); // a divergence
        s.elapsedSeconds = r * 1e-3;
        run.history.push_back(s);
    }
    run.finalWeights = awkwardWeights(arch, seed + 1);
    for (int k = 0; k < 3; ++k)
        run.timeline.push_back({k * 10L, awkwardWeights(arch, seed + 2 + k)});
    return run;
}

} // namespace bptest
