#pragma once
// Where a command's single output goes: -o FILE, or standard output.

#include <ostream>
#include <string_view>

#include "cli/arguments.hpp"

namespace tiltak::cli {

// Whether -o names standard output ("-"), as a shell tool's "-" does.
bool output_is_stdout(const Arguments& arguments);

// Writes `text` to -o's file (saved with write_file_atomically: atomic for a regular file,
// in place for /dev/null or a pipe), or to `out` without -o or with -o -.
void write_output(const Arguments& arguments, std::string_view text, std::ostream& out);

}  // namespace tiltak::cli
