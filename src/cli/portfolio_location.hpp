#pragma once
// Where the tiltak tool finds a portfolio: every FILE argument is a store location
// (docs/store.md): a JSON document, an SQLite store, read at --at REV|DATE where the command
// only reads; every change goes through the store, under its write lock.

#include <functional>
#include <ostream>
#include <string>

#include "cli/arguments.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak::cli {

inline const OptionSpec at_option{"at", 0, true};

// The portfolio at `location`, as it was at --at when given.
Portfolio read_portfolio(const Arguments& arguments, const std::string& location);

// --at as a StoreAt (the latest when absent); a usage error naming the value otherwise.
StoreAt store_at(const Arguments& arguments, const char* name = "at");

// Who changes the portfolio from this tool (the login name), and why.
ChangeInfo change_info(std::string message);

// Where a change went, and the stream for the command's own messages: `err` when the
// document itself went to standard output (save_output's rule), `out` otherwise.
struct ChangeTarget {
  std::string location;
  std::ostream& messages;
};

// Applies `change` to the latest portfolio at `location` and commits it there; with -o naming
// another file (or - for standard output), reads `location`, applies the change and saves the
// result there instead.
ChangeTarget change_portfolio(const Arguments& arguments, const std::string& location,
                              const std::function<void(Portfolio&)>& change, const std::string& message,
                              std::ostream& out, std::ostream& err);

}  // namespace tiltak::cli
