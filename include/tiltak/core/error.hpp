#pragma once
// The one error type of tiltak. Its codes are shared with the C API (TILTAK_E_*).

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace tiltak {

enum class ErrorCode : int {
  ok = 0,
  invalid_argument = -1,   // a caller passed something unusable (NULL, bad option)
  parse_error = -2,        // input is not well-formed JSON / CSV / text
  validation_error = -3,   // input is well-formed but breaks the model's rules
  io_error = -4,           // a file could not be read or written
  not_found = -5,          // an id that does not exist
  currency_mismatch = -6,  // two amounts in different currencies were combined
  overflow = -7,           // an amount left the range of int64 minor units
  duplicate = -8,          // an id that already exists
  infeasible = -9,         // a plan or selection that cannot be satisfied
  conflict = -10,          // the stored portfolio changed while a change to it was being made
  internal = -99,          // a bug in tiltak
};

// Where and why one piece of input is wrong. `pointer` is a JSON Pointer (RFC 6901) for
// JSON input; `line`/`column` locate CSV cells and JSON syntax errors (0 when unknown).
struct Problem {
  std::string source;   // file name, or "<memory>"
  std::string pointer;  // e.g. "/initiatives/3/costs/0/amount"
  std::size_t line = 0;    // 1-based line (in CSV: the row as a spreadsheet numbers it)
  std::size_t column = 0;  // 1-based column
  std::string value;    // the offending value as written, shortened if long
  std::string message;  // plain-language reason

  // "portfolio.json: /initiatives/3/title: expected a string, got 42"
  std::string describe() const;
  bool operator==(const Problem&) const = default;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message);
  Error(ErrorCode code, Problem problem);
  // A validation error carrying every problem found; `problems` must not be empty.
  Error(ErrorCode code, std::vector<Problem> problems);

  ErrorCode code() const noexcept { return code_; }
  const std::vector<Problem>& problems() const noexcept { return problems_; }
  // The first problem's pointer / value, or empty.
  const std::string& pointer() const noexcept;
  const std::string& value() const noexcept;

 private:
  ErrorCode code_;
  std::vector<Problem> problems_;
};

std::string_view error_code_name(ErrorCode code) noexcept;

}  // namespace tiltak
