#pragma once
// The report command of the tiltak tool: report.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for report.
std::vector<Command> report_commands();

}  // namespace tiltak::cli
