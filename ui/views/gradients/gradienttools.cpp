#include "views/gradients/gradienttools.h"

#include "session/gradienthistory.h"
#include "session/session.h"
#include "views/gradients/gradientsdock.h"
#include "views/shell/docks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace bpui {

namespace {

/// The window's View menu: the menu-bar entry whose text is "View" once its '&' goes.
QMenu* viewMenu(QMainWindow* window)
{
    for (QAction* action : window->menuBar()->actions())
        if (action->menu() != nullptr &&
            action->text().remove(QLatin1Char('&')) == QObject::tr("View"))
            return action->menu();
    return nullptr;
}

} // namespace

GradientTools::GradientTools(StudioDocks* docks, Session* session)
    : QObject(docks->window()), window_(docks->window()),
      history_(session->gradientHistory()),
      view_(new GradientsDock(history_)),
      dock_(docks->add(tr("Gradients"), "gradientsDock", view_, Qt::BottomDockWidgetArea))
{
    QMainWindow* window = window_;
    view_->setObjectName(QStringLiteral("gradientsView"));
    dock_->hide(); // one click away in the View menu, like the teaching docks

    // With the other docks, before the menu's first separator (tool bar, presentation, …).
    QAction* toggle = dock_->toggleViewAction();
    if (QMenu* view = viewMenu(window)) {
        QAction* before = nullptr;
        for (QAction* action : view->actions())
            if (action->isSeparator()) {
                before = action;
                break;
            }
        view->insertAction(before, toggle);
    } else {
        window->addAction(toggle);
    }
    // A layout that rebuilt the dock areas without knowing this dock leaves it out of every
    // area: shown from the menu, it goes back under the cost plot.
    connect(toggle, &QAction::triggered, this, [this](bool on) {
        if (on && window_->dockWidgetArea(dock_) == Qt::NoDockWidgetArea && !dock_->isFloating()) {
            window_->addDockWidget(Qt::BottomDockWidgetArea, dock_);
            dock_->show();
        }
    });
}

} // namespace bpui
