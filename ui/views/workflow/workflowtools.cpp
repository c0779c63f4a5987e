#include "views/workflow/workflowtools.h"

#include "session/session.h"
#include "session/workflow/workflowtracker.h"
#include "views/shell/docks.h"
#include "views/teaching/stepinspector.h"
#include "views/workflow/workflowstrip.h"

#include <QAction>
#include <QDockWidget>

#include <array>

namespace bpui {

WorkflowTools::WorkflowTools(StudioDocks* docks, Session* session, const WorkflowActions& actions,
                             StepInspector* inspector)
    : QObject(docks->window()),
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
    dock_ = docks->addOptional(tr("Workflow"), "workflowDock", view_, Qt::LeftDockWidgetArea,
                               "actionWorkflow");
}

} // namespace bpui
