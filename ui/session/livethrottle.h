#pragma once
// How views that follow the weights live keep their share of the CPU small: after each
// update, the view's single-shot coalescing timer waits kRestFactor times as long as the
// update took, so that however heavy the update (a large confusion matrix, a traced batch of
// a large network), it takes ≤ 2 % of a core while training competes for both.
//
// The rest applies to weights the worker publishes, never to what the user did: new data, a
// rebuilt network or presentation mode's thicker lines show within the view's floor interval
// even while the view is resting (LiveUpdateTimer::prompt).

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace bpui {

// 33 ms: the ≈30 Hz frame rate DESIGN.md asks of views that follow training, however fast it
// runs (PulseView caps view updates at 25 Hz; PlotJuggler coalesces redraws on a 40 ms timer).
inline constexpr int kRefreshIntervalMs = 33;

// 49: ≤ 2 % of a core per view. With 19 (≤ 5 %) the window kept 82-85 % of headless
// mini-batch throughput (bps-guibench GW2r, three invocations), with 49 it kept 88-94 %.
inline constexpr double kRestFactor = 49.0;

/// The timer interval after an update that took `busyMs`: restFactor × busyMs, within
/// [floorMs, 10 s].
inline int restIntervalMs(double busyMs, int floorMs, double restFactor = kRestFactor)
{
    return std::clamp(static_cast<int>(restFactor * busyMs), floorMs, 10000);
}

/// Why a view updates: the worker published weights, or the user changed something.
enum class UpdateCause { Weights, User };

/// A view's coalescing timer with two speeds: live() for published weights (waits the rest
/// earned by the last update), prompt() for the user's own changes (within floorMs).
class LiveUpdateTimer
{
public:
    /// `onTimeout` runs on the owner's thread; the timer is a child of `owner`. restFactor:
    /// a view whose updates should stay at the floor rate when they are cheap (the network
    /// diagram) may rest less than kRestFactor times its update.
    LiveUpdateTimer(QObject* owner, int floorMs, std::function<void()> onTimeout,
                    double restFactor = kRestFactor)
        : timer_(new QTimer(owner)), floorMs_(floorMs), restMs_(floorMs), restFactor_(restFactor)
    {
        timer_->setSingleShot(true);
        timer_->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late: 0.5 s of a 10 s rest
        QObject::connect(timer_, &QTimer::timeout, owner, std::move(onTimeout));
    }

    /// New weights: an update after the current rest, unless one is already due.
    void live()
    {
        if (!timer_->isActive())
            timer_->start(restMs_);
    }

    /// The user changed something: an update within the floor interval.
    void prompt()
    {
        if (!timer_->isActive() || timer_->remainingTime() > floorMs_)
            timer_->start(floorMs_);
    }

    void schedule(UpdateCause cause) { cause == UpdateCause::Weights ? live() : prompt(); }

    void stop() { timer_->stop(); }
    bool isActive() const { return timer_->isActive(); }
    /// Milliseconds until the planned update; -1 when none is planned.
    int remainingMs() const { return timer_->remainingTime(); }
    int floorMs() const { return floorMs_; }
    int restMs() const { return restMs_; }

    /// Sets the rest before the next live update (e.g. ChunkedPrediction::restMs).
    void setRestMs(int ms) { restMs_ = std::max(ms, floorMs_); }

    /// Runs `update` and earns the rest its time calls for.
    template <typename Update> void runTimed(Update&& update)
    {
        QElapsedTimer clock;
        clock.start();
        std::forward<Update>(update)();
        restAfter(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }

    void restAfter(double busyMs) { restMs_ = restIntervalMs(busyMs, floorMs_, restFactor_); }

private:
    QTimer* timer_;
    int floorMs_;
    int restMs_;
    double restFactor_;
};

} // namespace bpui
