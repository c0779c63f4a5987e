#pragma once
// Runs an optimiser on a network and a data set, records per-iteration statistics, and
// stops on a budget, a target, convergence, early stopping, divergence or cancellation.

#include "dataset.h"
#include "network.h"
#include "traininghistory.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

enum class OptimizerKind
{
    GradientDescent,
    Momentum,
    Adam,
    LBFGS,
    ConjugateGradient
};
std::string_view toString(OptimizerKind kind); // "gd", "momentum", "adam", "lbfgs", "cg"
std::string_view displayName(OptimizerKind kind);
std::optional<OptimizerKind> optimizerFromString(std::string_view name);
std::vector<OptimizerKind> allOptimizers();
bool isLineSearchOptimizer(OptimizerKind kind); // L-BFGS and CG: always full batch

struct TrainingConfig
{
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    double learningRate = 0.1;
    double momentum = 0.9;     // momentum's μ
    double beta1 = 0.9;        // Adam
    double beta2 = 0.999;      // Adam
    double adamEpsilon = 1e-8; // Adam
    double lambda = 0.0;       // L2 strength
    Index batchSize = 0;       // 0 = full batch
    std::uint64_t shuffleSeed = 1;

    // Stopping. Zero (or NaN for targetCost) means "no limit".
    long maxIterations = 1000;
    long maxEpochs = 0;
    double targetCost = std::numeric_limits<double>::quiet_NaN();
    double minRelativeImprovement = 0.0; // stop when |ΔJ| / max(|J|, 1) falls below it
    double timeLimitSeconds = 0.0;
    int patience = 0; // early stopping: validation checks without improvement

    // Mini-batches: evaluate the whole training set (fullTrainCost, trainAccuracy) at row 0 and
    // at each epoch end — one forward pass over all m examples each, as costly as ~half an
    // epoch of 64-example steps on MNIST-sized data. Off, those fields stay NaN and the target
    // cost and convergence rules (judged on fullTrainCost) do not fire; validation still runs.
    bool monitorTrainingSet = true;
};

enum class StopReason
{
    MaxIterations,
    MaxEpochs,
    TargetCost,
    Converged, // relative improvement below the threshold, or the optimiser converged
    TimeLimit,
    EarlyStopping, // validation cost stopped improving (best parameters restored)
    Diverged,      // non-finite cost or gradient (last finite parameters restored)
    Cancelled,     // the cancellation token was set
    StoppedByHook  // the iteration hook asked to stop
};
std::string_view toString(StopReason reason);

struct TrainingResult
{
    StopReason reason = StopReason::MaxIterations;
    std::string message; // one sentence for people
    long iterations = 0;
    long evaluations = 0;
    double finalCost = 0.0;
    double elapsedSeconds = 0.0;
};

class Trainer
{
public:
    /// Called after each recorded row, with the parameters it describes. Return false to stop.
    /// May call setLearningRate / setLambda: they apply from the next iteration on.
    using IterationHook = std::function<bool(const IterationStats& stats, const Vector& params)>;

    /// network's parameters are trained in place. validation may be null. Throws InputError
    /// ("training data" / "validation data") for an empty set or one the network does not fit
    /// (checkFits).
    Trainer(Network& network, const Dataset& train, const Dataset* validation,
            TrainingConfig config);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    /// Trains from the network's current parameters with a fresh history. On return the
    /// network holds the last recorded row's parameters (the best ones after early stopping).
    /// The hook runs on this thread with no lock held, so it may block (pause).
    TrainingResult run(const IterationHook& hook = {}, const CancellationToken* token = nullptr);

    void setLearningRate(double rate);
    void setLambda(double lambda);
    const TrainingConfig& config() const { return config_; }
    /// Every row of the last run, stored by column (exact values, ~40 bytes a row).
    const TrainingHistory& history() const { return history_; }

private:
    struct Impl;
    Network& network_;
    const Dataset& train_;
    const Dataset* validation_;
    TrainingConfig config_;
    TrainingHistory history_;
    std::unique_ptr<Impl> impl_;
};

} // namespace bp
