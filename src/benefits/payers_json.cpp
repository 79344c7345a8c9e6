#include "tiltak/benefits/payers_json.hpp"

#include "io/json_output.hpp"
#include "io/json_reader.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/date_range.hpp"

namespace tiltak {
namespace {

using Json = detail::OutputJson;
using detail::dump_json;
using detail::money_or_null;
using detail::value_or_null;

Json party_json(const Party& party) {
  return {{"kind", enum_name(party.kind)}, {"id", party.id.empty() ? Json(nullptr) : Json(party.id)}};
}


Json years_json(const std::vector<CashFlow>& years) {
  Json out = Json::array();
  for (const auto& y : years) out.push_back({{"year", y.year}, {"amount", y.amount.to_string()}});
  return out;
}

Json matrix_json(const PayerRecipientMatrix& m) {
  Json payers = Json::array(), recipients = Json::array(), cells = Json::array(), parties = Json::array();
  for (const auto& p : m.payers) payers.push_back(party_json(p));
  for (const auto& r : m.recipients) recipients.push_back(party_json(r));
  for (const auto& c : m.cells)
    cells.push_back({{"payer", party_json(c.payer)},
                     {"recipient", party_json(c.recipient)},
                     {"present_value", c.present_value.to_string()}});
  for (const auto& b : m.parties)
    parties.push_back({{"party", party_json(b.party)},
                       {"pv_costs_borne", b.pv_costs_borne.to_string()},
                       {"pv_benefits_received", b.pv_benefits_received.to_string()},
                       {"net", b.net.to_string()}});
  return {{"payers", std::move(payers)},
          {"recipients", std::move(recipients)},
          {"cells", std::move(cells)},
          {"parties", std::move(parties)},
          {"benefits_without_payer", m.benefits_without_payer.to_string()}};
}

Json counted_json(const Commitments& counted) {
  Json out = Json::array();
  for (const auto& [commitment, name] : enum_names<Commitment>())
    if (counted.contains(commitment)) out.push_back(name);
  return out;
}

Json withdrawal_json(const BudgetWithdrawal& w) {
  Json parties = Json::array();
  for (const auto& p : w.parties)
    parties.push_back({{"party", party_json(p.party)}, {"years", years_json(p.years)}, {"total", p.total.to_string()}});
  return {{"withdrawal_share", w.withdrawal_share},
          {"share_source", enum_name(w.share_source)},
          {"planned_gains", w.planned_gains.to_string()},
          {"parties", std::move(parties)},
          {"by_year", years_json(w.by_year)},
          {"total", w.total.to_string()}};
}

Json cofinancing_json(const std::optional<CofinancingReport>& report) {
  if (!report) return nullptr;
  const CofinancingRules& r = report->rules;
  Json initiatives = Json::array();
  for (const auto& a : report->initiatives) {
    Json years = Json::array();
    for (const auto& y : a.years)
      years.push_back({{"year", y.year},
                       {"internal_gains", y.internal_gains.to_string()},
                       {"operating_costs", y.operating_costs.to_string()},
                       {"net_gain", y.net_gain.to_string()},
                       {"withdrawal", y.withdrawal.to_string()}});
    Json outside = Json::array();
    for (const CofinancingLimit limit : a.outside) outside.push_back(enum_name(limit));
    initiatives.push_back({{"initiative", a.initiative.str()},
                           {"title", a.title},
                           {"commitment", enum_name(a.commitment)},
                           {"project_cost", a.project_cost.to_string()},
                           {"eligible", a.eligible},
                           {"outside", std::move(outside)},
                           {"within_cost_limits", a.within_cost_limits},
                           {"max_grant", a.max_grant.to_string()},
                           {"budget_years", a.budget_years},
                           {"within_budget_years", a.within_budget_years},
                           {"npv_per_invested_krone", value_or_null(a.npv_per_invested_krone)},
                           {"years", std::move(years)},
                           {"total_withdrawal", a.total_withdrawal.to_string()}});
  }
  return {{"source", report->source},
          {"rules",
           {{"withdrawal_share", r.withdrawal_share},
            {"currency", currency_code(r.currency)},
            {"min_project_cost", money_or_null(r.min_project_cost)},
            {"max_project_cost", money_or_null(r.max_project_cost)},
            {"max_grant_share", r.max_grant_share},
            {"max_grant", money_or_null(r.max_grant)},
            {"max_budget_years", value_or_null(r.max_budget_years)}}},
          {"initiatives", std::move(initiatives)},
          {"total_withdrawal", report->total_withdrawal.to_string()}};
}

}  // namespace

std::string payers_to_json(const PayersReport& report, int indent) {
  const PayerRecipientMatrix& matrix = report.matrix;
  const Json document{{"parameter_set", matrix.parameter_set.empty() ? Json(nullptr) : Json(matrix.parameter_set)},
                      {"currency", currency_code(matrix.currency)},
                      {"discount_year", matrix.discount_year},
                      {"level", enum_name(matrix.level)},
                      {"counted", counted_json(matrix.counted)},
                      {"matrix", matrix_json(matrix)},
                      {"budget_withdrawal", withdrawal_json(report.withdrawal)},
                      {"cofinancing", cofinancing_json(report.cofinancing)}};
  return dump_json(document, indent);
}

PayersOptions payers_options_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, Currency::NOK);
  detail::ObjectReader object(doc, document, "", {"level", "counted", "withdrawal_share", "discount_year"});
  PayersOptions options;
  object.optional("level", options.level);
  std::vector<Commitment> counted;
  if (object.has("counted") && object.optional("counted", counted)) {
    if (counted.empty())
      doc.report(object.pointer_of("counted"), object.find("counted"), "must name at least one of: " +
                                                                            enum_name_list<Commitment>());
    options.counted = Commitments(counted);
  }
  if (object.optional("withdrawal_share", options.withdrawal_share) && options.withdrawal_share &&
      !(*options.withdrawal_share >= 0 && *options.withdrawal_share <= 1))
    doc.report(object.pointer_of("withdrawal_share"), object.find("withdrawal_share"), "must be between 0 and 1");
  if (object.optional("discount_year", options.appraisal.discount_year) && options.appraisal.discount_year &&
      (*options.appraisal.discount_year < first_supported_year || *options.appraisal.discount_year > last_supported_year))
    doc.report(object.pointer_of("discount_year"), object.find("discount_year"),
               "must be a year within " + std::to_string(first_supported_year) + "-" +
                   std::to_string(last_supported_year));
  if (!doc.problems().empty()) throw Error(ErrorCode::validation_error, doc.take_problems());
  return options;
}

}  // namespace tiltak
