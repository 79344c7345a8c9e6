// Rules that only a portfolio built in code can break (documents carry one currency).

#include <gtest/gtest.h>

#include "support/document_fixture.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

TEST(Validation, AmountInAnotherCurrencyIsReported) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.initiatives[0].costs[0].amount = Money(100, Currency::DKK);
  const auto problems = validate(portfolio);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/0/costs/0/amount");
  EXPECT_EQ(problems[0].value, "1.00 DKK");
  EXPECT_EQ(problems[0].message, "amount in another currency than the portfolio's NOK");
}

TEST(Validation, InternalHoursNeedHoursAndARole) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.initiatives[0].costs[1].hours = 0;
  portfolio.initiatives[0].costs[1].role.clear();
  const auto problems = validate(portfolio);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].pointer, "/initiatives/0/costs/1/hours");
  EXPECT_EQ(problems[1].pointer, "/initiatives/0/costs/1/role");
}

TEST(Validation, QualitativeBenefitIsNotValuedInMoney) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.benefits[0].kind = BenefitKind::qualitative;
  const auto problems = validate(portfolio);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].pointer, "/benefits/0/value_per_unit");
}

TEST(Validation, NegativeShareIsReportedWithItsSign) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.benefits[0].contributors[0].share_basis_points = -50;
  portfolio.benefits[0].contributors[1].share_basis_points = 10050;
  const auto problems = validate(portfolio);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].pointer, "/benefits/0/contributors/0/share");
  EXPECT_EQ(problems[0].value, "-0.50");  // was "0.50": the sign was dropped
  EXPECT_EQ(problems[1].pointer, "/benefits/0/contributors/1/share");
  EXPECT_EQ(problems[1].value, "100.50");
}

TEST(Validation, RequireValidThrowsWithEveryProblem) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.name.clear();
  portfolio.initiatives[1].title.clear();
  try {
    require_valid(portfolio);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.problems().size(), 2u);
  }
}

}  // namespace
}  // namespace tiltak
