#include "views/runs/runstools.h"

#include "views/shell/docks.h"
#include "views/plots/costplot.h"
#include "views/runs/racedialog.h"
#include "views/runs/runsdock.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "views/runs/timelineview.h"
#include "session/trainingcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace bpui {

RunsTools::RunsTools(StudioDocks* docks, Session* session, CostPlot* costPlot)
    : QObject(docks->window()), window_(docks->window()), model_(session->project()),
      controller_(session->training()), runs_(session->runs()), docks_(docks)
{
    QMainWindow* window = window_;
    setObjectName(QStringLiteral("runsTools"));
    ProjectModel* model = model_;
    timelineView_ = new TimelineView(model);
    timelineView_->setObjectName(QStringLiteral("timelineView"));
    runsDock_ = new RunsDock(runs_, model, costPlot, timelineView_);
    runsDock_->setObjectName(QStringLiteral("runsPanel"));
    addDock(tr("Runs"), "runsDock", runsDock_, Qt::BottomDockWidgetArea);
    QDockWidget* timeline =
        addDock(tr("Timeline"), "timelineDock", timelineView_, Qt::RightDockWidgetArea);

    raceAction_ = new QAction(tr("&Race…"), window);
    raceAction_->setObjectName(QStringLiteral("actionRace"));
    raceAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    raceAction_->setToolTip(tr("Train several optimisers, learning rates or λ values from the "
                               "same weights and compare their curves (Ctrl+Shift+R)"));
    window->addAction(raceAction_);
    connect(raceAction_, &QAction::triggered, this, &RunsTools::showRace);
    connect(runsDock_, &RunsDock::raceRequested, this, &RunsTools::showRace);
    connect(runsDock_, &RunsDock::statusMessage, this, &RunsTools::statusMessage);
    connect(runsDock_, &RunsDock::branched, controller_, &TrainingController::train);
    connect(runsDock_, &RunsDock::viewingChanged, this, [timeline](bool viewing) {
        if (viewing) {
            timeline->show();
            timeline->raise();
        }
    });
}

QDockWidget* RunsTools::addDock(const QString& title, const char* name, QWidget* widget,
                                Qt::DockWidgetArea area)
{
    return docks_->add(title, name, widget, area);
}

void RunsTools::recordSnapshot(const TrainingSnapshot& snapshot)
{
    runs_->recordLiveSnapshot(snapshot);
}

RaceDialog* RunsTools::raceDialog()
{
    if (race_ == nullptr) {
        race_ = new RaceDialog(model_, runs_, window_);
        race_->setStartCheck([this] {
            return controller_->isActive()
                       ? tr("Training is running: stop it (Shift+F5) before a race.")
                       : QString();
        });
        connect(race_, &RaceDialog::statusMessage, this, &RunsTools::statusMessage);
        connect(race_, &RaceDialog::raceFinished, this, [this] {
            if (QDockWidget* dock = docks_->find("runsDock"))
                dock->raise();
        });
    }
    return race_;
}

void RunsTools::showRace()
{
    RaceDialog* dialog = raceDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void RunsTools::stopRace()
{
    if (race_ != nullptr)
        race_->stopRace();
}

} // namespace bpui
