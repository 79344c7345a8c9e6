// The budget frame held against the forecast as well as the plan, per kind of cost, and
// forecasts that never forget what is booked (issues 17 and 22). Figures by hand from
// tests/support/report_example.hpp: A in progress, 2026 investment plan 800 000 and booked
// 300 000, operating plan 100 000; frames 2026 1 000 000 / 200 000.

#include <gtest/gtest.h>

#include "support/report_example.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/reporting/report.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using testing::cost;

Portfolio with_costs_of_a(std::vector<CostLine> more) {
  Portfolio portfolio = testing::report_example();
  Initiative& a = *portfolio.find_initiative(InitiativeId("A"));
  a.costs.insert(a.costs.end(), more.begin(), more.end());
  return portfolio;
}

const FrameYear& year(const PortfolioReport& report, int number) {
  for (const auto& y : report.years)
    if (y.year == number) return y;
  throw std::runtime_error("no year " + std::to_string(number));
}

TEST(FrameForecast, AForecastAboveTheFrameIsOverTheFrameThoughThePlanIsNot) {
  // A's 2026 investment forecast 1 100 000 against the frame of 1 000 000; its plan, 800 000,
  // is within it.
  const auto report = build_report(with_costs_of_a({cost(2026, CostKind::investment, CostBasis::forecast, 1'100'000)}),
                                   testing::report_example_options());
  const FrameYear& y2026 = year(report, 2026);
  EXPECT_EQ(y2026.forecast_investment, kroner(1'100'000));
  EXPECT_EQ(y2026.forecast_operating, kroner(100'000));
  EXPECT_FALSE(y2026.over_frame_on_plan);
  EXPECT_TRUE(y2026.over_frame_on_forecast);
  EXPECT_TRUE(y2026.over_frame);
  const std::string html = report_to_html(report);
  EXPECT_NE(html.find("Over rammen etter prognose"), std::string::npos);
  const std::string json = report_to_json(report);
  EXPECT_NE(json.find("\"over_frame_on_forecast\": true"), std::string::npos);
}

TEST(FrameForecast, NeverBelowWhatIsBooked) {
  // Booked 300 000 + 700 000 in 2026 against the plan of 800 000, and 500 000 in 2027 against
  // the forecast line of 450 000: each year's forecast is at least what is booked.
  const auto report = build_report(with_costs_of_a({cost(2026, CostKind::investment, CostBasis::actual, 700'000),
                                                    cost(2027, CostKind::investment, CostBasis::actual, 500'000)}),
                                   testing::report_example_options());
  EXPECT_EQ(year(report, 2026).forecast_investment, kroner(1'000'000));
  EXPECT_EQ(year(report, 2027).forecast_investment, kroner(500'000 + 200'000));  // B's plan beside A
  for (const auto& initiative : report.initiatives)
    for (const auto& y : initiative.budget) EXPECT_GE(y.forecast, y.actual) << initiative.id.str() << " " << y.year;
}

// The Fjordvik example as of 2026-11-23: the committed initiatives' 2026 investment forecast
// lines and plans come to 7 850 000, and T-018 booked 40 000 with neither (issue 22: missing
// from its forecast before), 7 890 000 against a frame of 7 500 000: 2026 is over the frame
// although the plan is not (before, the report said "År over rammen: 0"). Recomputed from
// fjordvik.json by a separate script.
TEST(FrameForecast, Fjordvik2026IsOverTheInvestmentFrameOnForecast) {
  ReportOptions options;
  options.as_of = testing::day("2026-11-23");
  const auto report = build_report(parse_portfolio(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json")), options);
  const FrameYear& y2026 = year(report, 2026);
  EXPECT_EQ(y2026.frame_investment, Money::parse("7500000.00", Currency::NOK));
  EXPECT_EQ(y2026.forecast_investment, Money::parse("7890000.00", Currency::NOK));
  EXPECT_FALSE(y2026.over_frame_on_plan);
  EXPECT_TRUE(y2026.over_frame_on_forecast);
  const std::string html = report_to_html(report);
  EXPECT_EQ(html.find("<dt>År over rammen</dt><dd>0"), std::string::npos);
  EXPECT_NE(html.find("<dt>År over rammen</dt><dd>1<span class=\"detail\">2026"), std::string::npos);
}

}  // namespace
}  // namespace tiltak
