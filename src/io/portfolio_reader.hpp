#pragma once
// Readers for the portfolio document's objects (docs/format.md). Shape only: types, required
// and unknown fields, enumeration names, dates and amounts. The model's rules (references,
// uniqueness, ranges) are checked by validate() on the result.

#include "io/json_reader.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Initiative& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Portfolio& out);

}  // namespace tiltak::detail
