#include "governance/rule_view.hpp"

#include <algorithm>

#include "io/portfolio_writer.hpp"
#include "tiltak/graph/system_replacements.hpp"
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

PortfolioIndex::PortfolioIndex(const Portfolio& portfolio) {
  initiatives.reserve(portfolio.initiatives.size());
  for (const auto& initiative : portfolio.initiatives) initiatives[initiative.id.str()].stage = initiative.stage;
  for (const auto& benefit : portfolio.benefits)
    for (const auto& contribution : benefit.contributors)
      if (auto found = initiatives.find(contribution.initiative.str()); found != initiatives.end())
        found->second.benefits.push_back(benefit.id.str());
  for (const auto& decision : portfolio.decisions)
    if (auto found = initiatives.find(decision.initiative.str()); found != initiatives.end()) {
      found->second.logged = true;
      found->second.council_decision = found->second.council_decision || decision.body >= DecisionBody::council;
    }
}

Json initiative_view(const Portfolio& portfolio, const PortfolioIndex& index, const Initiative& initiative) {
  const PortfolioIndex::Entry& entry = index.initiatives.at(initiative.id.str());
  Json view = to_document(initiative);
  Json facts = Json::object();
  facts["planned_cost"] = planned_cost(initiative, portfolio.currency).to_string();
  std::optional<Date> latest_status, latest_risk = initiative.security.ros_done;
  for (const auto& report : initiative.status) keep_latest(latest_status, report.date);
  for (const auto& risk : initiative.risks) keep_latest(latest_risk, risk.last_assessed);
  put_date(facts, "latest_status", latest_status);
  put_date(facts, "latest_risk_assessment", latest_risk);
  if (!entry.benefits.empty()) facts["benefits"] = entry.benefits;
  facts["logged"] = entry.logged;
  facts["council_decision"] = entry.council_decision;
  if (auto dependencies = view.find("dependencies"); dependencies != view.end())
    for (std::size_t i = 0; i < initiative.dependencies.size(); ++i)
      if (const auto* on = std::get_if<InitiativeId>(&initiative.dependencies[i].on))
        if (auto other = index.initiatives.find(on->str()); other != index.initiatives.end())
          (*dependencies)[i]["initiative_stage"] = std::string(enum_name(other->second.stage));
  view["facts"] = std::move(facts);
  return view;
}

Json benefit_view(const PortfolioIndex& index, const Benefit& benefit) {
  Json view = to_document(benefit);
  Json stages = Json::array();
  for (const auto& contribution : benefit.contributors)
    if (auto found = index.initiatives.find(contribution.initiative.str()); found != index.initiatives.end())
      stages.push_back(std::string(enum_name(found->second.stage)));
  view["facts"] = Json{{"contributor_stages", std::move(stages)}};
  return view;
}

Json system_view(const Portfolio& portfolio, const ItSystem& system, Date as_of) {
  Json view = to_document(system);
  Json facts = Json::object();
  if (const auto end = contract_end(system)) {
    facts["contract_end"] = to_iso(end->end);
    facts["days_to_contract_end"] = static_cast<long long>((end->end - as_of).days());
  }
  bool approved = false;
  Json replacements = Json::array();
  for (const auto& initiative : portfolio.initiatives)
    for (const auto& action : initiative.system_actions)
      if (action.kind == SystemActionKind::replaces && action.system == system.id && !is_dropped(initiative.stage)) {
        replacements.push_back(initiative.id.str());
        approved = approved || (initiative.stage >= Stage::approved && initiative.stage != Stage::paused);
      }
  facts["approved_replacement"] = approved;
  if (!replacements.empty()) facts["replacements"] = std::move(replacements);
  view["facts"] = std::move(facts);
  return view;
}

FieldType field_type(const std::vector<std::string>& path) {
  // The typed fields of the views (docs/format.md, and the facts above); both views share the
  // table, since their names do not clash.
  static const std::unordered_map<std::string, FieldType> types{
      {"facts.planned_cost", FieldType::amount},
      {"decision.amount", FieldType::amount},
      {"value_per_unit", FieldType::amount},
      {"facts.latest_status", FieldType::date},
      {"facts.latest_risk_assessment", FieldType::date},
      {"security.dpia_done", FieldType::date},
      {"security.ros_done", FieldType::date},
      {"security.security_clearance", FieldType::date},
      {"anchoring.date", FieldType::date},
      {"planned.start", FieldType::date},
      {"planned.end", FieldType::date},
      {"actual.start", FieldType::date},
      {"actual.end", FieldType::date},
      {"fixed_start", FieldType::date},
      {"decision.date", FieldType::date},
      {"baseline.date", FieldType::date},
      {"target.date", FieldType::date},
      // Inside list items (some, every, for_each).
      {"risks[].last_assessed", FieldType::date},
      {"security.processing_agreements[].signed_on", FieldType::date},
      {"status[].date", FieldType::date},
      {"costs[].amount", FieldType::amount},
      {"measurements[].date", FieldType::date},
      // The system view.
      {"running_cost", FieldType::amount},
      {"risk_assessed", FieldType::date},
      {"cloud_clearance", FieldType::date},
      {"processing_agreement.signed_on", FieldType::date},
      {"processing_agreement.last_supervision", FieldType::date},
      {"facts.contract_end", FieldType::date},
      {"contracts[].start", FieldType::date},
      {"contracts[].end", FieldType::date}};
  std::string dotted;
  for (const auto& step : path) dotted += (dotted.empty() ? "" : ".") + step;
  const auto found = types.find(dotted);
  return found == types.end() ? FieldType::other : found->second;
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

const FieldNames& system_fields() {
  static const FieldNames fields{"id",          "name",          "owner",         "units",
                                 "members",     "supplier",      "hosting",       "personal_data",
                                 "special_categories", "lifecycle", "running_cost", "cost_bearer",
                                 "criticality", "risk_assessed", "cloud_clearance", "contracts",
                                 "processing_agreement", "facts"};
  return fields;
}

}  // namespace tiltak::detail
