#pragma once
// The Workflow tools around the studio window: a WorkflowTracker built from the session's
// parts and the slim Workflow dock (WorkflowStrip) that shows it, added hidden through the
// window's StudioDocks with its View-menu entry ("actionWorkflow"), like the Gradients dock.
// MainWindow only constructs this class, handing it the actions the steps link to.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace bpui {

class Session;
class StepInspector;
class StudioDocks;
class WorkflowStrip;
class WorkflowTracker;

/// What each step's link does (any may be null: the step has no link).
struct WorkflowActions
{
    QWidget* networkEditor = nullptr; // 1: focused (the architecture is edited there)
    QAction* resetWeights = nullptr;  // 2: draws new random weights
    QAction* step = nullptr;          // 3–5: one iteration (when there is no inspector)
    QAction* gradientCheck = nullptr; // 6
    QAction* trainingPanel = nullptr; // 7: the optimiser and α (a dock's toggle)
    QAction* train = nullptr;         // 8
};

class WorkflowTools : public QObject
{
    Q_OBJECT
public:
    /// Call after the window's menus exist: the dock's toggle goes into the View menu.
    /// `inspector` (may be null): its dock is steps 3–5's link, and stepping through a
    /// backward pass there ticks them.
    WorkflowTools(StudioDocks* docks, Session* session, const WorkflowActions& actions,
                  StepInspector* inspector);

    WorkflowTracker* tracker() const { return tracker_; }
    WorkflowStrip* view() const { return view_; }
    QDockWidget* dock() const { return dock_; }

private:
    WorkflowTracker* tracker_;
    WorkflowStrip* view_ = nullptr;
    QDockWidget* dock_ = nullptr;
};

} // namespace bpui
