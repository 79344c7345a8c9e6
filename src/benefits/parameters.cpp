#include "tiltak/benefits/parameters.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "io/json_reader.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {
namespace {

// Percentages are written as decimals in the sources ("3,5 pct."); a rate is the exact
// quotient of that decimal by 100, so that the JSON form ("rate_percent": 3.5) reads back to
// the very same double.
constexpr double percent(double value) { return value / 100.0; }

std::vector<RateBand> bands(int first_through, double first, int second_through, double second, double after) {
  return {{first_through, percent(first)}, {second_through, percent(second)}, {std::nullopt, percent(after)}};
}

std::vector<ParameterSet> make_builtin_sets() {
  std::vector<ParameterSet> sets;

  ParameterSet dk2013;
  dk2013.id = "dk-2013";
  dk2013.title = "Danmark, Finansministeriet 2013 (4/3/2 %, forvridningstab 20 %)";
  dk2013.source =
      "Finansministeriet, \"Ny og lavere samfundsøkonomisk diskonteringsrente\" (31.05.2013, "
      "https://fm.dk/nyheder/nyhedsarkiv/2013/maj/ny-og-lavere-samfundsoekonomisk-diskonteringsrente/): 4 % the "
      "first 35 years, 3 % years 36-70, 2 % after year 70. Skatteforvridningstab 20 % of the tax-financing need "
      "(Vejledning i udarbejdelse af samfundsøkonomiske konsekvensvurderinger, November 1999; in force per the "
      "answer to Finansudvalget spm. 170, 17.03.2016). Superseded by dk-2017 in August 2017.";
  dk2013.bands = bands(35, 4, 70, 3, 2);
  dk2013.tax_financing_rate = percent(20);
  sets.push_back(dk2013);

  ParameterSet dk2017 = dk2013;
  dk2017.id = "dk-2017";
  dk2017.title = "Danmark, Finansministeriet 2017 (4/3/2 %, forvridningstab 10 %)";
  dk2017.source =
      "Finansministeriet, Vejledning i samfundsøkonomiske konsekvensvurderinger (August 2017; "
      "https://fm.dk/nyheder/nyhedsarkiv/2017/august/ny-vejledning-i-samfundsoekonomiske-konsekvensvurderinger/): "
      "discount rates unchanged (4 % years 0-35, 3 % 36-70, 2 % after 70); the skatteforvridningsfaktor lowered "
      "from 20 to 10 %. Superseded by dk-2021 in January 2021.";
  dk2017.tax_financing_rate = percent(10);
  sets.push_back(dk2017);

  ParameterSet dk2021 = dk2017;
  dk2021.id = "dk-2021";
  dk2021.title = "Danmark, Finansministeriet 2021 (3,5/2,5/1,5 %, forvridningstab 10 %)";
  dk2021.source =
      "Finansministeriet, Dokumentationsnotat - den samfundsøkonomiske diskonteringsrente (7 January 2021): "
      "3.5 % in years 0-35, 2.5 % in years 36-70, 1.5 % after year 70 (confirmed in Finansministeriet's news of "
      "22.06.2023, https://fm.dk/nyheder/nyhedsarkiv/2023/juni/ny-vejledning-i-samfundsoekonomiske-"
      "konsekvensvurderinger/). Skatteforvridningsfaktor 10 % as set in August 2017, until June 2023.";
  dk2021.bands = bands(35, 3.5, 70, 2.5, 1.5);
  sets.push_back(dk2021);

  ParameterSet dk2023 = dk2021;
  dk2023.id = "dk-2023";
  dk2023.title = "Danmark, Finansministeriet 2023 (3,5/2,5/1,5 %, ingen forvridningstab)";
  dk2023.source =
      "Finansministeriet, Vejledning i samfundsøkonomiske konsekvensvurderinger, updated June 2023 "
      "(https://fm.dk/nyheder/nyhedsarkiv/2023/juni/ny-vejledning-i-samfundsoekonomiske-konsekvensvurderinger/): "
      "discount rates as in 2021; the skatteforvridningsfaktor is set to 1, so the financing itself carries no "
      "distortion loss.";
  dk2023.tax_financing_rate = 0;
  sets.push_back(dk2023);

  ParameterSet no2021;
  no2021.id = "no-2021";
  no2021.title = "Norge, R-109/21 (4/3/2 %, skattefinansieringskostnad 20 %)";
  no2021.source =
      "Finansdepartementet, rundskriv R-109/21 \"Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske "
      "analyser\" (25.06.2021), and DFØ, Veileder i samfunnsøkonomiske analyser: real discount rate 4 % for "
      "years 1-40, 3 % for years 41-75, 2 % after year 75; tax-financing cost 20 øre per krone of net "
      "public-budget effect; analysis period at most 40 years. Real price growth of values of time 0.9 %/year "
      "as in Kystverket's R-109 model FRAM 3.5 (github.com/Kystverket/FRAM3_5).";
  no2021.bands = bands(40, 4, 75, 3, 2);
  // Digdir, "Kva er medfinansiering?" (digdir.no/finansiering/kva-er-medfinansiering/1962): project
  // cost 10-100 MNOK incl. internal salaries, at most 50 % and so at most 50 MNOK, at most three
  // budget years; Difi, "Medfinansieringsordning for digitaliseringsprosjekt": 50 % of the net
  // internal gain (gain less lasting operating costs) withdrawn from future budgets.
  CofinancingRules digdir;
  digdir.withdrawal_share = percent(50);
  digdir.min_project_cost = Money(1000000000, Currency::NOK);
  digdir.max_project_cost = Money(10000000000, Currency::NOK);
  digdir.max_grant_share = percent(50);
  digdir.max_grant = Money(5000000000, Currency::NOK);
  digdir.max_budget_years = 3;
  digdir.source =
      "Digdir, \"Kva er medfinansiering?\" (digdir.no/finansiering/kva-er-medfinansiering/1962): project cost "
      "10-100 MNOK incl. internal salaries, grant at most 50 % and 50 MNOK, at most three budget years; Difi, "
      "\"Medfinansieringsordning for digitaliseringsprosjekt\": 50 % of the net internal gain withdrawn.";
  no2021.cofinancing = digdir;
  no2021.tax_financing_rate = percent(20);
  no2021.analysis_period_years = 40;
  no2021.real_price_growth = percent(0.9);
  sets.push_back(no2021);

  return sets;
}

const std::vector<ParameterSet>& builtin_sets() {
  static const std::vector<ParameterSet> sets = make_builtin_sets();
  return sets;
}

// The longest span of years an analysis can have: the years the library supports
// (core/date_range.hpp).
constexpr int longest_span_years = last_supported_year - first_supported_year + 1;

std::string year_range() { return std::to_string(first_supported_year) + "-" + std::to_string(last_supported_year); }

std::string band_pointer(std::size_t index) { return "/discount_rate_bands/" + std::to_string(index); }

// A percentage p with p / 100 == fraction exactly, written as briefly as possible.
double percent_of(double fraction) {
  if (fraction == 0) return 0.0;  // also −0
  const double estimate = fraction * 100.0;
  double best = estimate;
  std::size_t best_length = SIZE_MAX;
  double candidate = estimate;
  for (int step = 0; step < 4; ++step) candidate = std::nextafter(candidate, -INFINITY);
  for (int step = 0; step < 9; ++step, candidate = std::nextafter(candidate, INFINITY)) {
    if (candidate / 100.0 != fraction) continue;
    const std::size_t length = problem_value(candidate).size();
    if (length < best_length) best = candidate, best_length = length;
  }
  return best;
}

using detail::DocumentReader;
using detail::Json;
using detail::ObjectReader;

std::optional<int> parse_year_key(const std::string& key) {
  if (key.empty() || key.size() > 5) return std::nullopt;
  int year = 0;
  const auto result = std::from_chars(key.data(), key.data() + key.size(), year);
  if (result.ec != std::errc() || result.ptr != key.data() + key.size()) return std::nullopt;
  return year;
}

// A percentage field read into a rate (3.5 → 0.035); absent leaves the rate as it is.
void read_rate(ObjectReader& object, std::string_view key, double& rate) {
  std::optional<double> value;
  if (object.optional(key, value) && value) rate = percent(*value);
}

void read_bands(DocumentReader& doc, const Json& value, std::vector<RateBand>& out) {
  const std::string pointer = "/discount_rate_bands";
  if (!value.is_array()) {
    doc.report(pointer, &value, "expected an array of bands");
    return;
  }
  std::vector<RateBand> bands;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const Json& entry = value[i];
    if (!entry.is_object()) {
      doc.report(band_pointer(i), &entry, "expected a band: {\"through_year\": 40, \"rate_percent\": 4}");
      continue;
    }
    ObjectReader object(doc, entry, band_pointer(i), {"through_year", "rate_percent"});
    RateBand band;
    object.nullable("through_year", band.through_year);
    double rate_percent = 0;
    if (object.required("rate_percent", rate_percent)) band.rate = percent(rate_percent);
    bands.push_back(band);
  }
  out = std::move(bands);
}

