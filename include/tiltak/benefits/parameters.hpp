#pragma once
// Jurisdiction parameter sets for cost–benefit analysis: discount-rate bands, tax-financing
// cost, analysis period and lifetime, price year with a CPI series, real price growth.
// Built-in sets are selectable by id ("no-2021", "dk-2021", ...); a municipality may define
// its own set in JSON. Sources and conventions: docs/benefits.md.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak {

// One band of the discount-rate schedule. Band years are counted from the band anchor year
// (year 0 = the anchor year itself): the band applies to the discounting steps into band
// years up to and including `through_year`; the last band is open-ended (no `through_year`).
// Norway R-109/21: {40, 4 %}, {75, 3 %}, {open, 2 %}.
struct RateBand {
  std::optional<int> through_year;
  double rate = 0;  // a real rate as a fraction: 0.04 for 4 %
  bool operator==(const RateBand&) const = default;
};

// Digdir's co-financing scheme (medfinansieringsordningen) as data: the part of the applicant's
// internal net gains (gains less lasting operating costs of the new solution) that must be
// withdrawn from future budgets, and the limits on project cost and grant. Limits have changed
// over the years (docs/benefits.md, "Who pays and who gains"); amounts in `currency`.
struct CofinancingRules {
  double withdrawal_share = 0.5;  // Difi/Digdir: 50 % of the internal net gain
  Currency currency = Currency::NOK;
  std::optional<Money> min_project_cost;  // project cost incl. internal salaries
  std::optional<Money> max_project_cost;
  double max_grant_share = 0.5;   // of the project cost
  std::optional<Money> max_grant;
  std::optional<int> max_budget_years;  // years the grant may be paid in
  std::string source;                   // where the scheme's rules are stated
  bool operator==(const CofinancingRules&) const = default;
};

struct ParameterSet {
  std::string id;      // "no-2021"
  std::string title;   // plain-language name
  std::string source;  // citation of the primary sources
  std::vector<RateBand> bands;
  // Tax-financing cost (NO: skattefinansieringskostnad) or tax distortion loss (DK:
  // skatteforvridningstab) per krone of net public-budget effect, as a fraction (0.20).
  double tax_financing_rate = 0;
  // Years valued from the opening year on (years before it are always valued). Empty: no limit.
  std::optional<int> analysis_period_years;
  // The lifetime from the opening year on. Empty: equal to the analysis period (no residual value).
  std::optional<int> lifetime_years;
  // Whether the value over lifetime beyond the analysis period is counted (FRAM's residual value).
  bool residual_value = true;
  // Price year (kroneår) of the analysis, and a consumer price index by year to convert amounts
  // of other price years to it. Both optional; a conversion needs the index of both years.
  std::optional<int> price_year;
  std::map<int, double> cpi;
  // Real price growth per year of values of time (FRAM: 0.009), as a fraction.
  double real_price_growth = 0;
  // Defaults for an analysis; usually given per analysis instead (see AppraisalOptions).
  std::optional<int> discount_year;
  std::optional<int> band_anchor_year;
  // Digdir's co-financing rules, where the jurisdiction has them (no-2021).
  std::optional<CofinancingRules> cofinancing;
  bool operator==(const ParameterSet&) const = default;
};

// The ids of the built-in sets, oldest first: "dk-2013", "dk-2017", "dk-2021", "dk-2023", "no-2021".
std::vector<std::string> builtin_parameter_set_ids();

// The set a portfolio in `currency` is appraised by unless another is chosen: the newest of its
// country, no-2021 for NOK and dk-2023 for DKK. Error(invalid_argument) for EUR and SEK, which
// have no set of their own.
ParameterSet default_parameter_set(Currency currency);
// A built-in set by id. Throws Error(not_found) for an unknown id.
const ParameterSet& builtin_parameter_set(std::string_view id);

// Every rule problem of a set, with JSON Pointers as in the JSON form ("/discount_rate_bands/1/
// rate_percent"). Empty when valid.
std::vector<Problem> parameter_problems(const ParameterSet& set, const std::string& source = "<memory>");
// Throws Error(validation_error) carrying parameter_problems() when there are any.
void validate_parameters(const ParameterSet& set, const std::string& source = "<memory>");

// A municipality's own set from JSON (format in docs/benefits.md; "based_on" starts from a
// built-in set). Throws Error(parse_error) for malformed JSON and Error(validation_error) with
// every problem, each with its JSON Pointer, for unknown fields, wrong types, rates ≤ −100 %,
// bands out of order, a lifetime shorter than the analysis period, a CPI without the price year.
ParameterSet parameters_from_json(std::string_view text, const std::string& source = "<memory>");
// The JSON form of a set; parameters_from_json(parameters_to_json(s)) == s.
std::string parameters_to_json(const ParameterSet& set);

// `amount` in prices of `from_price_year`, converted to prices of `to_price_year` by the CPI:
// amount × cpi[to] / cpi[from], rounded once by round_to_minor(). Throws Error(validation_error)
// naming each missing year (pointer "/cpi/<year>").
Money convert_price_year(Money amount, int from_price_year, int to_price_year, const std::map<int, double>& cpi);
// To the set's price year. Throws Error(validation_error) when the set has no price year.
Money to_price_year(Money amount, int from_price_year, const ParameterSet& set);

// Real growth of a value of time from the price year to `year`: (1 + g)^(year − price_year),
// and 1 for years up to the price year (as FRAM's realprisjustering). Throws
// Error(validation_error) when the set has no price year and g ≠ 0.
long double real_growth_factor(const ParameterSet& set, int year);

}  // namespace tiltak
