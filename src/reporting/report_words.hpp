#pragma once
// The report's headings and phrases in nb, da and en, shared by the Markdown, CSV and HTML forms.

#include <functional>
#include <string>
#include <string_view>

#include "tiltak/core/locale.hpp"
#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

enum class Word {
  report_title, as_of, scope, generated_by, names_hidden,
  initiatives, id, title, service_area, programme, stage, phase, owner, case_reference, status, overall,
  stale, planned_start, planned_finish, forecast_finish, slip_days, critical,
  budget, year, plan, actual, forecast, total,
  top_risks, risk, probability, consequence, score, mitigation,
  benefits, benefit, planned_value, latest_measured, baseline, target,
  dependencies_at_risk, prerequisite, reason,
  portfolio_totals, plan_investment, plan_operating, pipeline, frame_investment, frame_operating, over_frame,
  per_service_area, capacity, role, planned_hours, available_hours, over_allocated,
  risk_matrix, economy, parameter_set, discount_year, pv_costs, pv_benefits, npv, npv_with_tax_financing,
  benefit_cost_ratio, payback_year, hump_depth, hump_year, turn_year, costs, cumulative_net,
  goals, goal, covered, contributors, critical_path, pending_decisions, amount,
  omitted, section, note, changes, change, field, before, after,
  yes, no, none,
  over_frame_with_pipeline, rule, severity,
  key_figures, initiative_count, total_plan, over_frame_years, over_allocated_roles, red_initiatives, timeline,
  initiative_details, whole_portfolio, member, not_measured, benefit_realisation, compliance, frame, contents,
  change_added, change_removed, dates, stale_short,
  degree, planned_degree, planned_to_date, realised_to_date, forecast_remaining, full_realisation, flags,
  whole_initiatives_not_share, whole_benefits_not_share, schedule_not_computed, unregistered_person,
  forecast_investment, forecast_operating, over_frame_on_forecast, not_decided, dropped_not_counted,
  summary, appendix, why, budget_and_frames, within_frame, page, page_of, indicator, not_valued_in_money, unit,
  nominal, unattributed_to_date,
  count_  // not a word: the number of words
};

std::string_view word(Word w, Language language) noexcept;

// "Satt på vent", "Rød status", "30 dager forsinket" ...
std::string prerequisite_problem_text(const DependencyAtRisk& dependency, Language language);

// A change since the previous report as people read it (the report keeps the machine form):
// the kind ("Status"), the field ("Fremdrift", "Planlagt slutt") and a value: a stage or status
// colour by its label, a date in the language's form, an amount by `money`; empty stays empty.
std::string change_kind_text(ChangeKind kind, Language language);
std::string change_field_text(std::string_view field, Language language);
std::string change_value_text(const std::string& value, Currency currency, Language language,
                              const std::function<std::string(Money)>& money);

// An appendix's heading by its place among the appendices: "Vedlegg A: Tidslinje" (nb),
// "Bilag B: …" (da), "Appendix C: …" (en). Past Z the letters double (AA, AB, …).
std::string appendix_heading(std::size_t index, std::string_view title, Language language);

// An economy figure's label with its basis: discounted to `discount_year` ("Netto nåverdi i
// 2024-kroner", "Net present value in 2024 money"), or nominal ("Dypeste punkt (pukkel), nominelt").
std::string discounted_label(Word label, int discount_year, Language language);
std::string nominal_label(Word label, Language language);

// The heading of a report section by its id ("schedule", "economy"); the id where it has none.
std::string section_text(std::string_view id, Language language);

}  // namespace tiltak::detail