void read_cpi(DocumentReader& doc, const Json& value, std::map<int, double>& out) {
  if (!value.is_object()) {
    doc.report("/cpi", &value, "expected an object of year: index, e.g. {\"2021\": 117.8}");
    return;
  }
  std::map<int, double> cpi;
  for (const auto& [key, index] : value.items()) {
    const std::string at = detail::child_pointer("/cpi", key);
    const auto year = parse_year_key(key);
    if (!year) {
      doc.report(at, &index, "a CPI key must be a year, e.g. \"2021\"");
      continue;
    }
    double number = 0;
    if (read_value(doc, index, at, number)) cpi[*year] = number;
  }
  out = std::move(cpi);
}

void read_cofinancing(DocumentReader& doc, const Json& value, std::optional<CofinancingRules>& out) {
  if (value.is_null()) {
    out.reset();
    return;
  }
  ObjectReader object(doc, value, "/cofinancing",
                      {"withdrawal_percent", "currency", "min_project_cost", "max_project_cost", "max_grant_percent",
                       "max_grant", "max_budget_years", "source"});
  if (!object.is_object()) return;
  CofinancingRules rules;
  object.optional("currency", rules.currency);
  // The amounts are in the rules' currency, whatever the document's.
  const Currency document_currency = doc.currency();
  doc.set_currency(rules.currency);
  read_rate(object, "withdrawal_percent", rules.withdrawal_share);
  read_rate(object, "max_grant_percent", rules.max_grant_share);
  object.nullable("min_project_cost", rules.min_project_cost);
  object.nullable("max_project_cost", rules.max_project_cost);
  object.nullable("max_grant", rules.max_grant);
  object.nullable("max_budget_years", rules.max_budget_years);
  object.optional("source", rules.source);
  doc.set_currency(document_currency);
  out = rules;
}

}  // namespace

