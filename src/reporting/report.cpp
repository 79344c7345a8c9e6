// The report's portfolio level: frames, service areas, capacity, the risk matrix, the economy,
// goal coverage, benefit realisation, the critical path and what awaits the council. One initiative's lines are in
// report_initiative.cpp.

#include "tiltak/reporting/report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "reporting/report_context.hpp"
#include "reporting/report_words.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/graph/benefit_network.hpp"

namespace tiltak {
namespace detail {

ReportContext::ReportContext(const Portfolio& p, const ReportOptions& o)
    : portfolio(p), options(o), language(report_language(o, p.currency)), scope(p, o.scope) {
  if (o.hide_personal_names) names = std::make_shared<const NameMask>(p.organisation, language);
  for (const auto& person : p.organisation.people) people.emplace(person.id.str(), &person);
  for (const auto& initiative : p.initiatives) initiatives.emplace(initiative.id.str(), &initiative);
  for (const auto& area : p.organisation.service_areas) area_names.emplace(area.id.str(), area.name);
  for (const auto& benefit : p.benefits)
    for (const auto& contribution : benefit.contributors)
      benefits_by_contributor[contribution.initiative.str()].push_back(&benefit);
}

std::string ReportContext::person(const std::optional<PersonId>& id) const {
  if (!id) return {};
  if (names) return names->person(*id);
  const auto it = people.find(id->str());
  return it == people.end() ? id->str() : it->second->name;
}

const ScheduledInitiative* ReportContext::scheduled(const InitiativeId& id) const {
  const auto it = scheduled_by_id.find(id.str());
  return it == scheduled_by_id.end() ? nullptr : it->second;
}

void ReportContext::set_schedule(Schedule computed) {
  schedule = std::move(computed);
  for (const auto& line : schedule->initiatives) scheduled_by_id.emplace(line.id.str(), &line);
}

}  // namespace detail

namespace {

using detail::ReportContext;

bool awaits_decision(Stage stage) {
  return stage == Stage::registered || stage == Stage::anchored || stage == Stage::in_council ||
         stage == Stage::recommended;
}

bool is_open(Stage stage) {
  return !is_dropped(stage) && stage != Stage::completed && stage != Stage::closed;
}

void add_frames(const ReportContext& context, const std::vector<const Initiative*>& in_scope, PortfolioReport& report) {
  const Currency currency = context.portfolio.currency;
  const Money zero = Money::zero(currency);
  std::map<int, FrameYear> years;
  auto year = [&](int number) -> FrameYear& {
    return years.try_emplace(number, FrameYear{number, zero, zero, zero, zero, zero, zero, {}, {}, false, false, false, false})
        .first->second;
  };
  for (const Initiative* initiative : in_scope) {
    const bool committed = is_approved(initiative->stage), pending = awaits_decision(initiative->stage);
    if (!committed && !pending) continue;
    for (const auto& line : initiative->costs) {
      if (line.basis != CostBasis::plan || line.kind == CostKind::internal_hours) continue;
      const Money amount = context.scope.share_of(*initiative, line);
      FrameYear& frame = year(line.year);
      if (pending)
        frame.pipeline += amount;
      else if (line.kind == CostKind::investment)
        frame.plan_investment += amount;
      else
        frame.plan_operating += amount;
    }
    if (!committed) continue;
    for (const auto& money : detail::budget_by_kind(context, *initiative, true)) {
      FrameYear& frame = year(money.year);
      frame.actual += money.actual;
      (money.kind == CostKind::investment ? frame.forecast_investment : frame.forecast_operating) += money.forecast;
    }
  }
  // The frames are the whole organisation's budget: only a portfolio report sets them against it.
  if (context.options.scope.kind == ScopeKind::portfolio)
    for (const auto& budget : context.portfolio.strategy.budget_frames) {
      FrameYear& frame = year(budget.year);
      frame.frame_investment = budget.investment;
      frame.frame_operating = budget.operating;
      frame.over_frame_on_plan = frame.plan_investment > budget.investment || frame.plan_operating > budget.operating;
      frame.over_frame_on_forecast =
          frame.forecast_investment > budget.investment || frame.forecast_operating > budget.operating;
      frame.over_frame = frame.over_frame_on_plan || frame.over_frame_on_forecast;
      frame.over_frame_with_pipeline =
          frame.plan_investment + frame.plan_operating + frame.pipeline > budget.investment + budget.operating;
    }
  for (auto& [number, frame] : years) report.years.push_back(frame);
}

PlanTotals plan_totals(const PortfolioReport& report) {
  const Money zero = Money::zero(report.currency);
  PlanTotals totals{zero, zero, zero, zero};
  for (const auto& initiative : report.initiatives) {
    switch (commitment_of(initiative.stage)) {
      case Commitment::committed: totals.committed += initiative.total_plan; break;
      case Commitment::pipeline: totals.pipeline += initiative.total_plan; break;
      case Commitment::paused: totals.paused += initiative.total_plan; break;
      case Commitment::dropped: totals.dropped += initiative.total_plan; break;
    }
  }
  return totals;
}

// Committed plans per service area and year; an initiative in several areas is split equally
// among them (the allocation rule), so that the areas add up to the portfolio.
void add_areas(const ReportContext& context, const std::vector<const Initiative*>& in_scope, PortfolioReport& report) {
  std::map<std::pair<std::string, int>, Money> plans;
  for (const Initiative* initiative : in_scope) {
    if (!is_approved(initiative->stage)) continue;
    for (const auto& line : initiative->costs) {
      if (line.basis != CostBasis::plan) continue;
      for (const auto& [area, part] : context.scope.by_service_area(*initiative, line)) {
        auto [it, inserted] = plans.try_emplace({area.str(), line.year}, Money::zero(context.portfolio.currency));
        it->second += part;
      }
    }
  }
  for (const auto& [key, plan] : plans) {
    const auto name = context.area_names.find(key.first);
    report.areas.push_back({ServiceAreaId(key.first), name == context.area_names.end() ? key.first : name->second,
                            key.second, plan});
  }
}

void add_capacity(const ReportContext& context, const std::vector<const Initiative*>& in_scope, PortfolioReport& report) {
  std::map<std::pair<int, std::string>, RoleCapacity> uses;
  for (const Initiative* initiative : in_scope) {
    if (!is_approved(initiative->stage)) continue;
    for (const auto& line : initiative->costs)
      if (line.basis == CostBasis::plan && line.kind == CostKind::internal_hours) {
        auto& use = uses.try_emplace({line.year, line.role}, RoleCapacity{line.year, line.role, 0, {}, false}).first->second;
        use.planned_hours += line.hours;
      }
  }
  for (const auto& capacity : context.portfolio.strategy.capacity) {
    auto& use = uses.try_emplace({capacity.year, capacity.role}, RoleCapacity{capacity.year, capacity.role, 0, {}, false})
                    .first->second;
    use.available_hours = use.available_hours.value_or(0) + capacity.hours;
  }
  for (auto& [key, use] : uses) {
    use.over_allocated = use.available_hours && use.planned_hours > *use.available_hours;
    report.capacity.push_back(use);
  }
}

// The scope's part of the portfolio's appraisal: each initiative in scope with its figures and
// valued flows in the scope's share, all discounted to the portfolio's one discount year.
struct ScopedEconomy {
  Money pv_costs, pv_benefits, npv, npv_with_tax_financing;
  std::vector<CashFlow> flows;
};

ScopedEconomy scoped_economy(const ReportContext& context, const PortfolioAppraisal& appraisal) {
  const Money zero = Money::zero(context.portfolio.currency);
  const Appraisal& total = appraisal.total;
  ScopedEconomy scoped{total.pv_costs, total.pv_benefits, total.npv, total.npv_with_tax_financing, {}};
  if (context.options.scope.kind == ScopeKind::portfolio) {
    for (const auto& line : total.flows) scoped.flows.push_back(line.flow);
    return scoped;
  }
  scoped = {zero, zero, zero, zero, {}};
  // appraise_portfolio() appraises the initiatives in the portfolio's order.
  for (std::size_t i = 0; i < appraisal.initiatives.size(); ++i) {
    const Initiative& initiative = context.portfolio.initiatives[i];
    if (!context.scope.includes(initiative)) continue;
    const Appraisal& a = appraisal.initiatives[i].appraisal;
    const auto part = [&](Money amount) { return context.scope.share_of(initiative, amount); };
    scoped.pv_costs += part(a.pv_costs);
    scoped.pv_benefits += part(a.pv_benefits);
    scoped.npv += part(a.npv);
    scoped.npv_with_tax_financing += part(a.npv_with_tax_financing);
    for (const auto& line : a.flows) scoped.flows.push_back({line.flow.year, part(line.flow.amount)});
  }
  return scoped;
}

void add_economy(const ReportContext& context, PortfolioReport& report) {
  const Portfolio& whole = context.portfolio;
  const ParameterSet parameters = context.options.parameter_set.empty()
                                      ? default_parameter_set(whole.currency)
                                      : builtin_parameter_set(context.options.parameter_set);
  // The report shows no internal rate of return, and its root search is most of an appraisal's time.
  AppraisalOptions options;
  options.internal_rates_of_return = false;
  options.discount_year = context.options.discount_year.value_or(context.options.as_of.year());
  const PortfolioAppraisal appraisal = appraise_portfolio(whole, parameters, options);
  const ScopedEconomy scoped = scoped_economy(context, appraisal);
  if (scoped.flows.empty()) return;
  EconomySummary economy;
  economy.parameter_set = parameters.id;
  economy.discount_year = appraisal.total.discount_year;
  economy.pv_costs = scoped.pv_costs;
  economy.pv_benefits = scoped.pv_benefits;
  economy.npv = scoped.npv;
  economy.npv_with_tax_financing = scoped.npv_with_tax_financing;
  economy.benefit_cost_ratio = benefit_cost_ratio(scoped.pv_benefits, scoped.pv_costs);
  const Money zero = Money::zero(whole.currency);
  std::map<int, CurvePoint> points;
  for (const auto& flow : scoped.flows) {
    auto& point = points.try_emplace(flow.year, CurvePoint{flow.year, zero, zero, zero}).first->second;
    if (flow.amount.minor_units() < 0)
      point.costs -= flow.amount;
    else
      point.benefits += flow.amount;
  }
  Money cumulative = zero;
  std::vector<CumulativePoint> cumulative_points;
  for (auto& [year, point] : points) {
    cumulative += point.benefits - point.costs;
    point.cumulative_net = cumulative;
    economy.curve.push_back(point);
    cumulative_points.push_back({year, point.benefits - point.costs, cumulative});
  }
  const Hump nominal_hump = hump(cumulative_points);
  economy.payback_year = nominal_hump.positive_year;
  economy.hump_depth = nominal_hump.depth;
  economy.hump_year = nominal_hump.trough_year;
  economy.turn_year = nominal_hump.positive_year;
  report.economy = std::move(economy);
  if (context.options.scope.kind == ScopeKind::member)
    report.omitted.push_back(
        {"economy", std::string(detail::word(detail::Word::whole_initiatives_not_share, context.language))});
}

void add_goals(const ReportContext& context, const std::set<std::string>& in_scope, PortfolioReport& report) {
  const BenefitNetwork network = analyse_benefit_network(context.portfolio);
  for (const auto& goal : context.portfolio.strategy.goals) {
    GoalLine line{goal.id, goal.title, false, 0, 0};
    for (const auto& coverage : network.goals) {
      if (coverage.goal != goal.id) continue;
      std::set<std::string> contributors;
      for (const auto* list : {&coverage.approved_contributors, &coverage.direct_contributors})
        for (const auto& id : *list)
          if (in_scope.count(id.str())) contributors.insert(id.str());
      line.approved_contributors = contributors.size();
      line.covered = !contributors.empty();
      line.benefits = coverage.benefits.size();
    }
    report.goals.push_back(std::move(line));
  }
}

std::string scope_name(const Portfolio& portfolio, const ReportScope& scope) {
  const auto& organisation = portfolio.organisation;
  if (scope.kind == ScopeKind::service_area)
    for (const auto& area : organisation.service_areas)
      if (area.id.str() == scope.id) return area.name;
  if (scope.kind == ScopeKind::member)
    for (const auto& member : organisation.members)
      if (member.id.str() == scope.id) return member.name;
  return scope.kind == ScopeKind::portfolio ? "" : scope.id;
}

bool contributes_to(const Benefit& benefit, const std::set<std::string>& in_scope) {
  return std::any_of(benefit.contributors.begin(), benefit.contributors.end(),
                     [&](const Contribution& c) { return in_scope.count(c.initiative.str()) > 0; });
}

// The rulebook's findings on the initiatives in scope and on the benefits they contribute to;
// the per-area summary of the whole check, restricted to the areas of the scope.
void add_compliance(const ReportContext& context, const std::set<std::string>& in_scope, PortfolioReport& report) {
  const Rulebook rulebook = context.options.rulebook.value_or(default_rulebook(context.portfolio.currency));
  ComplianceReport compliance = check(context.portfolio, rulebook, context.options.as_of, context.language);
  std::erase_if(compliance.findings, [&](const Finding& finding) {
    if (finding.subject_kind == RuleScope::initiative) return !in_scope.count(finding.subject);
    const auto benefit = std::find_if(context.portfolio.benefits.begin(), context.portfolio.benefits.end(),
                                      [&](const Benefit& b) { return b.id.str() == finding.subject; });
    return benefit == context.portfolio.benefits.end() || !contributes_to(*benefit, in_scope);
  });
  if (context.options.scope.kind == ScopeKind::service_area)
    std::erase_if(compliance.areas, [&](const AreaCompliance& area) { return area.area.str() != context.options.scope.id; });
  report.compliance = std::move(compliance);
}

void add_realisation(const ReportContext& context, const std::set<std::string>& in_scope, PortfolioReport& report) {
  RealisationOptions options;
  options.as_of = context.options.as_of;
  const bool whole_portfolio = context.options.scope.kind == ScopeKind::portfolio;
  report.realisation = portfolio_realisation(context.portfolio, options, [&](const Benefit& benefit) {
    return whole_portfolio || contributes_to(benefit, in_scope);
  });
  if (context.options.scope.kind == ScopeKind::member)
    report.omitted.push_back(
        {"benefit_realisation", std::string(detail::word(detail::Word::whole_benefits_not_share, context.language))});
}

}  // namespace

Language report_language(const ReportOptions& options, Currency currency) noexcept {
  return options.language.value_or(default_language(currency));
}

PortfolioReport build_report(const Portfolio& portfolio, const ReportOptions& options) {
  if (const auto year = options.discount_year; year && (*year < first_supported_year || *year > last_supported_year))
    throw Error(ErrorCode::invalid_argument, "the discount year " + std::to_string(*year) + " is not within " +
                                                 std::to_string(first_supported_year) + "-" +
                                                 std::to_string(last_supported_year) + ", the years tiltak supports");
  ReportContext context(portfolio, options);
  PortfolioReport report;
  report.portfolio = portfolio.name;
  report.scope_name = scope_name(portfolio, options.scope);
  report.currency = portfolio.currency;
  report.options = options;
  report.language = context.language;
  try {
    ScheduleOptions schedule_options;
    schedule_options.calendar = options.calendar;
    context.set_schedule(compute_schedule(portfolio, schedule_options));
  } catch (const Error& error) {
    // The reason names the initiatives (a cycle with its path, say); it is in English.
    report.omitted.push_back(
        {"schedule", std::string(detail::word(detail::Word::schedule_not_computed, context.language)) + ": " + error.what()});
  }

  std::vector<const Initiative*> in_scope;
  std::set<std::string> in_scope_ids;
  for (const auto& initiative : portfolio.initiatives)
    if (context.scope.includes(initiative)) {
      in_scope.push_back(&initiative);
      in_scope_ids.insert(initiative.id.str());
      report.initiatives.push_back(detail::report_initiative(context, initiative));
      if (initiative.stage == Stage::in_council || initiative.stage == Stage::recommended)
        report.pending_decisions.push_back(
            {initiative.id, initiative.title, initiative.stage, report.initiatives.back().total_plan});
      if (is_open(initiative.stage))
        for (const auto& risk : initiative.risks)
          ++report.risk_matrix[static_cast<std::size_t>(risk.probability - 1)]
                              [static_cast<std::size_t>(risk.consequence - 1)];
    }
  report.plans = plan_totals(report);
  add_frames(context, in_scope, report);
  add_areas(context, in_scope, report);
  add_capacity(context, in_scope, report);
  add_economy(context, report);
  add_goals(context, in_scope_ids, report);
  if (context.schedule && !context.schedule->critical_paths.empty())
    report.critical_path = context.schedule->critical_paths.front();
  add_compliance(context, in_scope_ids, report);
  add_realisation(context, in_scope_ids, report);
  if (context.names) detail::hide_personal_names(report, context.names);
  return report;
}

}  // namespace tiltak
