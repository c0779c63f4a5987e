#include "maththreads.h"

#include <algorithm>
#include <thread>

#if defined(__linux__)
#include <dlfcn.h>
#endif

namespace bp {

namespace {

using SetThreads = void (*)(int);
using GetThreads = int (*)();

#if defined(__linux__)
// Looked up once: libgomp is there when OpenBLAS's OpenMP build is linked.
const auto ompSet = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
const auto ompGet = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
#else
constexpr SetThreads ompSet = nullptr;
constexpr GetThreads ompGet = nullptr;
#endif

// Without OpenMP the limit is only a budget for the thread's own parallel work (TaskPair).
thread_local int threadLimit = 0;

} // namespace

void limitMathThreadsOnThisThread(int n)
{
    n = std::max(n, 1);
    threadLimit = n;
    // omp_set_num_threads changes the calling thread's ICV only (OpenMP 5.1, §3.2.1).
    if (ompSet != nullptr)
        ompSet(n);
}

int mathThreadsOnThisThread()
{
    if (ompGet != nullptr)
        return std::max(1, ompGet());
    if (threadLimit > 0)
        return threadLimit;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace bp
