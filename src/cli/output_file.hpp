#pragma once
// Where a command's single output (a report, a message, a saved portfolio) goes: -o FILE, or
// standard output.

#include <ostream>
#include <string>
#include <string_view>

#include "cli/arguments.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::cli {

// Writes `text` to -o's file (saved with write_file_atomically: atomic for a regular file,
// in place for /dev/null or a pipe), or to `out` without -o or with -o -.
void write_output(const Arguments& arguments, std::string_view text, std::ostream& out);

// Saves `portfolio` at `target` (save_portfolio), or writes its document to `out` when
// `target` is "-". Returns the stream for the command's own messages: `err` when `out`
// carries the document, so that the document stays readable by the next program in a pipe.
std::ostream& save_output(const Portfolio& portfolio, const std::string& target, std::ostream& out,
                          std::ostream& err);

}  // namespace tiltak::cli
