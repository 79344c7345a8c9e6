#pragma once
// The benefit realisation command of the tiltak tool: realisation.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for realisation.
std::vector<Command> realisation_commands();

}  // namespace tiltak::cli
