#pragma once
// The prioritisation commands of the tiltak tool: prioritise, select.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for prioritise and select.
std::vector<Command> prioritisation_commands();

}  // namespace tiltak::cli
