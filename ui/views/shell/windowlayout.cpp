#include "views/shell/windowlayout.h"

#include "views/shell/docks.h"

#include "session/studiosettings.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace bpui {

namespace {

// Below this available size the compact layout is used: projectors (1280×720, 1280×800),
// 1366×768 laptops and 1600×900 screens.
constexpr int kWideWidth = 1700;
constexpr int kWideHeight = 1000;

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Saved states from before the dock contents scrolled could make the window larger than any
// screen; they are not restored.
const QString kLayoutVersionKey = QStringLiteral("window/layoutVersion");
constexpr int kLayoutVersion = 2;
constexpr int kStateVersion = kLayoutVersion; // QMainWindow::saveState's version tag
constexpr qint64 kProportionsWindowMs = 1000;

/// The docks the default layout shows; the others (teaching docks, the lesson) start closed.
const char* const kShownDocks[] = {"dataDock",       "trainingDock",      "predictionDock",
                                   "timelineDock",   "weightsDock",       "costDock",
                                   "gradientCheckDock", "runsDock"};

} // namespace

WindowLayout::WindowLayout(QMainWindow* window, const StudioDocks* docks)
    : QObject(window), window_(window), docks_(docks), reset_(new QAction(tr("&Reset layout"), this))
{
    setObjectName(QStringLiteral("windowLayout"));
    reset_->setObjectName(QStringLiteral("actionResetLayout"));
    reset_->setToolTip(tr("Put every dock back where a first start puts it, sized for this "
                          "screen"));
    window->addAction(reset_);
    connect(reset_, &QAction::triggered, this, &WindowLayout::applyDefault);
    proportionsTimer_ = new QTimer(this);
    proportionsTimer_->setSingleShot(true);
    proportionsTimer_->setInterval(0);
    connect(proportionsTimer_, &QTimer::timeout, this, [this] { applyProportions(compact_); });
    window->installEventFilter(this);
}

bool WindowLayout::isCompact(const QRect& screen)
{
    return screen.width() < kWideWidth || screen.height() < kWideHeight;
}

