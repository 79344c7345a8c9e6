#pragma once
// Writers for the portfolio document (docs/format.md): required fields always, optional
// fields only when they carry something, in the documented order.

#include "io/json_reader.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

Json to_document(const Initiative& initiative);
Json to_document(const Benefit& benefit);
Json to_document(const Decision& decision);
Json to_document(const ItSystem& system);
Json to_document(const Portfolio& portfolio);

// The document's text, two-space indented and ending with a newline, written without a
// document tree: the bytes `to_document(...).dump(2) + "\n"` gives. Text that is not UTF-8
// throws nlohmann::json::type_error, as dump does.
std::string to_text(const Portfolio& portfolio);
std::string to_text(const Initiative& initiative);

}  // namespace tiltak::detail
