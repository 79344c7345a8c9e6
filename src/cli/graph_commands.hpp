#pragma once
// The scheduling commands of the tiltak tool: graph, impact and generate.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for graph, impact and generate.
std::vector<Command> graph_commands();

}  // namespace tiltak::cli
