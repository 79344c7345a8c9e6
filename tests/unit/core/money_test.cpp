// Money: exact parsing, formatting and checked arithmetic, pinned with hand-computed answers.
#include "tiltak/core/money.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>

#include "tiltak/core/error.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

constexpr std::int64_t max_minor = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min_minor = std::numeric_limits<std::int64_t>::min();

// Runs `action`, which must throw tiltak::Error, and returns the error.
Error error_from(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "expected a tiltak::Error";
  return Error(ErrorCode::internal, "nothing thrown");
}


// --- parse and to_string -----------------------------------------------------------------

TEST(Money, ParseTwoDecimalsRoundTrips) {
  const Money m = Money::parse("1250000.50", Currency::NOK);
  EXPECT_EQ(m.minor_units(), 125000050);
  EXPECT_EQ(m.currency(), Currency::NOK);
  EXPECT_EQ(m.to_string(), "1250000.50");
}

TEST(Money, ParseNegativeCentsRoundTrips) {
  const Money m = Money::parse("-0.05", Currency::DKK);
  EXPECT_EQ(m.minor_units(), -5);
  EXPECT_EQ(m.currency(), Currency::DKK);
  EXPECT_EQ(m.to_string(), "-0.05");
}

TEST(Money, ParseWholeAmountGainsTwoDecimals) {
  const Money m = Money::parse("300", Currency::NOK);
  EXPECT_EQ(m.minor_units(), 30000);
  EXPECT_EQ(m.to_string(), "300.00");
}

TEST(Money, ParseOneDecimalMeansTens) {
  EXPECT_EQ(Money::parse("12.5", Currency::NOK).minor_units(), 1250);
  EXPECT_EQ(Money::parse("-12.5", Currency::NOK).to_string(), "-12.50");
  EXPECT_EQ(Money::parse("-300", Currency::NOK).minor_units(), -30000);
}

TEST(Money, ParseZeroAndNegativeZeroAreZero) {
  EXPECT_TRUE(Money::parse("0", Currency::NOK).is_zero());
  EXPECT_TRUE(Money::parse("-0.00", Currency::NOK).is_zero());
  EXPECT_EQ(Money::parse("-0", Currency::NOK).to_string(), "0.00");
  EXPECT_EQ(Money::zero(Currency::EUR), Money(0, Currency::EUR));
}

TEST(Money, ParseAcceptsTheWholeInt64Range) {
  EXPECT_EQ(Money::parse("92233720368547758.07", Currency::NOK).minor_units(), max_minor);
  EXPECT_EQ(Money::parse("-92233720368547758.08", Currency::NOK).minor_units(), min_minor);
}

TEST(Money, ToStringOfExtremesRoundTrips) {
  for (const std::int64_t minor : {max_minor, min_minor, std::int64_t{-1}, std::int64_t{99}}) {
    const Money m = ore(minor);
    EXPECT_EQ(Money::parse(m.to_string(), Currency::NOK), m) << m.to_string();
  }
  EXPECT_EQ(ore(min_minor).to_string(), "-92233720368547758.08");
  EXPECT_EQ(ore(max_minor).to_string(), "92233720368547758.07");
}

TEST(Money, ParseRejectsThreeDecimals) {
  const Error e = error_from([] { (void)Money::parse("1.005", Currency::NOK); });
  EXPECT_EQ(e.code(), ErrorCode::parse_error);
  EXPECT_EQ(e.value(), "\"1.005\"");  // the text as a JSON string
  EXPECT_NE(std::string(e.what()).find("at most 2"), std::string::npos) << e.what();
}

TEST(Money, ParseRejectsMalformedTextWithParseError) {
  for (const char* text : {"1 250", "12,5", "", "-", "+", "1.", ".5", "-.5", "1e3", "abc", "12kr", "NOK 12",
                           "1.2.3", "1.2.", "--1", " 1", "1 ", "0x10", "1_000"}) {
    const Error e = error_from([&] { (void)Money::parse(text, Currency::NOK); });
    EXPECT_EQ(e.code(), ErrorCode::parse_error) << '"' << text << '"';
    EXPECT_EQ(e.value(), "\"" + std::string(text) + "\"");  // the text as a JSON string
    EXPECT_NE(std::string(e.what()).find("not a valid amount"), std::string::npos) << e.what();
  }
}

TEST(Money, ParseRejectionSaysWhatIsWrong) {
  auto message = [](const char* text) {
    return std::string(error_from([&] { (void)Money::parse(text, Currency::NOK); }).what());
  };
  EXPECT_NE(message(".5").find("digits before the decimal point"), std::string::npos);
  EXPECT_NE(message("1.").find("digits after the decimal point"), std::string::npos);
  EXPECT_NE(message("1 250").find("only digits"), std::string::npos);
  EXPECT_NE(message("1e3").find("only digits"), std::string::npos);
}

TEST(Money, ParseOverflowIsOverflowError) {
  for (const char* text : {"92233720368547758.08", "-92233720368547758.09", "100000000000000000", "99999999999999999999999"}) {
    const Error e = error_from([&] { (void)Money::parse(text, Currency::NOK); });
    EXPECT_EQ(e.code(), ErrorCode::overflow) << text;
    EXPECT_EQ(e.value(), "\"" + std::string(text) + "\"");
  }
}

