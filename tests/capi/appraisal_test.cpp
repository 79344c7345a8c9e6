// The cost–benefit appraisal through the C API, on tests/data/minimal.json: T-1 has plan costs
// of 2026 only (investment 1 250 000.50, internal hours 320 000.00); the portfolio's first flow
// year, 2026, is the discount year, so T-1's PV of costs is their nominal sum, 1 570 000.50.
// Benefit B-1 (650 kr per hour, 1 000 h in 2027, 2 000.5 h in 2028) is credited 60 % to T-1
// and 40 % to T-2.

#include <gtest/gtest.h>

#include <cstring>
#include <nlohmann/json.hpp>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

TEST(CApiAppraisal, Portfolio_DefaultsToTheCurrencysParameterSet) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), nullptr, nullptr, text.out(),
                                       text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  ASSERT_EQ(text.length(), std::strlen(text.get()));
  const json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("parameter_set"), "no-2021");
  EXPECT_EQ(doc.at("total").at("currency"), "NOK");
  EXPECT_EQ(doc.at("total").at("discount_year"), 2026);
  ASSERT_EQ(doc.at("initiatives").size(), 2u);
  const json& t1 = doc.at("initiatives")[0];
  EXPECT_EQ(t1.at("initiative"), "T-1");
  EXPECT_EQ(t1.at("appraisal").at("pv_costs"), "1570000.50");
  EXPECT_EQ(doc.at("total").at("pv_costs"), "1570000.50");  // T-2 has no costs
}

TEST(CApiAppraisal, OneInitiative_WithABuiltInOrAJsonParameterSet) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), "dk-2023", "T-1", text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  json doc = json::parse(text.str());
  EXPECT_EQ(doc.at("parameter_set"), "dk-2023");
  EXPECT_EQ(doc.at("initiative"), "T-1");
  EXPECT_EQ(doc.at("appraisal").at("pv_costs"), "1570000.50");

  const char* own = R"(  {"id": "testvik-2026", "based_on": "no-2021"})";
  ASSERT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), own, "T-1", text.out(), text.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  doc = json::parse(text.str());
  EXPECT_EQ(doc.at("parameter_set"), "testvik-2026");
}

TEST(CApiAppraisal, UnknownInitiativeOrParameterSetIsNotFound_BadJsonIsValidation) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), nullptr, "T-99", text.out(), text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(text.get(), nullptr);
  EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), "xx-1999", nullptr, text.out(),
                                       text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), R"({"id": "x", "based_on": "no-2021", "colour": 1})",
                                       nullptr, text.out(), text.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/colour");
}

}  // namespace
