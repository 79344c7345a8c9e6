// Jurisdiction parameter sets: the built-in values with their sources, and a municipality's
// own set from JSON with clear errors by JSON Pointer.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "tiltak/benefits/parameters.hpp"

namespace tiltak {
namespace {

std::vector<Problem> problems_of(const std::string& document) {
  try {
    parameters_from_json(document, "test.json");
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error) << error.what();
    return error.problems();
  }
  ADD_FAILURE() << "expected a validation error";
  return {};
}

bool has_pointer(const std::vector<Problem>& problems, const std::string& pointer) {
  for (const auto& problem : problems)
    if (problem.pointer == pointer) return true;
  return false;
}

TEST(Parameters, BuiltInIdsAreSelectable) {
  EXPECT_EQ(builtin_parameter_set_ids(), (std::vector<std::string>{"dk-2013", "dk-2017", "dk-2021", "dk-2023", "no-2021"}));
  for (const auto& id : builtin_parameter_set_ids()) {
    EXPECT_EQ(builtin_parameter_set(id).id, id);
    EXPECT_TRUE(parameter_problems(builtin_parameter_set(id)).empty()) << id;
    EXPECT_FALSE(builtin_parameter_set(id).source.empty()) << id;
  }
  try {
    builtin_parameter_set("se-2020");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST(Parameters, Norway2021_R109) {
  // R-109/21: 4 % years 1–40, 3 % 41–75, 2 % after; tax-financing cost 20 øre per krone;
  // analysis period at most 40 years; FRAM's real price growth 0.9 %/year.
  const auto& set = builtin_parameter_set("no-2021");
  ASSERT_EQ(set.bands.size(), 3u);
  EXPECT_EQ(set.bands[0], (RateBand{40, 0.04}));
  EXPECT_EQ(set.bands[1], (RateBand{75, 0.03}));
  EXPECT_EQ(set.bands[2], (RateBand{std::nullopt, 0.02}));
  EXPECT_DOUBLE_EQ(set.tax_financing_rate, 0.20);
  EXPECT_EQ(set.analysis_period_years, 40);
  EXPECT_DOUBLE_EQ(set.real_price_growth, 0.009);
}

TEST(Parameters, DenmarkRatesAndDistortionFactorsFollowTheMinistry) {
  // 2013: 4/3/2 % with breakpoints 35/70, forvridningstab 20 % (1999 guidance);
  // 2017: factor lowered to 10 %; 2021: 3.5/2.5/1.5 %; June 2023: factor set to 1 (no loss).
  const auto& dk2013 = builtin_parameter_set("dk-2013");
  EXPECT_EQ(dk2013.bands, (std::vector<RateBand>{{35, 0.04}, {70, 0.03}, {std::nullopt, 0.02}}));
  EXPECT_DOUBLE_EQ(dk2013.tax_financing_rate, 0.20);
  EXPECT_DOUBLE_EQ(builtin_parameter_set("dk-2017").tax_financing_rate, 0.10);
  const auto& dk2021 = builtin_parameter_set("dk-2021");
  EXPECT_EQ(dk2021.bands, (std::vector<RateBand>{{35, 0.035}, {70, 0.025}, {std::nullopt, 0.015}}));
  EXPECT_DOUBLE_EQ(dk2021.tax_financing_rate, 0.10);
  EXPECT_DOUBLE_EQ(builtin_parameter_set("dk-2023").tax_financing_rate, 0.0);
  EXPECT_EQ(builtin_parameter_set("dk-2023").bands, dk2021.bands);
}

TEST(Parameters, MunicipalSetBasedOnABuiltInSet) {
  const auto set = parameters_from_json(R"({
    "id": "testvik-2026",
    "title": "Testvik kommune 2026",
    "based_on": "no-2021",
    "analysis_period_years": 10,
    "lifetime_years": 15,
    "price_year": 2026,
    "cpi": {"2024": 100.0, "2025": 103.1, "2026": 106.0},
    "discount_year": 2026
  })");
  EXPECT_EQ(set.id, "testvik-2026");
  EXPECT_EQ(set.bands, builtin_parameter_set("no-2021").bands);
  EXPECT_DOUBLE_EQ(set.tax_financing_rate, 0.20);
  EXPECT_EQ(set.analysis_period_years, 10);
  EXPECT_EQ(set.lifetime_years, 15);
  EXPECT_EQ(set.price_year, 2026);
  EXPECT_EQ(set.cpi.size(), 3u);
  EXPECT_EQ(set.discount_year, 2026);
  EXPECT_FALSE(set.band_anchor_year.has_value());
  EXPECT_NE(set.source.find("Based on no-2021"), std::string::npos);
}

TEST(Parameters, OwnBandsInPercent) {
  const auto set = parameters_from_json(R"({
    "id": "flat-5",
    "discount_rate_bands": [{"through_year": 10, "rate_percent": 5}, {"rate_percent": 3.5}],
    "tax_financing_percent": 0
  })");
  EXPECT_EQ(set.bands, (std::vector<RateBand>{{10, 0.05}, {std::nullopt, 0.035}}));
  EXPECT_FALSE(set.analysis_period_years.has_value());
}

TEST(Parameters, RateAtOrBelowMinus100PercentIsRejectedWithItsPointer) {
  const auto problems = problems_of(R"({"id": "x", "discount_rate_bands": [{"through_year": 5, "rate_percent": 4},
                                        {"rate_percent": -100}]})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/discount_rate_bands/1/rate_percent");
  EXPECT_EQ(problems[0].source, "test.json");
  EXPECT_NE(problems[0].message.find("-100 %"), std::string::npos);
}

