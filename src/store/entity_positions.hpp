#pragma once
// Where each entity stands in its array, kept as a number so that a revision rewrites only the
// rows of the entities it changes: an entity keeps its number while the others around it are
// added (at the end) or removed; only a reordering or an insertion before the end renumbers
// the entities of that kind.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "store/document_parts.hpp"

namespace tiltak::detail {

// The latest states: (kind, id) → (position, content).
using LiveEntities = std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::string>>;

// One position per part of the new document (in the order split_document gives them).
std::vector<std::int64_t> entity_positions(const std::vector<DocumentPart>& parts, const LiveEntities& live);

}  // namespace tiltak::detail
