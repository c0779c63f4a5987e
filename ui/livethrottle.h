#pragma once
// How views that follow the weights live keep their share of the CPU small: after each
// update, the view's single-shot coalescing timer waits kRestFactor times as long as the
// update took, so that however heavy the update (a large confusion matrix, a traced batch of
// a large network), it takes ≤ 5 % of a core while training competes for both.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace bpui {

inline constexpr double kRestFactor = 19.0;

/// The timer interval after an update that took `busyMs`: kRestFactor × busyMs, within
/// [floorMs, 10 s].
inline int restIntervalMs(double busyMs, int floorMs)
{
    return std::clamp(static_cast<int>(kRestFactor * busyMs), floorMs, 10000);
}

/// Runs `update` and sets `timer`'s interval from how long it took.
template <typename Update>
void runThrottled(QTimer* timer, int floorMs, Update&& update)
{
    QElapsedTimer clock;
    clock.start();
    std::forward<Update>(update)();
    timer->setInterval(restIntervalMs(static_cast<double>(clock.nsecsElapsed()) / 1e6, floorMs));
}

} // namespace bpui
