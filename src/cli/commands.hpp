#pragma once
// The tiltak tool's commands. Each writes its result to `out`, diagnostics to `err`, and
// returns the exit status: 0 success, 1 a problem with the data or files, 2 a usage error.

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::cli {

struct Command {
  CommandSpec spec;
  std::string summary;  // one line for the overview
  int (*run)(const Arguments& arguments, std::ostream& out, std::ostream& err);
};

const std::vector<Command>& commands();

// Every problem of an error, one line each, with the count when there are several.
void print_problems(const Error& error, std::ostream& stream);

}  // namespace tiltak::cli
