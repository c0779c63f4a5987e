#include "settingsundo.h"

#include "projectmodel.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>
#include <exception>
#include <tuple>

namespace bpui {

namespace {

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b)); // NaN means "no target cost"
}

bool sameConfig(const bp::TrainingConfig& a, const bp::TrainingConfig& b)
{
    return a.optimizer == b.optimizer && a.learningRate == b.learningRate &&
           a.momentum == b.momentum && a.beta1 == b.beta1 && a.beta2 == b.beta2 &&
           a.adamEpsilon == b.adamEpsilon && a.lambda == b.lambda &&
           a.batchSize == b.batchSize && a.shuffleSeed == b.shuffleSeed &&
           a.maxIterations == b.maxIterations && a.maxEpochs == b.maxEpochs &&
           sameNumber(a.targetCost, b.targetCost) &&
           a.minRelativeImprovement == b.minRelativeImprovement &&
           a.timeLimitSeconds == b.timeLimitSeconds && a.patience == b.patience;
}

} // namespace

SettingsState SettingsState::of(const ProjectModel& model)
{
    SettingsState state;
    state.hiddenSizes = model.hiddenSizes();
    state.activations = model.architecture().activations;
    state.config = model.config();
    state.initKind = model.initKind();
    state.initSeed = model.initSeed();
    state.normalization = model.normalizationKind();
    state.validationFraction = model.validationFraction();
    state.testFraction = model.testFraction();
    state.splitSeed = model.splitSeed();
    return state;
}

bool SettingsState::operator==(const SettingsState& other) const
{
    return std::tie(hiddenSizes, activations, initKind, initSeed, normalization,
                    validationFraction, testFraction, splitSeed) ==
               std::tie(other.hiddenSizes, other.activations, other.initKind, other.initSeed,
                        other.normalization, other.validationFraction, other.testFraction,
                        other.splitSeed) &&
           sameConfig(config, other.config);
}

/// One edit: the settings before and after it.
class SettingsCommand : public QUndoCommand
{
public:
    SettingsCommand(SettingsUndo* owner, SettingsState before, SettingsState after)
        : QUndoCommand(QObject::tr("Change settings")), owner_(owner),
          before_(std::move(before)), after_(std::move(after))
    {
        if (before_.hiddenSizes != after_.hiddenSizes || before_.activations != after_.activations)
            setText(QObject::tr("Change the architecture"));
    }

    void undo() override { owner_->apply(before_); }
    void redo() override
    {
        // QUndoStack::push calls redo at once, but the edit has already happened.
        if (first_) {
            first_ = false;
            return;
        }
        owner_->apply(after_);
    }

private:
    SettingsUndo* owner_;
    SettingsState before_;
    SettingsState after_;
    bool first_ = true;
};

SettingsUndo::SettingsUndo(ProjectModel* model, QObject* parent)
    : QObject(parent), model_(model), stack_(new QUndoStack(this)),
      current_(SettingsState::of(*model))
{
    setObjectName(QStringLiteral("settingsUndo"));
    undo_ = stack_->createUndoAction(this, tr("&Undo"));
    undo_->setObjectName(QStringLiteral("actionUndo"));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = stack_->createRedoAction(this, tr("&Redo"));
    redo_->setObjectName(QStringLiteral("actionRedo"));
    redo_->setShortcut(QKeySequence::Redo);
    // parametersChanged covers setInitialization, which has no signal of its own.
    for (auto signal : {&ProjectModel::architectureChanged, &ProjectModel::configChanged,
                        &ProjectModel::datasetChanged, &ProjectModel::parametersChanged})
        connect(model_, signal, this, &SettingsUndo::onModelChanged);
}

void SettingsUndo::reset()
{
    stack_->clear();
    current_ = SettingsState::of(*model_);
}

void SettingsUndo::onModelChanged()
{
    if (applying_)
        return;
    SettingsState now = SettingsState::of(*model_);
    if (now == current_)
        return; // trained weights, new data of the same shape: nothing to undo
    SettingsState before = std::move(current_);
    current_ = now;
    stack_->push(new SettingsCommand(this, std::move(before), std::move(now)));
}

void SettingsUndo::apply(const SettingsState& state)
{
    applying_ = true;
    try {
        std::vector<bp::Activation> hidden(state.activations.begin(),
                                           state.activations.end() - 1);
        // Only what differs: re-splitting a large data set is not free.
        if (state.validationFraction != model_->validationFraction() ||
            state.testFraction != model_->testFraction() || state.splitSeed != model_->splitSeed())
            model_->setSplit(state.validationFraction, state.testFraction, state.splitSeed);
        if (state.normalization != model_->normalizationKind())
            model_->setNormalization(state.normalization);
        if (state.hiddenSizes != model_->hiddenSizes() ||
            state.activations != model_->architecture().activations) {
            model_->setHiddenLayers(state.hiddenSizes, hidden);
            model_->setOutputActivation(state.activations.back());
        }
        if (state.initKind != model_->initKind() || state.initSeed != model_->initSeed())
            model_->setInitialization(state.initKind, state.initSeed);
        if (!sameConfig(state.config, model_->config()))
            model_->setConfig(state.config);
    } catch (const std::exception&) {
        // The data changed since (fewer examples, a regression task): keep what applied.
    }
    applying_ = false;
    current_ = SettingsState::of(*model_);
}

} // namespace bpui
