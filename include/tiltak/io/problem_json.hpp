#pragma once
// Problems as JSON, for machines (the CLI's --format json, the C API's error details).

#include <string>
#include <vector>

#include "tiltak/core/error.hpp"

namespace tiltak {

// [{"source": …, "pointer": …, "line": …, "column": …, "value": …, "message": …}, …];
// line and column only where known.
std::string problems_to_json(const std::vector<Problem>& problems);

}  // namespace tiltak
