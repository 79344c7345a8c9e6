#pragma once
// The encoding of a CSV file: UTF-8, with or without a byte order mark. Anything else is
// refused with the cell where it shows and how to save the file from Excel as UTF-8.

#include <string>
#include <string_view>

namespace tiltak::detail::csv {

// Windows-1252 at 0x80-0x9F (Latin-1 has control characters there); U+FFFD where undefined.
char32_t windows_1252(unsigned char byte);

// The text as its author saw it: bytes that are not UTF-8 read as Windows-1252.
std::string repaired(std::string_view text);

// Where the text begins after a UTF-8 byte order mark (0 or 3). Error(parse_error) for UTF-16.
std::size_t skip_byte_order_mark(std::string_view text, std::string_view source);

// Error(parse_error) naming the first cell (from `offset`, on `line`) with a byte that is not
// UTF-8, unless the whole text is UTF-8.
void check_utf8(std::string_view text, std::size_t offset, std::size_t line, char separator,
                std::string_view source);

}  // namespace tiltak::detail::csv
