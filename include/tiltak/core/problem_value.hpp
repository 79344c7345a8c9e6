#pragma once
// The one form of Problem::value, the offending value that every surface shows (the C API's
// tiltak_context_error_value, the "value" of every problem list, "(value: ...)" in messages):
// the value as JSON text, a string in double quotes with JSON's escapes, a number as a JSON
// number; longer than 80 bytes, its first 77 bytes and "...". Empty when no single value is
// at fault. docs/c-api.md, "Errors".

#include <string>
#include <string_view>

#include "tiltak/core/error.hpp"

namespace tiltak {

// Text the caller gave (an id, a date, an amount as written, an XML attribute, a CSV cell) as
// the JSON string a Problem holds: "T-1".
std::string problem_value(std::string_view text);

// A number as the shortest JSON number that reads back as it (2000.5, 1e+300): a Problem's
// value, and how messages write numbers.
std::string problem_value(double number);

// JSON text as a Problem holds it: unchanged up to 80 bytes, else cut to 77 and "...".
std::string shortened_problem_value(std::string json);

// The text of a value that is a JSON string ("\"amount\"" -> "amount"), for showing a name
// bare; any other value unchanged.
std::string problem_value_text(const std::string& value);

// An id that names nothing: Error(not_found) with the id as the problem's value and `message`
// saying what has no such id ("no initiative has this id"), so every surface shows it alike.
Error unknown_id(std::string_view id, std::string message);

}  // namespace tiltak
