// Languages and number grouping.
#include "tiltak/core/locale.hpp"

#include <gtest/gtest.h>

#include <climits>

namespace tiltak {
namespace {

TEST(Locale, FormatIntegerGroupsThousandsWithSpaceInNorwegianAndDanish) {
  EXPECT_EQ(format_integer(0, Language::nb), "0");
  EXPECT_EQ(format_integer(999, Language::nb), "999");
  EXPECT_EQ(format_integer(1000, Language::nb), "1 000");
  EXPECT_EQ(format_integer(1250000, Language::nb), "1 250 000");
  EXPECT_EQ(format_integer(1250000, Language::da), "1 250 000");
  EXPECT_EQ(format_integer(100000, Language::da), "100 000");
}

TEST(Locale, FormatIntegerGroupsThousandsWithCommaInEnglish) {
  EXPECT_EQ(format_integer(999, Language::en), "999");
  EXPECT_EQ(format_integer(1250000, Language::en), "1,250,000");
  EXPECT_EQ(format_integer(12345678901LL, Language::en), "12,345,678,901");
}

TEST(Locale, FormatIntegerPutsSignBeforeGroups) {
  EXPECT_EQ(format_integer(-1, Language::nb), "-1");
  EXPECT_EQ(format_integer(-999, Language::nb), "-999");
  EXPECT_EQ(format_integer(-1000, Language::nb), "-1 000");
  EXPECT_EQ(format_integer(-1250000, Language::en), "-1,250,000");
  EXPECT_EQ(format_integer(-100000, Language::en), "-100,000");
}

TEST(Locale, FormatIntegerHandlesExtremes) {
  EXPECT_EQ(format_integer(LLONG_MIN, Language::nb), "-9 223 372 036 854 775 808");
  EXPECT_EQ(format_integer(LLONG_MIN, Language::en), "-9,223,372,036,854,775,808");
  EXPECT_EQ(format_integer(LLONG_MAX, Language::nb), "9 223 372 036 854 775 807");
}

TEST(Locale, LanguageCodesRoundTrip) {
  for (const Language language : {Language::nb, Language::da, Language::en})
    EXPECT_EQ(language_from_code(language_code(language)), language);
  EXPECT_EQ(language_code(Language::nb), "nb");
  EXPECT_EQ(language_code(Language::da), "da");
  EXPECT_EQ(language_code(Language::en), "en");
}

TEST(Locale, LanguageFromCodeAcceptsNoAsBokmaalAndRejectsOthers) {
  EXPECT_EQ(language_from_code("no"), Language::nb);
  EXPECT_FALSE(language_from_code("sv").has_value());
  EXPECT_FALSE(language_from_code("NB").has_value());
  EXPECT_FALSE(language_from_code("").has_value());
}

}  // namespace
}  // namespace tiltak
