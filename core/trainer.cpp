#include "trainer.h"

#include "conjugategradient.h"
#include "costfunction.h"
#include "fit.h"
#include "lbfgsoptimizer.h"
#include "optimizers.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <sstream>

namespace bp {

// ---- names ----------------------------------------------------------------------------------

std::string_view toString(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return "gd";
    case OptimizerKind::Momentum:
        return "momentum";
    case OptimizerKind::Adam:
        return "adam";
    case OptimizerKind::LBFGS:
        return "lbfgs";
    case OptimizerKind::ConjugateGradient:
        return "cg";
    }
    return "gd";
}

std::string_view displayName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return "Gradient descent";
    case OptimizerKind::Momentum:
        return "Momentum";
    case OptimizerKind::Adam:
        return "Adam";
    case OptimizerKind::LBFGS:
        return "L-BFGS";
    case OptimizerKind::ConjugateGradient:
        return "Conjugate gradient";
    }
    return "Gradient descent";
}

std::vector<OptimizerKind> allOptimizers()
{
    return {OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Adam,
            OptimizerKind::LBFGS, OptimizerKind::ConjugateGradient};
}

std::optional<OptimizerKind> optimizerFromString(std::string_view name)
{
    for (OptimizerKind kind : allOptimizers())
        if (toString(kind) == name)
            return kind;
    return std::nullopt;
}

bool isLineSearchOptimizer(OptimizerKind kind)
{
    return kind == OptimizerKind::LBFGS || kind == OptimizerKind::ConjugateGradient;
}

std::string_view toString(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxIterations:
        return "max_iterations";
    case StopReason::MaxEpochs:
        return "max_epochs";
    case StopReason::TargetCost:
        return "target_cost";
    case StopReason::Converged:
        return "converged";
    case StopReason::TimeLimit:
        return "time_limit";
    case StopReason::EarlyStopping:
        return "early_stopping";
    case StopReason::Diverged:
        return "diverged";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::StoppedByHook:
        return "stopped_by_hook";
    }
    return "max_iterations";
}

