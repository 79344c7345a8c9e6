#pragma once
// Yearly sums in unrounded minor units: the shared arithmetic of valuation, so that every
// published amount is rounded once, at the end.

#include <utility>
#include <vector>

#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/benefits/valuation.hpp"

namespace tiltak::detail {

// year → minor units, sorted by year, one entry per year with a flow. A sorted vector rather
// than a map: an appraisal makes several per initiative, of a dozen years each. Within a year,
// amounts are added in the order they come.
using YearSeries = std::vector<std::pair<int, long double>>;

// The amount of `year`, inserted as 0 where the series has none.
long double& at_year(YearSeries& series, int year);

// Throws Error(currency_mismatch) for a flow in another currency than `currency`.
void require_currency(const CashFlow& flow, Currency currency);

YearSeries by_year(const std::vector<CashFlow>& flows, Currency currency);
// Σ_i share_i × flow_i,t per year: the part of the lines that falls on public budgets.
YearSeries public_series(const std::vector<FlowLine>& lines, Currency currency);
YearSeries scaled(YearSeries series, long double factor);
// Each year's amount × factor(year); `factor` gives DF(year) (a DiscountCurve's, or the same
// numbers from a table).
template <class Factor>
YearSeries discounted(const YearSeries& series, Factor&& factor) {
  YearSeries out = series;
  for (auto& [year, amount] : out) amount *= factor(year);
  return out;
}
YearSeries discounted(const YearSeries& series, const DiscountCurve& curve);
long double total(const YearSeries& series);
void add(YearSeries& into, const YearSeries& series);
// One point per year from the first to the last year of the series.
std::vector<CumulativePoint> cumulative(const YearSeries& series, Currency currency);

// The valuation of tagged lines that goes through the public part (valuation.hpp's functions of
// the same names), from the lines' yearly series and discount factors.
template <class Factor>
Money public_budget_effect(const YearSeries& public_part, Factor&& factor, Currency currency) {
  return round_to_minor(total(discounted(public_part, factor)), currency);
}
template <class Factor>
Money present_value_of_tax_financing(const YearSeries& public_part, Factor&& factor, double rate, Currency currency) {
  return round_to_minor(total(discounted(scaled(public_part, rate), factor)), currency);
}
template <class Factor>
Money npv_with_tax_financing(YearSeries nominal, const YearSeries& public_part, Factor&& factor, double rate,
                             Currency currency) {
  add(nominal, scaled(public_part, rate));
  return round_to_minor(total(discounted(nominal, factor)), currency);
}
std::vector<CashFlow> tax_financing_flows(const YearSeries& public_part, double rate, Currency currency);

}  // namespace tiltak::detail
