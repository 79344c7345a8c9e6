#include "tiltak/benefits/valuation.hpp"

#include <algorithm>
#include <string>

#include "benefits/flow_series.hpp"

namespace tiltak {

template <>
std::span<const EnumName<FlowCategory>> enum_names() noexcept {
  static constexpr EnumName<FlowCategory> names[] = {{FlowCategory::investment, "investment"},
                                                     {FlowCategory::operating, "operating"},
                                                     {FlowCategory::internal_hours, "internal_hours"},
                                                     {FlowCategory::benefit, "benefit"}};
  return names;
}

namespace detail {

void require_currency(const CashFlow& flow, Currency currency) {
  if (flow.amount.currency() != currency)
    throw Error(ErrorCode::currency_mismatch,
                "a flow of year " + std::to_string(flow.year) + " is in " +
                    std::string(currency_code(flow.amount.currency())) + ", expected " +
                    std::string(currency_code(currency)));
}

long double& at_year(YearSeries& series, int year) {
  if (series.empty() || series.back().first < year) return series.emplace_back(year, 0.0L).second;
  if (series.back().first == year) return series.back().second;
  auto found = std::lower_bound(series.begin(), series.end(), year,
                                [](const std::pair<int, long double>& entry, int y) { return entry.first < y; });
  if (found == series.end() || found->first != year) found = series.insert(found, {year, 0.0L});
  return found->second;
}

YearSeries by_year(const std::vector<CashFlow>& flows, Currency currency) {
  YearSeries series;
  for (const auto& flow : flows) {
    require_currency(flow, currency);
    at_year(series, flow.year) += static_cast<long double>(flow.amount.minor_units());
  }
  return series;
}

YearSeries public_series(const std::vector<FlowLine>& lines, Currency currency) {
  YearSeries series;
  for (const auto& line : lines) {
    require_currency(line.flow, currency);
    at_year(series, line.flow.year) +=
        static_cast<long double>(line.flow.amount.minor_units()) * line.public_share_basis_points / 10000.0L;
  }
  return series;
}

YearSeries scaled(YearSeries series, long double factor) {
  for (auto& [year, amount] : series) amount *= factor;
  return series;
}

YearSeries discounted(const YearSeries& series, const DiscountCurve& curve) {
  return discounted(series, [&](int year) { return curve.factor(year); });
}

std::vector<CashFlow> tax_financing_flows(const YearSeries& public_part, double rate, Currency currency) {
  std::vector<CashFlow> flows;
  for (const auto& [year, amount] : scaled(public_part, rate)) {
    const Money item = round_to_minor(amount, currency);
    if (!item.is_zero()) flows.push_back({year, item});
  }
  return flows;
}

long double total(const YearSeries& series) {
  long double sum = 0;
  for (const auto& [year, amount] : series) sum += amount;
  return sum;
}

void add(YearSeries& into, const YearSeries& series) {
  for (const auto& [year, amount] : series) at_year(into, year) += amount;
}

std::vector<CumulativePoint> cumulative(const YearSeries& series, Currency currency) {
  std::vector<CumulativePoint> points;
  if (series.empty()) return points;
  long double running = 0;
  const int first = series.begin()->first, last = series.rbegin()->first;
  auto next = series.begin();
  for (int year = first; year <= last; ++year) {
    const bool found = next != series.end() && next->first == year;
    const long double amount = found ? (next++)->second : 0.0L;
    running += amount;
    points.push_back({year, round_to_minor(amount, currency), round_to_minor(running, currency)});
  }
  return points;
}

}  // namespace detail

namespace {

Currency currency_of(const std::vector<CashFlow>& flows) {
  if (flows.empty()) throw Error(ErrorCode::invalid_argument, "no flows: give the currency explicitly");
  return flows.front().amount.currency();
}

Currency currency_of(const std::vector<FlowLine>& lines, Currency fallback) {
  return lines.empty() ? fallback : lines.front().flow.amount.currency();
}

void require_same_currency(Money a, Money b) {
  if (a.currency() != b.currency())
    throw Error(ErrorCode::currency_mismatch, std::string("cannot divide ") + std::string(currency_code(a.currency())) +
                                                  " by " + std::string(currency_code(b.currency())));
}

std::optional<double> ratio(Money numerator, Money positive_denominator) {
  require_same_currency(numerator, positive_denominator);
  if (positive_denominator.minor_units() <= 0) return std::nullopt;
  return static_cast<double>(static_cast<long double>(numerator.minor_units()) / positive_denominator.minor_units());
}

}  // namespace

std::vector<CashFlow> cash_flows(const std::vector<FlowLine>& lines) {
  std::vector<CashFlow> flows;
  flows.reserve(lines.size());
  for (const auto& line : lines) flows.push_back(line.flow);
  return flows;
}

Money present_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve) {
  return present_value(flows, curve, currency_of(flows));
}

