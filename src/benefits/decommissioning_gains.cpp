#include "tiltak/benefits/decommissioning_gains.hpp"

#include <algorithm>

#include "tiltak/model/lifecycle.hpp"

namespace tiltak {
namespace {

std::optional<Date> go_live(const Initiative& initiative) {
  if (initiative.actual.end) return initiative.actual.end;
  return initiative.planned.end;
}

bool acts_on(const Initiative& initiative, SystemActionKind kind, const SystemId& system) {
  return std::any_of(initiative.system_actions.begin(), initiative.system_actions.end(),
                     [&](const SystemAction& action) { return action.kind == kind && action.system == system; });
}

}  // namespace

std::vector<DecommissioningGain> decommissioning_gains(const Portfolio& portfolio) {
  std::vector<DecommissioningGain> gains;
  for (const auto& system : portfolio.systems) {
    std::vector<const Initiative*> removing;
    for (const auto kind : {SystemActionKind::decommissions, SystemActionKind::replaces}) {
      for (const auto& initiative : portfolio.initiatives)
        if (!is_dropped(initiative.stage) && acts_on(initiative, kind, system.id)) removing.push_back(&initiative);
      if (!removing.empty()) break;
    }
    if (removing.empty()) continue;
    // The last to go live; one without a date leaves the go-live unknown.
    const Initiative* last = removing.front();
    bool unknown = false;
    for (const Initiative* initiative : removing) {
      const auto date = go_live(*initiative);
      if (!date) {
        unknown = true;
        last = initiative;
        break;
      }
      if (*date > *go_live(*last)) last = initiative;
    }
    DecommissioningGain gain;
    gain.system = system.id;
    gain.initiative = last->id;
    gain.unit = system.cost_bearer;
    gain.yearly = Money::zero(portfolio.currency);
    if (!unknown) gain.go_live = go_live(*last);
    if (system.running_cost && system.cost_bearer && gain.go_live) {
      gain.yearly = *system.running_cost;
      gain.first_year = gain.go_live->year() + 1;
    }
    gains.push_back(std::move(gain));
  }
  return gains;
}

Money decommissioning_gain_in(const std::vector<DecommissioningGain>& gains, const UnitId& unit, int year,
                              Currency currency) {
  Money total = Money::zero(currency);
  for (const auto& gain : gains)
    if (gain.unit && *gain.unit == unit && gain.first_year != 0 && gain.first_year <= year) total = total + gain.yearly;
  return total;
}

}  // namespace tiltak
