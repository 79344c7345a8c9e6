#include "benefits/json_reader.hpp"

namespace tiltak::detail {
namespace {

[[noreturn]] void throw_syntax_error(std::string_view text, std::size_t byte, const std::string& source,
                                     std::string message) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  throw Error(ErrorCode::parse_error, Problem{source, "", line, column, "", std::move(message)});
}

}  // namespace

Json parse_json(std::string_view text, const std::string& source) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& error) {
    std::string message = error.what();
    if (const auto colon = message.rfind(": "); colon != std::string::npos) message = message.substr(colon + 2);
    throw_syntax_error(text, error.byte == 0 ? 0 : error.byte - 1, source, std::move(message));
  }
}

}  // namespace tiltak::detail
