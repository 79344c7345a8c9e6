#pragma once
// Two independent pieces of work at once: the large graph builds split their memory-bound
// sweeps in two, one per core of the two-core machines the library is measured on.

#include <cstddef>
#include <future>
#include <system_error>

namespace tiltak::detail {

// Below this many items (nodes, edges, id lookups), a second thread costs more than it saves:
// the work is then done on the calling thread alone.
inline constexpr std::size_t parallel_from = 1 << 15;

// Runs `first` on the calling thread and `second` on a thread of its own, and returns when both
// are done. An exception from either is rethrown once both have finished (the first's when both
// throw). Where no thread can be started, `second` runs after `first` on the calling thread.
template <class First, class Second>
void run_both(First&& first, Second&& second) {
  std::future<void> other;
  try {
    other = std::async(std::launch::async, [&second] { second(); });
  } catch (const std::system_error&) {
    first();
    second();
    return;
  }
  try {
    first();
  } catch (...) {
    other.wait();
    throw;
  }
  other.get();
}

}  // namespace tiltak::detail
