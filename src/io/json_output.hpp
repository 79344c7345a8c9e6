#pragma once
// Small pieces every JSON result writer needs.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "tiltak/core/date.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak::detail {

using OutputJson = nlohmann::ordered_json;

// Invalid UTF-8 in a title cannot come from a loaded document (the reader checks it), but a
// portfolio built in code might hold some: replace it rather than throw. A negative indent is
// one line. Ends with a newline.
inline std::string dump_json(const OutputJson& document, int indent) {
  return document.dump(indent < 0 ? -1 : indent, ' ', false, OutputJson::error_handler_t::replace) + "\n";
}

inline OutputJson date_or_null(const std::optional<Date>& date) {
  return date && !date->is_special() ? OutputJson(to_iso(*date)) : OutputJson(nullptr);
}

// Amounts as exact decimal strings ("1250000.50"), as everywhere in tiltak's JSON.
inline OutputJson money_or_null(const std::optional<Money>& amount) {
  return amount ? OutputJson(amount->to_string()) : OutputJson(nullptr);
}

template <class T>
OutputJson value_or_null(const std::optional<T>& value) {
  return value ? OutputJson(*value) : OutputJson(nullptr);
}

}  // namespace tiltak::detail
