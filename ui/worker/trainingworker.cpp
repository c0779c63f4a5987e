#include "worker/trainingworker.h"

#include "costfunction.h"
#include "fit.h"
#include "gradienthealth.h"
#include "maththreads.h"
#include "worker/gradientcheckjob.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <optional>

namespace bpui {

using Clock = std::chrono::steady_clock;

/// Per-run state, owned by the worker thread for the duration of execute().
struct TrainingWorker::Run
{
    Run(const TrainingJob& j, std::uint64_t g) : job(j), generation(g) {}
    const TrainingJob& job;
    const std::uint64_t generation;
    bp::Trainer* trainer = nullptr;
    double lambda = 0.0;                         // the λ in force (edits arrive while running)
    std::vector<bp::IterationStats> pendingRows; // every row since the last snapshot
    bp::IterationStats latest;
    Clock::time_point lastSnapshot = Clock::now();
    long lastSnapshotIteration = 0;
    double iterationsPerSecond = 0.0;
    std::optional<DivergenceTrip> trip; // the guard's, until the snapshot that pauses for it

    // Full-batch gradient for the heat maps: X is the shared split's, Y encoded once.
    bp::Matrix Y;
    std::unique_ptr<bp::CostFunction> cost;
    Clock::time_point nextGradient = Clock::now();

