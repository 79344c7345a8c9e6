#pragma once
// tiltak systems: the IT-system register (issue 23; docs/governance.md, "The system register").

#include "cli/commands.hpp"

namespace tiltak::cli {

std::vector<Command> systems_commands();

}  // namespace tiltak::cli
