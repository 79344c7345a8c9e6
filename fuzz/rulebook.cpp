// Rulebooks and their conditions (tiltak check --rules FILE, tiltak advance): a rulebook that
// loads is checked against the fixture portfolio, and every gate it defines is tried on every
// initiative, so the conditions are evaluated, not only parsed.

#include "harness.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/rulebook.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const tiltak::Portfolio& portfolio = tiltak_fuzz::fixture_portfolio();
  const tiltak::Date as_of(2026, 11, 23);
  try {
    const tiltak::Rulebook rulebook = tiltak::rulebook_from_json(tiltak_fuzz::text(data, size), "fuzz-rules.json");
    tiltak::compliance_to_json(tiltak::check(portfolio, rulebook, as_of, tiltak::Language::nb));
    for (const tiltak::GateInfo& gate : rulebook.gates()) {
      for (const tiltak::Initiative& initiative : portfolio.initiatives) {
        tiltak::Decision decision;
        decision.body = tiltak::DecisionBody::council;
        decision.date = as_of;
        tiltak::check_transition(portfolio, rulebook, initiative.id, gate.to, decision);
      }
    }
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
