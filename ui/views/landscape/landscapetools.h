#pragma once
// The loss-landscape tools around the studio window: the Landscape dock that draws the
// session's LandscapeRunner, added through the window's StudioDocks hidden (like the Gradients
// dock) and listed in the View menu. MainWindow only constructs this class.

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace bpui {

class LandscapeDock;
class LandscapeRunner;
class Session;
class StudioDocks;

class LandscapeTools : public QObject
{
    Q_OBJECT
public:
    /// Call after the window's menus exist: the dock's toggle goes into the View menu.
    LandscapeTools(StudioDocks* docks, Session* session);

    LandscapeRunner* runner() const { return runner_; }
    LandscapeDock* view() const { return view_; }
    QDockWidget* dock() const { return dock_; }

private:
    LandscapeRunner* runner_;
    LandscapeDock* view_;
    QDockWidget* dock_;
};

} // namespace bpui