ParameterSet default_parameter_set(Currency currency) {
  if (currency == Currency::NOK) return builtin_parameter_set("no-2021");
  if (currency == Currency::DKK) return builtin_parameter_set("dk-2023");
  throw Error(ErrorCode::invalid_argument, "a portfolio in " + std::string(currency_code(currency)) +
                                               " has no default parameter set; choose one");
}

std::vector<std::string> builtin_parameter_set_ids() {
  std::vector<std::string> ids;
  for (const auto& set : builtin_sets()) ids.push_back(set.id);
  return ids;
}

const ParameterSet& builtin_parameter_set(std::string_view id) {
  for (const auto& set : builtin_sets())
    if (set.id == id) return set;
  std::string known;
  for (const auto& set : builtin_sets()) known += (known.empty() ? "" : ", ") + set.id;
  throw unknown_id(id, "no built-in parameter set has this id (known: " + known + ")");
}

std::vector<Problem> parameter_problems(const ParameterSet& set, const std::string& source) {
  std::vector<Problem> problems;
  auto report = [&](std::string pointer, std::string value, std::string message) {
    problems.push_back(Problem{source, std::move(pointer), 0, 0, std::move(value), std::move(message)});
  };
  if (set.id.empty()) report("/id", "", "a parameter set needs a non-empty id");
  if (set.bands.empty()) report("/discount_rate_bands", "[]", "at least one discount-rate band is needed");
  std::optional<int> previous;
  for (std::size_t i = 0; i < set.bands.size(); ++i) {
    const RateBand& band = set.bands[i];
    const bool last = i + 1 == set.bands.size();
    if (!std::isfinite(band.rate) || band.rate <= -1.0 || band.rate > 1.0)
      report(band_pointer(i) + "/rate_percent", problem_value(percent_of(band.rate)),
             "a discount rate must be above -100 % and at most 100 %");
    if (band.through_year) {
      if (last) {
        report(band_pointer(i) + "/through_year", std::to_string(*band.through_year),
               "the last band must be open-ended: leave out through_year");
      } else if (*band.through_year < 1 || *band.through_year > longest_span_years) {
        report(band_pointer(i) + "/through_year", std::to_string(*band.through_year),
               "through_year counts years from the anchor year and must be within 1-" +
                   std::to_string(longest_span_years) + " (the years " + year_range() + ")");
      } else if (previous && *band.through_year <= *previous) {
        report(band_pointer(i) + "/through_year", std::to_string(*band.through_year),
               "bands out of order: through_year must increase (the previous band runs through year " +
                   std::to_string(*previous) + ")");
      }
      if (!last) previous = band.through_year;
    } else if (!last) {
      report(band_pointer(i), "", "only the last band may be open-ended: give through_year");
    }
  }
  if (!std::isfinite(set.tax_financing_rate) || set.tax_financing_rate < 0 || set.tax_financing_rate > 1)
    report("/tax_financing_percent", problem_value(percent_of(set.tax_financing_rate)),
           "the tax-financing rate must be within 0-100 %");
  if (set.cofinancing) {
    const CofinancingRules& rules = *set.cofinancing;
    if (!std::isfinite(rules.withdrawal_share) || rules.withdrawal_share < 0 || rules.withdrawal_share > 1)
      report("/cofinancing/withdrawal_percent", problem_value(percent_of(rules.withdrawal_share)),
             "the withdrawn share must be within 0-100 %");
    if (!std::isfinite(rules.max_grant_share) || rules.max_grant_share < 0 || rules.max_grant_share > 1)
      report("/cofinancing/max_grant_percent", problem_value(percent_of(rules.max_grant_share)),
             "the grant share must be within 0-100 %");
    for (const auto* amount : {&rules.min_project_cost, &rules.max_project_cost, &rules.max_grant})
      if (*amount && amount->value().currency() != rules.currency)
        report("/cofinancing/currency", std::string(currency_code(amount->value().currency())),
               "every co-financing amount must be in the rules' currency");
    if (rules.min_project_cost && rules.max_project_cost && *rules.max_project_cost < *rules.min_project_cost)
      report("/cofinancing/max_project_cost", rules.max_project_cost->to_string(),
             "the largest project cost is below the smallest");
    if (rules.max_budget_years && *rules.max_budget_years < 1)
      report("/cofinancing/max_budget_years", std::to_string(*rules.max_budget_years),
             "at least one budget year is needed");
    else if (rules.max_budget_years && *rules.max_budget_years > longest_span_years)
      report("/cofinancing/max_budget_years", std::to_string(*rules.max_budget_years),
             "more budget years than the years " + year_range() + " hold");
  }
  for (const auto& [pointer, years] : {std::pair{"/analysis_period_years", set.analysis_period_years},
                                       std::pair{"/lifetime_years", set.lifetime_years}})
    if (years && (*years < 1 || *years > longest_span_years))
      report(pointer, std::to_string(*years),
             "must be within 1-" + std::to_string(longest_span_years) + " years (the years " + year_range() + ")");
  for (const auto& [pointer, year] : {std::pair{"/discount_year", set.discount_year},
                                      std::pair{"/band_anchor_year", set.band_anchor_year},
                                      std::pair{"/price_year", set.price_year}})
    if (year && (*year < first_supported_year || *year > last_supported_year))
      report(pointer, std::to_string(*year), "must be a year within " + year_range() + ", the years tiltak supports");
  if (set.lifetime_years && set.analysis_period_years && *set.lifetime_years >= 1 &&
      *set.lifetime_years < *set.analysis_period_years)
    report("/lifetime_years", std::to_string(*set.lifetime_years),
           "a lifetime of " + std::to_string(*set.lifetime_years) + " years is shorter than the analysis period of " +
               std::to_string(*set.analysis_period_years) + " years");
  for (const auto& [year, index] : set.cpi) {
    if (year < first_supported_year || year > last_supported_year)
      report("/cpi/" + std::to_string(year), std::to_string(year),
             "a CPI year must lie within " + year_range() + ", the years tiltak supports");
    else if (!std::isfinite(index) || index <= 0)
      report("/cpi/" + std::to_string(year), problem_value(index), "a price index must be positive");
  }
  if (set.price_year && !set.cpi.empty() && !set.cpi.contains(*set.price_year))
    report("/cpi", "", "missing CPI year: no index for the price year " + std::to_string(*set.price_year) +
                           ", which every conversion needs");
  if (!std::isfinite(set.real_price_growth) || set.real_price_growth <= -1.0 || set.real_price_growth > 1.0)
    report("/real_price_growth_percent", problem_value(percent_of(set.real_price_growth)),
           "real price growth must be above -100 % and at most 100 %");
  return problems;
}

