#pragma once
// Checking UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), for every
// reader and boundary that must say where a text stops being UTF-8.

#include <cstddef>
#include <string_view>

namespace tiltak {

// Length of the well-formed UTF-8 sequence at `i` (1 to 4), or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept;
// Byte offset of the first byte that does not begin a well-formed sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

}  // namespace tiltak
