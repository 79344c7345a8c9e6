// tiltak_portfolio_payers_v3: every option of the analyses of who pays and who gains as JSON
// (#22: committed initiatives only unless asked, the gevinstuttak's share), and the
// deprecated forms still giving what they gave for a level.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;
using json = nlohmann::json;

class PayersOptions : public ::testing::Test {
 protected:
  int call(const std::string& options, CString& out) {
    return tiltak_portfolio_payers_v3(context.get(), portfolio.get(), nullptr, 0, options.data(), options.size(),
                                      out.out(), out.out_length());
  }

  json payers(const std::string& options) {
    CString out;
    EXPECT_EQ(call(options, out), TILTAK_OK) << tiltak_context_error_message(context.get());
    return json::parse(out.str());
  }

  Context context = new_context();
  Portfolio portfolio = load_example(context.get());
};

TEST_F(PayersOptions, CommittedOnlyByDefaultAndMoreWhenAsked) {
  CString out;
  ASSERT_EQ(tiltak_portfolio_payers_v3(context.get(), portfolio.get(), nullptr, 0, nullptr, 0, out.out(),
                                       out.out_length()),
            TILTAK_OK);
  const json by_default = json::parse(out.str());
  EXPECT_EQ(by_default.at("counted"), (json{"committed"}));
  EXPECT_EQ(by_default.at("budget_withdrawal").at("withdrawal_share"), 0.5);
  EXPECT_EQ(by_default.at("budget_withdrawal").at("share_source"), "parameter_set");
  EXPECT_EQ(by_default, payers("{}"));

  const json all = payers(R"({"counted": ["committed", "pipeline", "paused", "dropped"], "withdrawal_share": 1})");
  EXPECT_EQ(all.at("budget_withdrawal").at("share_source"), "options");
  // Everything counted and the whole gain withdrawn: more than half of the committed gains.
  EXPECT_GT(std::stod(all.at("budget_withdrawal").at("total").get<std::string>()),
            2 * std::stod(by_default.at("budget_withdrawal").at("total").get<std::string>()));
}

TEST_F(PayersOptions, TheLevelAsTheDeprecatedFormsTakeIt) {
  CString v2;
  ASSERT_EQ(tiltak_portfolio_payers_v2(context.get(), portfolio.get(), nullptr, 0, "member", v2.out(),
                                       v2.out_length()),
            TILTAK_OK);
  EXPECT_EQ(json::parse(v2.str()), payers(R"({"level": "member"})"));
  EXPECT_EQ(payers(R"({"level": "member", "discount_year": 2030})").at("discount_year"), 2030);
}

TEST_F(PayersOptions, BadOptionsNameTheirPointer) {
  CString out;
  EXPECT_EQ(call(R"({"withdrawal_share": 2})", out), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/withdrawal_share");
  EXPECT_EQ(call(R"({"counted": []})", out), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/counted");
  EXPECT_EQ(call(R"({"counted": ["decided"]})", out), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/counted/0");
  EXPECT_EQ(call(R"({"level": "street"})", out), TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/level");
  EXPECT_EQ(call(R"({"discount_year": 1700})", out), TILTAK_E_VALIDATION);
  EXPECT_EQ(call(R"({"colour": 1})", out), TILTAK_E_VALIDATION);
  EXPECT_EQ(call("{", out), TILTAK_E_PARSE);
  EXPECT_EQ(tiltak_portfolio_payers_v3(context.get(), portfolio.get(), nullptr, 0, nullptr, 3, out.out(),
                                       out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out.get(), nullptr);
}

}  // namespace
