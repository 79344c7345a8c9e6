#pragma once
// Base64 (RFC 4648, with padding) for the documents a decision message carries, which reach the
// library as JSON text from the C API (governance_json.hpp).

#include <optional>
#include <string>
#include <string_view>

namespace tiltak::detail {

// The bytes `text` encodes; nullopt when it is not base64 (a length not a multiple of 4, a
// character outside the alphabet, padding anywhere but at the end).
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace tiltak::detail
