// One initiative's lines in the report: status, dates and slip, money per year, top risks,
// benefits and the prerequisites that put it at risk.

#include <algorithm>
#include <map>

#include "reporting/report_context.hpp"
#include "tiltak/benefits/valuation.hpp"
#include "tiltak/graph/benefit_network.hpp"
#include "tiltak/model/shares.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {
namespace {

constexpr std::size_t top_risk_count = 3;

bool is_stale(Date reported, const ReportOptions& options) {
  return (options.as_of - reported).days() > options.stale_status_days;
}

void set_status(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  const ReportOptions& options = context.options;
  for (const auto& status : initiative.status) {
    auto& cell = report.status[static_cast<std::size_t>(status.dimension)];
    if (status.date > options.as_of) continue;  // reported after the as-of date
    if (!cell || status.date >= cell->date)
      cell = StatusCell{status.rag, status.comment, status.date,
                        // Only running work owes fresh reports: a finished or stopped one's last stays last.
                        is_active(initiative.stage) && is_stale(status.date, options)};
  }
  bool any = false, all_stale = true;
  for (const auto& cell : report.status) {
    if (!cell) continue;
    any = true;
    all_stale = all_stale && cell->stale;
    if (!report.overall || cell->rag > *report.overall) report.overall = cell->rag;
  }
  report.stale_status = is_active(initiative.stage) && (!any || all_stale);
}

void set_budget(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  const Currency currency = context.portfolio.currency;
  report.budget = yearly_budget(context, initiative, false);
  report.total_plan = report.total_actual = report.total_forecast = Money::zero(currency);
  for (const auto& year : report.budget) {
    report.total_plan += year.plan;
    report.total_actual += year.actual;
    report.total_forecast += year.forecast;
  }
}

void set_dates(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  report.planned = initiative.planned;
  report.actual = initiative.actual;
  if (const auto* scheduled = context.scheduled(initiative.id)) {
    report.forecast_start = initiative.actual.start.value_or(scheduled->earliest_start);
    report.forecast_finish = initiative.actual.end.value_or(scheduled->earliest_finish);
    report.critical = scheduled->critical;
  } else {
    report.forecast_start = initiative.actual.start;
    report.forecast_finish = initiative.actual.end;
  }
  // A dropped initiative will not finish, so it has no slip (its end date is when it stopped).
  if (report.forecast_finish && initiative.planned.end && !is_dropped(initiative.stage))
    report.slip_days = (*report.forecast_finish - *initiative.planned.end).days();
}

void set_risks(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  std::vector<const Risk*> risks;
  for (const auto& risk : initiative.risks) risks.push_back(&risk);
  std::stable_sort(risks.begin(), risks.end(), [](const Risk* a, const Risk* b) { return a->score() > b->score(); });
  if (risks.size() > top_risk_count) risks.resize(top_risk_count);
  for (const Risk* risk : risks)
    report.top_risks.push_back({risk->id.str(), risk->title, risk->probability,
                                risk->consequence, risk->score(), context.person(risk->owner),
                                risk->mitigation});
}

void set_benefits(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  const auto contributed = context.benefits_by_contributor.find(initiative.id.str());
  if (contributed == context.benefits_by_contributor.end()) return;
  for (const Benefit* benefit : contributed->second) {
    BenefitLine line{benefit->id,
                     benefit->title,
                     Money::zero(context.portfolio.currency),
                     {},
                     {},
                     {},
                     {},
                     benefit->indicator.name,
                     benefit->indicator.unit,
                     benefit->value_per_unit.has_value()};
    line.planned = contributor_part(planned_value_total(*benefit, context.portfolio.currency), *benefit, initiative.id);
    for (const auto& measurement : benefit->measurements)
      if (measurement.date <= context.options.as_of &&
          (!line.latest_measured_on || measurement.date >= *line.latest_measured_on))
        line.latest_measured = annual_level(measurement), line.latest_measured_on = measurement.date;
    if (benefit->baseline) line.baseline = benefit->baseline->value;
    if (benefit->target) line.target = benefit->target->value;
    report.benefits.push_back(std::move(line));
  }
}

// Why a prerequisite endangers its dependant, or nothing when it does not.
std::optional<DependencyAtRisk> prerequisite_risk(const ReportContext& context, const Initiative& prerequisite) {
  DependencyAtRisk risk{prerequisite.id, prerequisite.title, PrerequisiteProblem::late, 0};
  switch (prerequisite.stage) {
    case Stage::rejected: risk.problem = PrerequisiteProblem::rejected; return risk;
    case Stage::cancelled: risk.problem = PrerequisiteProblem::cancelled; return risk;
    case Stage::paused: risk.problem = PrerequisiteProblem::paused; return risk;
    default: break;
  }
  for (const auto& status : prerequisite.status)
    if (status.rag == Rag::red && status.date <= context.options.as_of) {
      risk.problem = PrerequisiteProblem::red_status;
      return risk;
    }
  if (const auto* scheduled = context.scheduled(prerequisite.id); scheduled && prerequisite.planned.end) {
    risk.late_days = (prerequisite.actual.end.value_or(scheduled->earliest_finish) - *prerequisite.planned.end).days();
    if (risk.late_days > 0) return risk;
  }
  return std::nullopt;
}

void set_dependencies(const ReportContext& context, const Initiative& initiative, InitiativeReport& report) {
  for (const auto& dependency : initiative.dependencies) {
    const auto* id = std::get_if<InitiativeId>(&dependency.on);
    if (!id) continue;
    const auto it = context.initiatives.find(id->str());
    if (it == context.initiatives.end()) continue;
    if (auto risk = prerequisite_risk(context, *it->second)) report.dependencies_at_risk.push_back(std::move(*risk));
  }
}

}  // namespace

