#pragma once
// "Did you mean ...?": the known name nearest to a misspelt one.

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace tiltak::detail {

// Levenshtein distance: insertions, deletions and substitutions of single bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is near enough to be a typo of it (at most 2 edits,
// or a third of the candidate's length). `key` maps a candidate to the text compared with
// `word` (e.g. case-folded); the candidate itself is returned.
template <class Range, class Key>
std::optional<std::string> closest_match(std::string_view word, const Range& candidates, Key key) {
  std::string best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (const auto& candidate : candidates) {
    const std::string name(candidate);
    const auto distance = edit_distance(word, key(name));
    if (distance < best_distance) best = name, best_distance = distance;
  }
  if (best.empty() || best_distance > std::max<std::size_t>(2, best.size() / 3)) return std::nullopt;
  return best;
}

template <class Range>
std::optional<std::string> closest_match(std::string_view word, const Range& candidates) {
  return closest_match(word, candidates, [](const std::string& name) -> const std::string& { return name; });
}

}  // namespace tiltak::detail
