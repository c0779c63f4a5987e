#include "maththreads.h"

#if defined(__linux__)
#include <dlfcn.h>
#endif

namespace bp {

void limitMathThreadsOnThisThread(int n)
{
#if defined(__linux__)
    using SetThreads = void (*)(int);
    // omp_set_num_threads changes the calling thread's ICV only (OpenMP 5.1, §3.2.1).
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")))
        set(n < 1 ? 1 : n);
#else
    (void)n;
#endif
}

} // namespace bp
