#include "tiltak/benefits/slip_value.hpp"

#include "io/json_output.hpp"
#include "tiltak/benefits/discount_curve.hpp"

namespace tiltak {

SlipValueChange slip_value_change(const Portfolio& portfolio, const InitiativeId& id, long days,
                                  const ParameterSet& parameters, const AppraisalOptions& options,
                                  const ScheduleOptions& schedule) {
  const Currency currency = portfolio.currency;
  AppraisalOptions without_irr = options;  // only the discount year is taken from the appraisal
  without_irr.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, without_irr);
  SlipValueChange result;
  result.parameter_set = appraisal.parameter_set;
  result.initiative = id;
  result.slip_days = days;
  result.discount_year = appraisal.total.discount_year;
  result.impact = slip_impact(portfolio, id, days, schedule);
  const int anchor = options.band_anchor_year.value_or(parameters.band_anchor_year.value_or(result.discount_year));
  const DiscountCurve curve(parameters.bands, anchor, result.discount_year);
  const long double rate = options.tax_financing_rate.value_or(parameters.tax_financing_rate);

  auto pv = [&](const std::vector<CashFlow>& amounts) {
    long double sum = 0;
    for (const auto& [year, amount] : amounts) sum += static_cast<long double>(amount.minor_units()) * curve.factor(year);
    return sum;
  };
  const Money zero = Money::zero(currency);
  result.npv_before = result.npv_after = result.npv_change = zero;
  result.npv_change_without_tax_financing = result.tax_financing_change = zero;
  for (const auto& moved : result.impact.benefits) {
    if (moved.change.empty()) continue;  // its contributors move, none of its value does
    const Benefit* benefit = portfolio.find_benefit(moved.id);
    const long double tax_rate = benefit && benefit->kind == BenefitKind::cash_releasing ? rate : 0;
    const long double pv_before = pv(moved.before), pv_after = pv(moved.after);
    const Money before = round_to_minor(pv_before, currency), after = round_to_minor(pv_after, currency);
    const Money tax_before = round_to_minor(pv_before * tax_rate, currency);
    const Money tax_after = round_to_minor(pv_after * tax_rate, currency);
    const BenefitValueChange row{moved.id, before, after, after - before, tax_after - tax_before};
    result.npv_before += before + tax_before;
    result.npv_after += after + tax_after;
    result.npv_change_without_tax_financing += row.change;
    result.tax_financing_change += row.tax_financing_change;
    result.benefits.push_back(row);
  }
  result.npv_change = result.npv_after - result.npv_before;
  return result;
}

std::string slip_value_change_to_json(const SlipValueChange& change, int indent) {
  using Json = detail::OutputJson;
  Json benefits = Json::array();
  for (const auto& b : change.benefits)
    benefits.push_back({{"id", b.id.str()},
                        {"pv_before", b.pv_before.to_string()},
                        {"pv_after", b.pv_after.to_string()},
                        {"change", b.change.to_string()},
                        {"tax_financing_change", b.tax_financing_change.to_string()}});
  Json moved = Json::array();
  for (const auto& m : change.impact.moved)
    moved.push_back({{"id", m.id.str()}, {"start_shift_days", m.start_shift_days}, {"finish_shift_days", m.finish_shift_days}});
  const Json document{{"parameter_set", change.parameter_set.empty() ? Json(nullptr) : Json(change.parameter_set)},
                      {"initiative", change.initiative.str()},
                      {"slip_days", change.slip_days},
                      {"discount_year", change.discount_year},
                      {"npv_before", change.npv_before.to_string()},
                      {"npv_after", change.npv_after.to_string()},
                      {"npv_change", change.npv_change.to_string()},
                      {"npv_change_without_tax_financing", change.npv_change_without_tax_financing.to_string()},
                      {"tax_financing_change", change.tax_financing_change.to_string()},
                      {"benefits", std::move(benefits)},
                      {"moved", std::move(moved)}};
  return detail::dump_json(document, indent);
}

}  // namespace tiltak
