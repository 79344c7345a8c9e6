#pragma once
// The sensitivity command of the tiltak tool: weight-swap thresholds and Monte Carlo over the
// criteria weights.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by sensitivity.
std::vector<Command> with_sensitivity_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