namespace {

/// Fisher–Yates by hand: std::shuffle's algorithm is implementation-defined, and a seed must
/// give the same mini-batches on every platform. (The modulo bias is below 2⁻⁴⁰ for any m.)
void shuffle(std::vector<Index>& order, std::mt19937_64& rng)
{
    for (std::size_t i = order.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(order[i - 1], order[j]);
    }
}

std::string readableNumber(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinite" : "-infinite";
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

// ---- the run --------------------------------------------------------------------------------

/// One run's state: the objective, the monitors, the stopping rules and the hook.
struct Trainer::Impl final : IterationObserver
{
    using Clock = std::chrono::steady_clock;

    Impl(Trainer& owner) : t(owner) {}

    Trainer& t;
    Matrix trainY;                           // K × m encoded targets
    Matrix validationY;                      // K × m_val
    std::unique_ptr<CostFunction> objective; // what the optimiser minimises
    std::unique_ptr<CostFunction> monitor;   // full training pass at mini-batch epoch ends
    std::unique_ptr<CostFunction> validator; // validation set, forward only

    // Per run.
    const IterationHook* hook = nullptr;
    const CancellationToken* token = nullptr;
    Clock::time_point started;
    double hookSeconds = 0.0; // time blocked in the hook (a paused GUI) is not training time
    bool miniBatch = false;
    bool atEpochEnd = true; // row 0 counts as an epoch boundary: monitors run there
    Index examplesSeen = 0;
    Vector lastParams; // the parameters of the last recorded row
    // runFirstOrder keeps the recorded parameters itself (it steps into a second buffer);
    // the line-search optimisers move theirs on, so record() copies them.
    bool lastParamsKeptByCaller = false;
    bool currentRecorded = false; // runFirstOrder: its params (not `previous`) are the last row's
    double previousCheckedCost = std::numeric_limits<double>::quiet_NaN();
    Vector bestParams; // early stopping
    double bestValidationCost = std::numeric_limits<double>::infinity();
    long bestIteration = -1;
    int checksSinceBest = 0;
    std::optional<StopReason> reason;
    std::string message;

    double elapsed() const
    {
        return std::chrono::duration<double>(Clock::now() - started).count() - hookSeconds;
    }

    void stop(StopReason why, std::string text)
    {
        if (!reason) {
            reason = why;
            message = std::move(text);
        }
    }

    void diverge(long iteration, double cost)
    {
        std::string text =
            std::isfinite(cost) ? "the gradient became non-finite" : "cost became " + readableNumber(cost);
        if (iteration == 0) {
            stop(StopReason::Diverged, text + " at the initial weights; check the data for "
                                              "missing or huge values");
            return;
        }
        text += " at iteration " + std::to_string(iteration);
        if (isLineSearchOptimizer(t.config_.optimizer))
            text += "; the line search reached weights where the cost overflows";
        else
            text +=
                "; the learning rate " + readableNumber(t.config_.learningRate) + " is probably too high";
        text += "; restored the weights of iteration " + std::to_string(iteration - 1);
        stop(StopReason::Diverged, text);
    }

    void checkStops(const IterationStats& s, const Vector& params)
    {
        const TrainingConfig& c = t.config_;
        // Target and convergence are judged on the full training cost (every row for full
        // batch, epoch ends for mini-batches) because a single mini-batch's cost is noise.
        const double judged = s.fullTrainCost;
        if (!std::isnan(judged)) {
            if (!std::isnan(c.targetCost) && judged <= c.targetCost)
                stop(StopReason::TargetCost, "reached the target cost " + readableNumber(c.targetCost) +
                                                 " at iteration " + std::to_string(s.iteration));
            if (c.minRelativeImprovement > 0.0 && !std::isnan(previousCheckedCost)) {
                const double change =
                    std::abs(previousCheckedCost - judged) / std::max(std::abs(judged), 1.0);
                if (change < c.minRelativeImprovement)
                    stop(StopReason::Converged, "converged: the cost changed by less than " +
                                                    readableNumber(c.minRelativeImprovement) +
                                                    " (relative) at iteration " +
                                                    std::to_string(s.iteration));
            }
            previousCheckedCost = judged;
        }
        if (c.patience > 0 && !std::isnan(s.validationCost)) {
            if (s.validationCost < bestValidationCost) {
                bestValidationCost = s.validationCost;
                bestIteration = s.iteration;
                bestParams = params;
                checksSinceBest = 0;
            } else if (++checksSinceBest >= c.patience) {
                stop(StopReason::EarlyStopping,
                     "early stopping: the validation cost has not improved for " +
                         std::to_string(c.patience) +
                         " checks; restored the weights of iteration " +
                         std::to_string(bestIteration) + " (validation cost " +
                         readableNumber(bestValidationCost) + ")");
            }
        }
        if (c.maxIterations > 0 && s.iteration >= c.maxIterations)
            stop(StopReason::MaxIterations,
                 "reached the limit of " + std::to_string(c.maxIterations) + " iterations");
        if (c.maxEpochs > 0 && s.epoch >= static_cast<double>(c.maxEpochs))
            stop(StopReason::MaxEpochs,
                 "reached the limit of " + std::to_string(c.maxEpochs) + " epochs");
        if (c.timeLimitSeconds > 0.0 && s.elapsedSeconds >= c.timeLimitSeconds)
            stop(StopReason::TimeLimit,
                 "reached the time limit of " + readableNumber(c.timeLimitSeconds) + " s");
    }

    Verdict record(const Vector& params, double cost, const Vector& gradient) override
    {
        const long iteration = t.history_.empty() ? 0 : t.history_.back().iteration + 1;
        // One pass for both: a non-finite entry makes ‖g‖² non-finite; only then (or on an
        // overflow of ‖g‖² itself) is the slower per-entry check needed.
        const double squaredNorm = gradient.squaredNorm();
        if (!std::isfinite(cost) || (!std::isfinite(squaredNorm) && !gradient.allFinite())) {
            diverge(iteration, cost);
            return Verdict::Stop;
        }
        IterationStats s;
        s.iteration = iteration;
        s.evaluations = objective->evaluations();
        s.trainCost = cost;
        s.gradientNorm = std::isfinite(squaredNorm) ? std::sqrt(squaredNorm) : gradient.norm();
        const Index m = objective->exampleCount();
        s.epoch = miniBatch ? static_cast<double>(examplesSeen) / static_cast<double>(m)
                            : static_cast<double>(iteration);
        if (!miniBatch) {
            s.fullTrainCost = cost;
            s.trainAccuracy = objective->lastAccuracy(); // from the evaluation that gave cost
        } else if (atEpochEnd && t.config_.monitorTrainingSet) {
            s.fullTrainCost = monitor->evaluate(params, nullptr);
            s.trainAccuracy = monitor->lastAccuracy();
        }
        if (validator && (!miniBatch || atEpochEnd)) {
            s.validationCost = validator->evaluate(params, nullptr);
            s.validationAccuracy = validator->lastAccuracy();
        }
        atEpochEnd = false;
        s.elapsedSeconds = elapsed();
        t.history_.push_back(s);
        if (lastParamsKeptByCaller)
            currentRecorded = true; // the hook below may throw Cancelled: params are the row's
        else
            lastParams = params;
        checkStops(s, params);

        // No lock is held here: the GUI pauses training by blocking inside the hook.
        bool goOn = true;
        if (hook != nullptr && *hook) {
            const Clock::time_point before = Clock::now();
            goOn = (*hook)(s, params);
            hookSeconds += std::chrono::duration<double>(Clock::now() - before).count();
        }
        if (!goOn)
            stop(StopReason::StoppedByHook,
                 "stopped on request after iteration " + std::to_string(iteration));
        if (token != nullptr && token->isCancelled())
            stop(StopReason::Cancelled,
                 "cancelled; kept the weights of iteration " + std::to_string(iteration));
        if (reason)
            return Verdict::Stop;

        // λ set from the hook applies from the next iteration on.
        if (t.config_.lambda != objective->lambda()) {
            for (CostFunction* f : {objective.get(), monitor.get(), validator.get()})
                if (f != nullptr)
                    f->setLambda(t.config_.lambda);
            return Verdict::Restart;
        }
        return Verdict::Continue;
    }

    /// Gradient descent, momentum and Adam; full batch or shuffled mini-batches.
    void runFirstOrder(Vector& params)
    {
        // Each step goes from params into `previous`, and the two swap: the recorded
        // parameters stay in `previous` until the next step, and no iteration copies them
        // (a pass over 0.8 MB per mini-batch for a 784-128-10 network). Whatever ends the run
        // — a stop after record(), or Cancelled thrown by the next evaluation — lastParams
        // becomes the last recorded parameters.
        Vector previous(params.size());
        lastParamsKeptByCaller = true;
        currentRecorded = false;
        try {
            runFirstOrderSteps(params, previous);
        } catch (const Cancelled&) {
            keepRecorded(params, previous);
            throw;
        }
        keepRecorded(params, previous);
    }

    /// lastParams ← the last recorded row's parameters: params, or `previous` after a step.
    void keepRecorded(Vector& params, Vector& previous)
    {
        lastParamsKeptByCaller = false;
        if (t.history_.empty())
            return; // nothing recorded: run() keeps the network's weights
        if (currentRecorded)
            lastParams = params;
        else
            lastParams.swap(previous);
    }

    void runFirstOrderSteps(Vector& params, Vector& previous)
    {
        GradientStepper stepper(t.config_.optimizer, params.size());
        const auto step = [&](const Vector& gradient) {
            stepper.apply(params, gradient, t.config_, previous);
            params.swap(previous); // previous: the recorded parameters
            currentRecorded = false;
        };
        Vector gradient;
        const Index m = objective->exampleCount();
        if (!miniBatch) {
            for (;;) {
                throwIfCancelled(token);
                const double cost = objective->evaluate(params, &gradient);
                if (record(params, cost, gradient) == Verdict::Stop)
                    return;
                step(gradient);
            }
        }

        // Row k holds θ after k steps and the cost of the mini-batch the next step will use,
        // evaluated at θ: one evaluation gives both the row and the step's gradient.
        std::mt19937_64 rng(t.config_.shuffleSeed);
        std::vector<Index> order(static_cast<std::size_t>(m));
        std::iota(order.begin(), order.end(), Index{0});
        shuffle(order, rng);
        const Index batchSize = t.config_.batchSize;
        std::vector<Index> batch;
        Index position = 0;
        for (;;) {
            const Index end = std::min(position + batchSize, m);
            batch.assign(order.begin() + position, order.begin() + end);
            throwIfCancelled(token);
            const double cost = objective->evaluateBatch(params, batch, &gradient);
            if (record(params, cost, gradient) == Verdict::Stop)
                return;
            step(gradient);
            examplesSeen += end - position;
            position = end;
            if (position >= m) {
                position = 0;
                atEpochEnd = true;
                shuffle(order, rng);
            }
        }
    }
};

Trainer::Trainer(Network& network, const Dataset& train, const Dataset* validation,
                 TrainingConfig config)
    : network_(network), train_(train), validation_(validation), config_(config),
      impl_(std::make_unique<Impl>(*this))
{
    const Architecture& arch = network_.architecture();
    const auto checkData = [&](const Dataset& data, const char* role) {
        if (data.size() == 0)
            throw InputError(role, "", "the data set has no examples");
        checkFits(arch, data, role);
    };
    checkData(train_, "training data");
    impl_->trainY = encodeTargets(train_, arch.outputSize());
    impl_->objective =
        std::make_unique<CostFunction>(arch, train_.features, impl_->trainY, config_.lambda);
    impl_->monitor =
        std::make_unique<CostFunction>(arch, train_.features, impl_->trainY, config_.lambda);
    if (validation_ != nullptr && validation_->size() > 0) {
        checkData(*validation_, "validation data");
        impl_->validationY = encodeTargets(*validation_, arch.outputSize());
        impl_->validator = std::make_unique<CostFunction>(arch, validation_->features,
                                                          impl_->validationY, config_.lambda);
    }
}

Trainer::~Trainer() = default;

void Trainer::setLearningRate(double rate)
{
    config_.learningRate = rate;
}

void Trainer::setLambda(double lambda)
{
    config_.lambda = lambda;
}

TrainingResult Trainer::run(const IterationHook& hook, const CancellationToken* token)
{
    // Each run starts a fresh history from the network's current parameters.
    Impl& r = *impl_;
    history_.clear();
    r.hook = &hook;
    r.token = token;
    r.started = Impl::Clock::now();
    r.hookSeconds = 0.0;
    r.miniBatch = !isLineSearchOptimizer(config_.optimizer) && config_.batchSize > 0 &&
                  config_.batchSize < train_.size();
    r.atEpochEnd = true;
    r.examplesSeen = 0;
    r.lastParamsKeptByCaller = false;
    r.previousCheckedCost = std::numeric_limits<double>::quiet_NaN();
    r.bestValidationCost = std::numeric_limits<double>::infinity();
    r.bestIteration = -1;
    r.checksSinceBest = 0;
    r.reason.reset();
    r.message.clear();
    for (CostFunction* f : {r.objective.get(), r.monitor.get(), r.validator.get()}) {
        if (f != nullptr) {
            f->setLambda(config_.lambda);
            f->setCancellationToken(token);
        }
    }
    const long evaluationsBefore = r.objective->evaluations();

    Vector params = network_.parameters();
    OptimizerOutcome outcome;
    try {
        switch (config_.optimizer) {
        case OptimizerKind::LBFGS:
            outcome = minimizeLbfgs(*r.objective, params, r, token);
            break;
        case OptimizerKind::ConjugateGradient:
            outcome = minimizeConjugateGradient(*r.objective, params, r, token);
            break;
        default:
            r.runFirstOrder(params);
            break;
        }
    } catch (const Cancelled&) {
        r.stop(StopReason::Cancelled,
               history_.empty() ? "cancelled before the first evaluation; the weights are unchanged"
                                : "cancelled; kept the weights of iteration " +
                                      std::to_string(history_.back().iteration));
    }
    if (!r.reason)
        r.stop(StopReason::Converged, outcome.message);

    TrainingResult result;
    result.reason = *r.reason;
    result.message = r.message;
    result.evaluations = r.objective->evaluations() - evaluationsBefore;
    result.elapsedSeconds = r.elapsed();
    for (CostFunction* f : {r.objective.get(), r.monitor.get(), r.validator.get()})
        if (f != nullptr)
            f->setCancellationToken(nullptr); // the token may not outlive this call
    if (history_.empty()) {
        result.finalCost = std::numeric_limits<double>::quiet_NaN();
        return result;
    }
    result.iterations = history_.back().iteration;
    if (result.reason == StopReason::EarlyStopping && r.bestIteration >= 0) {
        network_.setParameters(r.bestParams);
        result.finalCost = history_[static_cast<std::size_t>(r.bestIteration)].trainCost;
    } else {
        network_.setParameters(r.lastParams);
        result.finalCost = history_.back().trainCost;
    }
    return result;
}

} // namespace bp
