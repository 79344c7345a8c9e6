#include "governance/rule_view.hpp"

#include <algorithm>

#include "io/portfolio_writer.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak::detail {
namespace {

void keep_latest(std::optional<Date>& latest, const std::optional<Date>& candidate) {
  if (candidate && (!latest || *candidate > *latest)) latest = candidate;
}

void put_date(Json& facts, const char* key, const std::optional<Date>& date) {
  if (date) facts[key] = to_iso(*date);
}

}  // namespace

Money planned_cost(const Initiative& initiative, Currency currency) {
  Money total = Money::zero(currency);
  for (const auto& line : initiative.costs)
    if (line.basis == CostBasis::plan && line.kind != CostKind::internal_hours) total += line.amount;
  return total;
}

Json initiative_view(const Portfolio& portfolio, const Initiative& initiative) {
  Json view = to_document(initiative);
  Json facts = Json::object();
  facts["planned_cost"] = planned_cost(initiative, portfolio.currency).to_string();
  std::optional<Date> latest_status, latest_risk = initiative.security.ros_done;
  for (const auto& report : initiative.status) keep_latest(latest_status, report.date);
  for (const auto& risk : initiative.risks) keep_latest(latest_risk, risk.last_assessed);
  put_date(facts, "latest_status", latest_status);
  put_date(facts, "latest_risk_assessment", latest_risk);
  bool logged = false, council = false;
  for (const auto& decision : portfolio.decisions)
    if (decision.initiative == initiative.id) {
      logged = true;
      council = council || decision.body >= DecisionBody::council;
    }
  Json benefits = Json::array();
  for (const auto* benefit : portfolio.benefits_of(initiative.id)) benefits.push_back(benefit->id.str());
  if (!benefits.empty()) facts["benefits"] = std::move(benefits);
  facts["logged"] = logged;
  facts["council_decision"] = council;
  if (auto dependencies = view.find("dependencies"); dependencies != view.end())
    for (std::size_t i = 0; i < initiative.dependencies.size(); ++i)
      if (const auto* on = std::get_if<InitiativeId>(&initiative.dependencies[i].on))
        if (const auto* other = portfolio.find_initiative(*on))
          (*dependencies)[i]["initiative_stage"] = std::string(enum_name(other->stage));
  view["facts"] = std::move(facts);
  return view;
}

Json benefit_view(const Portfolio& portfolio, const Benefit& benefit) {
  Json view = to_document(benefit);
  Json stages = Json::array();
  for (const auto& contribution : benefit.contributors)
    if (const auto* initiative = portfolio.find_initiative(contribution.initiative))
      stages.push_back(std::string(enum_name(initiative->stage)));
  view["facts"] = Json{{"contributor_stages", std::move(stages)}};
  return view;
}

const FieldNames& initiative_fields() {
  static const FieldNames fields{"id", "title", "description", "service_areas", "owner", "anchoring",
                                 "case_reference", "registry_entry", "programme", "stage", "phase", "status",
                                 "planned", "actual", "fixed_start", "costs", "risks", "dependencies", "goals",
                                 "mandatory", "security", "facts", "decision"};
  return fields;
}

const FieldNames& benefit_fields() {
  static const FieldNames fields{"id",      "title",          "kind",         "recipient",   "owner",
                                 "indicator", "baseline",     "target",       "profile",     "value_per_unit",
                                 "measurements", "contributors", "goals",     "facts"};
  return fields;
}

}  // namespace tiltak::detail
