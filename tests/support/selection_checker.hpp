#pragma once
// An independent check of a selection against its options, straight from the portfolio (exact
// money sums per year, hours per role and year), used by the brute force and the large cases.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tiltak/prioritisation/scoring.hpp"
#include "tiltak/prioritisation/selection.hpp"

namespace tiltak::testing {

// Empty when `chosen` (ids) keeps every constraint of `options` over [first, last]; else what breaks.
inline std::string violation(const Portfolio& p, const SelectionOptions& options, int first, int last,
                             const std::set<std::string>& chosen) {
  std::map<std::string, const Initiative*> by_id;
  for (const auto& i : p.initiatives) by_id[i.id.str()] = &i;
  for (const auto& id : chosen) {
    const Initiative* i = by_id.at(id);
    if (!is_candidate(*i)) return id + " is not a candidate";
    for (const auto& d : i->dependencies) {
      const auto* on = std::get_if<InitiativeId>(&d.on);
      if (!on) continue;
      const auto it = by_id.find(on->str());
      // Unknown and dropped prerequisites do not bind; finished ones are met.
      if (it == by_id.end() || !is_candidate(*it->second)) continue;
      if (!chosen.contains(on->str())) return id + " without its prerequisite " + on->str();
    }
  }
  for (const auto& i : p.initiatives)
    if (options.force_mandatory && i.mandatory && is_candidate(i) && !chosen.contains(i.id.str()))
      return "mandatory " + i.id.str() + " left out";
  for (const auto& id : options.forced_in)
    if (!chosen.contains(id.str())) return "forced-in " + id.str() + " left out";
  for (const auto& id : options.forced_out)
    if (chosen.contains(id.str())) return "forced-out " + id.str() + " selected";
  for (const auto& group : options.exclusive)
    if (std::count_if(group.begin(), group.end(), [&](const InitiativeId& id) { return chosen.contains(id.str()); }) > 1)
      return "two of an exclusive group";
  std::map<int, long long> investment, operating;
  std::map<std::pair<int, std::string>, long long> hours;
  long long total = 0;
  std::map<std::string, double> area;
  for (const auto& id : chosen) {
    const Initiative* i = by_id.at(id);
    long long cost = 0;
    for (const auto& line : i->costs) {
      if (line.basis != CostBasis::plan || line.year < first || line.year > last) continue;
      if (line.kind == CostKind::investment) investment[line.year] += line.amount.minor_units();
      if (line.kind == CostKind::operating) operating[line.year] += line.amount.minor_units();
      if (line.kind != CostKind::internal_hours) cost += line.amount.minor_units();
      if (line.kind == CostKind::internal_hours) hours[{line.year, line.role}] += line.hours;
    }
    total += cost;
    for (const auto& a : i->service_areas) area[a.str()] += static_cast<double>(cost) / static_cast<double>(i->service_areas.size());
  }
  std::vector<YearBudget> budgets;
  if (options.budgets) budgets = *options.budgets;
  else
    for (const auto& f : p.strategy.budget_frames) budgets.push_back({f.year, f.investment, f.operating});
  for (const auto& b : budgets) {
    if (b.year < first || b.year > last) continue;
    if (b.investment && investment[b.year] > b.investment->minor_units()) return "investment over budget in " + std::to_string(b.year);
    if (b.operating && operating[b.year] > b.operating->minor_units()) return "operating over budget in " + std::to_string(b.year);
  }
  if (options.use_capacity)
    for (const auto& c : p.strategy.capacity)
      if (c.year >= first && c.year <= last && hours[{c.year, c.role}] > c.hours)
        return c.role + " over capacity in " + std::to_string(c.year);
  for (const auto& s : options.shares) {
    const double share = area[s.area.str()], slack = 1e-9 * std::max<double>(static_cast<double>(total), 1.0);
    if (s.min_basis_points && share < *s.min_basis_points / 10000.0 * static_cast<double>(total) - slack) return "below min share";
    if (s.max_basis_points && share > *s.max_basis_points / 10000.0 * static_cast<double>(total) + slack) return "above max share";
  }
  return {};
}

inline std::set<std::string> ids_of(const Selection& selection) {
  std::set<std::string> ids;
  for (const auto& id : selection.selected) ids.insert(id.str());
  return ids;
}

}  // namespace tiltak::testing
