#pragma once
// The gradient-health tools around the studio window: the Gradients dock that draws the
// session's GradientHistory (it follows training and is kept with the project), added to the window hidden (like the
// teaching docks) and listed in the View menu. MainWindow only constructs this class.

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace bpui {

class GradientHistory;
class GradientsDock;
class Session;
class StudioDocks;

class GradientTools : public QObject
{
    Q_OBJECT
public:
    /// Call after the window's menus exist: the dock's toggle goes into the View menu.
    GradientTools(StudioDocks* docks, Session* session);

    GradientHistory* history() const { return history_; }
    GradientsDock* view() const { return view_; }
    QDockWidget* dock() const { return dock_; }

private:
    GradientHistory* history_;
    GradientsDock* view_;
    QDockWidget* dock_;
};

} // namespace bpui
