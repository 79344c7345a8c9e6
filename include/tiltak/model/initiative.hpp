#pragma once
// An initiative (tiltak), from idea to a closed project.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/model/cost.hpp"
#include "tiltak/model/dependency.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/risk.hpp"
#include "tiltak/model/security.hpp"
#include "tiltak/model/status.hpp"
#include "tiltak/model/system.hpp"

namespace tiltak {

// The sector leader's recommendation (forankring).
struct Anchoring {
  PersonId sector_leader;
  bool recommended = false;
  Date date;
  bool operator==(const Anchoring&) const = default;
};

// A start and end; either may be unknown (not yet planned, not yet started).
struct Period {
  std::optional<Date> start;
  std::optional<Date> end;
  bool operator==(const Period&) const = default;
};

// How much a strategic goal is served, 0 (not) to 5 (decisively).
struct GoalContribution {
  GoalId goal;
  int score = 0;
  bool operator==(const GoalContribution&) const = default;
};

enum class MandatoryReason { law, gdpr, other };

// Required regardless of priority: a legal obligation or a GDPR duty.
struct Mandate {
  MandatoryReason reason = MandatoryReason::law;
  std::string explanation;
  bool operator==(const Mandate&) const = default;
};

struct Initiative {
  InitiativeId id;
  std::string title;
  std::string description;
  std::vector<ServiceAreaId> service_areas;
  std::optional<PersonId> owner;
  std::optional<Anchoring> anchoring;
  std::string case_reference;  // in the case/archive system (saksnummer), e.g. "2026/1234"
  std::string registry_entry;  // its registration's journalpostnummer, e.g. "2026/5678"
  std::string programme;       // optional grouping across initiatives
  Stage stage = Stage::idea;
  std::string phase;           // project phase: "concept", "planning", "execution", "closing"
  std::vector<StatusReport> status;
  Period planned;
  Period actual;
  // A date the initiative must start on, whatever its prerequisites (a contractual start).
  std::optional<Date> fixed_start;
  std::vector<CostLine> costs;
  std::vector<Risk> risks;
  std::vector<Dependency> dependencies;
  std::vector<GoalContribution> goals;
  std::optional<Mandate> mandatory;
  SecurityFacts security;
  // What the initiative does to the IT-system register (schema version 2).
  std::vector<SystemAction> system_actions;
  bool operator==(const Initiative&) const = default;
};

}  // namespace tiltak
