#include "session/trainingcontroller.h"

#include "session/enginemessages.h"

#include "session/displaynames.h"

#include <QTimer>

#include "worker/trainingworker.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bpui {

TrainingController::TrainingController(ProjectModel* model, LiveHistory* history, QObject* parent)
    : QObject(parent), model_(model), history_(history), worker_(new TrainingWorker(&outbox_))
{
    registerMetaTypes();
    thread_.setObjectName(QStringLiteral("training"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // The outbox drops whatever an abandoned run still says (acceptOnly in startRun).
    outbox_.acceptOnly(0);
    connect(&outbox_, &TrainingOutbox::snapshot, this, &TrainingController::onSnapshot);
    connect(&outbox_, &TrainingOutbox::divergenceTripped, this,
            &TrainingController::onDivergenceTripped);
    connect(&outbox_, &TrainingOutbox::finished, this, &TrainingController::onFinished);
    connect(&outbox_, &TrainingOutbox::failed, this, &TrainingController::onFailed);
    connect(&outbox_, &TrainingOutbox::gradientChecked, this, &TrainingController::gradientChecked);
    connect(model_, &ProjectModel::parametersChanged, this,
            &TrainingController::onParametersChanged);
    connect(model_, &ProjectModel::configChanged, this, &TrainingController::onConfigChanged);
    connect(model_, &ProjectModel::replaced, this,
            [this](unsigned changes, ReplaceCause cause) { onReplaced(changes, cause); });
    // Painted points (ProjectModel::dataEdited): the worker's job holds its split by value,
    // so a running worker is restarted from the current weights on the edited data, the
    // history going on (the same renumbering as Stop then Train). A stroke's points come
    // one by one: the restart waits for a pause in them (editRestart_).
    editRestart_ = new QTimer(this);
    editRestart_->setSingleShot(true);
    editRestart_->setInterval(kEditRestartMs);
    connect(editRestart_, &QTimer::timeout, this, &TrainingController::continueOnEditedData);
    connect(model_, &ProjectModel::dataEdited, this, [this] {
        if (isActive())
            editRestart_->start();
    });
    connect(model_, &ProjectModel::datasetChanged, this, [this] {
        if (isActive()) {
            abandonRun();
            emit message(tr("The data changed: training stopped."));
        }
    });
    // A history put in place of the live one (a project opened whose last run continues):
    // the next run's rows go on from its last row, as after a Stop, not from 0 again.
    connect(history_, &LiveHistory::reset, this, [this] {
        if (isActive() || history_->empty())
            return;
        const bp::IterationStats last = history_->back();
        resetCounts();
        baseIteration_ = last.iteration;
        baseEpoch_ = last.epoch;
        baseEvaluations_ = last.evaluations;
        baseSeconds_ = last.elapsedSeconds;
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
    switch (state) {
    case TrainingState::Idle:
    case TrainingState::Running:
    case TrainingState::Failed:
        setStatusWords(toDisplayString(state));
        break;
    case TrainingState::Paused:
        setStatusWords(toDisplayString(state)); // the paused snapshot adds where
        break;
    case TrainingState::Finished:
    case TrainingState::Diverged:
        break; // onFinished says how it ended
    }
}

void TrainingController::setStatusWords(const QString& words)
{
    if (statusWords_ == words)
        return;
    statusWords_ = words;
    emit statusWordsChanged(words);
}

namespace {

/// The trainer counts a run's iterations from 0; "iteration K" becomes the history's number.
QString renumbered(const std::string& message, long iterationsBefore)
{
    static const QRegularExpression iteration(QStringLiteral("\\biteration (\\d+)"));
    QString text = QString::fromStdString(message);
    QString out;
    qsizetype from = 0;
    for (auto it = iteration.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart(1) - from);
        out += QString::number(match.captured(1).toLong() + iterationsBefore);
        from = match.capturedEnd(1);
    }
    return out + text.mid(from);
}

/// The short words for the status bar's state label.
QString endWords(const bp::TrainingResult& result, const bp::TrainingConfig& config,
                 long iterationsBefore, double epochsBefore)
{
    const long total = iterationsBefore + result.iterations;
    const auto tr = [](const char* text) { return QCoreApplication::translate("bpui", text); };
    switch (result.reason) {
    case bp::StopReason::Cancelled:
    case bp::StopReason::StoppedByHook:
        return tr("Stopped at iteration %1").arg(total);
    case bp::StopReason::Diverged:
        return tr("Diverged after iteration %1").arg(total);
    case bp::StopReason::MaxIterations:
        // The budget counts from each Train: say so once the history is longer than a run.
        if (iterationsBefore == 0)
            return tr("Finished: reached the limit of %1 iterations").arg(config.maxIterations);
        return tr("Finished: %1 more iterations, %2 in all").arg(result.iterations).arg(total);
    case bp::StopReason::MaxEpochs:
        if (epochsBefore == 0.0)
            return tr("Finished: reached the limit of %1 epochs").arg(config.maxEpochs);
        return tr("Finished: %1 more epochs, %2 in all")
            .arg(config.maxEpochs)
            .arg(epochsBefore + static_cast<double>(config.maxEpochs), 0, 'g', 6);
    case bp::StopReason::TargetCost:
        return tr("Finished: reached the target cost at iteration %1").arg(total);
    case bp::StopReason::Converged:
        return tr("Finished: converged at iteration %1").arg(total);
    case bp::StopReason::TimeLimit:
        return tr("Finished: reached the time limit at iteration %1").arg(total);
    case bp::StopReason::EarlyStopping:
        return tr("Finished: stopped early at iteration %1").arg(total);
    }
    return tr("Finished at iteration %1").arg(total);
}

} // namespace

QString TrainingController::describeEnd(const bp::TrainingResult& result,
                                        const bp::TrainingConfig& config, long iterationsBefore,
                                        double epochsBefore)
{
    const QString words = endWords(result, config, iterationsBefore, epochsBefore);
    switch (result.reason) {
    case bp::StopReason::Cancelled:
    case bp::StopReason::StoppedByHook:
        return words + QLatin1Char('.');
    case bp::StopReason::MaxIterations:
        if (iterationsBefore == 0)
            return words + tr(" (the limit counts from each Train).");
        return words + tr(" (the limit of %1 iterations counts from each Train).")
                           .arg(config.maxIterations);
    case bp::StopReason::MaxEpochs:
        return words + tr(" (the limit counts from each Train).");
    default: // the trainer's sentence says where and why (renumbered while still English)
        return (result.reason == bp::StopReason::Diverged ? tr("Diverged: ") : tr("Finished: ")) +
               DisplayNames::trainerMessage(renumbered(result.message, iterationsBefore)) +
               QLatin1Char('.');
    }
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
    if (!isActive())
        return;
    worker_->stop(); // the final snapshot and finished() follow…
    if (!worker_->hasBegun(generation_)) {
        // …unless the run had not begun on the worker's thread: it never will, and says
        // nothing (a Stop pressed right after Train, while an abandoned run was ending).
        bp::TrainingResult result;
        result.reason = bp::StopReason::Cancelled;
        result.message = "Training was stopped.";
        onFinished(result);
    }
}

std::uint64_t TrainingController::workerIterations() const
{
    return worker_->iterationsRun();
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
    worker_->rearmDivergenceGuard(); // a new history: nothing has blown up in it
}

void TrainingController::letDivergenceRunOn()
{
    worker_->disarmDivergenceGuard();
}

void TrainingController::rewindTo(const bp::Vector& params, long iteration)
{
    if (isActive()) {
        worker_->stop();
        outbox_.acceptOnly(0); // a paused run has delivered every row already
        carryOverRun();
    }
    model_->setParameters(params, WeightsOrigin::Trained); // not a reset: the history stays
    worker_->rearmDivergenceGuard(); // the next run is judged afresh from these weights
    setState(TrainingState::Idle);
    emit message(tr("Rewound to the weights of iteration %1.").arg(iteration));
}

void TrainingController::startRun(bool stepOnly)
{
    TrainingJob job;
    job.arch = model_->architecture();
    job.params = model_->parameters();
    job.split = model_->sharedSplit();
    runExamples_ = job.split->train.size();
    job.config = model_->config();
    job.gradientCheckEvery = gradientCheckEvery_;
    job.divergenceGuard = true;
    job.firstIteration = baseIteration_;
    runLearningRate_ = job.config.learningRate;
    runLambda_ = job.config.lambda;
    lastRunIteration_ = 0;
    lastRunEpoch_ = 0.0;
    lastRunEvaluations_ = 0;
    lastRunSeconds_ = 0.0;

    const std::uint64_t generation = worker_->submit(std::move(job), stepOnly);
    generation_ = generation;
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
        if (row.iteration == 0 && !history_->empty())
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
    if (state_ == TrainingState::Paused && snapshot.state == TrainingState::Paused)
        setStatusWords(tr("Paused at iteration %1").arg(renumbered.latest.iteration));
    emit snapshotReceived(renumbered);
}

void TrainingController::onDivergenceTripped(const DivergenceTrip& trip)
{
    // The worker paused itself before the next step.
    if (state_ == TrainingState::Running)
        setState(TrainingState::Paused);
    setStatusWords(tr("Paused: the cost blew up at iteration %1").arg(trip.iteration));
    emit divergenceTripped(trip);
}

void TrainingController::onFinished(const bp::TrainingResult& result)
{
    const long iterationsBefore = baseIteration_;
    const double epochsBefore = baseEpoch_;
    // The history's last row (the final snapshot's) is what the words count to.
    bp::TrainingResult counted = result;
    counted.iterations = lastRunIteration_;
    carryOverRun();
    // The words say what happened, in the history's numbering: a Stop is not "Finished", and
    // a second Train's "limit of 200 iterations" is not reached at iteration 600.
    bp::TrainingResult described = result;
    described.message =
        describeEnd(counted, model_->config(), iterationsBefore, epochsBefore).toStdString();
    setState(result.reason == bp::StopReason::Diverged ? TrainingState::Diverged
                                                       : TrainingState::Finished);
    setStatusWords(endWords(counted, model_->config(), iterationsBefore, epochsBefore));
    emit finished(described);
}

void TrainingController::onFailed(const QString& text)
{
    setState(TrainingState::Failed);
    emit failed(EngineMessages::text(text)); // "training: no data set" in the studio's language
}

void TrainingController::continueOnEditedData()
{
    if (state() == TrainingState::Running) {
        abandonRun();
        startRun(false);
        emit message(tr("Training goes on with the edited data (%n training example(s)).",
                        nullptr, int(model_->split().train.size())));
    } else if (state() == TrainingState::Paused) {
        abandonRun(); // the paused worker holds the old data: Train goes on with the new
        emit message(tr("The data changed while paused: Train goes on with the edited data."));
    }
}

void TrainingController::abandonRun()
{
    worker_->stop();
    outbox_.acceptOnly(0); // whatever it still sends is stale
    // The rows it delivered stay in the history (new split: the weights are kept), so the next
    // run numbers on from them rather than from this run's start again.
    carryOverRun();
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
