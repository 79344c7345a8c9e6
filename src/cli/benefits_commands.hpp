#pragma once
// The cost–benefit command of the tiltak tool: benefits.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for benefits.
std::vector<Command> benefits_commands();

}  // namespace tiltak::cli
