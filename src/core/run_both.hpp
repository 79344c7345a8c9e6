#pragma once
// Two independent pieces of work at once: the large graph builds split their memory-bound
// sweeps in two, one per core of the two-core machines the library is measured on.

#include <cstddef>
#include <future>
#include <system_error>

namespace tiltak::detail {

// Below this many items (nodes, edges, id lookups), a second thread costs more than it saves.
inline constexpr std::size_t parallel_from = 1 << 15;

// Runs `first` and then `second` on the calling thread for fewer than `parallel_from` items;
// from there on, `first` on the calling thread and `second` on a thread of its own at once.
// Returns when both are done. An exception from either is rethrown once both have finished
// (the first's when both throw). Where no thread can be started, they run one after the other.
template <class First, class Second>
void run_both(std::size_t items, First&& first, Second&& second) {
  std::future<void> other;
  try {
    if (items >= parallel_from) other = std::async(std::launch::async, [&second] { second(); });
  } catch (const std::system_error&) {
  }
  if (!other.valid()) {
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
