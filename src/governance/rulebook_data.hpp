#pragma once
// The parsed rulebook behind tiltak::Rulebook.

#include <optional>
#include <string>
#include <vector>

#include "governance/condition.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak::detail {

struct Rule {
  RuleInfo info;
  Condition condition;  // true when the rule is broken (for for_each: the subject's part)
  std::vector<std::string> for_each;  // an array of the subject: one finding per item matching `where`
  Condition where;
  std::vector<std::string> at;  // the field the finding points to, relative to the subject
};

struct GateRequirement {
  std::string id;
  Condition condition;  // true when met; sees the initiative's view with "decision"
  LocalisedText message;
};

struct Gate {
  GateInfo info;
  std::vector<GateRequirement> requirements;
};

struct MandateRule {
  MandateInfo info;
  std::optional<Condition> when;  // the mandate holds only for initiatives matching it
};

struct RulebookData {
  std::string id, title;
  Currency currency = Currency::NOK;
  std::vector<Rule> rules;
  std::vector<Gate> gates;
  std::vector<MandateRule> mandates;  // lowest body first
};

// The localised message with {path} placeholders filled from the view (and {item.path} from
// the for_each item); a missing value reads "-", a list its items joined by ", ". Values read
// as people read them in `language`: dates ("12.05.2026"), stages by their label in lower case
// ("satt på vent"), amounts of
// the amount fields as money in `currency`.
std::string expand_message(const std::string& text, const Json& view, const Json* item, Language language,
                           Currency currency);

}  // namespace tiltak::detail
