#pragma once
// Arguments of the C API's benefits functions, read the same way everywhere.

#include <string_view>

#include "tiltak/benefits/parameters.hpp"

namespace tiltak::capi {

// The parameter set a caller names: NULL for the currency's default (default_parameter_set),
// a JSON set when the text starts with '{' (after blanks), else a built-in id.
ParameterSet parameter_set(const char* parameters, Currency currency);

}  // namespace tiltak::capi
