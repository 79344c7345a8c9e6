#include "benefits/apportion.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "tiltak/core/allocation.hpp"

namespace tiltak::detail {

void apportion(Money whole, const PartySums& parts, PartyAmounts& into) {
  long double total = 0;
  bool mixed = false;
  for (const auto& [party, part] : parts) total += part, mixed = mixed || part < 0;
  std::vector<std::int64_t> weights;
  if (!mixed && total > 0)
    for (const auto& [party, part] : parts) weights.push_back(std::llround(part / total * 0x1p60L));
  const bool by_rule = !weights.empty() && std::any_of(weights.begin(), weights.end(), [](std::int64_t w) { return w > 0; });
  const std::vector<Money> split = by_rule ? allocate(whole, weights) : std::vector<Money>{};
  std::size_t i = 0;
  for (const auto& [party, part] : parts) {
    const Money amount = by_rule ? split[i++] : round_to_minor(part, whole.currency());
    auto [it, inserted] = into.try_emplace(party, amount);
    if (!inserted) it->second += amount;
  }
}

}  // namespace tiltak::detail
