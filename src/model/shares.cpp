#include "tiltak/model/shares.hpp"

#include <algorithm>
#include <cstdint>

#include "tiltak/core/allocation.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {

std::vector<Money> member_parts(Money amount, const Organisation& organisation) {
  if (organisation.members.empty())
    throw Error(ErrorCode::invalid_argument, "\"" + organisation.name + "\" has no members to share an amount");
  std::vector<std::int64_t> keys;
  for (const auto& member : organisation.members) keys.push_back(member.cost_share_basis_points);
  return allocate(amount, keys);
}

std::vector<Money> service_area_parts(Money amount, const Initiative& initiative) {
  if (initiative.service_areas.empty()) return {};
  return allocate(amount, std::vector<std::int64_t>(initiative.service_areas.size(), 1));
}

Money service_area_part(Money amount, const Initiative& initiative, const ServiceAreaId& area) {
  Money part = Money::zero(amount.currency());
  const auto parts = service_area_parts(amount, initiative);
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (initiative.service_areas[i] == area) part += parts[i];
  return part;
}

std::vector<Money> contributor_parts(Money amount, const Benefit& benefit) {
  std::vector<std::int64_t> shares;
  std::int64_t named = 0;
  for (const auto& contribution : benefit.contributors) {
    shares.push_back(std::max(0, contribution.share_basis_points));
    named += shares.back();
  }
  // Shares summing beyond the whole (which validation reports) leave nothing unattributed and
  // are scaled to the whole.
  shares.push_back(std::max<std::int64_t>(0, 10000 - named));
  return allocate(amount, shares);
}

Money contributor_part(Money amount, const Benefit& benefit, const InitiativeId& initiative) {
  Money part = Money::zero(amount.currency());
  const auto parts = contributor_parts(amount, benefit);
  for (std::size_t i = 0; i < benefit.contributors.size(); ++i)
    if (benefit.contributors[i].initiative == initiative) part += parts[i];
  return part;
}

Money unattributed_part(Money amount, const Benefit& benefit) { return contributor_parts(amount, benefit).back(); }

}  // namespace tiltak
