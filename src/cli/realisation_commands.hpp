#pragma once
// The benefit realisation command of the tiltak tool: realisation.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by realisation.
std::vector<Command> with_realisation_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
