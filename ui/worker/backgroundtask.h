#pragma once
// One function run on a thread of its own, with its end announced on the owner's thread.
//
// Used instead of QtConcurrent for the studio's background jobs (data loading, gradient
// checks, the symmetry demo) because everything it hands over is visible to
// ThreadSanitizer: the inputs cross at std::thread's creation, the results at join(), and
// the queued call that announces the end carries nothing. QFuture's result store and
// QThreadPool's queue synchronise inside the uninstrumented Qt libraries instead.
//
// The function writes its results into state the caller owns (captured by reference or a
// shared pointer); the caller may read that state from finished() on, without a lock.
// Progress, if any, goes through atomics the caller polls (see ProgressRelay).

#include <QObject>

#include <atomic>
#include <functional>
#include <thread>

namespace bpui {

class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    /// Joins a running function: the owner cancels it first (its own token) if it must not
    /// wait for it to complete.
    ~BackgroundTask() override;

    bool isRunning() const { return running_; }
    /// Starts work on a new thread; false (and nothing starts) while one is running.
    bool start(std::function<void()> work);
    /// Blocks until the function has returned and joins it; finished() is not emitted.
    void wait();

signals:
    /// On the owner's thread, after the function returned and its thread was joined.
    void finished();

private:
    void onReturned();

    std::thread thread_;
    bool running_ = false;              // owner's thread only
    std::atomic<bool> returned_{false}; // set by the thread as its last act
};

/// Progress of a background job as two atomics, polled on the GUI thread at most every
/// `intervalMs` so that no progress value ever crosses through Qt's event queue.
class ProgressRelay : public QObject
{
    Q_OBJECT
public:
    explicit ProgressRelay(int intervalMs = 50, QObject* parent = nullptr);

    /// Any thread.
    void report(qint64 done, qint64 total)
    {
        total_.store(total);
        done_.store(done);
    }
    /// GUI thread: start / stop polling (stop() emits the last values once).
    void startPolling();
    void stopPolling();

signals:
    void progress(qint64 done, qint64 total);

private:
    void poll();

    std::atomic<qint64> done_{0};
    std::atomic<qint64> total_{0};
    qint64 lastDone_ = -1;
    qint64 lastTotal_ = -1;
    int intervalMs_;
    int timerId_ = 0;

protected:
    void timerEvent(QTimerEvent* event) override;
};

} // namespace bpui
