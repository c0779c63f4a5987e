#include "views/shell/docks.h"

#include <QAbstractScrollArea>
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
    return dock;
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
