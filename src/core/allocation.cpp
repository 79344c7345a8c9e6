#include "tiltak/core/allocation.hpp"

#include <algorithm>
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

  // |whole| ≤ 2^63 and each weight < 2^63, so every product fits in 128 bits.
  __extension__ typedef unsigned __int128 Wide;
  const std::int64_t minor = whole.minor_units();
  const Wide magnitude = minor < 0 ? Wide(-(minor + 1)) + 1 : Wide(minor);
  std::vector<Wide> quotients(weights.size()), remainders(weights.size());
  Wide left = magnitude;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Wide product = magnitude * Wide(weights[i]);
    quotients[i] = product / Wide(total);
    remainders[i] = product % Wide(total);
    left -= quotients[i];
  }
  // Fewer units are left than there are parts with a remainder: one each, largest first.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; left > 0; ++k, --left) ++quotients[order[k]];

  std::vector<Money> parts;
  parts.reserve(weights.size());
  for (const Wide quotient : quotients) {
    // A part is at most |whole|, so its negation fits even for the smallest int64.
    const std::int64_t part = minor < 0 ? std::int64_t(-Wide(quotient)) : std::int64_t(quotient);
    parts.emplace_back(part, whole.currency());
  }
  return parts;
}

}  // namespace tiltak
