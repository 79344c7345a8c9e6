#pragma once
// JSON text the caller passes as (pointer, length), read the same way by every function: the
// length, not a NUL, ends it, and a length is never ignored.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"

namespace tiltak::capi {

// Required JSON: NULL is refused here, the rest by the parser.
inline std::string_view json_text(const char* json, size_t length, const char* parameter) {
  require(json, parameter);
  return {json, length};
}

// Optional JSON: NULL with length 0 means the defaults (nullopt). NULL with another length is
// a caller's mistake (a buffer that was never filled in), refused rather than read as "the
// defaults" behind the caller's back.
inline std::optional<std::string_view> optional_json_text(const char* json, size_t length, const char* parameter,
                                                          const char* length_parameter) {
  if (json) return std::string_view(json, length);
  if (length != 0)
    throw Error(ErrorCode::invalid_argument, std::string(parameter) + " is NULL but " + length_parameter + " is " +
                                                 std::to_string(length) + "; pass NULL and 0 for the defaults");
  return std::nullopt;
}

}  // namespace tiltak::capi
