#pragma once
// Where the studio's docks go and how big the window is: a default layout for the screen the
// window is on (one designed for projectors, 1280×720 … 1600×900, one for 1920×1080 and up),
// View → Reset layout, and the saved layout restored at start — clamped to the screen it
// opens on, so a layout saved on a bigger screen never puts the window off this one.
//
// Docks are named by objectName in the window's StudioDocks (MainWindow's, RunsTools',
// TeachingTools', LessonTools', GradientTools'); a dock that does not exist is skipped. The
// action is "actionResetLayout".

#include <QElapsedTimer>
#include <QObject>
#include <QRect>

class QAction;
class QTimer;
class QMainWindow;

namespace bpui {

class StudioDocks;

class WindowLayout : public QObject
{
    Q_OBJECT
public:
    /// `docks` lists the window's docks; they may be added after this call, until the window's
    /// first show, when the saved layout (or the default one) is applied.
    WindowLayout(QMainWindow* window, const StudioDocks* docks);

    /// View → Reset layout (also what a first start shows).
    QAction* resetAction() const { return reset_; }

    /// True when `screen` (available geometry) gets the compact layout.
    static bool isCompact(const QRect& screen);

    /// The default layout for the window's screen: size, dock areas, tabs and proportions.
    void applyDefault();
    /// Saves geometry and dock state in the studio's settings.
    void save() const;
    /// Moves and shrinks the (normal, not full-screen) window into its screen's available area.
    void clampToScreen();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restore();
    void arrangeDocks(bool compact);
    void applyProportions(bool compact);
    QRect availableGeometry() const;

    QMainWindow* window_;
    const StudioDocks* docks_;
    QAction* reset_;
    QTimer* proportionsTimer_ = nullptr; // applies the default proportions, coalesced
    QElapsedTimer proportionsClock_;     // since the default layout was applied
    bool compact_ = true;
    bool restored_ = false;
};

} // namespace bpui