QRect WindowLayout::availableGeometry() const
{
    QScreen* screen = window_->screen();
    return screen != nullptr ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

bool WindowLayout::eventFilter(QObject* watched, QEvent* event)
{
    // At the first show every dock and tool bar exists, so the saved layout applies.
    if (watched == window_ && event->type() == QEvent::Show && !restored_) {
        restored_ = true;
        restore();
    }
    // The window system sizes a new or maximised window some time after it is asked to:
    // the default proportions follow each resize until shortly after the layout was applied.
    if (watched == window_ && event->type() == QEvent::Resize && proportionsClock_.isValid() &&
        proportionsClock_.elapsed() < kProportionsWindowMs)
        proportionsTimer_->start();
    return QObject::eventFilter(watched, event);
}

void WindowLayout::restore()
{
    QSettings store = studioSettings();
    const QByteArray geometry = store.value(kGeometryKey).toByteArray();
    const QByteArray state = store.value(kStateKey).toByteArray();
    if (store.value(kLayoutVersionKey).toInt() != kLayoutVersion || geometry.isEmpty() ||
        !window_->restoreGeometry(geometry) || !window_->restoreState(state, kStateVersion)) {
        applyDefault();
        return;
    }
    clampToScreen();
    // Once more when the window system has placed it (a maximised state applies later).
    QTimer::singleShot(0, this, &WindowLayout::clampToScreen);
}

void WindowLayout::save() const
{
    QSettings store = studioSettings();
    store.setValue(kGeometryKey, window_->saveGeometry());
    store.setValue(kStateKey, window_->saveState(kStateVersion));
    store.setValue(kLayoutVersionKey, kLayoutVersion);
}

void WindowLayout::clampToScreen()
{
    if (window_->isFullScreen())
        return;
    const QRect available = availableGeometry();
    if (window_->isMaximized()) {
        // A maximised window is the screen's size, unless its minimum size forbids that.
        if (window_->frameGeometry().width() <= available.width() &&
            window_->frameGeometry().height() <= available.height())
            return;
        window_->setWindowState(window_->windowState() & ~Qt::WindowMaximized);
    }
    const QRect frame = window_->frameGeometry();
    const QRect client = window_->geometry();
    const QSize decoration = frame.size() - client.size();
    const QSize fitted = client.size().boundedTo(available.size() - decoration);
    if (fitted != client.size())
        window_->resize(fitted);
    const QSize outer = fitted + decoration;
    const int x = std::clamp(frame.x(), available.left(), available.right() + 1 - outer.width());
    const int y = std::clamp(frame.y(), available.top(), available.bottom() + 1 - outer.height());
    if (QPoint(x, y) != frame.topLeft())
        window_->move(x, y);
}

void WindowLayout::applyDefault()
{
    const QRect available = availableGeometry();
    const bool compact = isCompact(available);
    if (window_->isFullScreen())
        window_->showNormal();
    arrangeDocks(compact);
    if (compact) {
        // Every pixel counts on a projector.
        window_->setWindowState((window_->windowState() & ~Qt::WindowFullScreen) |
                                Qt::WindowMaximized);
    } else {
        window_->setWindowState(window_->windowState() & ~(Qt::WindowMaximized |
                                                           Qt::WindowFullScreen));
        const QSize size(std::min(available.width() * 9 / 10, 2200),
                         std::min(available.height() * 9 / 10, 1300));
        window_->resize(size);
        window_->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    // The proportions need the window's final size, which the window system applies later.
    compact_ = compact;
    proportionsClock_.start();
    proportionsTimer_->start();
}

void WindowLayout::arrangeDocks(bool compact)
{
    auto dock = [this](const char* name) { return docks_->find(name); };
    // The side columns run the full height; the cost plot sits under the diagram.
    window_->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window_->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window_->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window_->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    const QList<QDockWidget*> all = docks_->all();
    for (QDockWidget* d : all) {
        d->setFloating(false);
        window_->removeDockWidget(d);
    }
    auto add = [this, &dock](Qt::DockWidgetArea area, const char* name,
                             Qt::Orientation orientation) {
        QDockWidget* d = dock(name);
        if (d != nullptr)
            window_->addDockWidget(area, d, orientation);
        return d;
    };
    auto tabify = [this, &dock](QDockWidget* first, const char* name) {
        QDockWidget* d = dock(name);
        if (first != nullptr && d != nullptr)
            window_->tabifyDockWidget(first, d);
    };
    // Left: the controls, one tab each (and the lesson's text when a lesson is open).
    QDockWidget* data = add(Qt::LeftDockWidgetArea, "dataDock", Qt::Vertical);
    tabify(data, "trainingDock");
    tabify(data, "lessonDock");
    // Right: what the network predicts above what it has learnt.
    QDockWidget* prediction = add(Qt::RightDockWidgetArea, "predictionDock", Qt::Vertical);
    tabify(prediction, "timelineDock");
    QDockWidget* weights = add(Qt::RightDockWidgetArea, "weightsDock", Qt::Vertical);
    tabify(weights, "stepInspectorDock");
    tabify(weights, "hiddenUnitsDock");
    tabify(weights, "misclassifiedDock");
    // Bottom, under the diagram: the cost, with the gradient check beside it on a wide screen
    // and behind a tab on a projector.
    QDockWidget* cost = add(Qt::BottomDockWidgetArea, "costDock", Qt::Horizontal);
    QDockWidget* check = compact ? cost : add(Qt::BottomDockWidgetArea, "gradientCheckDock",
                                              Qt::Horizontal);
    if (compact)
        tabify(cost, "gradientCheckDock");
    tabify(check, "runsDock");
    tabify(check, "gradientsDock");

    for (QDockWidget* d : all)
        d->setVisible(std::any_of(std::begin(kShownDocks), std::end(kShownDocks),
                                  [d](const char* name) { return d->objectName() == QLatin1String(name); }));
    for (QDockWidget* d : {data, prediction, weights, cost})
        if (d != nullptr)
            d->raise();
    if (!compact && check != nullptr)
        check->raise();
}

void WindowLayout::applyProportions(bool compact)
{
    auto dock = [this](const char* name) { return docks_->find(name); };
    QDockWidget* data = dock("dataDock");
    QDockWidget* prediction = dock("predictionDock");
    QDockWidget* weights = dock("weightsDock");
    QDockWidget* cost = dock("costDock");
    QDockWidget* check = dock("gradientCheckDock");
    if (data == nullptr || prediction == nullptr || weights == nullptr || cost == nullptr)
        return;
    const QSize size = window_->size();
    // Controls ≈ ¼ (compact) or ⅕ of the width; the prediction and weight column ≈ ⅓; the
    // diagram and the cost plot the rest, the cost plot ≈ 40 % of the height (beside the
    // gradient check on a wide screen).
    const int left = size.width() * (compact ? 24 : 18) / 100;
    const int right = size.width() * (compact ? 34 : 31) / 100;
    window_->resizeDocks({data, prediction}, {left, right}, Qt::Horizontal);
    window_->resizeDocks({prediction, weights}, {size.height() / 2, size.height() / 2},
                         Qt::Vertical);
    window_->resizeDocks({cost}, {size.height() * (compact ? 42 : 38) / 100}, Qt::Vertical);
    if (!compact && check != nullptr) {
        const int bottom = size.width() - left - right;
        window_->resizeDocks({cost, check}, {bottom * 56 / 100, bottom * 44 / 100},
                             Qt::Horizontal);
    }
}

} // namespace bpui
