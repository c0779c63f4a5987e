#pragma once
// Undo / redo for architecture and hyper-parameter edits. Rather than one command class per
// kind of edit, it records the model's whole "settings state" after every change and pushes
// a command holding the state before and after: robust against edits from any panel.
//
// objectNames: this "settingsUndo"; actions "actionUndo", "actionRedo".

#include "initializer.h"
#include "preprocessing.h"
#include "trainer.h"

#include <QObject>

#include <cstdint>
#include <vector>

class QAction;
class QUndoStack;

namespace bpui {

class ProjectModel;

/// What undo restores: everything the user sets, nothing that is learned or loaded.
struct SettingsState
{
    std::vector<int> hiddenSizes;
    std::vector<bp::Activation> activations; // hidden layers, then the output
    bp::TrainingConfig config;
    bp::InitKind initKind = bp::InitKind::UniformEpsilon;
    std::uint64_t initSeed = 1;
    bp::NormalizationKind normalization = bp::NormalizationKind::Standard;
    double validationFraction = 0.2;
    double testFraction = 0.0;
    std::uint64_t splitSeed = 1;

    static SettingsState of(const ProjectModel& model);
    bool operator==(const SettingsState& other) const;
};

class SettingsUndo : public QObject
{
    Q_OBJECT
public:
    SettingsUndo(ProjectModel* model, QObject* parent);

    QUndoStack* stack() const { return stack_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }

    /// Forgets the history (a project was opened or created): undo never crosses files.
    void reset();

private:
    friend class SettingsCommand;
    void onModelChanged();
    void apply(const SettingsState& state);

    ProjectModel* model_;
    QUndoStack* stack_;
    QAction* undo_;
    QAction* redo_;
    SettingsState current_;
    bool applying_ = false; // undo / redo is changing the model: not a new edit
};

} // namespace bpui
