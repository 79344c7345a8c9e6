#pragma once
// What building one report needs to look up, gathered once.

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "reporting/name_masking.hpp"
#include "reporting/report_scope.hpp"
#include "tiltak/graph/schedule.hpp"

namespace tiltak::detail {

struct ReportContext {
  const Portfolio& portfolio;
  const ReportOptions& options;
  Language language;  // report_language(options, portfolio.currency)
  ScopeFilter scope;
  std::optional<Schedule> schedule;  // none when the dependency graph cannot be scheduled
  std::unordered_map<std::string, const ScheduledInitiative*> scheduled_by_id;  // Schedule::find is linear
  std::unordered_map<std::string, const Person*> people;
  std::unordered_map<std::string, const Initiative*> initiatives;
  std::unordered_map<std::string, std::string> area_names;
  std::unordered_map<std::string, std::vector<const Benefit*>> benefits_by_contributor;
  std::shared_ptr<const NameMask> names;  // null when names are shown

  ReportContext(const Portfolio& portfolio, const ReportOptions& options);

  // A person as the report may show them: the name, or role and unit when names are hidden.
  // (Names in free text are hidden once the report is built: hide_personal_names().)
  std::string person(const std::optional<PersonId>& id) const;
  const ScheduledInitiative* scheduled(const InitiativeId& id) const;
  void set_schedule(Schedule computed);
};

// One kind of cost in one year on each basis, in the scope's share.
struct KindYear {
  int year = 0;
  CostKind kind = CostKind::investment;
  Money plan{0, Currency::NOK};
  Money actual{0, Currency::NOK};
  Money forecast{0, Currency::NOK};  // the rule of InitiativeYear
};

// Money per year and kind of cost, years in order, of all cost lines or only of the money ones
// (investment and operating).
std::vector<KindYear> budget_by_kind(const ReportContext& context, const Initiative& initiative, bool money_only);

// Money per year on each basis (the forecast rule of InitiativeYear): budget_by_kind summed.
std::vector<InitiativeYear> yearly_budget(const ReportContext& context, const Initiative& initiative, bool money_only);

InitiativeReport report_initiative(const ReportContext& context, const Initiative& initiative);

}  // namespace tiltak::detail
