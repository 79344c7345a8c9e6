#pragma once
// Text as a spreadsheet's author sees it: blanks of every kind, case folding for matching
// names and words, and cells shortened for problem reports.

#include <optional>
#include <string>
#include <string_view>

#include "io/suggestion.hpp"

namespace tiltak::detail::csv {

constexpr std::size_t value_limit = 80;  // bytes of a cell quoted in a problem report
constexpr std::size_t npos = std::string_view::npos;

// Bytes of the blank character at `i` (space, tab, U+00A0, U+2009, U+202F), or 0.
std::size_t blank_at(std::string_view s, std::size_t i);
// True when a blank character ends at `end`.
bool blank_ends_at(std::string_view s, std::size_t end);
// Without blank characters at either end.
std::string_view trim(std::string_view s);
// Case-folded for matching names and words: ASCII and Latin-1 letters in lower case
// (Æ Ø Å É → æ ø å é), '_', '-' and runs of blanks as one space, ends trimmed.
std::string fold(std::string_view text);
// At most value_limit bytes, cut on a character boundary, "…" where cut.
std::string shorten(std::string_view text);
std::string in_quotes(std::string_view text);
bool equal_ignoring_ascii_case(std::string_view a, std::string_view b);
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The candidate closest to `folded` (itself folded) when it is close enough to be a typo.
template <class Candidates>
std::optional<std::string> closest(std::string_view folded, const Candidates& candidates) {
  return closest_match(folded, candidates, [](const std::string& name) { return fold(name); });
}

}  // namespace tiltak::detail::csv
