#pragma once
// Two-way data parallelism for one evaluation of J: the calling thread and one helper thread
// share a handful of independent tasks (in practice the two halves of a batch). Tasks are
// claimed, not assigned: whichever thread is free takes the next task nobody has started,
// so when the helper is slow to wake (another program holds the other core) the caller does
// the work itself instead of waiting a scheduler time slice at a barrier. Both threads spin
// for a millisecond before they sleep: waking a sleeping thread on a VM costs as much as
// half a mini-batch.
//
// Each thread's matrix products run single-threaded meanwhile (maththreads.h): one BLAS team
// per half would put four busy threads on two cores. Results do not depend on which thread
// ran which task, so evaluations stay deterministic.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace bp {

class TaskPair
{
public:
    TaskPair() = default;
    ~TaskPair();
    TaskPair(const TaskPair&) = delete;
    TaskPair& operator=(const TaskPair&) = delete;

    /// Runs task(0) … task(count − 1), each exactly once, on this thread and the helper
    /// (started on first use). Returns when all have finished; rethrows the exception of the
    /// lowest-numbered task that threw, after every task has finished.
    void run(int count, const std::function<void(int)>& task);

    /// The TaskPair of the calling thread (one helper per thread that evaluates in parallel,
    /// shared by all its cost functions; joined when that thread ends).
    static TaskPair& forThisThread();

private:
    void helperLoop();
    /// Claims and runs tasks of `generation` until none is left; returns how many it ran.
    int work(std::uint32_t generation, const std::function<void(int)>* task, int count);

    std::mutex mutex_;
    std::condition_variable wake_;     // the helper: a new generation or stop
    std::condition_variable finished_; // the caller: every task done
    std::thread helper_;
    // Written under mutex_; atomic so that a spinning thread may poll them without it.
    std::atomic<bool> stop_{false};
    std::atomic<std::uint32_t> generation_{0};
    std::atomic<int> done_{0};
    const std::function<void(int)>* task_ = nullptr; // guarded by mutex_
    int count_ = 0;                                  // guarded by mutex_
    std::vector<std::exception_ptr> errors_;       // one per task; task k writes only [k]
    // (generation << 32) | next task index: a claim made for a finished generation fails.
    std::atomic<std::uint64_t> next_{0};
};

} // namespace bp
