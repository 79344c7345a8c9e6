#pragma once
// The running cost that a decommissioning removes, as a budget gain (issue 23).
//
// The rule (docs/benefits.md, "Decommissioning gains"): a system's yearly running cost is
// removed by the initiatives that decommission it, or, when none does, by those that replace
// it. The system runs until the last of them goes live: its actual end, else its planned end.
// The budget gain is the whole yearly running cost, for the unit that bears it
// (ItSystem::cost_bearer), from the budget year after that go-live on: a budget is set for a
// year, and a cost that stops during one is saved in the next year's budget. Exact: the amount
// is the register's running cost, no rounding. A system without a running cost or a bearer,
// and one whose removing initiatives have no go-live date, gives no gain (`first_year` 0 and
// listed, so that the gap is seen); rejected and cancelled initiatives remove nothing.

#include <vector>

#include "tiltak/core/money.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct DecommissioningGain {
  SystemId system;
  InitiativeId initiative;  // the removing initiative that goes live last
  std::optional<UnitId> unit;      // the cost bearer
  std::optional<Date> go_live;
  int first_year = 0;       // the first budget year without the cost; 0 when unknown
  Money yearly{0, Currency::NOK};
  bool operator==(const DecommissioningGain&) const = default;
};

// One per system that some initiative removes, in the order of the register.
std::vector<DecommissioningGain> decommissioning_gains(const Portfolio& portfolio);

// The gain of `unit` in budget year `year`: the sum of the gains it has by then.
Money decommissioning_gain_in(const std::vector<DecommissioningGain>& gains, const UnitId& unit, int year,
                              Currency currency);

}  // namespace tiltak
