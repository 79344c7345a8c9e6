#include "tiltak/governance/lifecycle_gates.hpp"

#include <algorithm>

#include "governance/rule_view.hpp"
#include "governance/rulebook_data.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {
namespace {

using detail::Json;

Money mandate_amount(const Portfolio& portfolio, const Initiative& initiative, const std::optional<Money>& amount) {
  Money size = detail::planned_cost(initiative, portfolio.currency);
  if (amount && *amount > size) size = *amount;  // Error(currency_mismatch) across currencies
  return size;
}

std::string amount_text(Money amount, Language language) { return format_money(amount, language); }

Json decision_json(const Decision& d) {
  Json out{{"body", std::string(enum_name(d.body))}, {"date", to_iso(d.date)}};
  if (!d.decided_by.empty()) out["decided_by"] = d.decided_by;
  if (d.amount) out["amount"] = d.amount->to_string();
  if (!d.case_reference.empty()) out["case_reference"] = d.case_reference;
  if (!d.registry_entry.empty()) out["registry_entry"] = d.registry_entry;
  if (!d.conditions.empty()) out["conditions"] = d.conditions;
  if (!d.reason.empty()) out["reason"] = d.reason;
  return out;
}

std::string text(Language language, const char* nb, const char* da, const char* en) {
  return language == Language::nb ? nb : language == Language::da ? da : en;
}

}  // namespace

std::string body_label(DecisionBody body, Language language) {
  switch (body) {
    case DecisionBody::secretariat: return text(language, "sekretariatet", "sekretariatet", "the secretariat");
    case DecisionBody::council:
      return text(language, "digitaliseringsrådet", "digitaliseringsrådet", "the digitalisation council");
    case DecisionBody::chief_executive:
      return text(language, "kommunedirektøren", "kommunaldirektøren", "the chief executive");
    case DecisionBody::municipal_council: return text(language, "kommunestyret", "byrådet", "the municipal council");
  }
  return "?";
}

namespace {

// Mandates are amounts in the rulebook's currency; a portfolio in another currency is an
// Error(currency_mismatch) from the comparison.
DecisionBody competent_for(const Portfolio& portfolio, const Rulebook& rulebook, const Initiative& initiative,
                           Money size, Date as_of) {
  const Json view = detail::initiative_view(portfolio, detail::PortfolioIndex(portfolio), initiative);
  for (const auto& mandate : rulebook.data().mandates) {
    if (mandate.when && !detail::evaluate(*mandate.when, view, as_of)) continue;
    if (!mandate.info.max_amount || size <= *mandate.info.max_amount) return mandate.info.body;
  }
  throw Error(ErrorCode::invalid_argument, "no mandate in rulebook \"" + rulebook.id() + "\" covers " +
                                               initiative.id.str() + " (" + size.to_string() + ")");
}

DecisionBody competent(const Portfolio& portfolio, const Rulebook& rulebook, const Initiative& initiative,
                       const std::optional<Money>& amount, Date as_of) {
  return competent_for(portfolio, rulebook, initiative, mandate_amount(portfolio, initiative, amount), as_of);
}

const detail::Gate* gate_for(const Rulebook& rulebook, Stage from, Stage to) {
  for (const auto& gate : rulebook.data().gates)
    if (gate.info.to == to && std::find(gate.info.from.begin(), gate.info.from.end(), from) != gate.info.from.end())
      return &gate;
  return nullptr;
}

// One logged decision held against the rulebook's gate again, as when it was taken: the
// transition, the minimum body and, for the decision's own amount, the mandate. Its amount
// alone, not the initiative's planned cost, since the plan may have grown after the decision.
std::optional<std::pair<std::string, std::string>> gate_breach(const Portfolio& portfolio, const Rulebook& rulebook,
                                                               const Decision& d, Language language) {
  const std::string number = std::to_string(&d - portfolio.decisions.data() + 1);
  const detail::Gate* gate = gate_for(rulebook, d.from, d.to);
  if (!gate)
    return std::pair{"transition", text(language, "vedtak ", "beslutning ", "decision ") + number +
                                       text(language, ": ingen overgang fra ", ": ingen overgang fra ",
                                            ": no transition from ") +
                                       std::string(stage_label(d.from, language)) + " → " +
                                       std::string(stage_label(d.to, language))};
  DecisionBody needed = gate->info.minimum_body.value_or(DecisionBody::secretariat);
  const Initiative* initiative = portfolio.find_initiative(d.initiative);
  if (gate->info.within_mandate && d.amount && initiative)
    needed = std::max(needed, competent_for(portfolio, rulebook, *initiative, *d.amount, d.date));
  if (d.body >= needed) return std::nullopt;
  return std::pair{"mandate", text(language, "vedtak ", "beslutning ", "decision ") + number + ": " +
                                  body_label(d.body, language) +
                                  text(language, " kunne ikke treffe det; det må treffes av ",
                                       " kunne ikke træffe den; den skal træffes af ",
                                       " could not take it; it must be taken by ") +
                                  body_label(needed, language) + text(language, " eller høyere", " eller højere", " or above")};
}

// A finding of the decision record or an unmet requirement names its kind in `value`
// ("cut_tail", "anchoring"); thrown as an error, the kind is the value and takes its form.
std::vector<Problem> tagged_problems(std::vector<Problem> problems) {
  for (Problem& problem : problems) problem.value = problem_value(problem.value);
  return problems;
}

}  // namespace

