// ISO 4217 currency codes.
#include "tiltak/core/currency.hpp"

#include <gtest/gtest.h>

namespace tiltak {
namespace {

TEST(Currency, CodesRoundTrip) {
  for (const Currency currency : {Currency::NOK, Currency::DKK, Currency::EUR, Currency::SEK})
    EXPECT_EQ(currency_from_code(currency_code(currency)), currency);
}

TEST(Currency, FromCodeReadsIsoCodes) {
  EXPECT_EQ(currency_from_code("NOK"), Currency::NOK);
  EXPECT_EQ(currency_from_code("DKK"), Currency::DKK);
  EXPECT_EQ(currency_from_code("EUR"), Currency::EUR);
  EXPECT_EQ(currency_from_code("SEK"), Currency::SEK);
  EXPECT_EQ(currency_code(Currency::DKK), "DKK");
}

TEST(Currency, FromCodeRejectsUnknownAndLowerCase) {
  for (const char* code : {"", "nok", "Nok", "USD", "NOKK", "NO", " NOK", "kr"})
    EXPECT_FALSE(currency_from_code(code).has_value()) << '"' << code << '"';
}

TEST(Currency, AllSupportedCurrenciesHaveTwoDecimals) {
  for (const Currency currency : {Currency::NOK, Currency::DKK, Currency::EUR, Currency::SEK}) {
    EXPECT_EQ(currency_exponent(currency), 2);
    EXPECT_EQ(minor_per_major(currency), 100);
  }
}

}  // namespace
}  // namespace tiltak
