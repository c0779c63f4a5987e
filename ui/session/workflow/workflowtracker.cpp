#include "session/workflow/workflowtracker.h"

#include "session/displaynames.h"
#include "session/gradientcheckrunner.h"
#include "session/projectmodel.h"
#include "session/trainingcontroller.h"

#include <algorithm>
#include <functional>
#include <cmath>

namespace bpui {

namespace {

QString wfNumber(double value)
{
    return QString::number(value, 'g', 2);
}

/// The architecture as "2-16-16-3".
QString wfSizes(const bp::Architecture& arch)
{
    QStringList sizes;
    for (int size : arch.layerSizes)
        sizes << QString::number(size);
    return sizes.join(QLatin1Char('-'));
}

/// How the weights were drawn, in the project's words ("random uniform ±0.43–0.58, seed 1").
QString wfInitialisation(const ProjectModel& project)
{
    const bp::Architecture& arch = project.architecture();
    const QString seed = QObject::tr("seed %1").arg(project.initSeed());
    switch (project.initKind()) {
    case bp::InitKind::Zeros:
        return QObject::tr("initialisation: all zeros (not random: the units stay symmetric)");
    case bp::InitKind::Constant:
        return QObject::tr("initialisation: one constant (not random: the units stay symmetric)");
    case bp::InitKind::Uniform012:
        return QObject::tr("initialisation: random uniform ±0.12, %1").arg(seed);
    case bp::InitKind::UniformEpsilon: {
        double low = 0.0;
        double high = 0.0;
        for (int l = 0; l < arch.thetaCount(); ++l) {
            const double eps =
                std::sqrt(6.0) / std::sqrt(double(arch.layerSizes[l] + arch.layerSizes[l + 1]));
            low = l == 0 ? eps : std::min(low, eps);
            high = l == 0 ? eps : std::max(high, eps);
        }
        const QString range = std::abs(high - low) < 0.005
                                  ? QString::number(high, 'f', 2)
                                  : QString::number(low, 'f', 2) + QStringLiteral("–") +
                                        QString::number(high, 'f', 2);
        return QObject::tr("initialisation: random uniform ±%1, %2").arg(range, seed);
    }
    case bp::InitKind::XavierNormal:
        return QObject::tr("initialisation: random normal (Xavier), %1").arg(seed);
    case bp::InitKind::HeNormal:
        return QObject::tr("initialisation: random normal (He), %1").arg(seed);
    }
    return QObject::tr("initialisation: %1").arg(seed);
}

} // namespace

WorkflowTracker::WorkflowTracker(ProjectModel* project, TrainingController* training,
                                 GradientCheckRunner* check, QObject* parent)
    : QObject(parent), project_(project), training_(training)
{
    connect(project, &ProjectModel::replaced, this, &WorkflowTracker::startOver);
    connect(project, &ProjectModel::datasetChanged, this, &WorkflowTracker::startOver);
    // The architecture, the initialisation and the optimiser are read when shown.
    connect(project, &ProjectModel::architectureChanged, this, &WorkflowTracker::changed);
    connect(project, &ProjectModel::configChanged, this, &WorkflowTracker::changed);
    connect(project, &ProjectModel::parametersChanged, this, [this](WeightsOrigin origin) {
        if (origin == WeightsOrigin::Set)
            emit changed();
    });
    connect(training, &TrainingController::snapshotReceived, this, &WorkflowTracker::onSnapshot);
    connect(training, &TrainingController::finished, this, &WorkflowTracker::onFinished);
    connect(training, &TrainingController::gradientChecked, this, &WorkflowTracker::onChecked);
    connect(check, &GradientCheckRunner::finished, this, &WorkflowTracker::onChecked);
    connect(check, &GradientCheckRunner::failed, this, [this](const QString& message) {
        done_[GradientCheck] = false;
        detail_[GradientCheck] = tr("gradient check failed: %1").arg(message);
        emit changed();
    });
}

QString WorkflowTracker::name(int step)
{
    switch (step) {
    case Architecture:
        return tr("Choose an architecture");
    case Initialise:
        return tr("Initialise the weights randomly");
    case Forward:
        return tr("Forward propagation");
    case Cost:
        return tr("Cost J(Θ)");
    case Backprop:
        return tr("Backpropagation");
    case GradientCheck:
        return tr("Gradient checking, then off");
    case Minimise:
        return tr("Minimise J");
    case Converge:
        return tr("Train until convergence");
    default:
        return {};
    }
}

bool WorkflowTracker::done(int step) const
{
    if (step == Architecture)
        return project_->architecture().layerCount() >= 2;
    if (step == Initialise)
        return !project_->parameters().isZero() && project_->parameters().size() > 0;
    return step >= 0 && step < kStepCount && done_[std::size_t(step)];
}

QString WorkflowTracker::detail(int step) const
{
    switch (step) {
    case Architecture:
        return tr("architecture %1").arg(wfSizes(project_->architecture()));
    case Initialise:
        return wfInitialisation(*project_);
    case Minimise:
        return minimiseDetail();
    default:
        break;
    }
    if (step < 0 || step >= kStepCount)
        return {};
    if (!detail_[std::size_t(step)].isEmpty())
        return detail_[std::size_t(step)];
    switch (step) {
    case Forward:
    case Cost:
    case Backprop:
        return tr("not yet: Step (F10), Train or the step-through inspector");
    case GradientCheck:
        return tr("not yet: Ctrl+G compares backprop with numerical gradients");
    case Converge:
        return tr("not yet: train until J stops improving");
    default:
        return {};
    }
}

QString WorkflowTracker::minimiseDetail() const
{
    const bp::TrainingConfig& config = project_->config();
    QString text = tr("minimise: %1, α = %2")
                       .arg(DisplayNames::optimizer(config.optimizer),
                            wfNumber(config.learningRate));
    if (!done_[Minimise])
        text = tr("not yet (%1)").arg(text);
    return text;
}

QStringList WorkflowTracker::architectureHints() const
{
    QStringList hints;
    const bp::Architecture& arch = project_->architecture();
    if (arch.layerCount() < 2)
        return hints;
    const bp::Dataset& data = project_->dataset();
    const int features = int(project_->features().isIdentity() ? data.featureCount()
                                                               : arch.inputSize());
    if (features > 0 && arch.inputSize() != features)
        hints << tr("input layer %1 units, the data has %2 features: usually equal")
                     .arg(arch.inputSize())
                     .arg(features);
    if (data.task() == bp::TaskKind::Classification) {
        const int classes = data.classCount();
        const bool binary = classes == 2 && arch.outputSize() == 1;
        if (classes > 0 && arch.outputSize() != classes && !binary)
            hints << tr("output layer %1 units, the data has %2 classes: usually one per class")
                         .arg(arch.outputSize())
                         .arg(classes);
    }
    const std::vector<int> hidden(arch.layerSizes.begin() + 1, arch.layerSizes.end() - 1);
    if (hidden.empty())
        hints << tr("no hidden layer: one hidden layer is the usual default");
    else if (std::adjacent_find(hidden.begin(), hidden.end(), std::not_equal_to<int>()) !=
             hidden.end())
        hints << tr("hidden layers of different sizes: usually they share one");
    return hints;
}

void WorkflowTracker::markInspected()
{
    const QString text = tr("forward/backward pass: stepped in the inspector");
    for (Step step : {Forward, Cost, Backprop}) {
        done_[step] = true;
        detail_[step] = text;
    }
    emit changed();
}

void WorkflowTracker::startOver()
{
    done_.fill(false);
    for (QString& text : detail_)
        text.clear();
    emit changed();
}

void WorkflowTracker::onSnapshot(const TrainingSnapshot& snapshot)
{
    // Every row was a forward pass, its cost and a backward pass.
    const long iteration = snapshot.latest.iteration;
    const QString text = tr("ran at iteration %1").arg(iteration);
    for (Step step : {Forward, Cost, Backprop}) {
        done_[step] = true;
        detail_[step] = text;
    }
    done_[Minimise] = true;
    emit changed();
}

void WorkflowTracker::onFinished(const bp::TrainingResult& result)
{
    done_[Minimise] = true;
    const bp::TrainingConfig& config = project_->config();
    switch (result.reason) {
    case bp::StopReason::Converged:
        done_[Converge] = true;
        detail_[Converge] =
            config.minRelativeImprovement > 0.0
                ? tr("converged: relative improvement < %1").arg(wfNumber(config.minRelativeImprovement))
                : tr("converged: the optimiser converged");
        break;
    case bp::StopReason::TargetCost:
        done_[Converge] = true;
        detail_[Converge] = tr("converged: J reached the target %1").arg(wfNumber(config.targetCost));
        break;
    case bp::StopReason::EarlyStopping:
        done_[Converge] = true;
        detail_[Converge] = tr("stopped early: the validation cost stopped improving");
        break;
    default:
        if (!done_[Converge])
            detail_[Converge] =
                tr("not yet: the last run ended without converging (%1)")
                    .arg(DisplayNames::stopReason(result.reason));
        break;
    }
    emit changed();
}

void WorkflowTracker::onChecked(const GradientCheckOutcome& outcome)
{
    const double difference = outcome.report.relativeDifference;
    const long iteration =
        outcome.iteration >= 0 ? outcome.iteration : training_->totalIterations();
    const bool passed = outcome.report.passed(kCheckThreshold);
    done_[GradientCheck] = passed;
    detail_[GradientCheck] =
        (passed ? tr("gradient check: passed at iteration %1, %2")
                : tr("gradient check: FAILED at iteration %1, %2 (threshold 1e-9)"))
            .arg(iteration)
            .arg(QString::number(difference, 'g', 2));
    if (passed && training_->gradientCheckEvery() > 0)
        detail_[GradientCheck] += tr(" — now turn the periodic check off: it is expensive");
    emit changed();
}

} // namespace bpui
