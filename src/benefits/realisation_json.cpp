#include "tiltak/benefits/realisation_json.hpp"

#include "benefits/realisation_json.hpp"
#include "io/json_reader.hpp"
#include "tiltak/core/currency.hpp"

namespace tiltak {
namespace {

using detail::date_or_null;
using detail::dump_json;
using Json = detail::OutputJson;
using detail::money_or_null;
using detail::value_or_null;


Json forecast_json(const std::optional<RealisationForecast>& forecast) {
  if (!forecast) return nullptr;
  return {{"method", "least_squares"},
          {"slope_per_year", forecast->slope_per_year},
          {"intercept", forecast->intercept},
          {"degree_at_target", value_or_null(forecast->degree_at_target)},
          {"full_realisation", date_or_null(forecast->full_realisation)},
          {"remaining_value", forecast->remaining_value.to_string()}};
}

Json benefit_json(const BenefitRealisation& b) {
  Json flags = Json::array();
  for (RealisationFlag flag : b.flags) flags.push_back(enum_name(flag));
  Json measurements = Json::array();
  for (const auto& m : b.measurements)
    measurements.push_back({{"date", to_iso(m.date)},
                            {"value", m.value},
                            {"period_start", m.period_start ? Json(to_iso(*m.period_start)) : Json(nullptr)},
                            {"annual_level", m.annual_level},
                            {"degree", value_or_null(m.degree)},
                            {"planned_degree", value_or_null(m.planned_degree)}});
  // A benefit without a money value has no money figures: null, not 0.00.
  const auto money = [&](const Money& amount) { return b.valued_in_money ? Json(amount.to_string()) : Json(nullptr); };
  Json years = Json::array();
  for (const auto& y : b.years)
    years.push_back({{"year", y.year},
                     {"planned_quantity", y.planned_quantity},
                     {"planned_degree", y.planned_degree},
                     {"degree", value_or_null(y.degree)},
                     {"planned_value", money(y.planned_value)},
                     {"realised_value", money_or_null(y.realised_value)}});
  return {{"id", b.id.str()},
          {"title", b.title},
          {"owner", b.owner ? Json(b.owner->str()) : Json(nullptr)},
          {"direction", enum_name(b.direction)},
          {"valued_in_money", b.valued_in_money},
          {"latest_degree", value_or_null(b.latest_degree)},
          {"planned_degree_now", value_or_null(b.planned_degree_now)},
          {"planned_to_date", money(b.planned_to_date)},
          {"planned_to_date_unattributed", money(b.planned_to_date_unattributed)},
          {"realised_to_date", money(b.realised_to_date)},
          {"flags", std::move(flags)},
          {"measurements", std::move(measurements)},
          {"years", std::move(years)},
          {"forecast", forecast_json(b.forecast)}};
}

}  // namespace

namespace detail {

OutputJson realisation_summary_json(const RealisationSummary& s) {
  Json benefits = Json::array();
  for (const auto& b : s.benefits) benefits.push_back(benefit_json(b));
  return {{"as_of", to_iso(s.as_of)},
          {"currency", currency_code(s.currency)},
          {"planned_to_date", s.planned_to_date.to_string()},
          {"planned_to_date_unattributed", s.planned_to_date_unattributed.to_string()},
          {"realised_to_date", s.realised_to_date.to_string()},
          {"forecast_remaining", s.forecast_remaining.to_string()},
          {"flag_counts",
           {{"behind_plan", s.behind_plan},
            {"no_measurement_when_due", s.no_measurement_when_due},
            {"no_owner", s.no_owner},
            {"not_measurable", s.not_measurable},
            {"target_against_direction", s.target_against_direction}}},
          {"benefits", std::move(benefits)}};
}

}  // namespace detail

RealisationOptions realisation_options_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, Currency::NOK);
  detail::ObjectReader object(doc, document, "", {"as_of", "measurement_grace_days", "behind_plan_tolerance"});
  RealisationOptions options;
  object.required("as_of", options.as_of);
  if (object.optional("measurement_grace_days", options.measurement_grace_days) && options.measurement_grace_days < 0)
    doc.report(object.pointer_of("measurement_grace_days"), object.find("measurement_grace_days"), "must not be negative");
  object.optional("behind_plan_tolerance", options.behind_plan_tolerance);
  if (!doc.problems().empty()) throw Error(ErrorCode::validation_error, doc.take_problems());
  return options;
}

std::string portfolio_realisation_to_json(const RealisationSummary& s, int indent) {
  return dump_json(detail::realisation_summary_json(s), indent);
}

std::string benefit_realisation_to_json(const BenefitRealisation& realisation, Date as_of, Currency currency,
                                        int indent) {
  Json document{{"as_of", to_iso(as_of)}, {"currency", currency_code(currency)}};
  Json fields = benefit_json(realisation);  // kept alive: items() refers to it
  for (auto& [key, value] : fields.items()) document[key] = std::move(value);
  return dump_json(document, indent);
}

}  // namespace tiltak
