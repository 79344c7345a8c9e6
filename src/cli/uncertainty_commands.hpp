#pragma once
// The commands for what a money figure leaves out or cannot promise: effects (the plus–minus
// method for benefits without a money value), uncertainty (Monte Carlo and tornado) and
// slip-value (what a slip does to the value of the benefits).

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for effects, uncertainty and slip-value.
std::vector<Command> uncertainty_commands();

}  // namespace tiltak::cli
