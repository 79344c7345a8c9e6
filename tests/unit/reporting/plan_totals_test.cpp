// Headline totals that say what they count and reconcile with the tables (issue 17: "Samlet plan
// 58 860 500 kr" counted ideas, a rejected and a cancelled initiative, while the service-area
// table summed to 48 220 500 kr and neither said what it counted).

#include <gtest/gtest.h>

#include "support/portfolio_builder.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/reporting/report.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

PortfolioReport plan_report(Language language) {
  ReportOptions options;
  options.as_of = testing::day("2026-11-23");
  options.language = language;
  return build_report(parse_portfolio(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json")), options);
}


TEST(PlanTotals, FjordvikCommittedPlanIsWhatTheServiceAreaTableSums) {
  const PortfolioReport report = plan_report(Language::nb);
  Money areas = Money::zero(Currency::NOK);
  for (const auto& area : report.areas) areas += area.plan;
  EXPECT_EQ(report.plans.committed, nok("48220500.00"));
  EXPECT_EQ(report.plans.committed, areas);
  // Every initiative's plan is in exactly one of the four.
  Money all = Money::zero(Currency::NOK);
  for (const auto& initiative : report.initiatives) all += initiative.total_plan;
  EXPECT_EQ(all, nok("58860500.00"));
  EXPECT_EQ(report.plans.committed + report.plans.pipeline + report.plans.paused + report.plans.dropped, all);
  EXPECT_GT(report.plans.dropped, Money::zero(Currency::NOK));  // T-030 (rejected), T-031 (cancelled)
}

TEST(PlanTotals, HeadlineSaysWhatItCountsAndWhatItLeavesOut) {
  const std::string html = report_to_html(plan_report(Language::nb));
  EXPECT_NE(html.find("<dt>Vedtatt plan</dt><dd>48 220 500 kr<span class=\"detail\">ikke besluttet "), std::string::npos);
  EXPECT_NE(html.find("avvist eller avbrutt, ikke medregnet "), std::string::npos);
  EXPECT_EQ(html.find("58 860 500 kr</dd>"), std::string::npos);
  const std::string json = report_to_json(plan_report(Language::en));
  EXPECT_NE(json.find("\"plans\": {\n      \"committed\": \"48220500.00\""), std::string::npos);
}

}  // namespace
}  // namespace tiltak