    // Gradient health: a fixed sample of training columns and their features (gathered once).
    std::vector<bp::Index> healthColumns;
    bp::Matrix healthX;
    Clock::time_point nextHealth = Clock::now();
};

TrainingWorker::TrainingWorker(TrainingOutbox* outbox, QObject* parent)
    : QObject(parent), outbox_(outbox)
{
}

TrainingWorker::~TrainingWorker() = default;

// --- controls -----------------------------------------------------------------------------

std::uint64_t TrainingWorker::submit(TrainingJob job, bool startPaused)
{
    std::uint64_t generation = 0;
    {
        std::lock_guard jobsLock(jobsMutex_);
        generation = ++lastGeneration_;
        jobs_.emplace_back(generation, std::move(job));
        std::lock_guard pauseLock(pauseMutex_);
        stepRequested_.store(false);
        paused_.store(startPaused);
        learningRateChanged_.store(false);
        lambdaChanged_.store(false);
    }
    QMetaObject::invokeMethod(this, &TrainingWorker::runPending, Qt::QueuedConnection);
    return generation;
}

void TrainingWorker::pause()
{
    std::lock_guard lock(pauseMutex_);
    paused_.store(true);
}

void TrainingWorker::resume()
{
    {
        std::lock_guard lock(pauseMutex_);
        paused_.store(false);
    }
    pauseChanged_.notify_all();
}

void TrainingWorker::step()
{
    {
        std::lock_guard lock(pauseMutex_);
        paused_.store(true);
        stepRequested_.store(true);
    }
    pauseChanged_.notify_all();
}

void TrainingWorker::stop()
{
    {
        std::lock_guard jobsLock(jobsMutex_);
        std::lock_guard pauseLock(pauseMutex_);
        stoppedGeneration_.store(lastGeneration_);
        token_.cancel();
    }
    pauseChanged_.notify_all();
}

void TrainingWorker::setLearningRate(double rate)
{
    learningRate_.store(rate);
    learningRateChanged_.store(true);
}

void TrainingWorker::setLambda(double lambda)
{
    lambda_.store(lambda);
    lambdaChanged_.store(true);
}

// --- the run ------------------------------------------------------------------------------

void TrainingWorker::runPending()
{
    std::pair<std::uint64_t, TrainingJob> next;
    {
        std::lock_guard jobsLock(jobsMutex_);
        if (jobs_.empty())
            return;
        next = std::move(jobs_.front());
        jobs_.pop_front();
        // The token belongs to this run now; a stop that came first still counts.
        std::lock_guard pauseLock(pauseMutex_);
        token_.reset();
        if (isStopped(next.first))
            return; // stopped before it began: it never starts and says nothing
        begunGeneration_.store(next.first);
    }
    execute(next.second, next.first);
}

void TrainingWorker::post(WorkerMessage message, const Run& run)
{
    message.generation = run.generation;
    outbox_->post(std::move(message));
}

void TrainingWorker::execute(const TrainingJob& job, std::uint64_t generation)
{
    const auto fail = [&](std::string text) {
        WorkerMessage message;
        message.kind = WorkerMessage::Kind::Failed;
        message.generation = generation;
        message.error = std::move(text);
        outbox_->post(std::move(message));
    };
    try {
        if (!job.split)
            throw bp::InputError("training", "", "no data set");
        const bp::Dataset& train = job.split->train;
        job.arch.validate();
        if (train.size() == 0)
            throw bp::InputError("training", "", "the training split has no examples");
        bp::checkFits(job.arch, train, "training");
        bp::checkWeightCount(job.arch, job.params.size(), "training");

        gradientCheckEvery_.store(job.gradientCheckEvery);
        switch (guardCommand_.exchange(GuardCommand::None)) {
        case GuardCommand::Rearm:
            guard_.rearm();
            break;
        case GuardCommand::Disarm:
            guard_.disarm();
            break;
        case GuardCommand::None:
            break;
        }
        bp::Network network(job.arch, job.params);
        const bp::Dataset* validation =
            job.split->validation.size() > 0 ? &job.split->validation : nullptr;
        bp::Trainer trainer(network, train, validation, job.config);

        Run run(job, generation);
        run.trainer = &trainer;
        run.lambda = job.config.lambda;

        bp::TrainingResult result;
        try {
            result = trainer.run(
                [this, &run](const bp::IterationStats& stats, const bp::Vector& params) {
                    return onIteration(run, stats, params);
                },
                &token_);
        } catch (const bp::Cancelled&) {
            // A gradient check or evaluation inside the hook saw the stop: a normal stop.
            result.reason = bp::StopReason::Cancelled;
            result.message = "Training was stopped.";
            result.iterations = run.latest.iteration;
            result.finalCost = run.latest.trainCost;
        }
        const TrainingState state = result.reason == bp::StopReason::Diverged
                                        ? TrainingState::Diverged
                                        : TrainingState::Finished;
        run.nextGradient = Clock::now();   // the final snapshot always carries the gradient
        run.nextHealth = run.nextGradient; // and the gradient health
        publish(run, state, network.parameters());
        WorkerMessage done;
        done.kind = WorkerMessage::Kind::Finished;
        done.result = std::move(result);
        post(std::move(done), run);
    } catch (const std::exception& error) {
        fail(error.what());
    } catch (...) {
        fail(tr("Training failed with an unknown error.").toStdString());
    }
}

bool TrainingWorker::onIteration(Run& run, const bp::IterationStats& stats,
                                 const bp::Vector& params)
{
    iterationsRun_.fetch_add(1);
    run.pendingRows.push_back(stats);
    run.latest = stats;

    // Hyper-parameters edited while running apply from the next iteration on.
    if (learningRateChanged_.exchange(false))
        run.trainer->setLearningRate(learningRate_.load());
    if (lambdaChanged_.exchange(false)) {
        run.lambda = lambda_.load();
        run.trainer->setLambda(run.lambda);
        if (run.cost)
            run.cost->setLambda(run.lambda);
    }

    // "Every N iterations" counts the history's iterations, which continue across Train /
    // Stop / Train, so the checks fall on the same rows however the runs were split.
    const int every = gradientCheckEvery_.load();
    const long historyIteration = run.job.firstIteration + stats.iteration;
    if (every > 0 && stats.iteration > 0 && historyIteration % every == 0)
        runGradientCheckNow(run, stats, params);

    if (isStopped(run.generation))
        return false;
    // Judged here, before the next step: the pause comes at the row that blew up, while its
    // cost and the weights are still finite.
    if (run.job.divergenceGuard) {
        run.trip = guard_.observe(stats, run.job.firstIteration + stats.iteration,
                                  DivergenceRule::isMiniBatch(run.job.config));
        if (run.trip) {
            std::lock_guard lock(pauseMutex_);
            paused_.store(true);
            stepRequested_.store(false);
        }
    }
    if (paused_.load()) {
        waitWhilePaused(run, params);
        return !isStopped(run.generation);
    }
    const auto since =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - run.lastSnapshot);
    if (since.count() >= snapshotIntervalMs(run.job.arch.parameterCount()))
        publish(run, TrainingState::Running, params);
    return true;
}

void TrainingWorker::waitWhilePaused(Run& run, const bp::Vector& params)
{
    // The GUI shows exactly where training stands while it waits.
    publish(run, TrainingState::Paused, params);
    std::unique_lock lock(pauseMutex_);
    pauseChanged_.wait(lock, [this, &run] {
        return isStopped(run.generation) || !paused_.load() || stepRequested_.load();
    });
    stepRequested_.store(false);
    // Paused time must not count as slowness in the next iterations-per-second figure.
    run.lastSnapshot = Clock::now();
    run.lastSnapshotIteration = run.latest.iteration;
}

