#pragma once
// Command-line parsing for the tiltak tool: a command, its positional arguments and options.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tiltak::cli {

// A mistake in how the tool was called (exit status 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string name;          // "format" for --format
  char short_name = 0;       // 'o' for -o
  bool takes_value = true;
};

struct CommandSpec {
  std::string name;
  std::vector<std::string> positionals;  // names, for messages: {"FILE"}
  std::vector<OptionSpec> options;
  std::string usage;  // the help text of the command
};

struct Arguments {
  std::vector<std::string> positionals;
  std::map<std::string, std::string> options;  // flags map to ""

  bool has(const std::string& name) const { return options.contains(name); }
  std::optional<std::string> get(const std::string& name) const;
  // The value of an option that must be one of `allowed`, or `fallback` when absent.
  std::string choice(const std::string& name, const std::vector<std::string>& allowed, const std::string& fallback) const;
};

// An option's list value: "a,b,,c" → {"a", "b", "", "c"}.
std::vector<std::string> comma_separated(const std::string& text);

// Throws UsageError naming the unknown option, the missing value or argument.
Arguments parse_arguments(const CommandSpec& spec, const std::vector<std::string>& words);

}  // namespace tiltak::cli
