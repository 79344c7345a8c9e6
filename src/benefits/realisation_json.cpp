#include "tiltak/benefits/realisation_json.hpp"

#include "benefits/json_reader.hpp"
#include "benefits/json_support.hpp"
#include "tiltak/core/currency.hpp"

namespace tiltak {
namespace {

using detail::dump;
using Json = detail::OutputJson;
using detail::or_null;

Json date_or_null(const std::optional<Date>& date) { return date ? Json(to_iso(*date)) : Json(nullptr); }

Json money_or_null(const std::optional<Money>& money) { return money ? Json(money->to_string()) : Json(nullptr); }

Json forecast_json(const std::optional<RealisationForecast>& forecast) {
  if (!forecast) return nullptr;
  return {{"method", "least_squares"},
          {"slope_per_year", forecast->slope_per_year},
          {"intercept", forecast->intercept},
          {"degree_at_target", or_null(forecast->degree_at_target)},
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
                            {"degree", or_null(m.degree)},
                            {"planned_degree", or_null(m.planned_degree)}});
  Json years = Json::array();
  for (const auto& y : b.years)
    years.push_back({{"year", y.year},
                     {"planned_quantity", y.planned_quantity},
                     {"planned_degree", y.planned_degree},
                     {"degree", or_null(y.degree)},
                     {"planned_value", y.planned_value.to_string()},
                     {"realised_value", money_or_null(y.realised_value)}});
  return {{"id", b.id.str()},
          {"title", b.title},
          {"owner", b.owner ? Json(b.owner->str()) : Json(nullptr)},
          {"direction", enum_name(b.direction)},
          {"valued_in_money", b.valued_in_money},
          {"latest_degree", or_null(b.latest_degree)},
          {"planned_degree_now", or_null(b.planned_degree_now)},
          {"planned_to_date", b.planned_to_date.to_string()},
          {"realised_to_date", b.realised_to_date.to_string()},
          {"flags", std::move(flags)},
          {"measurements", std::move(measurements)},
          {"years", std::move(years)},
          {"forecast", forecast_json(b.forecast)}};
}

}  // namespace

RealisationOptions realisation_options_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::Reader reader(source);
  RealisationOptions options;
  if (!document.is_object()) {
    reader.report("", &document, "expected a JSON object with the realisation options");
    throw Error(ErrorCode::validation_error, std::move(reader.problems()));
  }
  reader.check_fields(document, "", {"as_of", "measurement_grace_days", "behind_plan_tolerance"});
  if (!document.contains("as_of")) {
    reader.report("/as_of", nullptr, "the as-of date is required (\"YYYY-MM-DD\")");
  } else {
    std::string iso;
    if (reader.read_string(document["as_of"], "/as_of", iso)) {
      if (const auto date = parse_iso_date(iso)) options.as_of = *date;
      else reader.report("/as_of", &document["as_of"], "expected a date YYYY-MM-DD");
    }
  }
  if (document.contains("measurement_grace_days") &&
      reader.read_int(document["measurement_grace_days"], "/measurement_grace_days", options.measurement_grace_days) &&
      options.measurement_grace_days < 0)
    reader.report("/measurement_grace_days", &document["measurement_grace_days"], "must not be negative");
  if (document.contains("behind_plan_tolerance"))
    reader.read_number(document["behind_plan_tolerance"], "/behind_plan_tolerance", options.behind_plan_tolerance);
  if (!reader.problems().empty()) throw Error(ErrorCode::validation_error, std::move(reader.problems()));
  return options;
}

std::string portfolio_realisation_to_json(const RealisationSummary& s, int indent) {
  Json benefits = Json::array();
  for (const auto& b : s.benefits) benefits.push_back(benefit_json(b));
  const Json document{{"as_of", to_iso(s.as_of)},
                      {"currency", currency_code(s.currency)},
                      {"planned_to_date", s.planned_to_date.to_string()},
                      {"realised_to_date", s.realised_to_date.to_string()},
                      {"forecast_remaining", s.forecast_remaining.to_string()},
                      {"flag_counts",
                       {{"behind_plan", s.behind_plan},
                        {"no_measurement_when_due", s.no_measurement_when_due},
                        {"no_owner", s.no_owner},
                        {"not_measurable", s.not_measurable},
                        {"target_against_direction", s.target_against_direction}}},
                      {"benefits", std::move(benefits)}};
  return dump(document, indent);
}

std::string benefit_realisation_to_json(const BenefitRealisation& realisation, Date as_of, Currency currency,
                                        int indent) {
  Json document{{"as_of", to_iso(as_of)}, {"currency", currency_code(currency)}};
  Json fields = benefit_json(realisation);  // kept alive: items() refers to it
  for (auto& [key, value] : fields.items()) document[key] = std::move(value);
  return dump(document, indent);
}

}  // namespace tiltak
