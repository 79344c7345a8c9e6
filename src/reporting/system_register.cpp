#include "tiltak/reporting/system_register.hpp"

#include <algorithm>

#include "io/json_output.hpp"
#include "tiltak/graph/schedule.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {
namespace {

using detail::OutputJson;
using detail::date_or_null;
using detail::money_or_null;

bool in_use(SystemLifecycle lifecycle) {
  return lifecycle == SystemLifecycle::in_operation || lifecycle == SystemLifecycle::phasing_out;
}

OutputJson ids_of(const std::vector<InitiativeId>& ids) {
  OutputJson list = OutputJson::array();
  for (const auto& id : ids) list.push_back(id.str());
  return list;
}

}  // namespace

SystemRegister system_register(const Portfolio& portfolio, const SystemRegisterOptions& options) {
  SystemRegister result;
  const Rulebook rulebook = options.rulebook.value_or(default_rulebook(portfolio.currency));
  result.rulebook = rulebook.id();
  result.as_of = options.as_of;
  result.contract_horizon_days = options.contract_horizon_days;
  const ComplianceReport compliance = check(portfolio, rulebook, options.as_of, options.language);
  for (std::size_t s = 0; s < portfolio.systems.size(); ++s) {
    const ItSystem& system = portfolio.systems[s];
    SystemEntry entry;
    entry.id = system.id;
    entry.name = system.name;
    entry.supplier = system.supplier;
    entry.hosting = system.hosting;
    entry.lifecycle = system.lifecycle;
    entry.criticality = system.criticality;
    entry.personal_data = system.personal_data;
    entry.running_cost = system.running_cost;
    entry.cost_bearer = system.cost_bearer;
    entry.pointer = "/systems/" + std::to_string(s);
    if (const auto end = contract_end(system)) {
      entry.contract_end = end->end;
      entry.days_to_contract_end = static_cast<long>((end->end - options.as_of).days());
      entry.contract_ending = in_use(system.lifecycle) && *entry.days_to_contract_end <= options.contract_horizon_days;
    }
    for (const auto& initiative : portfolio.initiatives)
      if (!is_dropped(initiative.stage) &&
          std::any_of(initiative.system_actions.begin(), initiative.system_actions.end(), [&](const SystemAction& a) {
            return a.kind == SystemActionKind::replaces && a.system == system.id;
          }))
        entry.replacements.push_back(initiative.id);
    for (const auto& finding : compliance.findings)
      if (finding.subject_kind == RuleScope::system && finding.subject == system.id.str())
        entry.findings.push_back(finding);
    result.systems.push_back(std::move(entry));
  }
  result.derived_dependencies = derived_system_dependencies(portfolio);
  try {
    result.deadlines = contract_deadlines(portfolio, compute_schedule(portfolio));
  } catch (const Error& error) {
    result.schedule_problem = error.what();
  }
  result.gains = decommissioning_gains(portfolio);
  return result;
}

std::string system_register_to_json(const SystemRegister& r) {
  OutputJson systems = OutputJson::array();
  for (const auto& s : r.systems) {
    OutputJson findings = OutputJson::array();
    for (const auto& f : s.findings)
      findings.push_back({{"rule", f.rule},
                          {"severity", enum_name(f.severity)},
                          {"pointer", f.pointer},
                          {"message", f.message}});
    systems.push_back({{"id", s.id.str()},
                       {"name", s.name},
                       {"supplier", s.supplier},
                       {"hosting", enum_name(s.hosting)},
                       {"lifecycle", enum_name(s.lifecycle)},
                       {"criticality", enum_name(s.criticality)},
                       {"personal_data", s.personal_data},
                       {"running_cost", money_or_null(s.running_cost)},
                       {"cost_bearer", s.cost_bearer ? OutputJson(s.cost_bearer->str()) : OutputJson(nullptr)},
                       {"contract_end", date_or_null(s.contract_end)},
                       {"days_to_contract_end", detail::value_or_null(s.days_to_contract_end)},
                       {"contract_ending", s.contract_ending},
                       {"replacements", ids_of(s.replacements)},
                       {"findings", std::move(findings)},
                       {"pointer", s.pointer}});
  }
  OutputJson derived = OutputJson::array();
  for (const auto& d : r.derived_dependencies)
    derived.push_back({{"dependent", d.dependent.str()},
                       {"prerequisite", d.prerequisite.str()},
                       {"system", d.system.str()},
                       {"type", "finish_to_start"}});
  OutputJson deadlines = OutputJson::array();
  for (const auto& d : r.deadlines)
    deadlines.push_back({{"system", d.system.str()},
                         {"replacement", d.replacement.str()},
                         {"deadline", to_iso(d.deadline)},
                         {"forecast", date_or_null(d.forecast)},
                         {"missed", d.missed},
                         {"days_late", d.days_late},
                         {"pointer", d.pointer}});
  OutputJson gains = OutputJson::array();
  for (const auto& g : r.gains)
    gains.push_back({{"system", g.system.str()},
                     {"initiative", g.initiative.str()},
                     {"unit", g.unit ? OutputJson(g.unit->str()) : OutputJson(nullptr)},
                     {"go_live", date_or_null(g.go_live)},
                     {"first_year", g.first_year == 0 ? OutputJson(nullptr) : OutputJson(g.first_year)},
                     {"yearly", g.yearly.to_string()}});
  const OutputJson document{{"rulebook", r.rulebook},
                            {"as_of", to_iso(r.as_of)},
                            {"contract_horizon_days", r.contract_horizon_days},
                            {"systems", std::move(systems)},
                            {"derived_dependencies", std::move(derived)},
                            {"deadlines", std::move(deadlines)},
                            {"gains", std::move(gains)},
                            {"schedule_problem", r.schedule_problem.empty() ? OutputJson(nullptr)
                                                                            : OutputJson(r.schedule_problem)}};
  return detail::dump_json(document, 2);
}

}  // namespace tiltak