void validate_parameters(const ParameterSet& set, const std::string& source) {
  auto problems = parameter_problems(set, source);
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
}

ParameterSet parameters_from_json(std::string_view text, const std::string& source) {
  const Json document = detail::parse_json(text, source);
  DocumentReader doc(source, Currency::NOK);
  ObjectReader object(doc, document, "",
                      {"id", "title", "source", "based_on", "discount_rate_bands", "tax_financing_percent",
                       "analysis_period_years", "lifetime_years", "residual_value", "price_year", "cpi",
                       "real_price_growth_percent", "discount_year", "band_anchor_year", "cofinancing"});
  if (!object.is_object()) throw Error(ErrorCode::validation_error, doc.take_problems());

  ParameterSet set;
  std::string base;
  if (object.has("based_on") && object.required("based_on", base)) {
    const auto ids = builtin_parameter_set_ids();
    if (std::find(ids.begin(), ids.end(), base) == ids.end()) {
      std::string known;
      for (const auto& id : ids) known += (known.empty() ? "" : ", ") + id;
      doc.report("/based_on", object.find("based_on"), "no built-in parameter set with this id (known: " + known + ")");
    } else {
      set = builtin_parameter_set(base);
      set.source = "Based on " + base + ": " + set.source;
    }
  }
  object.required("id", set.id);
  object.optional("title", set.title);
  object.optional("source", set.source);
  if (const Json* bands = object.find("discount_rate_bands")) read_bands(doc, *bands, set.bands);
  else if (set.bands.empty()) doc.report("/discount_rate_bands", nullptr, "a parameter set needs \"discount_rate_bands\" (or \"based_on\")");
  read_rate(object, "tax_financing_percent", set.tax_financing_rate);
  object.nullable("analysis_period_years", set.analysis_period_years);
  object.nullable("lifetime_years", set.lifetime_years);
  object.optional("residual_value", set.residual_value);
  object.nullable("price_year", set.price_year);
  if (const Json* cpi = object.find("cpi")) read_cpi(doc, *cpi, set.cpi);
  read_rate(object, "real_price_growth_percent", set.real_price_growth);
  object.nullable("discount_year", set.discount_year);
  object.nullable("band_anchor_year", set.band_anchor_year);
  if (const Json* cofinancing = object.find("cofinancing")) read_cofinancing(doc, *cofinancing, set.cofinancing);

  // Rule problems inside a field that could not be read would only repeat it.
  std::vector<Problem> problems = doc.take_problems();
  std::set<std::string> unreadable;
  for (const auto& problem : problems) unreadable.insert(problem.pointer);
  for (auto& problem : parameter_problems(set, source)) {
    bool repeated = false;
    for (std::string pointer = problem.pointer; !pointer.empty(); pointer.resize(pointer.rfind('/')))
      if (unreadable.contains(pointer)) repeated = true;
    if (!repeated) problems.push_back(std::move(problem));
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  return set;
}

std::string parameters_to_json(const ParameterSet& set) {
  nlohmann::ordered_json document;
  document["id"] = set.id;
  document["title"] = set.title;
  document["source"] = set.source;
  auto bands = nlohmann::ordered_json::array();
  for (const auto& band : set.bands) {
    nlohmann::ordered_json entry;
    if (band.through_year) entry["through_year"] = *band.through_year;
    entry["rate_percent"] = percent_of(band.rate);
    bands.push_back(entry);
  }
  document["discount_rate_bands"] = bands;
  document["tax_financing_percent"] = percent_of(set.tax_financing_rate);
  auto optional_int = [](const std::optional<int>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
  };
  document["analysis_period_years"] = optional_int(set.analysis_period_years);
  document["lifetime_years"] = optional_int(set.lifetime_years);
  document["residual_value"] = set.residual_value;
  document["price_year"] = optional_int(set.price_year);
  auto cpi = nlohmann::ordered_json::object();
  for (const auto& [year, index] : set.cpi) cpi[std::to_string(year)] = index;
  document["cpi"] = cpi;
  document["real_price_growth_percent"] = percent_of(set.real_price_growth);
  document["discount_year"] = optional_int(set.discount_year);
  document["band_anchor_year"] = optional_int(set.band_anchor_year);
  if (set.cofinancing) {
    const CofinancingRules& rules = *set.cofinancing;
    auto amount = [](const std::optional<Money>& value) {
      return value ? nlohmann::ordered_json(value->to_string()) : nlohmann::ordered_json(nullptr);
    };
    document["cofinancing"] = {{"withdrawal_percent", percent_of(rules.withdrawal_share)},
                               {"currency", currency_code(rules.currency)},
                               {"min_project_cost", amount(rules.min_project_cost)},
                               {"max_project_cost", amount(rules.max_project_cost)},
                               {"max_grant_percent", percent_of(rules.max_grant_share)},
                               {"max_grant", amount(rules.max_grant)},
                               {"max_budget_years", optional_int(rules.max_budget_years)},
                               {"source", rules.source}};
  }
  return document.dump(2) + "\n";
}

Money convert_price_year(Money amount, int from_price_year, int to_price_year, const std::map<int, double>& cpi) {
  if (from_price_year == to_price_year) return amount;
  std::vector<Problem> problems;
  for (int year : {from_price_year, to_price_year}) {
    const auto found = cpi.find(year);
    if (found == cpi.end())
      problems.push_back(Problem{"<memory>", "/cpi/" + std::to_string(year), 0, 0, "",
                                 "missing CPI year " + std::to_string(year) + ", needed to convert amounts from " +
                                     std::to_string(from_price_year) + " prices to " + std::to_string(to_price_year) +
                                     " prices"});
    else if (!std::isfinite(found->second) || found->second <= 0)
      problems.push_back(Problem{"<memory>", "/cpi/" + std::to_string(year), 0, 0, problem_value(found->second),
                                 "a price index must be positive"});
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
  const long double factor = static_cast<long double>(cpi.at(to_price_year)) / cpi.at(from_price_year);
  return round_to_minor(static_cast<long double>(amount.minor_units()) * factor, amount.currency());
}

Money to_price_year(Money amount, int from_price_year, const ParameterSet& set) {
  if (!set.price_year)
    throw Error(ErrorCode::validation_error,
                Problem{"<memory>", "/price_year", 0, 0, "", "the parameter set \"" + set.id + "\" has no price year"});
  return convert_price_year(amount, from_price_year, *set.price_year, set.cpi);
}

long double real_growth_factor(const ParameterSet& set, int year) {
  if (set.real_price_growth == 0) return 1.0L;
  if (!set.price_year)
    throw Error(ErrorCode::validation_error,
                Problem{"<memory>", "/price_year", 0, 0, "",
                        "real price growth needs a price year to grow from (parameter set \"" + set.id + "\")"});
  if (year <= *set.price_year) return 1.0L;
  return std::pow(1.0L + static_cast<long double>(set.real_price_growth), static_cast<long double>(year - *set.price_year));
}

}  // namespace tiltak