DecisionBody competent_body(const Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id,
                            std::optional<Money> amount) {
  return competent(portfolio, rulebook, portfolio.initiatives[portfolio.initiative_index(id)], amount,
                   boost::gregorian::day_clock::local_day());
}

TransitionCheck check_transition(const Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id, Stage to,
                                 const Decision& decision, Language language) {
  const std::size_t index = portfolio.initiative_index(id);
  const Initiative& initiative = portfolio.initiatives[index];
  TransitionCheck result;
  const std::string pointer = "/initiatives/" + std::to_string(index);
  auto unmet = [&](std::string requirement, std::string message) {
    result.unmet.push_back({"<gate>", pointer, 0, 0, std::move(requirement), std::move(message)});
  };
  const detail::Gate* gate = nullptr;
  std::string allowed;
  for (const auto& candidate : rulebook.data().gates)
    for (const Stage from : candidate.info.from)
      if (from == initiative.stage) {
        // The stage in the message's language, with the name `advance --to` takes.
        allowed += (allowed.empty() ? "" : ", ") + std::string(stage_label(candidate.info.to, language)) + " (" +
                   std::string(stage_name(candidate.info.to)) + ")";
        if (candidate.info.to == to) gate = &candidate;
      }
  if (!gate) {
    unmet("transition", text(language, "ingen overgang fra ", "ingen overgang fra ", "no transition from ") +
                            std::string(stage_label(initiative.stage, language)) + " → " +
                            std::string(stage_label(to, language)) + " (" +
                            text(language, "tillatt: ", "tilladt: ", "allowed: ") + (allowed.empty() ? "-" : allowed) +
                            ")");
    return result;
  }
  Json view = detail::initiative_view(portfolio, detail::PortfolioIndex(portfolio), initiative);
  view["decision"] = decision_json(decision);
  for (const auto& requirement : gate->requirements)
    if (!detail::evaluate(requirement.condition, view, decision.date))
      unmet(requirement.id, requirement.message.in(language));
  if (decision.amount && decision.amount->minor_units() < 0)
    unmet("amount", text(language, "beløpet kan ikke være negativt (", "beløbet kan ikke være negativt (",
                         "the amount may not be negative (") +
                        amount_text(*decision.amount, language) + ")");
  // The log is in the order decisions were taken; one entered afterwards says so.
  if (!portfolio.decisions.empty() && decision.date < portfolio.decisions.back().date && !decision.late_registration)
    unmet("date", text(language, "datert ", "dateret ", "dated ") + format_date(decision.date, language) +
                      text(language, ", før siste vedtak i loggen (", ", før seneste beslutning i loggen (",
                           ", before the last decision in the log (") +
                      format_date(portfolio.decisions.back().date, language) +
                      text(language, "); registreres som etterregistrering", "); registreres som efterregistrering",
                           "); register it as a late registration"));
  if (gate->info.minimum_body && decision.body < *gate->info.minimum_body)
    unmet("minimum_body", text(language, "må besluttes av ", "skal besluttes af ", "must be decided by ") +
                              body_label(*gate->info.minimum_body, language) +
                              text(language, " eller høyere, ikke ", " eller højere, ikke ", " or above, not ") +
                              body_label(decision.body, language));
  if (gate->info.within_mandate) {
    const Money size = mandate_amount(portfolio, initiative, decision.amount);
    const DecisionBody needed = competent(portfolio, rulebook, initiative, decision.amount, decision.date);
    result.competent_body = needed;
    if (decision.body < needed)
      unmet("mandate", amount_text(size, language) + text(language, " ligger utenfor mandatet til ",
                                                          " ligger uden for mandatet for ", " lies beyond the mandate of ") +
                           body_label(decision.body, language) +
                           text(language, "; må besluttes av ", "; skal besluttes af ", "; must be decided by ") +
                           body_label(needed, language) +
                           text(language, " eller høyere", " eller højere", " or above"));
  }
  result.allowed = result.unmet.empty();
  return result;
}

LogVerification verify_decision_log(const Portfolio& portfolio, const Rulebook& rulebook,
                                    const std::vector<ChainAnchor>& anchors, Language language) {
  LogVerification result = verify_decision_log(portfolio, anchors, language);
  for (std::size_t i = 0; i < portfolio.decisions.size(); ++i)
    if (auto breach = gate_breach(portfolio, rulebook, portfolio.decisions[i], language)) {
      result.intact = false;
      result.findings.push_back({"<decision log>", "/decisions/" + std::to_string(i) + "/body", 0, 0,
                                 std::move(breach->first), std::move(breach->second)});
    }
  return result;
}

void advance(Portfolio& portfolio, const Rulebook& rulebook, const InitiativeId& id, Stage to, Decision decision,
             Language language) {
  // Nothing is appended to a record that does not verify: it would seal what was tampered with.
  if (LogVerification record = verify_decision_log(portfolio, rulebook, {}, language); !record.intact)
    throw Error(ErrorCode::validation_error, tagged_problems(std::move(record.findings)));
  TransitionCheck result = check_transition(portfolio, rulebook, id, to, decision, language);
  if (!result.allowed) throw Error(ErrorCode::validation_error, tagged_problems(std::move(result.unmet)));
  Initiative& initiative = portfolio.initiatives[portfolio.initiative_index(id)];
  decision.initiative = id;
  decision.from = initiative.stage;
  decision.to = to;
  std::vector<Decision> log = portfolio.decisions;  // appended on a copy: nothing changes if it throws
  append_decision(log, std::move(decision));
  portfolio.decisions = std::move(log);
  initiative.stage = to;
}

}  // namespace tiltak
