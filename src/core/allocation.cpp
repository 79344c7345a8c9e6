#include "tiltak/core/allocation.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak {

std::vector<Money> allocate(Money whole, std::span<const std::int64_t> weights) {
  if (weights.empty()) throw Error(ErrorCode::invalid_argument, "an amount cannot be split into no parts");
  std::int64_t total = 0;
  for (const std::int64_t weight : weights) {
    if (weight < 0)
      throw Error(ErrorCode::invalid_argument, "a part's weight must not be negative, got " + std::to_string(weight));
    if (__builtin_add_overflow(total, weight, &total))
      throw Error(ErrorCode::overflow, "the weights of the parts sum beyond the range of int64");
  }
  if (total == 0) throw Error(ErrorCode::invalid_argument, "the weights of the parts sum to 0");

  // |whole| ≤ 2^63 and each weight < 2^63, so every product fits in 128 bits; when
  // |whole| × total fits in 64 bits (any amount below 9 × 10^14 minor units split by basis
  // points), the same quotients and remainders come from 64-bit division, several times faster.
  __extension__ typedef unsigned __int128 Wide;
  const std::int64_t minor = whole.minor_units();
  const Wide magnitude = minor < 0 ? Wide(-(minor + 1)) + 1 : Wide(minor);
  const std::size_t n = weights.size();
  // Small splits (the usual: a benefit's contributors) keep their working numbers on the stack.
  constexpr std::size_t on_stack = 16;
  Wide quotient_buffer[on_stack], remainder_buffer[on_stack];
  std::vector<Wide> quotient_heap, remainder_heap;
  if (n > on_stack) {
    quotient_heap.resize(n);
    remainder_heap.resize(n);
  }
  Wide* const quotients = n > on_stack ? quotient_heap.data() : quotient_buffer;
  Wide* const remainders = n > on_stack ? remainder_heap.data() : remainder_buffer;
  Wide left = magnitude;
  const auto narrow_total = static_cast<std::uint64_t>(total);
  if (magnitude <= Wide(UINT64_MAX / narrow_total)) {
    const auto narrow = static_cast<std::uint64_t>(magnitude);
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t product = narrow * static_cast<std::uint64_t>(weights[i]);
      quotients[i] = product / narrow_total;
      remainders[i] = product % narrow_total;
      left -= quotients[i];
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const Wide product = magnitude * Wide(weights[i]);
      quotients[i] = product / Wide(total);
      remainders[i] = product % Wide(total);
      left -= quotients[i];
    }
  }
  // Fewer units are left than there are parts with a remainder: one each, largest remainder
  // first, the earlier part first among equal remainders.
  if (left > 0 && n <= on_stack) {
    bool given[on_stack] = {};
    for (; left > 0; --left) {
      std::size_t best = n;
      for (std::size_t i = 0; i < n; ++i)
        if (!given[i] && (best == n || remainders[i] > remainders[best])) best = i;
      given[best] = true;
      ++quotients[best];
    }
  } else if (left > 0) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; left > 0; ++k, --left) ++quotients[order[k]];
  }

  std::vector<Money> parts;
  parts.reserve(weights.size());
  for (std::size_t i = 0; i < n; ++i) {
    const Wide quotient = quotients[i];
    // A part is at most |whole|, so its negation fits even for the smallest int64.
    const std::int64_t part = minor < 0 ? std::int64_t(-Wide(quotient)) : std::int64_t(quotient);
    parts.emplace_back(part, whole.currency());
  }
  return parts;
}

}  // namespace tiltak
