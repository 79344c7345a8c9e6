#include "store/entity_positions.hpp"

#include <algorithm>

namespace tiltak::detail {
namespace {

// The parts [begin, end) are all of one kind.
void place_kind(const std::vector<DocumentPart>& parts, std::size_t begin, std::size_t end, const LiveEntities& live,
                std::vector<std::int64_t>& positions) {
  std::int64_t last_kept = -1;
  std::int64_t highest = -1;
  bool added_yet = false;
  bool in_order = true;
  for (const auto& [key, state] : live)
    if (key.first == parts[begin].kind) highest = std::max(highest, state.first);
  for (std::size_t i = begin; i < end; ++i) {
    const auto found = live.find({parts[i].kind, parts[i].id});
    if (found == live.end()) {
      added_yet = true;
      positions[i] = ++highest;
      continue;
    }
    in_order = in_order && !added_yet && found->second.first > last_kept;
    positions[i] = last_kept = found->second.first;
  }
  if (in_order) return;
  for (std::size_t i = begin; i < end; ++i) positions[i] = static_cast<std::int64_t>(i - begin);
}

}  // namespace

std::vector<std::int64_t> entity_positions(const std::vector<DocumentPart>& parts, const LiveEntities& live) {
  std::vector<std::int64_t> positions(parts.size());
  for (std::size_t begin = 0; begin < parts.size();) {
    std::size_t end = begin;
    while (end < parts.size() && parts[end].kind == parts[begin].kind) ++end;
    place_kind(parts, begin, end, live, positions);
    begin = end;
  }
  return positions;
}

}  // namespace tiltak::detail
