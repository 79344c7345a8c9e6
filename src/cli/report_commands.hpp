#pragma once
// The report command of the tiltak tool: report.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by report.
std::vector<Command> with_report_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