Money present_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve, Currency currency) {
  return round_to_minor(detail::total(detail::discounted(detail::by_year(flows, currency), curve)), currency);
}

Money npv(const std::vector<CashFlow>& flows, const DiscountCurve& curve, Currency currency) {
  return present_value(flows, curve, currency);
}

std::vector<CashFlow> tax_financing_flows(const std::vector<FlowLine>& lines, double rate) {
  const Currency currency = currency_of(lines, Currency::NOK);
  return detail::tax_financing_flows(detail::public_series(lines, currency), rate, currency);
}

Money public_budget_effect(const std::vector<FlowLine>& lines, const DiscountCurve& curve, Currency currency) {
  return detail::public_budget_effect(detail::public_series(lines, currency),
                                      [&](int year) { return curve.factor(year); }, currency);
}

Money present_value_of_tax_financing(const std::vector<FlowLine>& lines, const DiscountCurve& curve, double rate,
                                     Currency currency) {
  return detail::present_value_of_tax_financing(detail::public_series(lines, currency),
                                                [&](int year) { return curve.factor(year); }, rate, currency);
}

Money npv_with_tax_financing(const std::vector<FlowLine>& lines, const DiscountCurve& curve, double rate,
                             Currency currency) {
  return detail::npv_with_tax_financing(detail::by_year(cash_flows(lines), currency),
                                        detail::public_series(lines, currency),
                                        [&](int year) { return curve.factor(year); }, rate, currency);
}

Money residual_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve, int opening_year,
                     int analysis_period_years, int lifetime_years, Currency currency) {
  if (analysis_period_years < 0 || lifetime_years < analysis_period_years)
    throw Error(ErrorCode::invalid_argument, "a lifetime of " + std::to_string(lifetime_years) +
                                                 " years is shorter than the analysis period of " +
                                                 std::to_string(analysis_period_years) + " years");
  std::vector<CashFlow> later;
  for (const auto& flow : flows) {
    detail::require_currency(flow, currency);
    if (flow.year >= opening_year + analysis_period_years && flow.year < opening_year + lifetime_years)
      later.push_back(flow);
  }
  return present_value(later, curve, currency);
}

std::optional<double> benefit_cost_ratio(Money pv_benefits, Money pv_costs) { return ratio(pv_benefits, pv_costs); }

std::optional<double> net_benefit_per_budget_krone(Money npv, Money pv_public_budget_cost) {
  return ratio(npv, pv_public_budget_cost);
}

std::optional<double> npv_per_invested_krone(Money npv, Money pv_investment) { return ratio(npv, pv_investment); }

std::vector<CumulativePoint> cumulative_nominal(const std::vector<CashFlow>& flows) {
  if (flows.empty()) return {};
  const Currency currency = currency_of(flows);
  return detail::cumulative(detail::by_year(flows, currency), currency);
}

std::vector<CumulativePoint> cumulative_discounted(const std::vector<CashFlow>& flows, const DiscountCurve& curve) {
  if (flows.empty()) return {};
  const Currency currency = currency_of(flows);
  return detail::cumulative(detail::discounted(detail::by_year(flows, currency), curve), currency);
}

Hump hump(const std::vector<CumulativePoint>& curve) {
  if (curve.empty()) throw Error(ErrorCode::invalid_argument, "the hump of an empty curve is undefined");
  const Currency currency = curve.front().cumulative.currency();
  Hump result{Money::zero(currency), curve.front().year, std::nullopt};
  for (const auto& point : curve) {
    if (point.cumulative.currency() != currency)
      throw Error(ErrorCode::currency_mismatch, "a cumulative curve mixes currencies");
    if (point.cumulative.minor_units() < result.depth.minor_units()) {
      result.depth = point.cumulative;
      result.trough_year = point.year;
    }
  }
  // Walk back from the end while the curve stays ≥ 0.
  std::optional<int> positive;
  for (auto point = curve.rbegin(); point != curve.rend() && point->cumulative.minor_units() >= 0; ++point)
    positive = point->year;
  result.positive_year = positive;
  return result;
}

std::optional<int> payback_year(const std::vector<CashFlow>& flows) {
  const auto curve = cumulative_nominal(flows);
  if (curve.empty()) return std::nullopt;
  return hump(curve).positive_year;
}

std::optional<int> discounted_payback_year(const std::vector<CashFlow>& flows, const DiscountCurve& curve) {
  const auto points = cumulative_discounted(flows, curve);
  if (points.empty()) return std::nullopt;
  return hump(points).positive_year;
}

}  // namespace tiltak
