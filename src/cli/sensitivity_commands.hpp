#pragma once
// The sensitivity command of the tiltak tool: weight-swap thresholds and Monte Carlo over the
// criteria weights.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for sensitivity.
std::vector<Command> sensitivity_commands();

}  // namespace tiltak::cli
