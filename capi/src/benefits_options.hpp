#pragma once
// Arguments of the C API's benefits functions, read the same way everywhere.

#include <string_view>

#include "tiltak/benefits/parameters.hpp"

namespace tiltak::capi {

// The parameter set a caller names: NULL for the currency's default (default_parameter_set),
// a JSON set when the text starts with '{' (after blanks), else a built-in id.
ParameterSet parameter_set(const char* parameters, Currency currency);

// The caller's JSON text with its explicit length: NULL is refused here, the rest by the parser.
std::string_view json_text(const char* json, size_t length, const char* parameter);

}  // namespace tiltak::capi
