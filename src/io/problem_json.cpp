#include "tiltak/io/problem_json.hpp"

#include <nlohmann/json.hpp>

namespace tiltak {

std::string problems_to_json(const std::vector<Problem>& problems) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& problem : problems) {
    nlohmann::ordered_json item{{"source", problem.source}, {"pointer", problem.pointer}};
    if (problem.line > 0) item["line"] = problem.line;
    if (problem.column > 0) item["column"] = problem.column;
    item["value"] = problem.value;
    item["message"] = problem.message;
    array.push_back(std::move(item));
  }
  return array.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace tiltak
