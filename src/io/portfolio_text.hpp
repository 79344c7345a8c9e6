#pragma once
// parse_portfolio for text held in a std::string: the fast reader parses it where it lies when
// the string has room for simdjson's padding after it (read_text_file leaves that room), so a
// large document is not copied first (portfolio_fast_reader.hpp). For the tool's and the
// store's reads of a document file.

#include <string>
#include <string_view>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

Portfolio parse_portfolio_text(const std::string& json, std::string_view source);

}  // namespace tiltak::detail
