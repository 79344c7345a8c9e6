#include "tiltak/prioritisation/scenario.hpp"

#include <map>
#include <set>

namespace tiltak {

SelectionComparison compare_selections(const Selection& a, const Selection& b) {
  SelectionComparison comparison;
  comparison.value_a = a.objective_value;
  comparison.value_b = b.objective_value;
  const std::set<InitiativeId> in_a(a.selected.begin(), a.selected.end());
  const std::set<InitiativeId> in_b(b.selected.begin(), b.selected.end());
  for (const auto& id : a.selected) (in_b.contains(id) ? comparison.stays : comparison.leaves).push_back(id);
  for (const auto& id : b.selected)
    if (!in_a.contains(id)) comparison.enters.push_back(id);

  std::map<int, YearComparison> years;
  auto row = [&](const YearUse& use) -> YearComparison& {
    auto [it, added] = years.try_emplace(use.year);
    if (added) {
      const Currency currency = use.investment.currency();
      it->second = {use.year, Money::zero(currency), Money::zero(currency), Money::zero(currency), Money::zero(currency)};
    }
    return it->second;
  };
  for (const auto& use : a.years) {
    auto& r = row(use);
    r.investment_a += use.investment;
    r.operating_a += use.operating;
  }
  for (const auto& use : b.years) {
    auto& r = row(use);
    r.investment_b += use.investment;
    r.operating_b += use.operating;
  }
  for (auto& [year, r] : years) comparison.years.push_back(r);
  return comparison;
}

}  // namespace tiltak
