#include "tiltak/model/portfolio.hpp"

#include <algorithm>

#include "tiltak/core/problem_value.hpp"

namespace tiltak {
namespace {

template <class Range, class Key>
auto* find_by_id(Range& range, const Key& id) noexcept {
  auto it = std::find_if(range.begin(), range.end(), [&](const auto& item) { return item.id == id; });
  return it == range.end() ? nullptr : &*it;
}

}  // namespace

const Initiative* Portfolio::find_initiative(const InitiativeId& id) const noexcept {
  return find_by_id(initiatives, id);
}

Initiative* Portfolio::find_initiative(const InitiativeId& id) noexcept { return find_by_id(initiatives, id); }

const Benefit* Portfolio::find_benefit(const BenefitId& id) const noexcept { return find_by_id(benefits, id); }

const Person* Portfolio::find_person(const PersonId& id) const noexcept {
  return find_by_id(organisation.people, id);
}

const ItSystem* Portfolio::find_system(const SystemId& id) const noexcept { return find_by_id(systems, id); }

int required_schema_version(const Portfolio& portfolio) noexcept {
  if (!portfolio.systems.empty()) return 2;
  for (const auto& initiative : portfolio.initiatives)
    if (!initiative.system_actions.empty()) return 2;
  return 1;
}

int written_schema_version(const Portfolio& portfolio) noexcept {
  return std::max(portfolio.schema_version, required_schema_version(portfolio));
}

std::size_t Portfolio::initiative_index(const InitiativeId& id) const {
  if (const Initiative* found = find_initiative(id)) return static_cast<std::size_t>(found - initiatives.data());
  throw unknown_id(id.str(), "no initiative has this id");
}

std::vector<const Benefit*> Portfolio::benefits_of(const InitiativeId& id) const {
  std::vector<const Benefit*> found;
  for (const auto& benefit : benefits)
    if (std::any_of(benefit.contributors.begin(), benefit.contributors.end(),
                    [&](const Contribution& c) { return c.initiative == id; }))
      found.push_back(&benefit);
  return found;
}

}  // namespace tiltak
