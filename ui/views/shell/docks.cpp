#include "views/shell/docks.h"

#include <QDockWidget>
#include <QFrame>
#include <QMainWindow>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bpui {

QDockWidget* addStudioDock(QMainWindow* window, const QString& title, const char* name,
                           QWidget* widget, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(QString::fromLatin1(name));
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    window->addDockWidget(area, dock);
    return dock;
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
