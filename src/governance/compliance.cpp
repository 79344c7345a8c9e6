#include "tiltak/governance/compliance.hpp"

#include <unordered_map>
#include <set>

#include "governance/rule_view.hpp"
#include "governance/rulebook_data.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/decision_log.hpp"

namespace tiltak {
namespace {

using detail::Json;

std::string pointer_to(std::string base, const std::vector<std::string>& path) {
  for (const auto& step : path) base = detail::child_pointer(base, step);
  return base;
}

void apply(const detail::Rule& rule, const Json& view, const std::string& base, const std::string& subject, Date as_of,
           Language language, Currency currency, std::vector<Finding>& findings) {
  if (!detail::evaluate(rule.condition, view, as_of)) return;
  auto add = [&](std::string pointer, const Json* item) {
    findings.push_back({rule.info.scope, subject, rule.info.id, rule.info.severity, std::move(pointer),
                        detail::expand_message(rule.info.message.in(language), view, item, language, currency)});
  };
  if (rule.for_each.empty()) {
    add(pointer_to(base, rule.at), nullptr);
    return;
  }
  const Json* items = detail::resolve(view, rule.for_each);
  if (!items || !items->is_array()) return;
  for (std::size_t i = 0; i < items->size(); ++i)
    if (detail::evaluate(rule.where, (*items)[i], as_of))
      add(detail::child_pointer(pointer_to(base, rule.for_each), i), &(*items)[i]);
}

}  // namespace

int ComplianceReport::count(Severity severity) const noexcept {
  int n = 0;
  for (const auto& finding : findings) n += finding.severity == severity;
  return n;
}

ComplianceReport check(const Portfolio& portfolio, const Rulebook& rulebook, Date as_of, Language language) {
  ComplianceReport report;
  report.rulebook = rulebook.id();
  report.rulebook_title = rulebook.title();
  report.as_of = as_of;
  report.language = language;
  const detail::PortfolioIndex index(portfolio);
  std::vector<Json> initiatives, benefits;
  initiatives.reserve(portfolio.initiatives.size());
  benefits.reserve(portfolio.benefits.size());
  for (const auto& initiative : portfolio.initiatives)
    initiatives.push_back(detail::initiative_view(portfolio, index, initiative));
  for (const auto& benefit : portfolio.benefits) benefits.push_back(detail::benefit_view(index, benefit));
  // The systems' views depend on the date (days to a contract's end): built only for a
  // rulebook with rules over systems.
  std::vector<Json> systems;
  for (const auto& rule : rulebook.data().rules)
    if (rule.info.scope == RuleScope::system && systems.empty()) {
      systems.reserve(portfolio.systems.size());
      for (const auto& system : portfolio.systems) systems.push_back(detail::system_view(portfolio, system, as_of));
    }
  for (const auto& rule : rulebook.data().rules) {
    const RuleScope scope = rule.info.scope;
    const auto& views = scope == RuleScope::benefit ? benefits : scope == RuleScope::system ? systems : initiatives;
    const char* collection = scope == RuleScope::benefit  ? "/benefits/"
                             : scope == RuleScope::system ? "/systems/"
                                                          : "/initiatives/";
    for (std::size_t i = 0; i < views.size(); ++i) {
      const std::string base = collection + std::to_string(i);
      const std::string& id = scope == RuleScope::benefit  ? portfolio.benefits[i].id.str()
                              : scope == RuleScope::system ? portfolio.systems[i].id.str()
                                                           : portfolio.initiatives[i].id.str();
      apply(rule, views[i], base, id, as_of, language, portfolio.currency, report.findings);
    }
  }
  // A decision record that does not verify is an error of the portfolio as a whole: its findings
  // name no subject and count in no service area.
  for (auto& problem : verify_decision_log(portfolio, rulebook, {}, language).findings)
    report.findings.push_back({RuleScope::initiative, "", "decision-log", Severity::error, std::move(problem.pointer),
                               std::move(problem.message)});

  // Per service area: the initiatives in it and the findings on them or on their benefits.
  std::unordered_map<std::string, std::set<std::string>> areas_of;  // initiative id -> areas
  std::unordered_map<std::string, const Benefit*> benefit_of;
  for (const auto& benefit : portfolio.benefits) benefit_of[benefit.id.str()] = &benefit;
  // A system's findings count in the service areas of the units that use it.
  std::unordered_map<std::string, std::set<std::string>> system_areas;  // system id -> areas
  std::unordered_map<std::string, std::string> area_of_unit;
  for (const auto& unit : portfolio.organisation.units) area_of_unit[unit.id.str()] = unit.service_area.str();
  for (const auto& system : portfolio.systems)
    for (const auto& unit : system.units)
      if (auto found = area_of_unit.find(unit.str()); found != area_of_unit.end())
        system_areas[system.id.str()].insert(found->second);
  for (const auto& initiative : portfolio.initiatives)
    for (const auto& area : initiative.service_areas) areas_of[initiative.id.str()].insert(area.str());
  for (const auto& area : portfolio.organisation.service_areas) {
    AreaCompliance summary{area.id, area.name};
    std::set<std::string> flagged;
    for (const auto& initiative : portfolio.initiatives)
      if (areas_of[initiative.id.str()].contains(area.id.str())) ++summary.initiatives;
    for (const auto& finding : report.findings) {
      bool in_area = false;
      if (finding.subject_kind == RuleScope::initiative) {
        in_area = areas_of[finding.subject].contains(area.id.str());
        if (in_area && finding.severity != Severity::info) flagged.insert(finding.subject);
      } else if (finding.subject_kind == RuleScope::system) {
        in_area = system_areas[finding.subject].contains(area.id.str());
      } else {
        for (const auto& contribution : benefit_of.at(finding.subject)->contributors)
          in_area = in_area || areas_of[contribution.initiative.str()].contains(area.id.str());
      }
      if (!in_area) continue;
      summary.errors += finding.severity == Severity::error;
      summary.warnings += finding.severity == Severity::warning;
      summary.infos += finding.severity == Severity::info;
    }
    summary.compliant_initiatives = summary.initiatives - static_cast<int>(flagged.size());
    report.areas.push_back(std::move(summary));
  }
  return report;
}

}  // namespace tiltak
