#pragma once
// The studio's state and what runs it, with no widget: the project model, the live cost
// history, training, the gradient check, the runs, undo and the one data loader. The main
// window creates one Session and hands it (or the parts they need) to the views through their
// constructors, as PulseView's views hold a Session&; no view searches the widget tree for
// a collaborator. See docs/architecture.md.
//
// Order matters: members are created in dependency order and destroyed in reverse, so the
// worker threads (training, gradient check, loader) are joined before the state they read.

#include <QObject>

namespace bpui {

class DataLoader;
class GradientCheckRunner;
class LiveHistory;
class ProjectModel;
class RecoveryKeeper;
class RunsModel;
class SettingsUndo;
class TrainingController;

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    /// Stops training, the gradient check and a load, and joins their threads.
    ~Session() override;

    ProjectModel* project() const { return project_; }
    LiveHistory* history() const { return history_; }
    TrainingController* training() const { return training_; }
    GradientCheckRunner* gradientCheck() const { return gradientCheck_; }
    RunsModel* runs() const { return runs_; }
    SettingsUndo* undo() const { return undo_; }
    /// Loads data sets and projects off the GUI thread, one at a time.
    DataLoader* loader() const { return loader_; }
    /// The crash-recovery copy of unsaved edits (off until main() enables it).
    RecoveryKeeper* recovery() const { return recovery_; }

private:
    ProjectModel* project_;
    LiveHistory* history_;
    RunsModel* runs_; // before training: it keeps the ending live run before the rows go
    TrainingController* training_;
    GradientCheckRunner* gradientCheck_;
    SettingsUndo* undo_;
    DataLoader* loader_;
    RecoveryKeeper* recovery_; // last: it reads the project, runs and training
};

} // namespace bpui
