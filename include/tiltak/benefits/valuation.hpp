#pragma once
// Valuation of cash flows on a discount curve: free functions over plain values.
//
// Rounding: every function that returns Money computes in long double minor units and rounds
// ONCE, at the end, with round_to_minor() (nearest øre/cent, halves away from zero). Two
// results rounded separately may therefore differ from a result rounded from their exact sum
// by at most ½ øre each (e.g. PV benefits − PV costs vs NPV).
// Functions taking several flows throw Error(currency_mismatch) when their currencies differ.

#include <optional>
#include <vector>

#include "tiltak/benefits/cash_flow.hpp"
#include "tiltak/benefits/discount_curve.hpp"

namespace tiltak {

// PV = round(Σ_y DF(y) × Σ flows of year y). The currency is the flows' own; with no flows
// the first overload throws Error(invalid_argument) and the second returns zero in `currency`.
Money present_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve);
Money present_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve, Currency currency);
// The net present value of signed flows (benefits +, costs −): the same as present_value().
Money npv(const std::vector<CashFlow>& flows, const DiscountCurve& curve, Currency currency);

// Tax-financing cost per year: SFK_t = rate × Σ_i share_i × flow_i,t, signed, so that a net
// public saving gives a positive item and a net public outlay a negative one. Each year's
// item is rounded (for display); years with no item are left out.
std::vector<CashFlow> tax_financing_flows(const std::vector<FlowLine>& lines, double rate);
// round(Σ_t DF(t) × Σ_i share_i × flow_i,t): the signed present value of the net effect on
// public budgets (negative when the public sector pays more than it saves).
Money public_budget_effect(const std::vector<FlowLine>& lines, const DiscountCurve& curve, Currency currency);
// round(Σ_t DF(t) × SFK_t) from the unrounded yearly items.
Money present_value_of_tax_financing(const std::vector<FlowLine>& lines, const DiscountCurve& curve, double rate,
                                     Currency currency);
// round(Σ_t DF(t) × (Σ_i flow_i,t + SFK_t)).
Money npv_with_tax_financing(const std::vector<FlowLine>& lines, const DiscountCurve& curve, double rate,
                             Currency currency);

// FRAM's residual value: the value over the lifetime minus the value over the analysis period,
// i.e. the PV of the flows of years opening+analysis_period … opening+lifetime−1. Zero when
// the lifetime equals the analysis period. Throws Error(invalid_argument) for a lifetime
// shorter than the analysis period or a negative period.
Money residual_value(const std::vector<CashFlow>& flows, const DiscountCurve& curve, int opening_year,
                     int analysis_period_years, int lifetime_years, Currency currency);

// Benefit–cost ratio = PV benefits / PV costs, with PV costs as a positive amount. Empty when
// PV costs ≤ 0.
std::optional<double> benefit_cost_ratio(Money pv_benefits, Money pv_costs);
// Net benefit per budget krone = NPV / (net cost to public budgets, positive). Empty when the
// public budgets do not bear a net cost.
std::optional<double> net_benefit_per_budget_krone(Money npv, Money pv_public_budget_cost);
// NPV per invested krone (Digdir's ranking of co-financing applications) = NPV / PV of the
// investment costs (positive). Empty when there is no investment.
std::optional<double> npv_per_invested_krone(Money npv, Money pv_investment);

// The cumulative net cash curve: one point for every year from the first to the last flow
// (years without flows included), `flow` the year's net flow and `cumulative` the running sum.
struct CumulativePoint {
  int year = 0;
  Money flow{0, Currency::NOK};
  Money cumulative{0, Currency::NOK};
  bool operator==(const CumulativePoint&) const = default;
};
// Nominal (undiscounted) curve; empty for no flows.
std::vector<CumulativePoint> cumulative_nominal(const std::vector<CashFlow>& flows);
// Discounted curve: `flow` = DF(y) × net flow, `cumulative` rounded once per point from the
// unrounded running sum.
std::vector<CumulativePoint> cumulative_discounted(const std::vector<CashFlow>& flows, const DiscountCurve& curve);

// The hump (J-curve) of a cumulative curve.
struct Hump {
  Money depth{0, Currency::NOK};  // the most negative cumulative value; zero if never negative
  int trough_year = 0;            // the first year it is reached (the first year if never negative)
  // The first year from which the cumulative is ≥ 0 in every later year of the curve, i.e.
  // the curve has turned positive for good; empty if it ends negative.
  std::optional<int> positive_year;
  bool operator==(const Hump&) const = default;
};
// Throws Error(invalid_argument) for an empty curve.
Hump hump(const std::vector<CumulativePoint>& curve);

// Payback year: the hump's positive_year on the nominal / the discounted curve.
std::optional<int> payback_year(const std::vector<CashFlow>& flows);
std::optional<int> discounted_payback_year(const std::vector<CashFlow>& flows, const DiscountCurve& curve);

}  // namespace tiltak
