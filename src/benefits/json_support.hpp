#pragma once
// The shared pieces of the benefits area's JSON documents (appraisal_json.hpp conventions).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace tiltak::detail {

using OutputJson = nlohmann::ordered_json;

inline std::string dump(const OutputJson& document, int indent) {
  return document.dump(indent < 0 ? -1 : indent, ' ', false, OutputJson::error_handler_t::replace) + "\n";
}

template <class T>
OutputJson or_null(const std::optional<T>& value) {
  return value ? OutputJson(*value) : OutputJson(nullptr);
}

}  // namespace tiltak::detail
