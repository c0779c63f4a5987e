#include "worker/backgroundtask.h"

#include <QTimerEvent>

#include <utility>

namespace bpui {

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    wait();
}

bool BackgroundTask::start(std::function<void()> work)
{
    if (running_)
        return false;
    if (thread_.joinable())
        thread_.join(); // returned, its announcement not yet processed
    running_ = true;
    returned_.store(false);
    thread_ = std::thread([this, work = std::move(work)] {
        work();
        returned_.store(true);
        // Payload-free: the owner learns only that it may join. If the owner is destroyed
        // first, its destructor joined this thread and Qt drops the pending call.
        QMetaObject::invokeMethod(this, &BackgroundTask::onReturned, Qt::QueuedConnection);
    });
    return true;
}

void BackgroundTask::wait()
{
    if (thread_.joinable())
        thread_.join();
    running_ = false;
}

void BackgroundTask::onReturned()
{
    if (!running_ || !returned_.load())
        return; // wait() joined it already, or this is a stale call and the next one runs
    if (thread_.joinable())
        thread_.join();
    running_ = false;
    emit finished();
}

ProgressRelay::ProgressRelay(int intervalMs, QObject* parent)
    : QObject(parent), intervalMs_(intervalMs)
{
}

void ProgressRelay::startPolling()
{
    done_.store(0);
    total_.store(0);
    lastDone_ = lastTotal_ = -1;
    if (timerId_ == 0)
        timerId_ = startTimer(intervalMs_);
}

void ProgressRelay::stopPolling()
{
    if (timerId_ != 0) {
        killTimer(timerId_);
        timerId_ = 0;
    }
    poll();
}

void ProgressRelay::poll()
{
    const qint64 total = total_.load();
    const qint64 done = done_.load();
    if (done == lastDone_ && total == lastTotal_)
        return;
    lastDone_ = done;
    lastTotal_ = total;
    emit progress(done, total);
}

void ProgressRelay::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == timerId_)
        poll();
}

} // namespace bpui
