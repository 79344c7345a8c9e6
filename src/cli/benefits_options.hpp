#pragma once
// Options shared by the benefits area's commands (benefits, realisation, payers).

#include <string>

#include "cli/arguments.hpp"
#include "cli/options.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/core/locale.hpp"

namespace tiltak::cli {

// --params: a built-in id, or a file (a value ending in ".json" or naming a path). An unknown
// id is a usage error (exit 2); a file that cannot be read or breaks the rules is a problem
// with the data (exit 1, every problem listed with its pointer).
ParameterSet parameter_choice(const Arguments& arguments, Currency currency);

// "0,45" (nb/da) or "0.45" (en), two decimals; "-" when empty.
std::string ratio_text(const std::optional<double>& ratio, Language language);

}  // namespace tiltak::cli
