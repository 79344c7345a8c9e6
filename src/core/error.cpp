#include "tiltak/core/error.hpp"

#include <utility>

namespace tiltak {
namespace {

const std::string empty_string;

std::string summary_of(const std::vector<Problem>& problems) {
  if (problems.empty()) return "no problems recorded";
  std::string text = problems.front().describe();
  if (const auto more = problems.size() - 1; more > 0)
    text += " (and " + std::to_string(more) + (more == 1 ? " more problem)" : " more problems)");
  return text;
}

}  // namespace

std::string Problem::describe() const {
  std::string where = source;
  if (line > 0) {
    where += (where.empty() ? "" : ": ") + std::string("line ") + std::to_string(line);
    if (column > 0) where += ", column " + std::to_string(column);
  }
  if (!pointer.empty()) where += (where.empty() ? "" : ": ") + pointer;
  std::string text = where.empty() ? message : where + ": " + message;
  if (!value.empty()) text += " (value: " + value + ")";
  return text;
}

Error::Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}

Error::Error(ErrorCode code, Problem problem)
    : std::runtime_error(problem.describe()), code_(code), problems_{std::move(problem)} {}

Error::Error(ErrorCode code, std::vector<Problem> problems)
    : std::runtime_error(summary_of(problems)), code_(code), problems_(std::move(problems)) {}

const std::string& Error::pointer() const noexcept {
  return problems_.empty() ? empty_string : problems_.front().pointer;
}

const std::string& Error::value() const noexcept {
  return problems_.empty() ? empty_string : problems_.front().value;
}

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::parse_error: return "parse_error";
    case ErrorCode::validation_error: return "validation_error";
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::currency_mismatch: return "currency_mismatch";
    case ErrorCode::overflow: return "overflow";
    case ErrorCode::duplicate: return "duplicate";
    case ErrorCode::infeasible: return "infeasible";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::internal: return "internal";
  }
  return "unknown";
}

}  // namespace tiltak
