// Benefit realisation (and the analyses after it) through the C API, on tests/data/minimal.json:
// B-1 (hours a week, lower is better: 120 → 80) plans 1 000 h in 2027 and 2 000.5 h in 2028 at
// 650 kr, has an owner and no measurements. As of 2028-02-01 the 2027 measurement is due and
// missing; planned to date = (1 000 + 2 000.5) × 650 = 1 950 325.00 kr.
// Payers (no-2021, discount year 2026): T-1's costs of 2026 are borne by u-ikt (1 250 000.50)
// and, without a bearer in a single municipality, the organisation (320 000.00); its 60 % of B-1
// to u-hjem has PV 390 000/1.04 + 780 195/1.04² = 1 096 334.13, split 872 877.57 / 223 456.57 by
// those shares. T-2 has no costs: its 40 % (PV 730 889.42) has no payer.

#include <gtest/gtest.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

TEST(CApiRealisation, Portfolio_PlannedMoneyAndFlagsAsOfADate) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string options = R"({"as_of": "2028-02-01"})";
  CString text;
  ASSERT_EQ(tiltak_portfolio_realisation(context.get(), portfolio.get(), nullptr, options.data(), options.size(),
                                         text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  ASSERT_EQ(text.length(), std::strlen(text.get()));
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("as_of"), "2028-02-01");
  EXPECT_EQ(doc.at("planned_to_date"), "1950325.00");
  EXPECT_EQ(doc.at("realised_to_date"), "0.00");
  EXPECT_EQ(doc.at("flag_counts").at("no_measurement_when_due"), 1);
  EXPECT_EQ(doc.at("benefits")[0].at("flags"), json::array({"no_measurement_when_due"}));
}

