#include "views/landscape/landscapetools.h"

#include "session/session.h"
#include "views/landscape/landscapedock.h"
#include "views/shell/docks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace bpui {

namespace {

/// The window's View menu: the menu-bar entry whose text is "View" once its '&' goes.
QMenu* landscapeViewMenu(QMainWindow* window)
{
    for (QAction* action : window->menuBar()->actions())
        if (action->menu() != nullptr &&
            action->text().remove(QLatin1Char('&')) == QObject::tr("View"))
            return action->menu();
    return nullptr;
}

} // namespace

LandscapeTools::LandscapeTools(StudioDocks* docks, Session* session)
    : QObject(docks->window()), window_(docks->window()), runner_(session->landscape()),
      view_(new LandscapeDock(runner_, session->training(), session->history())),
      dock_(docks->add(tr("Landscape"), "landscapeDock", view_, Qt::BottomDockWidgetArea))
{
    view_->setObjectName(QStringLiteral("landscapeView"));
    dock_->hide(); // one click away in the View menu, like the Gradients dock

    // With the other docks, before the menu's first separator (tool bar, presentation, …).
    QAction* toggle = dock_->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionLandscape")); // lessons link to it by name
    window_->addAction(toggle); // where lessons look for the actions they name
    if (QMenu* view = landscapeViewMenu(window_)) {
        QAction* before = nullptr;
        for (QAction* action : view->actions())
            if (action->isSeparator()) {
                before = action;
                break;
            }
        view->insertAction(before, toggle);
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
