#include "taskpair.h"

#include "maththreads.h"

#include <chrono>
#include <thread>

namespace bp {

namespace {

/// Restores the calling thread's product thread count on scope exit.
class SingleThreadedProducts
{
public:
    SingleThreadedProducts() : previous_(mathThreadsOnThisThread())
    {
        limitMathThreadsOnThisThread(1);
    }
    ~SingleThreadedProducts() { limitMathThreadsOnThisThread(previous_); }
    SingleThreadedProducts(const SingleThreadedProducts&) = delete;
    SingleThreadedProducts& operator=(const SingleThreadedProducts&) = delete;

private:
    int previous_;
};

/// Polls `ready` for up to `budget` before the caller blocks on a condition variable. A
/// sleeping thread on a virtual machine can take a few hundred microseconds to wake, as long
/// as half a mini-batch; a spin of a millisecond bridges the gap between two mini-batches.
template <typename Ready> bool spinUntil(Ready&& ready, std::chrono::microseconds budget)
{
    const auto deadline = std::chrono::steady_clock::now() + budget;
    for (int i = 0;; ++i) {
        if (ready())
            return true;
        if (i < 64) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            continue;
        }
        // Give the core away when another thread wants it (the other half's thread, or
        // another program): spinning must never delay the work it waits for.
        std::this_thread::yield();
        if ((i & 15) == 15 && std::chrono::steady_clock::now() >= deadline)
            return ready();
    }
}

constexpr std::chrono::microseconds kSpin{1000};

} // namespace

TaskPair::~TaskPair()
{
    {
        std::lock_guard lock(mutex_);
        stop_.store(true, std::memory_order_release);
    }
    wake_.notify_all();
    if (helper_.joinable())
        helper_.join();
}

TaskPair& TaskPair::forThisThread()
{
    thread_local TaskPair pair;
    return pair;
}

void TaskPair::run(int count, const std::function<void(int)>& task)
{
    if (count <= 0)
        return;
    std::uint32_t generation = 0;
    {
        std::lock_guard lock(mutex_);
        if (!helper_.joinable())
            helper_ = std::thread([this] { helperLoop(); });
        generation = generation_.load(std::memory_order_relaxed) + 1;
        task_ = &task;
        count_ = count;
        done_.store(0, std::memory_order_relaxed);
        errors_.assign(static_cast<std::size_t>(count), nullptr);
        next_.store(static_cast<std::uint64_t>(generation) << 32, std::memory_order_release);
        generation_.store(generation, std::memory_order_release);
    }
    wake_.notify_one(); // no system call while the helper is still spinning
    {
        SingleThreadedProducts single;
        work(generation, &task, count);
    }
    spinUntil([&] { return done_.load(std::memory_order_acquire) == count; }, kSpin);
    std::unique_lock lock(mutex_);
    finished_.wait(lock, [&] { return done_.load(std::memory_order_relaxed) == count; });
    task_ = nullptr;
    for (const std::exception_ptr& error : errors_)
        if (error)
            std::rethrow_exception(error);
}

int TaskPair::work(std::uint32_t generation, const std::function<void(int)>* task, int count)
{
    int ran = 0;
    const std::uint64_t base = static_cast<std::uint64_t>(generation) << 32;
    std::uint64_t claim = next_.load(std::memory_order_acquire);
    while (true) {
        if ((claim & ~std::uint64_t{0xFFFFFFFF}) != base ||
            static_cast<int>(claim & 0xFFFFFFFF) >= count)
            return ran; // another generation, or nothing left to claim
        if (!next_.compare_exchange_weak(claim, claim + 1, std::memory_order_acq_rel,
                                         std::memory_order_acquire))
            continue;
        const int k = static_cast<int>(claim & 0xFFFFFFFF);
        std::exception_ptr error;
        try {
            (*task)(k);
        } catch (...) {
            error = std::current_exception();
        }
        ++ran;
        bool last = false;
        {
            std::lock_guard lock(mutex_);
            errors_[static_cast<std::size_t>(k)] = error;
            last = done_.fetch_add(1, std::memory_order_acq_rel) + 1 == count;
        }
        if (last) {
            finished_.notify_all();
            return ran;
        }
        claim = next_.load(std::memory_order_acquire);
    }
}

void TaskPair::helperLoop()
{
    limitMathThreadsOnThisThread(1); // one product thread per half
    std::uint32_t seen = 0;
    // Spin only while it pays: a helper that found nothing left to claim last time came too
    // late (another program holds the other core) and would only take CPU time from the
    // caller by spinning. It sleeps instead until a hand-over finds it in time again.
    bool spin = false;
    while (true) {
        if (spin)
            spinUntil(
                [&] {
                    return stop_.load(std::memory_order_acquire) ||
                           generation_.load(std::memory_order_acquire) != seen;
                },
                kSpin);
        const std::function<void(int)>* task = nullptr;
        int count = 0;
        std::uint32_t generation = 0;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] {
                return stop_.load(std::memory_order_relaxed) ||
                       generation_.load(std::memory_order_relaxed) != seen;
            });
            if (stop_.load(std::memory_order_relaxed))
                return;
            seen = generation = generation_.load(std::memory_order_relaxed);
            task = task_;
            count = count_;
        }
        spin = task != nullptr && work(generation, task, count) > 0;
    }
}

} // namespace bp
