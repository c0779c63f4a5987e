#pragma once
// A cross-thread mailbox: producers on any thread put messages in under a std::mutex, and the
// receiver, a QObject on another thread (the GUI's), is woken by at most one payload-free
// queued call at a time; that call takes every message out in one swap and handles them
// there, in the order they were put.
//
// Why not a queued signal with the message as argument: Qt's event queue hands it over under
// a futex inside the (uninstrumented) Qt libraries, so ThreadSanitizer could not see the
// hand-over and would report every payload as a race. Here the payload crosses under mutex_,
// which TSan sees, and the wake-up carries nothing: a plain QEvent posted to a small waker
// object of the receiver's thread. (A queued functor call, invokeMethod(receiver, drain_),
// copied the std::function on the producer's thread into Qt's call object and read it on the
// receiver's, ordered only by that uninstrumented queue: TSan reported it in the window-level
// tests.)
//
// A minimum interval throttles the wake-ups: a put() then wakes the receiver at most that
// often, and what arrives in between waits for the next wake, so a producer puts its last
// word with Wake::Now. Which messages are still wanted (generations, an abandoned run) is the
// receiver's business, decided as it handles them.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QThread>

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>

namespace bpui {

namespace detail {

/// Lives in the receiver's thread and runs `drain` there for each posted wake event. The
/// function is set once, on that thread, before any producer runs; nothing but the event
/// (allocated and read inside Qt) crosses threads.
class MailboxWaker final : public QObject
{
public:
    MailboxWaker(QObject* receiver, std::function<void()> drain) : drain_(std::move(drain))
    {
        if (receiver->thread() != thread())
            moveToThread(receiver->thread());
    }

    /// Any thread.
    void wake() { QCoreApplication::postEvent(this, new QEvent(QEvent::User)); }

protected:
    bool event(QEvent* event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        drain_();
        return true;
    }

private:
    const std::function<void()> drain_;
};

} // namespace detail

template <typename Message> class Mailbox
{
public:
    enum class Wake
    {
        Throttled, // at most once per minimum interval
        Now        // as soon as no wake is on its way
    };

    /// `drain` runs on `receiver`'s thread, from a queued call, and calls takeAll(). With
    /// minIntervalMs = 0, every put() into a mailbox with no wake on its way wakes it.
    Mailbox(QObject* receiver, std::function<void()> drain, int minIntervalMs = 0)
        : waker_(receiver, std::move(drain)), minInterval_(minIntervalMs)
    {
    }
    Mailbox(const Mailbox&) = delete;
    Mailbox& operator=(const Mailbox&) = delete;
    /// After every producer has finished (joined). Empties the queue under the mutex: the
    /// producers' last put() happened under it, and a thread join inside Qt is invisible to
    /// ThreadSanitizer, so the lock is what orders the destruction after it.
    ~Mailbox()
    {
        std::lock_guard lock(mutex_);
        queue_.clear();
    }

    /// Any thread: appends `message` and wakes the receiver, unless a wake is already on its
    /// way (or, for Wake::Throttled, the last one was less than the minimum interval ago).
    void put(Message message, Wake wake = Wake::Throttled)
    {
        bool post = false;
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(std::move(message));
            if (!drainPosted_) {
                const Clock::time_point now = Clock::now();
                post = wake == Wake::Now || !lastWake_ || now - *lastWake_ >= minInterval_;
                if (post) {
                    drainPosted_ = true;
                    lastWake_ = now;
                }
            }
        }
        if (post) // the waker is set up before any producer runs; postEvent is thread-safe
            waker_.wake();
    }

    /// Receiving thread, in `drain`: every message put so far, oldest first. The next put()
    /// wakes the receiver again.
    std::deque<Message> takeAll()
    {
        std::deque<Message> taken;
        std::lock_guard lock(mutex_);
        drainPosted_ = false;
        taken.swap(queue_);
        return taken;
    }

    /// While no producer runs and no wake is on its way: forgets the messages and the last
    /// wake, so that the next put() wakes the receiver at once.
    void reset()
    {
        std::lock_guard lock(mutex_);
        queue_.clear();
        drainPosted_ = false;
        lastWake_.reset();
    }

private:
    using Clock = std::chrono::steady_clock;

    detail::MailboxWaker waker_; // its destruction drops a wake still queued
    const std::chrono::milliseconds minInterval_;

    std::mutex mutex_;          // guards queue_, drainPosted_, lastWake_
    std::deque<Message> queue_; // guarded by mutex_
    bool drainPosted_ = false;  // guarded by mutex_: a wake is queued and has not taken yet
    std::optional<Clock::time_point> lastWake_; // guarded by mutex_
};

} // namespace bpui
