#include "session/settingsundo.h"

#include "session/projectmodel.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

#include <exception>

namespace bpui {

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
      current_(model->settings())
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
                        &ProjectModel::datasetChanged})
        connect(model_, signal, this, &SettingsUndo::onModelChanged);
    connect(model_, &ProjectModel::parametersChanged, this, &SettingsUndo::onModelChanged);
    connect(model_, &ProjectModel::replaced, this,
            [this](unsigned, ReplaceCause cause) { onReplaced(cause); });
}

void SettingsUndo::onReplaced(ReplaceCause cause)
{
    if (cause == ReplaceCause::Undo)
        current_ = model_->settings(); // undo / redo itself: not a new edit
    else
        reset(); // another project
}

void SettingsUndo::reset()
{
    stack_->clear();
    current_ = model_->settings();
}

void SettingsUndo::onModelChanged()
{
    SettingsState now = model_->settings();
    if (now == current_)
        return; // trained weights, new data of the same shape: nothing to undo
    SettingsState before = std::move(current_);
    current_ = now;
    stack_->push(new SettingsCommand(this, std::move(before), std::move(now)));
}

void SettingsUndo::apply(const SettingsState& state)
{
    try {
        model_->applySettings(state); // one replace: onReplaced records it
    } catch (const std::exception&) {
        // The data changed since (fewer examples, a regression task): nothing applied.
    }
}

} // namespace bpui