// --- arithmetic --------------------------------------------------------------------------

TEST(Money, AddAndSubtractAreExact) {
  const Money a = Money::parse("0.10", Currency::NOK);
  const Money b = Money::parse("0.20", Currency::NOK);
  EXPECT_EQ((a + b).to_string(), "0.30");
  EXPECT_EQ((a - b).to_string(), "-0.10");
  Money sum = a;
  sum += b;
  sum -= Money::parse("1", Currency::NOK);
  EXPECT_EQ(sum.to_string(), "-0.70");
  EXPECT_EQ((-a).minor_units(), -10);
}

TEST(Money, AddOverflowThrows) {
  EXPECT_EQ(error_from([] { (void)(ore(max_minor) + ore(1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_from([] { (void)(ore(min_minor) + ore(-1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ((ore(max_minor) + ore(min_minor)).minor_units(), -1);
}

TEST(Money, SubtractOverflowThrows) {
  EXPECT_EQ(error_from([] { (void)(ore(min_minor) - ore(1)); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_from([] { (void)(ore(0) - ore(min_minor)); }).code(), ErrorCode::overflow);
  EXPECT_EQ((ore(-1) - ore(max_minor)).minor_units(), min_minor);
}

TEST(Money, CompoundAssignmentLeavesValueUnchangedOnOverflow) {
  Money m = ore(max_minor);
  EXPECT_EQ(error_from([&] { m += ore(1); }).code(), ErrorCode::overflow);
  EXPECT_EQ(m, ore(max_minor));
  Money n = ore(min_minor);
  EXPECT_EQ(error_from([&] { n -= ore(1); }).code(), ErrorCode::overflow);
  EXPECT_EQ(n, ore(min_minor));
}

TEST(Money, NegatingMostNegativeAmountThrows) {
  EXPECT_EQ(error_from([] { (void)-ore(min_minor); }).code(), ErrorCode::overflow);
  EXPECT_EQ((-ore(max_minor)).minor_units(), min_minor + 1);
}

TEST(Money, MultiplyByCountIsExact) {
  const Money rate = Money::parse("1250.50", Currency::NOK);
  EXPECT_EQ((rate * 3).to_string(), "3751.50");
  EXPECT_EQ((rate * 0).to_string(), "0.00");
  EXPECT_EQ((rate * -2).to_string(), "-2501.00");
  EXPECT_EQ((Money::parse("0.01", Currency::NOK) * 1'000'000'000'000).to_string(), "10000000000.00");
  EXPECT_EQ((rate * 3).currency(), Currency::NOK);
}

TEST(Money, MultiplyOverflowThrows) {
  EXPECT_EQ(error_from([] { (void)(ore(max_minor / 2 + 1) * 2); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_from([] { (void)(ore(min_minor) * -1); }).code(), ErrorCode::overflow);
  EXPECT_EQ(error_from([] { (void)(ore(-2) * (max_minor / 2 + 2)); }).code(), ErrorCode::overflow);
  EXPECT_EQ((ore(max_minor) * -1).minor_units(), -max_minor);
}

TEST(Money, MixingCurrenciesThrowsCurrencyMismatch) {
  const Money kroner = ore(100);
  const Money danish = Money(100, Currency::DKK);
  const Error plus = error_from([&] { (void)(kroner + danish); });
  EXPECT_EQ(plus.code(), ErrorCode::currency_mismatch);
  EXPECT_NE(std::string(plus.what()).find("NOK"), std::string::npos);
  EXPECT_NE(std::string(plus.what()).find("DKK"), std::string::npos);
  EXPECT_EQ(error_from([&] { (void)(kroner - danish); }).code(), ErrorCode::currency_mismatch);
  Money m = kroner;
  EXPECT_EQ(error_from([&] { m += danish; }).code(), ErrorCode::currency_mismatch);
  EXPECT_EQ(m, kroner);
}

TEST(Money, OrderingAcrossCurrenciesThrowsButEqualityIsFalse) {
  const Money kroner = ore(100);
  const Money euros = Money(100, Currency::EUR);
  EXPECT_EQ(error_from([&] { (void)(kroner < euros); }).code(), ErrorCode::currency_mismatch);
  EXPECT_EQ(error_from([&] { (void)(kroner <=> euros); }).code(), ErrorCode::currency_mismatch);
  EXPECT_FALSE(kroner == euros);
  EXPECT_TRUE(kroner != euros);
}

TEST(Money, OrderingWithinCurrencyFollowsAmount) {
  EXPECT_LT(ore(-1), ore(0));
  EXPECT_GT(ore(max_minor), ore(min_minor));
  EXPECT_EQ(ore(5) <=> ore(5), std::strong_ordering::equal);
  EXPECT_LE(ore(5), ore(5));
}

// --- rounding ------------------------------------------------------------------------------

TEST(Money, RoundToMinorRoundsHalvesAwayFromZero) {
  EXPECT_EQ(round_to_minor(2.5L, Currency::NOK), ore(3));
  EXPECT_EQ(round_to_minor(-2.5L, Currency::NOK), ore(-3));
  EXPECT_EQ(round_to_minor(0.5L, Currency::NOK), ore(1));
  EXPECT_EQ(round_to_minor(-0.5L, Currency::NOK), ore(-1));
  EXPECT_EQ(round_to_minor(2.4999L, Currency::NOK), ore(2));
  EXPECT_EQ(round_to_minor(-2.4999L, Currency::NOK), ore(-2));
  EXPECT_EQ(round_to_minor(2.5001L, Currency::NOK), ore(3));
  EXPECT_EQ(round_to_minor(7.0L, Currency::SEK), Money(7, Currency::SEK));
  // 1/3 of 100 kr in øre.
  EXPECT_EQ(round_to_minor(10000.0L / 3.0L, Currency::NOK), ore(3333));
}

TEST(Money, RoundToMinorOverflowThrows) {
  for (const long double x : {1e19L, -1e19L, 9223372036854775808.0L, -9223372036854775809.0L,
                              std::numeric_limits<long double>::infinity(), std::numeric_limits<long double>::quiet_NaN()}) {
    EXPECT_EQ(error_from([&] { (void)round_to_minor(x, Currency::NOK); }).code(), ErrorCode::overflow) << double(x);
  }
}

TEST(Money, RoundToMinorReachesTheInt64Limits) {
  EXPECT_EQ(round_to_minor(-9223372036854775808.0L, Currency::NOK), ore(min_minor));
  if constexpr (std::numeric_limits<long double>::digits >= 64) {
    EXPECT_EQ(round_to_minor(9223372036854775807.0L, Currency::NOK), ore(max_minor));
  }
}

// --- format_money --------------------------------------------------------------------------

TEST(Money, FormatNorwegianKroner) {
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::NOK), Language::nb), "1 250 000,50 kr");
  EXPECT_EQ(format_money(Money::parse("0.05", Currency::NOK), Language::nb), "0,05 kr");
  EXPECT_EQ(format_money(Money::parse("999", Currency::NOK), Language::nb), "999,00 kr");
  EXPECT_EQ(format_money(Money::parse("1000", Currency::NOK), Language::nb), "1 000,00 kr");
}

TEST(Money, FormatDanishKroner) {
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::DKK), Language::da), "1 250 000,50 kr");
}

TEST(Money, FormatForeignCurrencyNamesTheCode) {
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::EUR), Language::nb), "1 250 000,50 EUR");
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::NOK), Language::da), "1 250 000,50 NOK");
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::DKK), Language::nb), "1 250 000,50 DKK");
  EXPECT_EQ(format_money(Money::parse("12", Currency::SEK), Language::nb), "12,00 SEK");
}

