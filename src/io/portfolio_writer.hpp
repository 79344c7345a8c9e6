#pragma once
// Writers for the portfolio document (docs/format.md): required fields always, optional
// fields only when they carry something, in the documented order.

#include "io/json_reader.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

Json to_document(const Initiative& initiative);
Json to_document(const Benefit& benefit);
Json to_document(const Decision& decision);
Json to_document(const Portfolio& portfolio);

// "33.33" from 3333 basis points; "100" from 10000.
std::string percent_text(int basis_points);

}  // namespace tiltak::detail