std::vector<KindYear> budget_by_kind(const ReportContext& context, const Initiative& initiative, bool money_only) {
  const Money zero = Money::zero(context.portfolio.currency);
  struct Amounts {
    KindYear money;                    // the scope's part
    KindYear whole;                    // the whole initiative's, which chooses the forecast
    bool has_forecast = false;
  };
  std::map<std::pair<int, CostKind>, Amounts> by_kind;
  for (const auto& line : initiative.costs) {
    if (money_only && line.kind == CostKind::internal_hours) continue;
    const KindYear empty{line.year, line.kind, zero, zero, zero};
    Amounts& amounts = by_kind.try_emplace({line.year, line.kind}, Amounts{empty, empty}).first->second;
    const Money part = context.scope.share_of(initiative, line);
    const auto add = [&](Money KindYear::*basis) {
      amounts.money.*basis += part;
      amounts.whole.*basis += line.amount;
    };
    switch (line.basis) {
      case CostBasis::plan: add(&KindYear::plan); break;
      case CostBasis::actual: add(&KindYear::actual); break;
      case CostBasis::forecast: add(&KindYear::forecast), amounts.has_forecast = true; break;
    }
  }
  std::vector<KindYear> budget;
  for (auto& [key, amounts] : by_kind) {
    // A closed year cost what was booked. A later one costs its forecast lines, else its plan,
    // and never less than is already booked. The basis is chosen on the whole initiative and
    // the scope takes its part of that basis, so that the scopes' forecasts add up.
    const KindYear& whole = amounts.whole;
    Money KindYear::*basis = amounts.has_forecast ? &KindYear::forecast : &KindYear::plan;
    if (key.first < context.options.as_of.year() || whole.actual > whole.*basis) basis = &KindYear::actual;
    KindYear money = amounts.money;
    money.forecast = money.*basis;
    budget.push_back(money);
  }
  return budget;
}

std::vector<InitiativeYear> yearly_budget(const ReportContext& context, const Initiative& initiative, bool money_only) {
  const Money zero = Money::zero(context.portfolio.currency);
  std::vector<InitiativeYear> budget;
  for (const KindYear& money : budget_by_kind(context, initiative, money_only)) {
    if (budget.empty() || budget.back().year != money.year) budget.push_back({money.year, zero, zero, zero});
    budget.back().plan += money.plan;
    budget.back().actual += money.actual;
    budget.back().forecast += money.forecast;
  }
  return budget;
}

InitiativeReport report_initiative(const ReportContext& context, const Initiative& initiative) {
  InitiativeReport report;
  report.id = initiative.id;
  report.title = initiative.title;
  for (const auto& area : initiative.service_areas) {
    const auto it = context.area_names.find(area.str());
    report.service_areas.push_back(it == context.area_names.end() ? area.str() : it->second);
  }
  report.programme = initiative.programme;
  report.stage = initiative.stage;
  report.phase = initiative.phase;
  report.owner = context.person(initiative.owner);
  report.case_reference = initiative.case_reference;
  set_status(context, initiative, report);
  set_dates(context, initiative, report);
  set_budget(context, initiative, report);
  set_risks(context, initiative, report);
  set_benefits(context, initiative, report);
  set_dependencies(context, initiative, report);
  return report;
}

}  // namespace tiltak::detail
