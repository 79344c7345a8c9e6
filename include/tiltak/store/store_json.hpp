#pragma once
// The store's results and inputs as JSON, the same on every surface (CLI, C API, Python).

#include <string>
#include <string_view>
#include <vector>

#include "tiltak/store/store.hpp"

namespace tiltak {

// [{"revision", "author", "time", "message", "chain_head"}, ...]
std::string revisions_to_json(const std::vector<Revision>& revisions);
// [{"entity", "id", "change": "added"|"removed"|"changed"}, ...]
std::string entity_changes_to_json(const std::vector<EntityChange>& changes);
// One revision as above.
std::string revision_to_json(const Revision& revision);
// One revision with "changes": what it changed.
std::string revision_to_json(const Revision& revision, const std::vector<EntityChange>& changes);
// "added", "removed", "changed".
std::string_view entity_change_name(EntityChange::Kind kind) noexcept;

// {"author", "message", "time"?}, every field a string, "time" as in Revision (default: now).
// Error(parse_error) / Error(validation_error) with the JSON Pointer of what is wrong.
ChangeInfo change_info_from_json(std::string_view json, std::string_view source = "<memory>");

}  // namespace tiltak
