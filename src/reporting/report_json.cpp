// The report as JSON: every figure in machine form (amounts as exact decimal strings, ISO
// dates, enumeration names), so that two snapshots can be compared (report_diff.cpp).

#include <nlohmann/json.hpp>

#include "benefits/realisation_json.hpp"
#include "io/json_output.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using Json = nlohmann::ordered_json;
using detail::date_or_null;
using detail::money_or_null;
using detail::value_or_null;


Json rag_or_null(const std::optional<Rag>& rag) { return rag ? Json(enum_name(*rag)) : Json(nullptr); }

Json status_json(const InitiativeReport& initiative) {
  Json out = Json::object();
  for (const auto& [dimension, name] : enum_names<StatusDimension>()) {
    const auto& cell = initiative.status[static_cast<std::size_t>(dimension)];
    out[std::string(name)] = cell ? Json{{"rag", enum_name(cell->rag)},
                                         {"comment", cell->comment},
                                         {"date", to_iso(cell->date)},
                                         {"stale", cell->stale}}
                                  : Json(nullptr);
  }
  return out;
}

Json initiative_json(const InitiativeReport& initiative) {
  Json budget = Json::array();
  for (const auto& year : initiative.budget)
    budget.push_back({{"year", year.year},
                      {"plan", year.plan.to_string()},
                      {"actual", year.actual.to_string()},
                      {"forecast", year.forecast.to_string()}});
  Json risks = Json::array();
  for (const auto& risk : initiative.top_risks)
    risks.push_back({{"id", risk.id},
                     {"title", risk.title},
                     {"probability", risk.probability},
                     {"consequence", risk.consequence},
                     {"score", risk.score},
                     {"owner", risk.owner},
                     {"mitigation", risk.mitigation}});
  Json benefits = Json::array();
  for (const auto& benefit : initiative.benefits)
    benefits.push_back({{"id", benefit.id.str()},
                        {"title", benefit.title},
                        {"planned", benefit.valued_in_money ? Json(benefit.planned.to_string()) : Json(nullptr)},
                        {"latest_measured", value_or_null(benefit.latest_measured)},
                        {"latest_measured_on", date_or_null(benefit.latest_measured_on)},
                        {"baseline", value_or_null(benefit.baseline)},
                        {"target", value_or_null(benefit.target)},
                        {"indicator", benefit.indicator},
                        {"unit", benefit.unit},
                        {"valued_in_money", benefit.valued_in_money}});
  Json dependencies = Json::array();
  for (const auto& dependency : initiative.dependencies_at_risk)
    dependencies.push_back(
        {{"prerequisite", dependency.prerequisite.str()},
         {"title", dependency.title},
         {"problem", enum_name(dependency.problem)},
         {"late_days", dependency.late_days}});
  return {{"id", initiative.id.str()},
          {"title", initiative.title},
          {"service_areas", initiative.service_areas},
          {"programme", initiative.programme},
          {"stage", enum_name(initiative.stage)},
          {"phase", initiative.phase},
          {"owner", initiative.owner},
          {"case_reference", initiative.case_reference},
          {"status", status_json(initiative)},
          {"overall", rag_or_null(initiative.overall)},
          {"stale_status", initiative.stale_status},
          {"planned_start", date_or_null(initiative.planned.start)},
          {"planned_finish", date_or_null(initiative.planned.end)},
          {"actual_start", date_or_null(initiative.actual.start)},
          {"actual_finish", date_or_null(initiative.actual.end)},
          {"forecast_start", date_or_null(initiative.forecast_start)},
          {"forecast_finish", date_or_null(initiative.forecast_finish)},
          {"slip_days", value_or_null(initiative.slip_days)},
          {"critical", initiative.critical},
          {"total_plan", initiative.total_plan.to_string()},
          {"total_actual", initiative.total_actual.to_string()},
          {"total_forecast", initiative.total_forecast.to_string()},
          {"budget", std::move(budget)},
          {"top_risks", std::move(risks)},
          {"benefits", std::move(benefits)},
          {"dependencies_at_risk", std::move(dependencies)}};
}

Json economy_json(const EconomySummary& economy) {
  Json curve = Json::array();
  for (const auto& point : economy.curve)
    curve.push_back({{"year", point.year},
                     {"costs", point.costs.to_string()},
                     {"benefits", point.benefits.to_string()},
                     {"cumulative_net", point.cumulative_net.to_string()}});
  return {{"parameter_set", economy.parameter_set},
          {"discount_year", economy.discount_year},
          {"pv_costs", economy.pv_costs.to_string()},
          {"pv_benefits", economy.pv_benefits.to_string()},
          {"npv", economy.npv.to_string()},
          {"npv_with_tax_financing", economy.npv_with_tax_financing.to_string()},
          {"benefit_cost_ratio", value_or_null(economy.benefit_cost_ratio)},
          {"payback_year", value_or_null(economy.payback_year)},
          {"hump_depth", economy.hump_depth.to_string()},
          {"hump_year", value_or_null(economy.hump_year)},
          {"turn_year", value_or_null(economy.turn_year)},
          {"curve", std::move(curve)}};
}

