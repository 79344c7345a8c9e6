// The year a report's present values are discounted to (issue #17: "discounted figures labelled
// with their discount year, by default the report's year"). Fjordvik's flows start in 2024; a
// report as of 23.11.2026 used to discount to 2024, two years before the council reads it.

#include <gtest/gtest.h>

#include <cmath>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

ReportOptions as_of_2026() {
  ReportOptions options;
  options.as_of = Date(2026, 11, 23);
  options.language = Language::nb;
  return options;
}

TEST(ReportDiscountYear, ByDefaultTheReportsOwnYear) {
  const PortfolioReport report = build_report(fjordvik(), as_of_2026());
  ASSERT_TRUE(report.economy);
  EXPECT_EQ(report.economy->discount_year, 2026);
  EXPECT_TRUE(contains(report_to_html(report), "<dt>Netto nåverdi i 2026-kroner</dt>"));
  EXPECT_TRUE(contains(report_to_markdown(report), "- Netto nåverdi i 2026-kroner: "));
}

TEST(ReportDiscountYear, TheSameAsTheAppraisalDiscountedToThatYear) {
  const ParameterSet parameters = default_parameter_set(Currency::NOK);
  for (const int year : {2024, 2026, 2030}) {
    ReportOptions options = as_of_2026();
    options.discount_year = year;
    const PortfolioReport report = build_report(fjordvik(), options);
    AppraisalOptions appraisal_options;
    appraisal_options.discount_year = year;
    const PortfolioAppraisal appraisal = appraise_portfolio(fjordvik(), parameters, appraisal_options);
    ASSERT_TRUE(report.economy);
    EXPECT_EQ(report.economy->discount_year, year);
    EXPECT_EQ(report.economy->pv_costs, appraisal.total.pv_costs) << year;
    EXPECT_EQ(report.economy->npv, appraisal.total.npv) << year;
  }
}

// Independently of the appraisal's code: every flow of 2024 onwards lies in no-2021's first
// band (4 % for the first 40 years), so moving the discount year from 2024 to 2026 multiplies
// each present value by 1.04², give or take the øre each flow is rounded to.
TEST(ReportDiscountYear, TwoYearsLaterIsTwoYearsOfInterestMore) {
  ReportOptions in_2024 = as_of_2026();
  in_2024.discount_year = 2024;
  const PortfolioReport earlier = build_report(fjordvik(), in_2024);
  const PortfolioReport later = build_report(fjordvik(), as_of_2026());
  ASSERT_TRUE(earlier.economy && later.economy);
  EXPECT_EQ(earlier.economy->pv_costs, Money::parse("51897613.69", Currency::NOK));
  const double expected = 51897613.69 * 1.04 * 1.04;
  EXPECT_LT(std::abs(static_cast<double>(later.economy->pv_costs.minor_units()) / 100.0 - expected), 5.0)
      << later.economy->pv_costs.minor_units();
}

TEST(ReportDiscountYear, ReadFromJsonOptionsWithinTheSupportedYears) {
  EXPECT_EQ(report_request_from_json(R"({"as_of": "2026-11-23", "discount_year": 2025})").options.discount_year, 2025);
  EXPECT_FALSE(report_request_from_json(R"({"as_of": "2026-11-23"})").options.discount_year.has_value());
  try {
    report_request_from_json(R"({"as_of": "2026-11-23", "discount_year": 3000})", "options.json");
    FAIL() << "a discount year of 3000 was taken";
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].pointer, "/discount_year");
    EXPECT_EQ(error.problems()[0].value, "3000");
    EXPECT_NE(error.problems()[0].message.find("1900-2200"), std::string::npos) << error.problems()[0].message;
  }
}

}  // namespace
}  // namespace tiltak
