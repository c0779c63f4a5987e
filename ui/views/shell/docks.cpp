#include "views/shell/docks.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCoreApplication>
#include <QKeySequence>
#include <QDockWidget>
#include <QFrame>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace bpui {

QDockWidget* StudioDocks::add(const QString& title, const char* name, QWidget* widget,
                              Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, window_);
    dock->setObjectName(QString::fromLatin1(name));
    // Content larger than the dock scrolls: the dock's minimum size never grows with layers,
    // units, classes or presentation-size fonts, so neither does the window's.
    if (qobject_cast<QAbstractScrollArea*>(widget) != nullptr) {
        dock->setWidget(widget);
    } else {
        auto* scroll = new QScrollArea;
        scroll->setObjectName(QString::fromLatin1(name) + QStringLiteral("Scroll"));
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock->setWidget(scroll);
    }
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    window_->addDockWidget(area, dock);
    docks_ << dock;
    addGoToAction(dock);
    return dock;
}

void StudioDocks::addGoToAction(QDockWidget* dock)
{
    const int index = static_cast<int>(docks_.size()) - 1;
    static const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                     Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0};
    auto* action = new QAction(dock->windowTitle(), dock);
    action->setObjectName(dock->objectName() + QStringLiteral("GoTo"));
    if (index < 10)
        action->setShortcut(QKeySequence(Qt::ALT | digits[index]));
    else if (index < 20)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | digits[index - 10]));
    window_->addAction(action); // works while the menus are hidden (presentation mode)
    QObject::connect(action, &QAction::triggered, dock, [this, dock] { focusDock(dock); });
    goTo_ << action;
    if (goToMenu_ != nullptr)
        goToMenu_->insertAction(goToSeparator_, action);
}

QMenu* StudioDocks::makeGoToMenu()
{
    goToMenu_ = new QMenu(QCoreApplication::translate("bpui::StudioDocks", "&Go to"), window_);
    goToMenu_->setObjectName(QStringLiteral("goToMenu"));
    goToMenu_->addActions(goTo_);
    goToSeparator_ = goToMenu_->addSeparator();
    auto* next = new QAction(
        QCoreApplication::translate("bpui::StudioDocks", "&Next open dock"), goToMenu_);
    next->setObjectName(QStringLiteral("actionNextDock"));
    next->setShortcut(QKeySequence(Qt::Key_F6));
    auto* previous = new QAction(
        QCoreApplication::translate("bpui::StudioDocks", "&Previous open dock"), goToMenu_);
    previous->setObjectName(QStringLiteral("actionPreviousDock"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QObject::connect(next, &QAction::triggered, goToMenu_, [this] { focusNeighbour(+1); });
    QObject::connect(previous, &QAction::triggered, goToMenu_, [this] { focusNeighbour(-1); });
    goToMenu_->addActions({next, previous});
    window_->addActions({next, previous});
    return goToMenu_;
}

QAction* StudioDocks::goToAction(const QDockWidget* dock) const
{
    for (QAction* action : goTo_)
        if (action->parent() == dock)
            return action;
    return nullptr;
}

namespace {

bool takesTab(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) != 0;
}

} // namespace

void StudioDocks::focusDock(QDockWidget* dock)
{
    if (!dock->toggleViewAction()->isChecked())
        dock->toggleViewAction()->trigger(); // an optional dock finds its area again
    dock->show();
    dock->raise();
    for (QWidget* w = dock->nextInFocusChain(); w != dock; w = w->nextInFocusChain())
        if (dock->isAncestorOf(w) && takesTab(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    dock->setFocus(Qt::ShortcutFocusReason);
}

void StudioDocks::focusNeighbour(int direction)
{
    QList<QDockWidget*> open;
    for (QDockWidget* dock : docks_)
        if (dock->isVisible())
            open << dock;
    if (open.isEmpty())
        return;
    const auto here = open.indexOf(enclosingDock(QApplication::focusWidget()));
    const auto count = open.size();
    const auto next = here < 0 ? (direction > 0 ? 0 : count - 1)
                               : ((here + direction) % count + count) % count;
    focusDock(open[next]);
}

QDockWidget* StudioDocks::addOptional(const QString& title, const char* name, QWidget* widget,
                                      Qt::DockWidgetArea area, const char* actionName)
{
    QDockWidget* dock = add(title, name, widget, area);
    dock->hide();
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QString::fromLatin1(actionName));
    window_->addAction(toggle);
    if (viewMenu_ != nullptr) {
        QAction* before = nullptr;
        for (QAction* action : viewMenu_->actions())
            if (action->isSeparator()) {
                before = action;
                break;
            }
        viewMenu_->insertAction(before, toggle);
    }
    QMainWindow* window = window_;
    QObject::connect(toggle, &QAction::triggered, dock, [window, dock, area](bool on) {
        if (on && window->dockWidgetArea(dock) == Qt::NoDockWidgetArea && !dock->isFloating()) {
            window->addDockWidget(area, dock);
            dock->show();
        }
    });
    return dock;
}

void StudioDocks::deleteAll()
{
    const QList<QDockWidget*> docks = std::exchange(docks_, {});
    qDeleteAll(docks);
}

QDockWidget* StudioDocks::find(const char* name) const
{
    for (QDockWidget* dock : docks_)
        if (dock->objectName() == QLatin1String(name))
            return dock;
    return nullptr;
}

QDockWidget* enclosingDock(QWidget* widget)
{
    while (widget != nullptr && qobject_cast<QDockWidget*>(widget) == nullptr)
        widget = widget->parentWidget();
    return static_cast<QDockWidget*>(widget);
}

void fillWithScrollArea(QWidget* panel, QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(panel);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace bpui
