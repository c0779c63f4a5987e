#pragma once
// Small builders every dock-making class shares (the window, the runs, teaching, lesson and
// gradient tools): one way to add a dock, one list of the docks that exist (the layout and
// presentation mode work on it), one way to let a panel scroll instead of forcing the
// window's size.

#include <QList>
#include <QString>
#include <Qt>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace bpui {

/// The studio window's docks: every class that adds one gets this object from the window's
/// constructor and adds through it, and whoever arranges them (the window layout, presentation
/// mode) reads them here, so no one searches the widget tree for them.
class StudioDocks
{
public:
    explicit StudioDocks(QMainWindow* window) : window_(window) {}
    StudioDocks(const StudioDocks&) = delete;
    StudioDocks& operator=(const StudioDocks&) = delete;

    QMainWindow* window() const { return window_; }

    /// A movable, floatable, closable dock named `name` (its objectName) holding `widget` in a
    /// scroll area (named `name` + "Scroll"; a widget that is a scroll area itself goes in as
    /// it is), added to the window in `area`. Its minimum size does not grow with its content.
    QDockWidget* add(const QString& title, const char* name, QWidget* widget,
                     Qt::DockWidgetArea area);

    /// A dock the studio opens closed, one click away: added like add(), hidden, its toggle
    /// action named `actionName` and among the window's actions (lessons trigger actions by
    /// name) and in the View menu with the other docks, before the menu's first separator. A
    /// layout that rebuilt the dock areas without knowing it leaves it in no area: shown from
    /// the menu, it goes back to `area`.
    QDockWidget* addOptional(const QString& title, const char* name, QWidget* widget,
                             Qt::DockWidgetArea area, const char* actionName);

    /// The window's View menu, for addOptional() (the window sets it once it is built).
    void setViewMenu(QMenu* menu) { viewMenu_ = menu; }

    /// The keyboard path to the docks: View → Go to has one action a dock (Alt+1 … Alt+9,
    /// Alt+0, then Alt+Shift+1 …, in the order added) that shows the dock, brings it to the
    /// front and puts the focus on its first control; F6 and Shift+F6 move the focus to the
    /// next and previous open dock. Returns the menu (the window adds it to View).
    QMenu* makeGoToMenu();
    /// The action that goes to `dock` (null for a dock not added here).
    QAction* goToAction(const QDockWidget* dock) const;
    /// Shows `dock`, raises it among tabbed docks and focuses its first control (or, with none,
    /// its first plot).
    void focusDock(QDockWidget* dock);
    /// Moves the focus to the open dock after (+1) or before (−1) the one that has it.
    void focusNeighbour(int direction);

    /// The dock named `name`, or null when no such dock was added.
    QDockWidget* find(const char* name) const;

    /// Every dock added so far, in the order added.
    const QList<QDockWidget*>& all() const { return docks_; }

    /// Deletes every dock (the window does, before the session its views observe) and forgets
    /// them.
    void deleteAll();

private:
    void addGoToAction(QDockWidget* dock);

    QMainWindow* const window_;
    QList<QDockWidget*> docks_;
    QList<QAction*> goTo_; // one a dock, parented to it
    QMenu* viewMenu_ = nullptr;
    QMenu* goToMenu_ = nullptr;
    QAction* goToSeparator_ = nullptr;
};

/// The dock `widget` sits in (through any scroll area), or null.
QDockWidget* enclosingDock(QWidget* widget);

/// Puts `content` in a frameless, resizable scroll area that fills `panel` edge to edge: a
/// tall panel scrolls in a short dock instead of raising the window's minimum size.
void fillWithScrollArea(QWidget* panel, QWidget* content);

} // namespace bpui