Json compliance_json(const ComplianceReport& compliance) {
  Json findings = Json::array();
  for (const auto& finding : compliance.findings)
    findings.push_back({{"subject_kind", enum_name(finding.subject_kind)},
                        {"subject", finding.subject},
                        {"rule", finding.rule},
                        {"severity", enum_name(finding.severity)},
                        {"pointer", finding.pointer},
                        {"message", finding.message}});
  Json areas = Json::array();
  for (const auto& area : compliance.areas)
    areas.push_back({{"area", area.area.str()},
                     {"name", area.name},
                     {"initiatives", area.initiatives},
                     {"compliant_initiatives", area.compliant_initiatives},
                     {"errors", area.errors},
                     {"warnings", area.warnings},
                     {"infos", area.infos}});
  return {{"rulebook", compliance.rulebook}, {"rulebook_title", compliance.rulebook_title}, {"findings", std::move(findings)}, {"areas", std::move(areas)}};
}

Json portfolio_json(const PortfolioReport& report) {
  Json years = Json::array();
  for (const auto& year : report.years)
    years.push_back({{"year", year.year},
                     {"plan_investment", year.plan_investment.to_string()},
                     {"plan_operating", year.plan_operating.to_string()},
                     {"pipeline", year.pipeline.to_string()},
                     {"actual", year.actual.to_string()},
                     {"forecast_investment", year.forecast_investment.to_string()},
                     {"forecast_operating", year.forecast_operating.to_string()},
                     {"frame_investment", money_or_null(year.frame_investment)},
                     {"frame_operating", money_or_null(year.frame_operating)},
                     {"over_frame", year.over_frame},
                     {"over_frame_on_plan", year.over_frame_on_plan},
                     {"over_frame_on_forecast", year.over_frame_on_forecast},
                     {"over_frame_with_pipeline", year.over_frame_with_pipeline}});
  const Json plans{{"committed", report.plans.committed.to_string()},
                   {"pipeline", report.plans.pipeline.to_string()},
                   {"paused", report.plans.paused.to_string()},
                   {"dropped", report.plans.dropped.to_string()}};
  Json areas = Json::array();
  for (const auto& area : report.areas)
    areas.push_back(
        {{"area", area.area.str()}, {"name", area.name}, {"year", area.year}, {"plan", area.plan.to_string()}});
  Json capacity = Json::array();
  for (const auto& use : report.capacity)
    capacity.push_back({{"year", use.year},
                        {"role", use.role},
                        {"planned_hours", use.planned_hours},
                        {"available_hours", value_or_null(use.available_hours)},
                        {"over_allocated", use.over_allocated}});
  Json goals = Json::array();
  for (const auto& goal : report.goals)
    goals.push_back({{"id", goal.id.str()},
                     {"title", goal.title},
                     {"covered", goal.covered},
                     {"approved_contributors", goal.approved_contributors},
                     {"benefits", goal.benefits}});
  Json critical_path = Json::array();
  for (const auto& id : report.critical_path) critical_path.push_back(id.str());
  Json pending = Json::array();
  for (const auto& decision : report.pending_decisions)
    pending.push_back({{"id", decision.id.str()},
                       {"title", decision.title},
                       {"stage", enum_name(decision.stage)},
                       {"amount", decision.amount.to_string()}});
  return {{"plans", plans},
          {"years", std::move(years)},
          {"service_areas", std::move(areas)},
          {"capacity", std::move(capacity)},
          {"risk_matrix", report.risk_matrix},
          {"economy", report.economy ? economy_json(*report.economy) : Json(nullptr)},
          {"goals", std::move(goals)},
          {"critical_path", std::move(critical_path)},
          {"pending_decisions", std::move(pending)}};
}

}  // namespace

std::string report_to_json(const PortfolioReport& report) {
  const ReportOptions& options = report.options;
  Json initiatives = Json::array();
  for (const auto& initiative : report.initiatives) initiatives.push_back(initiative_json(initiative));
  Json changes = Json::array();
  for (const auto& change : report.changes)
    changes.push_back({{"id", change.id.str()},
                       {"title", change.title},
                       {"kind", enum_name(change.kind)},
                       {"field", change.field},
                       {"before", change.before},
                       {"after", change.after}});
  Json omitted = Json::array();
  for (const auto& omission : report.omitted) omitted.push_back({{"section", omission.section}, {"note", omission.note}});
  const Json document{{"tiltak_report", report_schema_version},
                      {"portfolio", report.portfolio},
                      {"currency", enum_name(report.currency)},
                      {"as_of", to_iso(options.as_of)},
                      {"scope", report_scope_text(options.scope)},
                      {"scope_name", report.scope_name},
                      {"language", enum_name(report.language)},
                      {"names_hidden", options.hide_personal_names},
                      {"stale_status_days", options.stale_status_days},
                      {"initiatives", std::move(initiatives)},
                      {"portfolio_totals", portfolio_json(report)},
                      {"compliance", compliance_json(report.compliance)},
                      {"benefit_realisation", detail::realisation_summary_json(report.realisation)},
                      {"previous_as_of", date_or_null(report.previous_as_of)},
                      {"changes", std::move(changes)},
                      {"omitted", std::move(omitted)}};
  return detail::dump_json(document, 2);
}

}  // namespace tiltak
