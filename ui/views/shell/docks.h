#pragma once
// Small builders every dock-making class shares (the window, the runs and the teaching
// tools): one way to add a dock, one way to let a panel scroll instead of forcing the
// window's size.

#include <QString>
#include <Qt>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace bpui {

/// A movable, floatable, closable dock named `name` (its objectName) holding `widget` in a
/// scroll area (named `name` + "Scroll"; a widget that is a scroll area itself goes in as it
/// is), added to `window` in `area`. The dock's minimum size does not grow with its content.
QDockWidget* addStudioDock(QMainWindow* window, const QString& title, const char* name,
                           QWidget* widget, Qt::DockWidgetArea area);

/// The dock `widget` sits in (through any scroll area), or null.
QDockWidget* enclosingDock(QWidget* widget);

/// Puts `content` in a frameless, resizable scroll area that fills `panel` edge to edge: a
/// tall panel scrolls in a short dock instead of raising the window's minimum size.
void fillWithScrollArea(QWidget* panel, QWidget* content);

} // namespace bpui
