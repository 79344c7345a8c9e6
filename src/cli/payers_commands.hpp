#pragma once
// Who pays and who gains: the payers command of the tiltak tool.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for payers.
std::vector<Command> payers_commands();

}  // namespace tiltak::cli
