#pragma once
// Cost–benefit appraisals as JSON documents for machines: the C API and the CLI hand these
// out as they are (docs/benefits.md, "Appraisal as JSON").
//
// Conventions (as graph_json.hpp): fields always present and in a fixed order, `null` for a
// missing value, `[]` for an empty list; amounts are exact decimal strings in the currency's
// major unit ("1570000.50"); ratios and rates are JSON numbers (rates as fractions, 0.04 for
// 4 %); enumeration values are the document's names ("cash_releasing").
// `parameter_set`: the id of the parameter set used ("no-2021"), from the result; empty writes null.
//
// Initiative: {"parameter_set", "initiative", "title", "opening_year", "band_anchor_year",
//              "appraisal": A}
// Portfolio:  {"parameter_set", "total": A, "initiatives": [initiative documents without
//              "parameter_set"]}
// A: {"currency", "discount_year", "pv_benefits", "pv_costs", "pv_investment", "npv",
//     "residual_value", "pv_public_budget", "pv_tax_financing", "npv_with_tax_financing",
//     "beyond_horizon_benefits", "beyond_horizon_costs", "benefit_cost_ratio",
//     "net_benefit_per_budget_krone", "npv_per_invested_krone", "payback_year",
//     "discounted_payback_year", "irr": {"rates", "outcome", "count", "sign_changes",
//     "consistent_with_descartes"}, "nominal_hump", "discounted_hump" ({"depth",
//     "trough_year", "positive_year"} or null), "cumulative_nominal", "cumulative_discounted"
//     ([{year, flow, cumulative}]), "tax_financing" ([{year, amount}]), "benefits" ([{id,
//     title, share_basis_points, nominal, present_value, unattributed_present_value}]),
//     "unvalued_benefits" ([{id, title, kind, reason}]), "flows" ([{year, amount, category,
//     public_share_basis_points, benefit, payer, recipient}])}

#include <string>

#include "tiltak/benefits/appraisal.hpp"

namespace tiltak {

std::string portfolio_appraisal_to_json(const PortfolioAppraisal& appraisal, int indent = 2);
std::string initiative_appraisal_to_json(const InitiativeAppraisal& appraisal, int indent = 2);

}  // namespace tiltak
