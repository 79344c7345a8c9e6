#include "tiltak/io/builtin_reference.hpp"

#include "io/json_reader.hpp"

namespace tiltak {

std::optional<std::string> builtin_reference(std::string_view json, std::string_view source) {
  const detail::Json document = detail::parse_json(json, source);
  if (!document.is_object() || document.size() != 1) return std::nullopt;
  const auto id = document.find("id");
  if (id == document.end() || !id->is_string()) return std::nullopt;
  return id->get<std::string>();
}

}  // namespace tiltak