TEST(Parameters, BandsOutOfOrderAreRejected) {
  const auto problems = problems_of(R"({"id": "x", "discount_rate_bands": [
      {"through_year": 40, "rate_percent": 4}, {"through_year": 40, "rate_percent": 3}, {"rate_percent": 2}]})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/discount_rate_bands/1/through_year");
  EXPECT_TRUE(has_pointer(problems_of(R"({"id": "x", "discount_rate_bands": [{"rate_percent": 4}, {"rate_percent": 2}]})"),
                          "/discount_rate_bands/0"));
  EXPECT_TRUE(has_pointer(problems_of(R"({"id": "x", "discount_rate_bands": [{"through_year": 3, "rate_percent": 4}]})"),
                          "/discount_rate_bands/0/through_year"));
}

TEST(Parameters, LifetimeShorterThanAnalysisPeriodIsRejected) {
  const auto problems = problems_of(R"({"id": "x", "based_on": "no-2021", "analysis_period_years": 20, "lifetime_years": 10})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/lifetime_years");
  EXPECT_NE(problems[0].message.find("shorter than the analysis period"), std::string::npos);
}

TEST(Parameters, CpiWithoutThePriceYearIsRejected) {
  const auto problems = problems_of(R"({"id": "x", "based_on": "no-2021", "price_year": 2026, "cpi": {"2024": 100}})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/cpi");
  EXPECT_NE(problems[0].message.find("missing CPI year"), std::string::npos);
}

TEST(Parameters, UnknownFieldsAndWrongTypesAreAllReportedAtOnce) {
  const auto problems = problems_of(R"({"id": 7, "based_on": "no-2021", "colour": "blue",
      "discount_rate_bands": [{"through_year": 40, "rate_percent": "4", "note": 1}, {"rate_percent": 2}],
      "cpi": {"twenty": 1, "2020": -5}, "residual_value": "yes"})");
  EXPECT_TRUE(has_pointer(problems, "/id"));
  EXPECT_TRUE(has_pointer(problems, "/colour"));
  EXPECT_TRUE(has_pointer(problems, "/discount_rate_bands/0/rate_percent"));
  EXPECT_TRUE(has_pointer(problems, "/discount_rate_bands/0/note"));
  EXPECT_TRUE(has_pointer(problems, "/cpi/twenty"));
  EXPECT_TRUE(has_pointer(problems, "/cpi/2020"));
  EXPECT_TRUE(has_pointer(problems, "/residual_value"));
  EXPECT_GE(problems.size(), 7u);
}

