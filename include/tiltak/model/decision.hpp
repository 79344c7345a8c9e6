#pragma once
// A gate decision in the portfolio's decision log: who decided which transition of an
// initiative, when, within which mandate, and where it is filed in the case/archive system.
// The log is append-only and tamper-evident (governance/decision_log.hpp).

#include <optional>
#include <string>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/lifecycle.hpp"

namespace tiltak {

// The bodies of the governance model, lowest first: each may decide what those below it may.
enum class DecisionBody { secretariat, council, chief_executive, municipal_council };

struct Decision {
  InitiativeId initiative;
  Stage from = Stage::idea;
  Stage to = Stage::registered;
  DecisionBody body = DecisionBody::secretariat;
  std::string decided_by;  // the role or person who signed for the body, "Leder, digitaliseringsrådet"
  Date date;
  std::optional<Money> amount;  // the amount decided on, if any
  std::string conditions;       // conditions attached to the decision
  std::string reason;
  // Registered after a later decision was logged (entered late, from the minutes): the only way
  // an entry may carry a date before the entry above it; reports show it as such.
  bool late_registration = false;
  std::string case_reference;   // saksnummer, "2026/1234"
  std::string registry_entry;   // journalpostnummer of the decision, "2026/5678"
  std::string acknowledged_hash;  // the entry hash the archive's receipt acknowledged (docs/governance.md)
  std::string previous_hash;    // SHA-256 (hex) of the entry before; empty for the first
  std::string hash;             // SHA-256 (hex) of this entry, previous_hash included
  bool operator==(const Decision&) const = default;
};

}  // namespace tiltak
