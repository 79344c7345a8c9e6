#pragma once
// tiltak check, advance, log verify, archive-message and archive-receipt (docs/governance.md).

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

std::vector<Command> with_governance_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