TEST(Parameters, MissingIdAndUnknownBase) {
  EXPECT_TRUE(has_pointer(problems_of(R"({"based_on": "no-2021"})"), "/id"));
  EXPECT_TRUE(has_pointer(problems_of(R"({"id": "x", "based_on": "no-1999"})"), "/based_on"));
}

TEST(Parameters, MalformedJsonIsAParseErrorWithItsLine) {
  try {
    parameters_from_json("{\n  \"id\": \"x\",\n  oops\n}", "bad.json");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].line, 3u);
  }
}

TEST(Parameters, JsonRoundTripOfEveryBuiltInSet) {
  for (const auto& id : builtin_parameter_set_ids()) {
    const auto& set = builtin_parameter_set(id);
    EXPECT_EQ(parameters_from_json(parameters_to_json(set)), set) << parameters_to_json(set);
  }
}

TEST(Parameters, ShippedDataFilesEqualTheBuiltInSets) {
  for (const auto& id : builtin_parameter_set_ids()) {
    const std::string path = std::string(TILTAK_EXAMPLES_DIR) + "/../data/parameters/" + id + ".json";
    std::ifstream file(path);
    ASSERT_TRUE(file) << path;
    std::stringstream text;
    text << file.rdbuf();
    EXPECT_EQ(parameters_from_json(text.str(), path), builtin_parameter_set(id)) << path;
  }
}

TEST(Parameters, PriceYearConversionByCpi) {
  // 1 000 kr in 2020 prices with CPI 2020 = 100 and 2024 = 120 is 1 200 kr in 2024 prices.
  const std::map<int, double> cpi{{2020, 100.0}, {2024, 120.0}};
  EXPECT_EQ(convert_price_year(Money::parse("1000", Currency::NOK), 2020, 2024, cpi), Money::parse("1200", Currency::NOK));
  // 1 øre × 1.2 = 1.2 øre → 1 øre; 5 øre × 1.5 (index 150) = 7.5 øre → 8 øre (half away from zero).
  EXPECT_EQ(convert_price_year(Money(1, Currency::NOK), 2020, 2024, cpi), Money(1, Currency::NOK));
  EXPECT_EQ(convert_price_year(Money(5, Currency::NOK), 2020, 2030, {{2020, 100.0}, {2030, 150.0}}), Money(8, Currency::NOK));
  EXPECT_EQ(convert_price_year(Money(5, Currency::NOK), 2019, 2019, {}), Money(5, Currency::NOK));
}

TEST(Parameters, MissingCpiYearForAConversionIsAnError) {
  try {
    convert_price_year(Money::parse("1000", Currency::NOK), 2019, 2024, {{2020, 100.0}, {2024, 120.0}});
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/cpi/2019");
    EXPECT_NE(error.problems()[0].message.find("missing CPI year 2019"), std::string::npos);
  }
  EXPECT_THROW(to_price_year(Money(1, Currency::NOK), 2020, builtin_parameter_set("no-2021")), Error);  // no price year
}

TEST(Parameters, RealGrowthOfValuesOfTime) {
  ParameterSet set = builtin_parameter_set("no-2021");
  EXPECT_THROW(real_growth_factor(set, 2030), Error);  // growth needs a price year
  set.price_year = 2026;
  EXPECT_EQ(real_growth_factor(set, 2026), 1.0L);
  EXPECT_EQ(real_growth_factor(set, 2020), 1.0L);
  EXPECT_NEAR(static_cast<double>(real_growth_factor(set, 2028)), 1.009 * 1.009, 1e-15);
}

}  // namespace
}  // namespace tiltak