TEST(Money, FormatEnglishPutsCodeFirst) {
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::NOK), Language::en), "NOK 1,250,000.50");
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::DKK), Language::en), "DKK 1,250,000.50");
  EXPECT_EQ(format_money(Money::parse("0.05", Currency::EUR), Language::en), "EUR 0.05");
}

TEST(Money, FormatNegativeAmounts) {
  EXPECT_EQ(format_money(Money::parse("-1250000.50", Currency::NOK), Language::nb), "-1 250 000,50 kr");
  EXPECT_EQ(format_money(Money::parse("-0.05", Currency::NOK), Language::nb), "-0,05 kr");
  EXPECT_EQ(format_money(Money::parse("-1250000.50", Currency::NOK), Language::en), "NOK -1,250,000.50");
  EXPECT_EQ(format_money(ore(min_minor), Language::nb), "-92 233 720 368 547 758,08 kr");
}

TEST(Money, FormatWholeUnitsRoundsHalfKroneUp) {
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::NOK), Language::nb, true), "1 250 001 kr");
  EXPECT_EQ(format_money(Money::parse("1250000.49", Currency::NOK), Language::nb, true), "1 250 000 kr");
  EXPECT_EQ(format_money(Money::parse("999.50", Currency::NOK), Language::nb, true), "1 000 kr");
  EXPECT_EQ(format_money(Money::parse("0.49", Currency::NOK), Language::nb, true), "0 kr");
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::NOK), Language::en, true), "NOK 1,250,001");
  EXPECT_EQ(format_money(Money::parse("1250000.50", Currency::EUR), Language::da, true), "1 250 001 EUR");
}

TEST(Money, FormatWholeUnitsRoundsNegativeHalvesAwayFromZero) {
  EXPECT_EQ(format_money(Money::parse("-1250000.50", Currency::NOK), Language::nb, true), "-1 250 001 kr");
  EXPECT_EQ(format_money(Money::parse("-1250000.49", Currency::NOK), Language::nb, true), "-1 250 000 kr");
  EXPECT_EQ(format_money(ore(min_minor), Language::nb, true), "-92 233 720 368 547 758 kr");
  EXPECT_EQ(format_money(ore(max_minor), Language::en, true), "NOK 92,233,720,368,547,758");
}

}  // namespace
}  // namespace tiltak
