#pragma once
// Undo / redo for architecture and hyper-parameter edits. Rather than one command class per
// kind of edit, it records the model's whole "settings state" after every change and pushes
// a command holding the state before and after: robust against edits from any panel.
//
// objectNames: this "settingsUndo"; actions "actionUndo", "actionRedo".

#include "session/projectmodel.h"

#include <QObject>

#include <cstdint>
#include <vector>

class QAction;
class QUndoStack;

namespace bpui {

/// What undo restores (the model's settings).
using SettingsState = ProjectSettings;

class SettingsUndo : public QObject
{
    Q_OBJECT
public:
    SettingsUndo(ProjectModel* model, QObject* parent);

    QUndoStack* stack() const { return stack_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }

    /// Forgets the history: undo never crosses files (a project opened or created does this).
    void reset();

private:
    friend class SettingsCommand;
    void onModelChanged();
    void onReplaced(bpui::ReplaceCause cause);
    void apply(const SettingsState& state);

    ProjectModel* model_;
    QUndoStack* stack_;
    QAction* undo_;
    QAction* redo_;
    SettingsState current_; // the settings after the last recorded edit
};

} // namespace bpui
