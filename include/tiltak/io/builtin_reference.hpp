#pragma once
// A built-in parameter set or rulebook named in JSON, as the C API's JSON-only entry points take
// them: {"id": "no-2021"}, an object with "id" alone. Any other document is a whole parameter
// set or rulebook, read by its own parser.

#include <optional>
#include <string>
#include <string_view>

namespace tiltak {

// The id when `json` is {"id": "<text>"} and nothing else; nullopt for any other well-formed
// JSON. Error(parse_error) with line and column for malformed JSON (`source` names it).
std::optional<std::string> builtin_reference(std::string_view json, std::string_view source);

}  // namespace tiltak
