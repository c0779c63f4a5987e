#include "session/trainingcontroller.h"

#include "worker/trainingworker.h"

namespace bpui {

TrainingController::TrainingController(ProjectModel* model, LiveHistory* history,
                                       QObject* parent)
    : QObject(parent), model_(model), history_(history), worker_(new TrainingWorker(&outbox_))
{
    registerMetaTypes();
    thread_.setObjectName(QStringLiteral("training"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // The outbox drops whatever an abandoned run still says (acceptOnly in startRun).
    outbox_.acceptOnly(0);
    connect(&outbox_, &TrainingOutbox::snapshot, this, &TrainingController::onSnapshot);
    connect(&outbox_, &TrainingOutbox::finished, this, &TrainingController::onFinished);
    connect(&outbox_, &TrainingOutbox::failed, this, &TrainingController::onFailed);
    connect(&outbox_, &TrainingOutbox::gradientChecked, this, &TrainingController::gradientChecked);
    connect(model_, &ProjectModel::parametersChanged, this,
            &TrainingController::onParametersChanged);
    connect(model_, &ProjectModel::configChanged, this, &TrainingController::onConfigChanged);
    connect(model_, &ProjectModel::replaced, this,
            [this](unsigned changes, ReplaceCause cause) { onReplaced(changes, cause); });
    connect(model_, &ProjectModel::datasetChanged, this, [this] {
        if (isActive()) {
            abandonRun();
            emit message(tr("The data changed: training stopped."));
        }
    });
    thread_.start();
}

TrainingController::~TrainingController()
{
    // Closing while training: wake a paused hook, cancel a long evaluation, then join.
    worker_->stop();
    thread_.quit();
    thread_.wait();
}

void TrainingController::setState(TrainingState state)
{
    if (state_ == state)
        return;
    state_ = state;
    emit stateChanged(state);
}

void TrainingController::train()
{
    if (state_ == TrainingState::Paused) {
        worker_->resume();
        setState(TrainingState::Running);
    } else if (state_ != TrainingState::Running) {
        startRun(false);
    }
}

void TrainingController::togglePause()
{
    if (state_ == TrainingState::Running)
        pause();
    else
        train();
}

void TrainingController::pause()
{
    if (state_ != TrainingState::Running)
        return;
    worker_->pause();
    setState(TrainingState::Paused);
}

void TrainingController::step()
{
    if (state_ == TrainingState::Running || state_ == TrainingState::Paused) {
        worker_->step();
        setState(TrainingState::Paused);
    } else {
        startRun(true);
    }
}

void TrainingController::stop()
{
    if (isActive())
        worker_->stop(); // the final snapshot and finished() follow
}

void TrainingController::setGradientCheckEvery(int iterations)
{
    gradientCheckEvery_ = iterations;
    worker_->setGradientCheckEvery(iterations);
}

void TrainingController::setPublishGradient(bool on)
{
    worker_->setPublishGradient(on);
}

void TrainingController::carryOverRun()
{
    baseIteration_ += lastRunIteration_;
    baseEpoch_ += lastRunEpoch_;
    baseEvaluations_ += lastRunEvaluations_;
    baseSeconds_ += lastRunSeconds_;
    lastRunIteration_ = 0;
    lastRunEpoch_ = 0.0;
    lastRunEvaluations_ = 0;
    lastRunSeconds_ = 0.0;
}

void TrainingController::resetCounts()
{
    baseIteration_ = 0;
    baseEpoch_ = 0.0;
    baseEvaluations_ = 0;
    baseSeconds_ = 0.0;
    lastRunIteration_ = 0;
    lastRunEpoch_ = 0.0;
    lastRunEvaluations_ = 0;
    lastRunSeconds_ = 0.0;
}

void TrainingController::rewindTo(const bp::Vector& params, long iteration)
{
    if (isActive()) {
        worker_->stop();
        outbox_.acceptOnly(0); // a paused run has delivered every row already
        carryOverRun();
    }
    model_->setParameters(params, WeightsOrigin::Trained); // not a reset: the history stays
    setState(TrainingState::Idle);
    emit message(tr("Rewound to the weights of iteration %1.").arg(iteration));
}

void TrainingController::startRun(bool stepOnly)
{
    TrainingJob job;
    job.arch = model_->architecture();
    job.params = model_->parameters();
    job.split = model_->sharedSplit();
    job.config = model_->config();
    job.gradientCheckEvery = gradientCheckEvery_;
    runLearningRate_ = job.config.learningRate;
    runLambda_ = job.config.lambda;
    lastRunIteration_ = 0;
    lastRunEpoch_ = 0.0;
    lastRunEvaluations_ = 0;
    lastRunSeconds_ = 0.0;

    const std::uint64_t generation = worker_->submit(std::move(job), stepOnly);
    if (stepOnly)
        worker_->step();
    outbox_.acceptOnly(generation);
    setState(stepOnly ? TrainingState::Paused : TrainingState::Running);
}

void TrainingController::onSnapshot(const TrainingSnapshot& snapshot)
{
    TrainingSnapshot renumbered = snapshot;
    renumbered.newRows.clear();
    for (bp::IterationStats row : snapshot.newRows) {
        // Row 0 of a continuing run repeats the previous run's last row.
        if (row.iteration == 0 && baseIteration_ > 0)
            continue;
        row.iteration += baseIteration_;
        row.epoch += baseEpoch_;
        row.evaluations += baseEvaluations_;
        row.elapsedSeconds += baseSeconds_;
        renumbered.newRows.push_back(row);
    }
    lastRunIteration_ = snapshot.latest.iteration;
    lastRunEpoch_ = snapshot.latest.epoch;
    lastRunEvaluations_ = snapshot.latest.evaluations;
    lastRunSeconds_ = snapshot.latest.elapsedSeconds;
    renumbered.latest.iteration += baseIteration_;
    renumbered.latest.epoch += baseEpoch_;
    renumbered.latest.evaluations += baseEvaluations_;
    renumbered.latest.elapsedSeconds += baseSeconds_;

    if (snapshot.parameters && snapshot.parameters->size() == model_->parameters().size()) {
        model_->setParameters(*snapshot.parameters, WeightsOrigin::Trained);
    }
    history_->append(renumbered.newRows);
    emit snapshotReceived(renumbered);
}

void TrainingController::onFinished(const bp::TrainingResult& result)
{
    carryOverRun();
    setState(result.reason == bp::StopReason::Diverged ? TrainingState::Diverged
                                                       : TrainingState::Finished);
    emit finished(result);
}

void TrainingController::onFailed(const QString& text)
{
    setState(TrainingState::Failed);
    emit failed(text);
}

void TrainingController::abandonRun()
{
    worker_->stop();
    outbox_.acceptOnly(0); // whatever it still sends is stale
    setState(TrainingState::Idle);
}

void TrainingController::onParametersChanged(WeightsOrigin origin)
{
    if (origin == WeightsOrigin::Set)
        startOver();
}

void TrainingController::onReplaced(unsigned changes, ReplaceCause cause)
{
    if (cause != ReplaceCause::Undo) {
        // Another project: whatever runs stops; the history is the new project's, which
        // its opener installs (RunsModel::load or clear) — one reset, not two.
        if (isActive())
            abandonRun();
        resetCounts();
        setState(TrainingState::Idle);
        return;
    }
    if (changes & (DataChanged | ArchitectureChanged | ParametersChanged)) {
        startOver();
        return;
    }
    if (changes & ConfigChanged)
        onConfigChanged(); // undo of a learning rate: applies at the next iteration
}

void TrainingController::startOver()
{
    if (isActive())
        abandonRun();
    resetCounts();
    if (state_ != TrainingState::Idle)
        setState(TrainingState::Idle);
    history_->startOver();
}

void TrainingController::onConfigChanged()
{
    if (!isActive())
        return;
    // Learning rate and λ apply at the next iteration; the rest waits for the next Train.
    const bp::TrainingConfig& config = model_->config();
    if (config.learningRate != runLearningRate_) {
        runLearningRate_ = config.learningRate;
        worker_->setLearningRate(config.learningRate);
    }
    if (config.lambda != runLambda_) {
        runLambda_ = config.lambda;
        worker_->setLambda(config.lambda);
    }
}

} // namespace bpui
