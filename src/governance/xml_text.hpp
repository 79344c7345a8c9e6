#pragma once
// What XML 1.0 can carry (https://www.w3.org/TR/xml/#charsets): UTF-8 text of tab, newline,
// carriage return and U+0020 upwards, without surrogates and without U+FFFE and U+FFFF. Text
// from the portfolio is checked against this before it goes into an archive message.

#include <optional>
#include <string>
#include <string_view>

namespace tiltak::detail {

// Why `text` cannot be written as XML 1.0 character data ("U+0001 at byte 12 is a control
// character XML 1.0 cannot carry"), or nullopt when it can.
std::optional<std::string> xml_text_problem(std::string_view text);

}  // namespace tiltak::detail
