#pragma once
// Seeded Monte Carlo simulation whose result does not depend on the number of threads: draw k
// uses its own random stream seeded from (seed, k), and the draws are split into contiguous
// blocks, one per thread. Callers keep per-block tallies that add up exactly (integers).

#include <cstddef>
#include <cstdint>
#include <limits>
#include <thread>
#include <vector>

namespace tiltak::detail {

// SplitMix64 (Steele, Lea, Flood 2014): one independent stream per draw, seeded from (seed, k).
// A UniformRandomBitGenerator, so the <random> distributions can draw from it.
class DrawStream {
 public:
  using result_type = std::uint64_t;

  DrawStream(std::uint64_t seed, std::uint64_t draw) noexcept : state_(mix(seed ^ mix(draw + golden))) {}

  static constexpr result_type min() noexcept { return 0; }
  static constexpr result_type max() noexcept { return std::numeric_limits<result_type>::max(); }
  result_type operator()() noexcept {
    state_ += golden;
    return mix(state_);
  }
  double uniform() noexcept { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }  // [0, 1), 53 bits

 private:
  static constexpr std::uint64_t golden = 0x9e3779b97f4a7c15ULL;
  static constexpr std::uint64_t mix(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_;
};

// The number of blocks run_in_blocks uses: one per thread, never more than the draws.
inline std::size_t block_count(std::size_t draws, int threads) noexcept {
  const std::size_t wanted = threads < 1 ? 1 : static_cast<std::size_t>(threads);
  return draws < wanted ? (draws == 0 ? 1 : draws) : wanted;
}

// Calls run(block, first, last) for each of block_count(draws, threads) contiguous ranges of
// draws, block 0 on the calling thread and the others on their own threads; returns when all
// are done. `run` must not throw.
template <class Run>
void run_in_blocks(std::size_t draws, int threads, Run&& run) {
  const std::size_t blocks = block_count(draws, threads);
  std::vector<std::jthread> workers;
  workers.reserve(blocks - 1);
  for (std::size_t block = 1; block < blocks; ++block)
    workers.emplace_back([&, block] { run(block, draws * block / blocks, draws * (block + 1) / blocks); });
  run(std::size_t{0}, std::size_t{0}, draws / blocks);
}

}  // namespace tiltak::detail
