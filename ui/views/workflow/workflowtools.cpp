#include "views/workflow/workflowtools.h"

#include "session/session.h"
#include "session/workflow/workflowtracker.h"
#include "views/shell/docks.h"
#include "views/teaching/stepinspector.h"
#include "views/workflow/workflowstrip.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <array>

namespace bpui {

namespace {

/// The window's View menu: the menu-bar entry whose text is "View" once its '&' goes.
QMenu* workflowViewMenu(QMainWindow* window)
{
    for (QAction* action : window->menuBar()->actions())
        if (action->menu() != nullptr &&
            action->text().remove(QLatin1Char('&')) == QObject::tr("View"))
            return action->menu();
    return nullptr;
}

} // namespace

WorkflowTools::WorkflowTools(StudioDocks* docks, Session* session, const WorkflowActions& actions,
                             StepInspector* inspector)
    : QObject(docks->window()), window_(docks->window()),
      tracker_(new WorkflowTracker(session->project(), session->training(),
                                   session->gradientCheck(), this))
{
    QAction* architecture = nullptr;
    if (QWidget* editor = actions.networkEditor) {
        architecture = new QAction(tr("Network editor"), this);
        connect(architecture, &QAction::triggered, editor, [editor] {
            editor->setFocus(Qt::OtherFocusReason);
        });
    }
    QAction* inspect = actions.step;
    if (inspector != nullptr) {
        if (QDockWidget* inspectorDock = enclosingDock(inspector))
            inspect = inspectorDock->toggleViewAction();
        // Stepping through to a δ there has shown a forward pass, its cost and a backward pass.
        connect(inspector, &StepInspector::highlightRequested, tracker_,
                [this](int layer, const QString& part) {
                    if (layer >= 0 && part == QLatin1String("delta"))
                        tracker_->markInspected();
                });
    }
    const std::array<QAction*, 8> links = {architecture,          actions.resetWeights, inspect,
                                           inspect,               inspect,
                                           actions.gradientCheck, actions.trainingPanel,
                                           actions.train};
    view_ = new WorkflowStrip(tracker_, links);
    view_->setObjectName(QStringLiteral("workflowView"));
    dock_ = docks->add(tr("Workflow"), "workflowDock", view_, Qt::LeftDockWidgetArea);
    dock_->hide(); // one click away in the View menu, like the Gradients dock

    QAction* toggle = dock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionWorkflow"));
    // With the other docks, before the menu's first separator (tool bar, presentation, …).
    if (QMenu* view = workflowViewMenu(window_)) {
        QAction* before = nullptr;
        for (QAction* action : view->actions())
            if (action->isSeparator()) {
                before = action;
                break;
            }
        view->insertAction(before, toggle);
    } else {
        window_->addAction(toggle);
    }
    // A layout that rebuilt the dock areas without knowing this dock leaves it out of every
    // area: shown from the menu, it goes back on the left.
    connect(toggle, &QAction::triggered, this, [this](bool on) {
        if (on && window_->dockWidgetArea(dock_) == Qt::NoDockWidgetArea && !dock_->isFloating()) {
            window_->addDockWidget(Qt::LeftDockWidgetArea, dock_);
            dock_->show();
        }
    });
}

} // namespace bpui
