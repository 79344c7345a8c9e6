#pragma once
// A check of JSON text before it is parsed, against inputs that would hurt the parser.

#include <cstddef>
#include <string>
#include <string_view>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

// Deeper nesting than any portfolio document needs (they stay under ten levels). The JSON
// library parses nesting iteratively, but writes and destroys values recursively, so an input
// such as 25 MB of '[' followed by as many ']' would overflow the stack, and 50 MB of unclosed
// '[' would build a 50-million-level tree (4 GB) before failing.
inline constexpr std::size_t max_json_nesting = 128;

// A problem at byte `offset` of `json`, with its line and column (counted in bytes).
Problem json_problem_at(std::string_view json, std::size_t offset, std::string_view source, std::string message);

// Error(parse_error) for malformed JSON `message` at byte `offset` of `json`, with its line and
// column.
[[noreturn]] void throw_json_syntax_error(std::string_view json, std::size_t offset, std::string_view source,
                                          std::string message);

// Error(parse_error) with line and column at a NUL byte or at the first bracket nested deeper
// than max_json_nesting outside strings. Anything else malformed is left to the parser.
void check_json_structure(std::string_view json, std::string_view source);

}  // namespace tiltak::detail
