#include "tiltak/benefits/slip_value.hpp"

#include "io/json_output.hpp"
#include "tiltak/benefits/discount_curve.hpp"

namespace tiltak {

SlipValueChange slip_value_change(const Portfolio& portfolio, const InitiativeId& id, long days,
                                  const ParameterSet& parameters, const AppraisalOptions& options,
                                  const ScheduleOptions& schedule) {
  const Currency currency = portfolio.currency;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, options);
  SlipValueChange result;
  result.parameter_set = appraisal.parameter_set;
  result.initiative = id;
  result.slip_days = days;
  result.discount_year = appraisal.total.discount_year;
  result.impact = slip_impact(portfolio, id, days, schedule);
  const int anchor = options.band_anchor_year.value_or(parameters.band_anchor_year.value_or(result.discount_year));
  const DiscountCurve curve(parameters.bands, anchor, result.discount_year);
  const long double rate = options.tax_financing_rate.value_or(parameters.tax_financing_rate);

  auto pv = [&](const std::vector<YearAmount>& amounts) {
    long double sum = 0;
    for (const auto& [year, amount] : amounts) sum += static_cast<long double>(amount.minor_units()) * curve.factor(year);
    return sum;
  };
  long double before = 0, after = 0, change = 0;
  for (const auto& moved : result.impact.benefits) {
    const Benefit* benefit = portfolio.find_benefit(moved.id);
    const long double with_tax = benefit && benefit->kind == BenefitKind::cash_releasing ? 1 + rate : 1;
    const long double pv_before = pv(moved.before), pv_after = pv(moved.after);
    before += pv_before * with_tax;
    after += pv_after * with_tax;
    change += pv_after - pv_before;
    result.benefits.push_back({moved.id, round_to_minor(pv_before, currency), round_to_minor(pv_after, currency),
                               round_to_minor(pv_after - pv_before, currency)});
  }
  result.npv_before = round_to_minor(before, currency);
  result.npv_after = round_to_minor(after, currency);
  result.npv_change = round_to_minor(after - before, currency);
  result.npv_change_without_tax_financing = round_to_minor(change, currency);
  return result;
}

std::string slip_value_change_to_json(const SlipValueChange& change, int indent) {
  using Json = detail::OutputJson;
  Json benefits = Json::array();
  for (const auto& b : change.benefits)
    benefits.push_back({{"id", b.id.str()},
                        {"pv_before", b.pv_before.to_string()},
                        {"pv_after", b.pv_after.to_string()},
                        {"change", b.change.to_string()}});
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
                      {"benefits", std::move(benefits)},
                      {"moved", std::move(moved)}};
  return detail::dump_json(document, indent);
}

}  // namespace tiltak
