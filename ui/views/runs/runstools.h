#pragma once
// The runs around the studio window: the Runs dock (kept runs, overlays, the timeline
// slider), the Timeline dock (the network at a picked iteration) and Train → Race…. Kept out
// of MainWindow so the window only composes. The runs are the session's RunsModel, which
// follows the live history itself; the window hands this each snapshot for the timeline.
//
// objectNames: docks "runsDock", "timelineDock"; the action "actionRace".

#include "worker/trainingsnapshot.h"

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace bpui {

class CostPlot;
class ProjectModel;
class Session;
class StudioDocks;
class RaceDialog;
class RunsDock;
class RunsModel;
class TimelineView;
class TrainingController;

class RunsTools : public QObject
{
    Q_OBJECT
public:
    /// The runs are the session's; `costPlot` shows the ticked ones as overlays.
    /// Adds the Runs and Timeline docks through `docks`.
    RunsTools(StudioDocks* docks, Session* session, CostPlot* costPlot);

    QAction* raceAction() const { return raceAction_; }
    RunsModel* runs() const { return runs_; }
    RunsDock* runsDock() const { return runsDock_; }
    TimelineView* timelineView() const { return timelineView_; }
    /// The race dialog, created at the first Train → Race….
    RaceDialog* raceDialog();

public slots:
    void recordSnapshot(const bpui::TrainingSnapshot& snapshot);
    void showRace();
    /// Stops a running race (the window is closing).
    void stopRace();

signals:
    void statusMessage(const QString& text);

private:
    QDockWidget* addDock(const QString& title, const char* name, QWidget* widget,
                         Qt::DockWidgetArea area);

    QMainWindow* window_;
    ProjectModel* model_;
    TrainingController* controller_;
    RunsModel* runs_;
    TimelineView* timelineView_ = nullptr;
    RunsDock* runsDock_ = nullptr;
    RaceDialog* race_ = nullptr;
    QAction* raceAction_ = nullptr;
    StudioDocks* docks_;
};

} // namespace bpui
