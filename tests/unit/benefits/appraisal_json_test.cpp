// The JSON form of appraisals, on the example of appraisal_test.cpp (Norway, no-2021,
// discount year 2026): every figure pinned there appears here as an exact string.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/appraisal_example.hpp"
#include "tiltak/benefits/appraisal_json.hpp"

namespace tiltak {
namespace {

using json = nlohmann::json;

using testing::at_2026;
using testing::example;

TEST(AppraisalJson, InitiativeHasEveryFigureAsExactStrings) {
  const auto result = appraise_initiative(example(), InitiativeId("A"), builtin_parameter_set("no-2021"), at_2026());
  const json doc = json::parse(initiative_appraisal_to_json(result, 2));
  EXPECT_EQ(doc.at("parameter_set"), "no-2021");
  EXPECT_EQ(doc.at("initiative"), "A");
  EXPECT_EQ(doc.at("title"), "Digital byggesak");
  EXPECT_EQ(doc.at("opening_year"), 2027);
  EXPECT_EQ(doc.at("band_anchor_year"), 2027);
  const json& a = doc.at("appraisal");
  EXPECT_EQ(a.at("currency"), "NOK");
  EXPECT_EQ(a.at("discount_year"), 2026);
  EXPECT_EQ(a.at("pv_benefits"), "1814947.61");
  EXPECT_EQ(a.at("pv_costs"), "1562989.52");
  EXPECT_EQ(a.at("pv_investment"), nok("1200000").to_string());
  EXPECT_EQ(a.at("npv"), "251958.09");
  EXPECT_EQ(a.at("pv_public_budget"), "-274020.96");
  EXPECT_EQ(a.at("pv_tax_financing"), "-54804.19");
  EXPECT_EQ(a.at("npv_with_tax_financing"), "197153.90");
  EXPECT_DOUBLE_EQ(a.at("benefit_cost_ratio").get<double>(), 181494761.0 / 156298952.0);
  EXPECT_DOUBLE_EQ(a.at("npv_per_invested_krone").get<double>(), 19715390.0 / 120000000.0);
  EXPECT_DOUBLE_EQ(a.at("net_benefit_per_budget_krone").get<double>(), 19715390.0 / 27402096.0);
  EXPECT_EQ(a.at("payback_year"), 2029);
  EXPECT_EQ(a.at("discounted_payback_year"), 2030);
  const json& irr = a.at("irr");
  EXPECT_EQ(irr.at("outcome"), "one");
  EXPECT_EQ(irr.at("count"), 1);
  EXPECT_TRUE(irr.at("consistent_with_descartes").get<bool>());
  EXPECT_NEAR(irr.at("rates")[0].get<double>(), 0.125898324962443, 1e-12);
  EXPECT_EQ(a.at("nominal_hump").at("depth"), nok("-1200000").to_string());
  EXPECT_EQ(a.at("nominal_hump").at("trough_year"), 2026);
  EXPECT_EQ(a.at("nominal_hump").at("positive_year"), 2029);
  EXPECT_EQ(a.at("cumulative_discounted")[3].at("cumulative"), "-89963.59");
  EXPECT_EQ(a.at("tax_financing")[0].at("amount"), nok("-200000").to_string());
  ASSERT_EQ(a.at("benefits").size(), 2u);
  EXPECT_EQ(a.at("benefits")[0].at("id"), "B1");
  EXPECT_EQ(a.at("benefits")[0].at("share_basis_points"), 6000);
  EXPECT_EQ(a.at("benefits")[0].at("present_value"), "1088968.57");
  EXPECT_EQ(a.at("benefits")[1].at("present_value"), "725979.04");
  ASSERT_EQ(a.at("unvalued_benefits").size(), 2u);
  EXPECT_EQ(a.at("unvalued_benefits")[0], json::parse(R"({"id": "B3", "title": "Gevinst B3", "kind": "qualitative",
                                                         "reason": "qualitative"})"));
  EXPECT_EQ(a.at("unvalued_benefits")[1].at("reason"), "no value per unit");
  EXPECT_EQ(a.at("flows")[0].at("category"), "investment");
  EXPECT_EQ(a.at("flows")[0].at("benefit"), nullptr);
}

TEST(AppraisalJson, PortfolioHasTotalsAndEveryInitiativeWithNullsForMissing) {
  const auto result = appraise_portfolio(example(), builtin_parameter_set("no-2021"), at_2026());
  const std::string text = portfolio_appraisal_to_json(result);
  const json doc = json::parse(text);
  EXPECT_EQ(doc.at("parameter_set"), "no-2021");  // read from the result
  auto anonymous = result;
  anonymous.parameter_set.clear();
  EXPECT_EQ(json::parse(portfolio_appraisal_to_json(anonymous)).at("parameter_set"), nullptr);
  EXPECT_EQ(doc.at("total").at("pv_costs"), (nok("1562989.52") + nok("288461.54")).to_string());
  EXPECT_EQ(doc.at("total").at("benefits")[0].at("share_basis_points"), 10000);
  ASSERT_EQ(doc.at("initiatives").size(), 3u);
  EXPECT_EQ(doc.at("initiatives")[1].at("initiative"), "C");
  EXPECT_EQ(doc.at("initiatives")[1].at("appraisal").at("pv_costs"), "288461.54");
  // D has no flows: no ratios, no hump, no IRR, but every field is there.
  const json& d = doc.at("initiatives")[2].at("appraisal");
  EXPECT_EQ(d.at("benefit_cost_ratio"), nullptr);
  EXPECT_EQ(d.at("payback_year"), nullptr);
  EXPECT_EQ(d.at("nominal_hump"), nullptr);
  EXPECT_EQ(d.at("irr").at("outcome"), "none");
  EXPECT_EQ(d.at("irr").at("rates"), json::array());
  EXPECT_EQ(d.size(), doc.at("total").size());
  // Fixed field order; one line without spaces for indent -1.
  EXPECT_LT(text.find("\"parameter_set\""), text.find("\"total\""));
  const std::string compact = portfolio_appraisal_to_json(result, -1);
  EXPECT_EQ(compact.find('\n'), compact.size() - 1);
  EXPECT_EQ(compact.rfind("{\"parameter_set\":\"no-2021\",\"total\":{", 0), 0u);
}

}  // namespace
}  // namespace tiltak
