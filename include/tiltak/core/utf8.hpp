#pragma once
// Checking UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), for every
// reader and boundary that must say where a text stops being UTF-8.

#include <cstddef>
#include <string>
#include <string_view>

namespace tiltak {

// Length of the well-formed UTF-8 sequence at `i` (1 to 4), or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept;
// Byte offset of the first byte that does not begin a well-formed sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

// Appends a code point (at most U+10FFFF, no surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t code_point);
// `text` with each byte that does not begin a well-formed sequence replaced by the code point
// `replacement` gives for it: U+FFFD where the bytes are unknown (the C API's messages), the
// Windows-1252 character where they are known to be (a CSV file's author's view).
std::string repair_utf8(std::string_view text, char32_t (*replacement)(unsigned char byte));

}  // namespace tiltak
