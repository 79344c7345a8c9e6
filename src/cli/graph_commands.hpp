#pragma once
// The scheduling commands of the tiltak tool: graph, impact and generate.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by graph, impact and generate.
std::vector<Command> with_graph_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