void TrainingWorker::publish(Run& run, TrainingState state, const bp::Vector& params)
{
    const Clock::time_point now = Clock::now();
    const double seconds = std::chrono::duration<double>(now - run.lastSnapshot).count();
    const long advanced = run.latest.iteration - run.lastSnapshotIteration;
    if (seconds > 0.0 && advanced > 0)
        run.iterationsPerSecond = static_cast<double>(advanced) / seconds;

    WorkerMessage message;
    message.trip = std::exchange(run.trip, std::nullopt);
    TrainingSnapshot& out = message.snapshot;
    out.state = state;
    out.latest = run.latest;
    out.newRows = std::move(run.pendingRows);
    run.pendingRows.clear();
    out.iterationsPerSecond = run.iterationsPerSecond;
    out.parameters = std::make_shared<const bp::Vector>(params);

    if (run.job.publishGradient && publishGradient_.load() && now >= run.nextGradient &&
        !token_.isCancelled()) {
        bp::CostFunction& cost = costOf(run);
        // At most ~4 Hz and ≤ ~10 % of the time: a full-batch evaluation can be long.
        auto gradient = std::make_shared<bp::Vector>();
        const Clock::time_point before = Clock::now();
        try {
            cost.evaluate(params, gradient.get());
            out.gradient = std::move(gradient);
        } catch (const bp::Cancelled&) {
            // Stopping: the final snapshot goes without a gradient.
        }
        const auto took = Clock::now() - before;
        run.nextGradient =
            Clock::now() + std::max<Clock::duration>(std::chrono::milliseconds(250), 10 * took);
    }

    // Pauses, steps and the end always carry it; a running snapshot when its rest is over.
    if (run.job.gradientHealth && (state != TrainingState::Running || now >= run.nextHealth) &&
        !token_.isCancelled()) {
        const Clock::time_point before = Clock::now();
        out.health = measureHealth(run, params);
        const auto took = Clock::now() - before;
        run.nextHealth = Clock::now() +
                         std::max<Clock::duration>(
                             std::chrono::milliseconds(kHealthMinIntervalMs),
                             std::chrono::duration_cast<Clock::duration>(kHealthRestFactor * took));
    }

    run.lastSnapshot = Clock::now();
    run.lastSnapshotIteration = run.latest.iteration;
    post(std::move(message), run);
}

bp::CostFunction& TrainingWorker::costOf(Run& run)
{
    if (!run.cost) { // the first time someone shows the gradient or its health
        const bp::Dataset& train = run.job.split->train;
        run.Y = bp::encodeTargets(train, run.job.arch.outputSize());
        run.cost =
            std::make_unique<bp::CostFunction>(run.job.arch, train.features, run.Y, run.lambda);
        run.cost->setCancellationToken(&token_);
    }
    return *run.cost;
}

std::shared_ptr<const bp::GradientHealth> TrainingWorker::measureHealth(Run& run,
                                                                        const bp::Vector& params)
{
    bp::CostFunction& cost = costOf(run);
    const bp::Matrix& features = run.job.split->train.features;
    const bp::Index m = features.cols();
    if (run.healthColumns.empty()) {
        // The same examples all run long, so the lines follow the weights, not the sample.
        run.healthColumns = bp::sampleExamples(m, kHealthExamples, run.job.config.shuffleSeed);
        run.healthX.resize(features.rows(), static_cast<bp::Index>(run.healthColumns.size()));
        for (std::size_t i = 0; i < run.healthColumns.size(); ++i)
            run.healthX.col(static_cast<bp::Index>(i)) = features.col(run.healthColumns[i]);
    }
    bp::Vector gradient;
    try {
        // The batch J's gradient: its λ term uses the whole set's m, like the training
        // gradient's; with m ≤ kHealthExamples it is the full-batch gradient itself.
        if (static_cast<bp::Index>(run.healthColumns.size()) == m)
            cost.evaluate(params, &gradient);
        else
            cost.evaluateBatch(params, run.healthColumns, &gradient);
    } catch (const bp::Cancelled&) {
        return nullptr; // stopping: the final snapshot goes without it
    }
    // The forward pass on one thread: a 256-column product is too small to repay a team, and
    // on a loaded machine OpenBLAS's two-thread team made it ten times slower (Fashion:
    // 18 ms instead of 1.6 ms). The trainer's own products keep the thread's setting.
    const int threads = bp::mathThreadsOnThisThread();
    bp::limitMathThreadsOnThisThread(1);
    const bp::Network network(run.job.arch, params);
    std::vector<bp::Matrix> a = network.forwardAll(run.healthX);
    bp::limitMathThreadsOnThisThread(threads);
    return std::make_shared<const bp::GradientHealth>(
        bp::measureGradientHealth(run.job.arch, params, gradient, a));
}

void TrainingWorker::runGradientCheckNow(Run& run, const bp::IterationStats& stats,
                                         const bp::Vector& params)
{
    GradientCheckRequest request;
    request.arch = run.job.arch;
    request.params = params;
    // The split is immutable and shared: aliasing keeps it alive without copying the data.
    request.data = std::shared_ptr<const bp::Dataset>(run.job.split, &run.job.split->train);
    request.lambda = run.lambda;
    request.seed = static_cast<std::uint64_t>(stats.iteration);
    WorkerMessage message;
    message.kind = WorkerMessage::Kind::GradientChecked;
    message.check = runGradientCheck(request, {}, &token_);
    message.check.iteration = run.job.firstIteration + stats.iteration; // the history's number
    post(std::move(message), run);
}

} // namespace bpui
