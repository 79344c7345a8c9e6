#include "benefits/json_reader.hpp"

#include "io/json_structure.hpp"

namespace tiltak::detail {

Json parse_json(std::string_view text, const std::string& source) {
  check_json_structure(text, source);
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& error) {
    // nlohmann reports the byte after the offending one, and its message after the last ": ".
    std::string message = error.what();
    if (const auto colon = message.rfind(": "); colon != std::string::npos) message = message.substr(colon + 2);
    throw_json_syntax_error(text, std::min<std::size_t>(error.byte == 0 ? 0 : error.byte - 1, text.size()), source,
                            std::move(message));
  }
}

}  // namespace tiltak::detail
