#pragma once
// The IT-system register as the portfolio office reads it (issue 23; `tiltak systems`): each
// system with its contract end and the rulebook's findings on it (missing agreements, overdue
// supervision and risk assessments, cloud clearance, contract security, contracts ending
// without an approved replacement), and what the register means for the plan: the derived
// dependencies, the contract deadlines the forecast passes, the decommissioning gains.
// One call for every front end (CLI, and next the C API and Python).

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/decommissioning_gains.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/graph/system_replacements.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct SystemRegisterOptions {
  Date as_of;                              // ages and days to a contract's end count from it
  int contract_horizon_days = 365;         // a contract ending within it is listed as ending
  std::optional<Rulebook> rulebook;        // default: default_rulebook(the portfolio's currency)
  Language language = Language::nb;        // of the findings' messages
};

struct SystemEntry {
  SystemId id;
  std::string name;
  std::string supplier;
  Hosting hosting = Hosting::own;
  SystemLifecycle lifecycle = SystemLifecycle::in_operation;
  Criticality criticality = Criticality::medium;
  bool personal_data = false;
  std::optional<Money> running_cost;
  std::optional<UnitId> cost_bearer;
  std::optional<Date> contract_end;        // graph/system_replacements.hpp, contract_end()
  std::optional<long> days_to_contract_end;
  bool contract_ending = false;            // within the horizon (or ended), in operation or phasing out
  std::vector<InitiativeId> replacements;  // initiatives that replace it (not rejected or cancelled)
  std::vector<Finding> findings;           // the rulebook's, on this system, in rule order
  std::string pointer;                     // "/systems/3"
  bool operator==(const SystemEntry&) const = default;
};

struct SystemRegister {
  std::string rulebook;
  Date as_of;
  int contract_horizon_days = 365;
  std::vector<SystemEntry> systems;  // in the register's order
  std::vector<DerivedDependency> derived_dependencies;
  std::vector<ContractDeadline> deadlines;
  std::vector<DecommissioningGain> gains;
  // Why there are no deadlines when the schedule cannot be computed (a cycle ...); else empty.
  std::string schedule_problem;
  bool operator==(const SystemRegister&) const = default;
};

SystemRegister system_register(const Portfolio& portfolio, const SystemRegisterOptions& options);

// UTF-8 JSON, two-space indented (docs/governance.md, "The system register").
std::string system_register_to_json(const SystemRegister& register_);

}  // namespace tiltak
