#include "tiltak/benefits/appraisal_json.hpp"

#include <optional>
#include <vector>

#include "io/json_output.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {
namespace {

using detail::dump_json;
using Json = detail::OutputJson;
using detail::value_or_null;

Json hump_json(const std::optional<Hump>& hump) {
  if (!hump) return nullptr;
  return {{"depth", hump->depth.to_string()},
          {"trough_year", hump->trough_year},
          {"positive_year", value_or_null(hump->positive_year)}};
}

Json curve_json(const std::vector<CumulativePoint>& curve) {
  Json out = Json::array();
  for (const auto& p : curve)
    out.push_back({{"year", p.year}, {"flow", p.flow.to_string()}, {"cumulative", p.cumulative.to_string()}});
  return out;
}

Json appraisal_json(const Appraisal& a) {
  Json irr = nullptr;  // not searched
  if (a.irr) {
    Json rates = Json::array();
    for (double r : a.irr->rates) rates.push_back(r);
    irr = Json{{"rates", std::move(rates)},
               {"outcome", enum_name(a.irr->outcome)},
               {"count", a.irr->rates.size()},
               {"sign_changes", a.irr->sign_changes},
               {"consistent_with_descartes", a.irr->consistent_with_descartes}};
  }
  Json tax = Json::array();
  for (const auto& f : a.tax_financing) tax.push_back({{"year", f.year}, {"amount", f.amount.to_string()}});
  Json benefits = Json::array();
  for (const auto& b : a.benefits)
    benefits.push_back({{"id", b.id.str()},
                        {"title", b.title},
                        {"share_basis_points", b.share_basis_points},
                        {"nominal", b.nominal.to_string()},
                        {"present_value", b.present_value.to_string()},
                        {"unattributed_present_value", b.unattributed_present_value.to_string()}});
  Json unvalued = Json::array();
  for (const auto& u : a.unvalued_benefits)
    unvalued.push_back({{"id", u.id.str()}, {"title", u.title}, {"kind", enum_name(u.kind)}, {"reason", u.reason}});
  Json flows = Json::array();
  for (const auto& line : a.flows)
    flows.push_back({{"year", line.flow.year},
                     {"amount", line.flow.amount.to_string()},
                     {"category", enum_name(line.category)},
                     {"public_share_basis_points", line.public_share_basis_points},
                     {"benefit", line.benefit ? Json(line.benefit->str()) : Json(nullptr)},
                     {"payer", line.payer ? Json(line.payer->str()) : Json(nullptr)},
                     {"recipient", line.recipient ? Json{{"kind", enum_name(line.recipient->kind)},
                                                         {"id", line.recipient->id}}
                                                  : Json(nullptr)}});
  return {{"currency", currency_code(a.currency)},
          {"discount_year", a.discount_year},
          {"pv_benefits", a.pv_benefits.to_string()},
          {"pv_costs", a.pv_costs.to_string()},
          {"pv_investment", a.pv_investment.to_string()},
          {"npv", a.npv.to_string()},
          {"residual_value", a.residual_value.to_string()},
          {"pv_public_budget", a.pv_public_budget.to_string()},
          {"pv_tax_financing", a.pv_tax_financing.to_string()},
          {"npv_with_tax_financing", a.npv_with_tax_financing.to_string()},
          {"beyond_horizon_benefits", a.beyond_horizon_benefits.to_string()},
          {"beyond_horizon_costs", a.beyond_horizon_costs.to_string()},
          {"benefit_cost_ratio", value_or_null(a.benefit_cost_ratio)},
          {"net_benefit_per_budget_krone", value_or_null(a.net_benefit_per_budget_krone)},
          {"npv_per_invested_krone", value_or_null(a.npv_per_invested_krone)},
          {"payback_year", value_or_null(a.payback_year)},
          {"discounted_payback_year", value_or_null(a.discounted_payback_year)},
          {"irr", irr},
          {"nominal_hump", hump_json(a.nominal_hump)},
          {"discounted_hump", hump_json(a.discounted_hump)},
          {"cumulative_nominal", curve_json(a.cumulative_nominal)},
          {"cumulative_discounted", curve_json(a.cumulative_discounted)},
          {"tax_financing", std::move(tax)},
          {"benefits", std::move(benefits)},
          {"unvalued_benefits", std::move(unvalued)},
          {"flows", std::move(flows)}};
}

Json parameter_set_json(const std::string& id) { return id.empty() ? Json(nullptr) : Json(id); }

Json initiative_json(const InitiativeAppraisal& i) {
  return {{"initiative", i.initiative.str()},
          {"title", i.title},
          {"opening_year", i.opening_year},
          {"band_anchor_year", i.band_anchor_year},
          {"appraisal", appraisal_json(i.appraisal)}};
}

}  // namespace

std::string portfolio_appraisal_to_json(const PortfolioAppraisal& appraisal, int indent) {
  Json initiatives = Json::array();
  for (const auto& i : appraisal.initiatives) initiatives.push_back(initiative_json(i));
  const Json document{{"parameter_set", parameter_set_json(appraisal.parameter_set)},
                      {"total", appraisal_json(appraisal.total)},
                      {"initiatives", std::move(initiatives)}};
  return dump_json(document, indent);
}

std::string initiative_appraisal_to_json(const InitiativeAppraisal& appraisal, int indent) {
  Json document{{"parameter_set", parameter_set_json(appraisal.parameter_set)}};
  Json fields = initiative_json(appraisal);  // kept alive: items() refers to it
  for (auto& [key, value] : fields.items()) document[key] = std::move(value);
  return dump_json(document, indent);
}

}  // namespace tiltak
