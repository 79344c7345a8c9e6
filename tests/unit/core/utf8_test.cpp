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

}  // namespace
}  // namespace tiltak
