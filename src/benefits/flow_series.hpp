#pragma once
// Yearly sums in unrounded minor units: the shared arithmetic of valuation, so that every
// published amount is rounded once, at the end.

#include <map>
#include <vector>

#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/benefits/valuation.hpp"

namespace tiltak::detail {

using YearSeries = std::map<int, long double>;  // year → minor units

// Throws Error(currency_mismatch) for a flow in another currency than `currency`.
void require_currency(const CashFlow& flow, Currency currency);

YearSeries by_year(const std::vector<CashFlow>& flows, Currency currency);
// Each year's amount × DF(year).
YearSeries discounted(const YearSeries& series, const DiscountCurve& curve);
long double total(const YearSeries& series);
void add(YearSeries& into, const YearSeries& series);
// One point per year from the first to the last year of the series.
std::vector<CumulativePoint> cumulative(const YearSeries& series, Currency currency);

}  // namespace tiltak::detail