TEST(CApiRealisation, OneBenefit_AndBadOptionsOrUnknownBenefit) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  std::string options = R"({"as_of": "2028-02-01", "measurement_grace_days": 40})";
  CString text;
  ASSERT_EQ(tiltak_portfolio_realisation(context.get(), portfolio.get(), "B-1", options.data(), options.size(),
                                         text.out(), text.out_length()),
            TILTAK_OK);
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("id"), "B-1");
  EXPECT_EQ(doc.at("flags"), json::array());  // due only on 2028-02-09
  EXPECT_EQ(tiltak_portfolio_realisation(context.get(), portfolio.get(), "B-9", options.data(), options.size(),
                                         text.out(), text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(text.get(), nullptr);
  options = R"({"as_of": "tomorrow"})";
  EXPECT_EQ(tiltak_portfolio_realisation(context.get(), portfolio.get(), nullptr, options.data(), options.size(),
                                         text.out(), text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/as_of");
  EXPECT_EQ(tiltak_portfolio_realisation(context.get(), portfolio.get(), nullptr, "{", 1, text.out(),
                                         text.out_length()),
            TILTAK_E_PARSE);
}

TEST(CApiPayers, MatrixWithdrawalAndCofinancing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  // T-2 is only registered: counted when the pipeline is asked for.
  const std::string options = R"({"counted": ["committed", "pipeline"]})";
  ASSERT_EQ(tiltak_portfolio_payers_v3(context.get(), portfolio.get(), nullptr, 0, options.data(), options.size(),
                                       text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("parameter_set"), "no-2021");
  EXPECT_EQ(doc.at("level"), "unit");
  const json& cells = doc.at("matrix").at("cells");
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0].at("payer"), (json{{"kind", "organisation"}, {"id", nullptr}}));
  EXPECT_EQ(cells[0].at("present_value"), "223456.57");
  EXPECT_EQ(cells[1].at("payer"), (json{{"kind", "unit"}, {"id", "u-ikt"}}));
  EXPECT_EQ(cells[1].at("recipient"), (json{{"kind", "unit"}, {"id", "u-hjem"}}));
  EXPECT_EQ(cells[1].at("present_value"), "872877.57");
  EXPECT_EQ(doc.at("matrix").at("benefits_without_payer"), "730889.42");
  EXPECT_EQ(doc.at("budget_withdrawal").at("total"), "0.00");  // B-1 frees time: nothing to withdraw
  EXPECT_EQ(doc.at("cofinancing").at("initiatives")[0].at("project_cost"), "1570000.50");

  ASSERT_EQ(tiltak_portfolio_payers(context.get(), portfolio.get(), "dk-2023", "service_area", text.out(),
                                    text.out_length()),
            TILTAK_OK);
  const json dk = json::parse(text.str());
  EXPECT_EQ(dk.at("cofinancing"), nullptr);
  EXPECT_EQ(dk.at("matrix").at("recipients")[0], (json{{"kind", "service_area"}, {"id", "helse"}}));
  EXPECT_EQ(tiltak_portfolio_payers(context.get(), portfolio.get(), nullptr, "street", text.out(), text.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(text.get(), nullptr);
}

TEST(CApiPlusMinus, UnassessedBenefitsAreListedAndBadInputIsValidation) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string input = R"({"assessments": []})";
  CString text;
  ASSERT_EQ(tiltak_portfolio_plus_minus(context.get(), portfolio.get(), nullptr, input.data(), input.size(), text.out(),
                                        text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  ASSERT_EQ(doc.at("initiatives").size(), 2u);
  EXPECT_EQ(doc.at("initiatives")[0].at("effects"), json::array());  // B-1 is valued in money
  const std::string bad = R"({"assessments": [{"benefit": "B-1", "significance": "large", "scope": "none"}]})";
  EXPECT_EQ(tiltak_portfolio_plus_minus(context.get(), portfolio.get(), nullptr, bad.data(), bad.size(), text.out(),
                                        text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/assessments/0/benefit");
}

TEST(CApiUncertainty, SeededAndTheSameForAnyThreadCount) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  auto run = [&](const std::string& input) {
    CString text;
    EXPECT_EQ(tiltak_portfolio_uncertainty(context.get(), portfolio.get(), nullptr, input.data(), input.size(),
                                           text.out(), text.out_length()),
              TILTAK_OK)
        << tiltak_context_error_message(context.get());
    return json::parse(text.str());
  };
  const json one = run(R"({"seed": 3, "draws": 999, "threads": 1, "defaults": {"cost_factor": [0.9, 1, 2]}})");
  const json two = run(R"({"seed": 3, "draws": 999, "threads": 2, "defaults": {"cost_factor": [0.9, 1, 2]}})");
  EXPECT_EQ(one, two);
  EXPECT_EQ(one.at("monte_carlo").at("distribution"), "triangular");
  EXPECT_EQ(one.at("planned_npv"), run("{}").at("planned_npv"));
  CString text;
  const std::string bad = R"({"defaults": {"cost_factor": [2, 1, 3]}})";
  EXPECT_EQ(tiltak_portfolio_uncertainty(context.get(), portfolio.get(), nullptr, bad.data(), bad.size(), text.out(),
                                         text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/defaults/cost_factor");
}

TEST(CApiSlipValue, ReportsTheNpvChangeOrNotFound) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  // T-1 (to 31 Dec 2026) finishing 30 days later moves 30/365 of its 60 % of B-1's 2027 value
  // into 2028 and 30/366 of 2028's into 2029: later, more discounted, so the NPV falls.
  ASSERT_EQ(tiltak_portfolio_slip_value(context.get(), portfolio.get(), nullptr, "T-1", 30, text.out(),
                                        text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("initiative"), "T-1");
  EXPECT_EQ(doc.at("slip_days"), 30);
  EXPECT_EQ(doc.at("npv_change").get<std::string>().front(), '-');
  EXPECT_EQ(doc.at("benefits")[0].at("id"), "B-1");
  EXPECT_EQ(tiltak_portfolio_slip_value(context.get(), portfolio.get(), nullptr, "T-99", 30, text.out(),
                                        text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(text.get(), nullptr);
}

}  // namespace
