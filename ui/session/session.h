#pragma once
// The studio's state and what runs it, with no widget: the project model, the live cost
// history, training, the gradient check, the runs, undo and the one data loader. The main
// window creates one Session and hands it (or the parts they need) to the views through their
// constructors, as PulseView's views hold a Session&; no view searches the widget tree for
// a collaborator. See docs/architecture.md.
//
// Order matters: members are created in dependency order and destroyed in reverse, so the
// worker threads (training, gradient check, loader) are joined before the state they read.

#include "projectfile.h"

#include <QObject>

namespace bpui {

class CurveRunner;
class DataLoader;
class GradientHistory;
class GradientCheckRunner;
class LandscapeRunner;
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
    /// The live run's gradient-health samples (the Gradients dock).
    GradientHistory* gradientHistory() const { return gradients_; }
    /// Learning and validation curves (Diagnose), each kind's last result.
    CurveRunner* curves() const { return curves_; }
    /// The loss landscape around the current weights (the Landscape dock): its last result.
    LandscapeRunner* landscape() const { return landscape_; }
    RunsModel* runs() const { return runs_; }
    SettingsUndo* undo() const { return undo_; }
    /// Loads data sets and projects off the GUI thread, one at a time.
    DataLoader* loader() const { return loader_; }
    /// The crash-recovery copy of unsaved edits (off until main() enables it).
    RecoveryKeeper* recovery() const { return recovery_; }

    /// Everything a project file holds: the model, the runs (RunsModel::toProjectRuns), the
    /// curves and the live run's gradient-health history.
    bp::Project toProject() const;
    /// After an opened project's state and runs are in (ProjectModel::replace, RunsModel::load):
    /// its curves and, when its live run continues, its gradient-health history.
    void restoreDiagnosis(const bp::Project& project);

private:
    ProjectModel* project_;
    LiveHistory* history_;
    RunsModel* runs_; // before training: it keeps the ending live run before the rows go
    TrainingController* training_;
    GradientHistory* gradients_;
    GradientCheckRunner* gradientCheck_;
    CurveRunner* curves_;
    LandscapeRunner* landscape_; // reads the project and the live run's timeline
    SettingsUndo* undo_;
    DataLoader* loader_;
    RecoveryKeeper* recovery_; // last: it reads the project, runs and training
};

} // namespace bpui
