#pragma once
// The cost–benefit command of the tiltak tool: benefits.

#include <vector>

#include "cli/commands.hpp"

namespace tiltak::cli {

// `commands` followed by benefits.
std::vector<Command> with_benefits_commands(std::vector<Command> commands);

}  // namespace tiltak::cli
