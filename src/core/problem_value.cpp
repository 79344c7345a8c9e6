#include "tiltak/core/problem_value.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

namespace tiltak {

std::string problem_value(double number) {
  char buffer[64];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, written.ptr);
}
namespace {

constexpr std::size_t limit = 80;
constexpr std::string_view cut_mark = "...";

}  // namespace

std::string problem_value(std::string_view text) {
  // Bytes that are not UTF-8 become U+FFFD: a value is always valid JSON text.
  return shortened_problem_value(
      nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string shortened_problem_value(std::string json) {
  if (json.size() > limit) json = json.substr(0, limit - cut_mark.size()) + std::string(cut_mark);
  return json;
}

std::string problem_value_text(const std::string& value) {
  if (value.size() < 2 || value.front() != '"') return value;
  const auto parsed = nlohmann::json::parse(value, nullptr, false);
  return parsed.is_string() ? parsed.get<std::string>() : value;
}

Error unknown_id(std::string_view id, std::string message) {
  Problem problem;
  problem.value = problem_value(id);
  problem.message = std::move(message);
  return Error(ErrorCode::not_found, std::move(problem));
}

}  // namespace tiltak
