#pragma once
// Small portfolios for the prioritisation tests, built in code so each figure is visible.

#include <string>
#include <utility>
#include <vector>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::testing {

inline Initiative initiative(const char* id, std::vector<CostLine> costs = {}) {
  Initiative i;
  i.id = InitiativeId(id);
  i.title = std::string("Tiltak ") + id;
  i.stage = Stage::registered;
  i.costs = std::move(costs);
  return i;
}

inline CostLine money_line(int year, CostKind kind, long long kroner) {
  CostLine line;
  line.year = year;
  line.kind = kind;
  line.amount = Money(kroner * 100, Currency::NOK);
  return line;
}

inline CostLine hours_line(int year, const char* role, long long hours) {
  CostLine line;
  line.year = year;
  line.kind = CostKind::internal_hours;
  line.amount = Money(0, Currency::NOK);
  line.hours = hours;
  line.role = role;
  return line;
}

inline void depends(Initiative& initiative, const char* on) {
  initiative.dependencies.push_back({InitiativeId(on), DependencyType::finish_to_start, 0});
}

inline Risk risk(const char* id, int probability, int consequence) {
  Risk r;
  r.id = RiskId(id);
  r.title = id;
  r.probability = probability;
  r.consequence = consequence;
  return r;
}

}  // namespace tiltak::testing
