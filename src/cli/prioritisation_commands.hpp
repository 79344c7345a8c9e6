#pragma once
// The prioritisation commands of the tiltak tool: prioritise, select.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by prioritise and select.
std::vector<Command> with_prioritisation_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
