#pragma once
// Who pays and who gains: the payers command of the tiltak tool.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by payers.
std::vector<Command> with_payers_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
