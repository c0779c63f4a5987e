#pragma once
// How many threads the matrix products called from one thread may use.

namespace bp {

/// Limits the matrix products that the calling thread starts to n threads. Debian's OpenMP
/// build of OpenBLAS sizes each product's team from the calling thread's OpenMP setting, so
/// the GUI thread can evaluate its views single-threaded while the training worker keeps
/// both cores: otherwise a view's product starts a second two-thread team next to the
/// worker's, and four busy threads share two cores. Looked up at run time (libgomp comes
/// with OpenBLAS); a no-op without it.
void limitMathThreadsOnThisThread(int n);

/// How many threads the calling thread's matrix products may use: OpenMP's setting for this
/// thread with OpenBLAS, else the number of hardware threads (Eigen's own products are
/// single-threaded then, so this is the budget for the thread's own parallel work).
int mathThreadsOnThisThread();

} // namespace bp
