#pragma once
// The lifecycle as a state machine with gates, and the mandates that route decisions
// (docs/governance.md, "Lifecycle, gates and mandates"). The allowed transitions, their
// requirements and the mandates are the rulebook's "gates" and "mandates".

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct TransitionCheck {
  bool allowed = false;
  // Every unmet requirement: `value` is the requirement's id ("owner", "mandate", "transition",
  // "minimum_body"), `pointer` the initiative, `message` in the asked language.
  std::vector<Problem> unmet;
  std::optional<DecisionBody> competent_body;  // set when the gate asks for a decision within a mandate
  bool operator==(const TransitionCheck&) const = default;
};

// The lowest body whose mandate covers the initiative: its planned investment and operating
// cost, or `amount` when that is larger, and the mandate's condition (category, service area).
// Error(not_found) for an unknown initiative; Error(invalid_argument) when no mandate covers it.
DecisionBody competent_body(const Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id,
                            std::optional<Money> amount = std::nullopt);

// Whether `decision` may move the initiative to `to`: the transition is allowed from its stage,
// every requirement of the gate holds, and the deciding body is high enough.
TransitionCheck check_transition(const Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id, Stage to,
                                 const Decision& decision, Language language = Language::en);

// The decision record (verify_decision_log, decision_log.hpp) with every logged decision held
// against the rulebook's gates again, as on replay: a decision through a transition the
// rulebook has no gate for ("transition"), or by a body below the gate's minimum or beyond its
// mandate for the decision's amount ("mandate"), forged or entered by hand, is a finding at
// /decisions/<i>/body. What the chain cannot vouch for, the rules can still refuse.
LogVerification verify_decision_log(const Portfolio& portfolio, const Rulebook& rulebook,
                                    const std::vector<ChainAnchor>& anchors = {}, Language language = Language::en);

// Moves the initiative to `to` and appends `decision` (its initiative, from and to filled in)
// to the decision log with its hash. Error(not_found) for an unknown id; Error(validation_error)
// listing every unmet requirement, or every finding of a decision record that does not verify
// against the rulebook (verify_decision_log above), and then nothing changes.
void advance(Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id, Stage to, Decision decision,
             Language language = Language::en);

// "the digitalisation council", "digitaliseringsrådet" ...
std::string body_label(DecisionBody body, Language language);

}  // namespace tiltak
