// Dates: strict ISO 8601 calendar dates and their presentation.
#include "tiltak/core/date.hpp"

#include <gtest/gtest.h>

#include "tiltak/core/locale.hpp"

namespace tiltak {
namespace {

TEST(Date, ParseIsoDateReadsCalendarDate) {
  const auto date = parse_iso_date("2026-11-23");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(*date, Date(2026, 11, 23));
  EXPECT_EQ(parse_iso_date("2027-01-05"), Date(2027, 1, 5));
  EXPECT_EQ(parse_iso_date("2026-12-31"), Date(2026, 12, 31));
}

TEST(Date, ParseIsoDateKnowsLeapYears) {
  EXPECT_FALSE(parse_iso_date("2026-02-29").has_value());
  EXPECT_EQ(parse_iso_date("2028-02-29"), Date(2028, 2, 29));
  EXPECT_EQ(parse_iso_date("2000-02-29"), Date(2000, 2, 29));
  EXPECT_FALSE(parse_iso_date("2100-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("2028-02-30").has_value());
}

TEST(Date, ParseIsoDateRejectsImpossibleDates) {
  for (const char* text : {"2026-04-31", "2026-13-01", "2026-00-10", "2026-11-00", "2026-11-32", "0999-01-01"})
    EXPECT_FALSE(parse_iso_date(text).has_value()) << text;
}

TEST(Date, ParseIsoDateRejectsAnythingButYyyyMmDd) {
  for (const char* text : {"2026-1-05", "2026-11-5", "2026-11-23x", " 2026-11-23", "2026-11-23 ", "2026/11/23",
                           "20261123", "23.11.2026", "2026-11-2a", "+026-11-23", "-026-11-23", "2026-+1-05",
                           "2026-11-23T10:00", "", "2026-11"})
    EXPECT_FALSE(parse_iso_date(text).has_value()) << '"' << text << '"';
}

TEST(Date, ToIsoWritesZeroPaddedFields) {
  EXPECT_EQ(to_iso(Date(2026, 11, 23)), "2026-11-23");
  EXPECT_EQ(to_iso(Date(2027, 1, 5)), "2027-01-05");
  EXPECT_EQ(to_iso(Date(1400, 1, 1)), "1400-01-01");
}

TEST(Date, ParseAndToIsoRoundTrip) {
  for (const char* text : {"2026-11-23", "2028-02-29", "1999-12-31", "9999-12-31"})
    EXPECT_EQ(to_iso(parse_iso_date(text).value()), text);
}

TEST(Date, FormatDateNorwegianAndDanishUseDayMonthYear) {
  EXPECT_EQ(format_date(Date(2026, 11, 23), Language::nb), "23.11.2026");
  EXPECT_EQ(format_date(Date(2026, 11, 23), Language::da), "23.11.2026");
  EXPECT_EQ(format_date(Date(2027, 1, 5), Language::nb), "05.01.2027");
}

TEST(Date, FormatDateEnglishUsesIso) {
  EXPECT_EQ(format_date(Date(2026, 11, 23), Language::en), "2026-11-23");
  EXPECT_EQ(format_date(Date(2027, 1, 5), Language::en), "2027-01-05");
}

}  // namespace
}  // namespace tiltak
