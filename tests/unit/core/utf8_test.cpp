// The one UTF-8 check behind the CSV reader and the C API (RFC 3629, its table 3.7 of Unicode).

#include "tiltak/core/utf8.hpp"

#include <gtest/gtest.h>

namespace tiltak {
namespace {

constexpr auto npos = std::string_view::npos;

TEST(Utf8, SequenceLengthsOfWellFormedText) {
  EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\xC3\xB8", 0), 2u);          // ø
  EXPECT_EQ(utf8_sequence_length("\xE2\x82\xAC", 0), 3u);      // €
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);  // U+1F600
  EXPECT_EQ(utf8_sequence_length("\xF4\x8F\xBF\xBF", 0), 4u);  // U+10FFFF, the last code point
}

TEST(Utf8, IllFormedSequencesHaveNoLength) {
  for (const std::string_view bad : {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF0\x80\x80\xAF",
                                     "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC3", "\xE2\x82", "\xC3\x28"})
    EXPECT_EQ(utf8_sequence_length(bad, 0), 0u) << testing::PrintToString(bad);
}

TEST(Utf8, FirstInvalidByteIsItsOffset) {
  EXPECT_EQ(first_invalid_utf8(""), npos);
  EXPECT_EQ(first_invalid_utf8("Fjordvik kommune \xC3\xB8\xC3\xA6\xC3\xA5"), npos);
  EXPECT_EQ(first_invalid_utf8("Fjordvik \xFF kommune"), 9u);
  EXPECT_EQ(first_invalid_utf8("\xC3\xB8\xE2\x82"), 2u);  // cut short at the end
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  for (const char32_t code_point : {U'a', U'\u00F8', U'\u20AC', U'\U0001F600'}) append_utf8(out, code_point);
  EXPECT_EQ(out, "a\xC3\xB8\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST(Utf8, RepairReplacesEachBadByteAndKeepsTheRest) {
  const auto replacement = [](unsigned char) { return U'\uFFFD'; };
  EXPECT_EQ(repair_utf8("\xC3\xB8 ok", replacement), "\xC3\xB8 ok");
  EXPECT_EQ(repair_utf8("a\xFF\xE2\x82", replacement), "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  const auto latin1 = [](unsigned char byte) { return char32_t{byte}; };
  EXPECT_EQ(repair_utf8("bl\xE5", latin1), "bl\xC3\xA5");
}

}  // namespace
}  // namespace tiltak
