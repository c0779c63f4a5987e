#pragma once
// The training recipe's eight steps (architecture, random initialisation, forward pass, cost,
// backpropagation, gradient check, minimisation, convergence) and which of them the person
// has done in the project that is open, each with a one-line detail. No widget: the Workflow
// strip (views/workflow) draws it. Starts over on New, Open and another data set.

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>

namespace bp {
struct TrainingResult;
}

namespace bpui {

class GradientCheckRunner;
class ProjectModel;
class TrainingController;
struct GradientCheckOutcome;
struct TrainingSnapshot;

class WorkflowTracker : public QObject
{
    Q_OBJECT
public:
    enum Step
    {
        Architecture,
        Initialise,
        Forward,
        Cost,
        Backprop,
        GradientCheck,
        Minimise,
        Converge,
    };
    static constexpr int kStepCount = 8;

    /// Reads `project`, follows `training` and `check`; all outlive it.
    WorkflowTracker(ProjectModel* project, TrainingController* training,
                    GradientCheckRunner* check, QObject* parent = nullptr);

    /// The step's short name ("Gradient checking").
    static QString name(int step);
    bool done(int step) const;
    /// One line saying what was done ("ran at iteration 40"), or what to do when not done.
    QString detail(int step) const;
    /// Gentle hints on the architecture from the recipe (empty: nothing differs from it).
    QStringList architectureHints() const;
    /// The relative difference a gradient check passes under (the course's figure).
    static constexpr double kCheckThreshold = 1e-9;

public slots:
    /// The step-through inspector showed a forward and backward pass.
    void markInspected();

signals:
    /// Something shown changed (a step done or a detail).
    void changed();

private:
    void startOver();
    void onSnapshot(const bpui::TrainingSnapshot& snapshot);
    void onFinished(const bp::TrainingResult& result);
    void onChecked(const bpui::GradientCheckOutcome& outcome);
    QString minimiseDetail() const;

    ProjectModel* project_;
    TrainingController* training_;
    std::array<bool, kStepCount> done_{};
    std::array<QString, kStepCount> detail_{};
};

} // namespace bpui
