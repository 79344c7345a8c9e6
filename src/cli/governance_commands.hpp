#pragma once
// tiltak check, advance, log verify, archive-message and archive-receipt (docs/governance.md).

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// The rows of the command table for the governance commands.
std::vector<Command> governance_commands();

}  // namespace tiltak::cli
