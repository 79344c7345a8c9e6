#pragma once
// The selection options of the command line, shared by select, frontier, compare-selections
// and sensitivity: an options file, then each option over it.

#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/prioritisation/selection.hpp"

namespace tiltak::cli {

// --budget, --operating-budget, --horizon, --options, --criteria, --force-in, --force-out.
std::vector<OptionSpec> selection_option_specs();

// The options file (--options), then --criteria, --objective, --method, --time-limit,
// --horizon, --force-in, --force-out, --budget and --operating-budget over it.
SelectionOptions selection_options(const Arguments& arguments, const Portfolio& portfolio);

// A criteria file, every problem with its pointer.
Criteria criteria_file(const std::string& path);


}  // namespace tiltak::cli
