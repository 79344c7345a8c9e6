#pragma once
// Cost–benefit appraisal of an initiative and of the whole portfolio, from the model.
//
// Flows of an initiative (docs/benefits.md, "From the model to flows"):
//  - its cost lines of the chosen basis (plan by default): investment, operating and valued
//    internal hours, each as a negative flow in its year;
//  - each benefit it contributes to that is valued in money: planned_value() per profile year,
//    the initiative's part by contributor_part() (the allocation rule over the benefit's
//    contributors, tiltak/model/shares.hpp), as a positive flow. Benefits not valued in money
//    (qualitative, or without value per unit) are listed in `unvalued_benefits`, never dropped.
// A portfolio's totals are the sums over its initiatives; attribution shares (≤ 100 % per
// benefit) keep a benefit from being counted twice. The part of a benefit attributed to no
// initiative is shown per benefit but is not in any total.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/irr.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/benefits/valuation.hpp"
#include "tiltak/model/cost.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct AppraisalOptions {
  // The year discounted to. Default: the parameter set's, else the earliest year with a flow
  // in what is appraised (for a portfolio: in the whole portfolio).
  std::optional<int> discount_year;
  // Band years are counted from here. Default: the parameter set's, else each initiative's
  // opening year (as Kystverket's FRAM model counts from the opening year).
  std::optional<int> band_anchor_year;
  // The year effects start; the analysis period and lifetime run from it. Default: the first
  // year with a valued benefit of the initiative, else its first flow year.
  std::optional<int> opening_year;
  // Override the parameter set's horizon and tax-financing rate for this analysis.
  std::optional<int> analysis_period_years;
  std::optional<int> lifetime_years;
  std::optional<bool> residual_value;
  std::optional<double> tax_financing_rate;
  CostBasis cost_basis = CostBasis::plan;
  // Share of valued internal hours that falls on public budgets (0: existing staff, no budget
  // change — the mirror of non-cash benefits; 10 000 if the hours are bought in).
  int internal_hours_public_share_basis_points = 0;
  // Whether internal hours count as investment in NPV per invested krone (Digdir counts the
  // project's internal salary costs in the project cost).
  bool internal_hours_are_investment = true;
  // The price year the model's amounts are in. When it differs from the parameter set's price
  // year, every amount is converted by the CPI (missing years are errors).
  std::optional<int> amounts_price_year;
  // Benefits whose value grows with real prices (values of time), by real_growth_factor().
  std::vector<BenefitId> real_growth_benefits;
  // Whether to search the internal rates of return. Off leaves `irr` empty (nullopt): for
  // callers that do not show or use them (the selection's criteria, text output, the report).
  bool internal_rates_of_return = true;
};

// One benefit's part in an appraisal.
struct BenefitValue {
  BenefitId id;
  std::string title;
  int share_basis_points = 0;  // the attribution share (for a portfolio: the sum of shares)
  Money nominal{0, Currency::NOK};         // attributed amounts, summed, valued horizon only
  Money present_value{0, Currency::NOK};   // their PV
  Money unattributed_present_value{0, Currency::NOK};  // portfolio only: PV of the unattributed part
  bool operator==(const BenefitValue&) const = default;
};

// A benefit that is not valued in money, kept visible.
struct UnvaluedBenefit {
  BenefitId id;
  std::string title;
  BenefitKind kind = BenefitKind::qualitative;
  std::string reason;  // "qualitative" or "no value per unit"
  bool operator==(const UnvaluedBenefit&) const = default;
};

// The figures of one appraisal. Costs are reported as positive amounts (pv_costs,
// pv_investment); all other Money fields are signed.
struct Appraisal {
  Currency currency = Currency::NOK;
  int discount_year = 0;
  Money pv_benefits{0, Currency::NOK};
  Money pv_costs{0, Currency::NOK};          // investment + operating + internal hours
  Money pv_investment{0, Currency::NOK};     // the denominator of NPV per invested krone
  Money npv{0, Currency::NOK};               // without tax-financing cost; includes residual_value
  Money residual_value{0, Currency::NOK};    // the part of npv beyond the analysis period
  Money pv_public_budget{0, Currency::NOK};  // signed net effect on public budgets
  Money pv_tax_financing{0, Currency::NOK};  // signed SFK item (negative = a cost)
  Money npv_with_tax_financing{0, Currency::NOK};
  // Flows after the valued horizon (lifetime, or the analysis period without residual value):
  // not valued, shown nominally.
  Money beyond_horizon_benefits{0, Currency::NOK};
  Money beyond_horizon_costs{0, Currency::NOK};
  std::optional<double> benefit_cost_ratio;            // pv_benefits / pv_costs
  std::optional<double> net_benefit_per_budget_krone;  // npv_with_tax_financing / −pv_public_budget
  std::optional<double> npv_per_invested_krone;        // npv_with_tax_financing / pv_investment
  std::optional<int> payback_year;
  std::optional<int> discounted_payback_year;
  std::optional<IrrResult> irr;  // nullopt when not searched (AppraisalOptions)
  std::vector<CumulativePoint> cumulative_nominal;
  std::vector<CumulativePoint> cumulative_discounted;
  std::optional<Hump> nominal_hump;      // empty when there are no flows
  std::optional<Hump> discounted_hump;
  std::vector<CashFlow> tax_financing;   // SFK per year (each rounded, for display)
  std::vector<BenefitValue> benefits;
  std::vector<UnvaluedBenefit> unvalued_benefits;
  std::vector<FlowLine> flows;           // the valued flows, tagged
  bool operator==(const Appraisal&) const = default;
};

struct InitiativeAppraisal {
  std::string parameter_set;  // the id of the parameter set used
  InitiativeId initiative;
  std::string title;
  int opening_year = 0;
  int band_anchor_year = 0;
  Appraisal appraisal;
  bool operator==(const InitiativeAppraisal&) const = default;
};

struct PortfolioAppraisal {
  std::string parameter_set;  // the id of the parameter set used
  Appraisal total;  // sums over the initiatives; curves, payback and IRR of the summed flows
  std::vector<InitiativeAppraisal> initiatives;
  bool operator==(const PortfolioAppraisal&) const = default;
};

// The tagged flows of one initiative before any horizon is applied (amounts converted to the
// parameter set's price year when options.amounts_price_year says so). Throws
// Error(not_found) for an unknown initiative, Error(currency_mismatch) for a cost line in
// another currency than the portfolio's.
std::vector<FlowLine> initiative_flow_lines(const Portfolio& portfolio, const InitiativeId& id,
                                            const ParameterSet& parameters, const AppraisalOptions& options = {});

// Validate the parameters (and options), then appraise. Throws Error(validation_error) for bad
// parameters, Error(not_found) for an unknown initiative.
InitiativeAppraisal appraise_initiative(const Portfolio& portfolio, const InitiativeId& id,
                                        const ParameterSet& parameters, const AppraisalOptions& options = {});
PortfolioAppraisal appraise_portfolio(const Portfolio& portfolio, const ParameterSet& parameters,
                                      const AppraisalOptions& options = {});

}  // namespace tiltak
