#include "session/teaching/symmetryexperiment.h"

#include "generators.h"
#include "preprocessing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace bpui {

SymmetrySetup SymmetryExperiment::smallDemo(std::uint64_t seed)
{
    bp::GeneratorSpec spec;
    spec.name = "xor";
    spec.n = 200;
    spec.noise = 0.1;
    spec.seed = 1;
    SymmetrySetup setup;
    setup.train = bp::generateDataset(spec);
    bp::Normalization::fit(bp::NormalizationKind::Standard, setup.train.features)
        .apply(setup.train.features);
    // Sigmoid hidden units, as in the course: from zeros their activations are 0.5, not 0,
    // so the symmetric rows visibly move during training — and still move together.
    setup.architecture =
        bp::Architecture::make(2, {4}, bp::Activation::Sigmoid, 2, bp::Activation::Softmax);
    setup.seed = seed;
    setup.learningRate = 2.0;
    setup.iterations = 600;
    return setup;
}

SymmetryExperiment::SymmetryExperiment(SymmetrySetup setup) : setup_(std::move(setup)) {}

bool SymmetryExperiment::run(const Progress& progress)
{
    if (!trainSide(&symmetric_, setup_.symmetricKind, 0, progress))
        return false;
    return trainSide(&random_, setup_.randomKind, setup_.iterations, progress);
}

bool SymmetryExperiment::trainSide(SymmetrySide* side, bp::InitKind kind, long offset,
                                   const Progress& progress)
{
    side->initial =
        bp::initializeParameters(setup_.architecture, kind, setup_.seed, setup_.constant);
    side->costs.clear();
    bp::Network network(setup_.architecture, side->initial);

    // Plain full-batch gradient descent with no stopping rule but the budget: both sides must
    // get exactly the same treatment for the comparison to mean anything.
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::GradientDescent;
    config.learningRate = setup_.learningRate;
    config.lambda = 0.0;
    config.batchSize = 0;
    config.maxIterations = setup_.iterations;
    config.minRelativeImprovement = 0.0;

    bp::Trainer trainer(network, setup_.train, nullptr, config);
    const long total = 2 * setup_.iterations;
    bool cancelled = false;
    trainer.run([&](const bp::IterationStats& stats, const bp::Vector&) {
        side->costs.push_back(stats.trainCost);
        if (progress && !progress(offset + stats.iteration, total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    side->trained = network.parameters();
    const bp::TrainingHistory& history = trainer.history();
    side->finalCost =
        history.empty() ? std::numeric_limits<double>::quiet_NaN() : history.back().trainCost;
    side->finalAccuracy =
        history.empty() ? std::numeric_limits<double>::quiet_NaN() : history.back().trainAccuracy;
    return !cancelled;
}

double SymmetryExperiment::maxRowDifference(Side s, int layer) const
{
    return maxRowDifference(setup_.architecture, side(s).trained, layer);
}

double SymmetryExperiment::maxRowDifference(const bp::Architecture& arch, const bp::Vector& params,
                                            int layer)
{
    const bp::ConstMatrixMap theta = bp::thetaView(arch, params, layer);
    // max_{i,j} |Θ_ik − Θ_jk| = max_k (max_i Θ_ik − min_i Θ_ik): linear, not quadratic, in units.
    double result = 0.0;
    for (bp::Index k = 0; k < theta.cols(); ++k)
        result = std::max(result, theta.col(k).maxCoeff() - theta.col(k).minCoeff());
    return result;
}

bp::Matrix SymmetryExperiment::rowSimilarity(const bp::Architecture& arch, const bp::Vector& params,
                                             int layer)
{
    const bp::ConstMatrixMap theta = bp::thetaView(arch, params, layer);
    const bp::Index units = theta.rows();
    const bp::Vector norms = theta.rowwise().norm();
    const bp::Matrix dots = theta * theta.transpose();
    bp::Matrix similarity(units, units);
    for (bp::Index i = 0; i < units; ++i) {
        for (bp::Index j = 0; j < units; ++j) {
            const double denominator = norms(i) * norms(j);
            if (denominator > 0.0)
                similarity(i, j) = std::clamp(dots(i, j) / denominator, -1.0, 1.0);
            else
                similarity(i, j) = norms(i) == norms(j) ? 1.0 : 0.0; // both zero: identical
        }
    }
    return similarity;
}

} // namespace bpui
