// tiltak: the command-line tool of the portfolio office.

#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "tiltak/core/error.hpp"

namespace {

void print_overview(std::ostream& out) {
  out << "usage: tiltak COMMAND [ARGUMENTS] [OPTIONS]\n\n"
         "Digitalisation portfolio management for municipalities.\n\ncommands:\n";
  for (const auto& command : tiltak::cli::commands()) {
    std::string name = command.spec.name;
    name.resize(std::max<std::size_t>(name.size(), 14), ' ');
    out << "  " << name << command.summary << "\n";
  }
  out << "\n'tiltak COMMAND --help' describes one command. 'tiltak --version' prints the version.\n";
}

int run(const std::vector<std::string>& words) {
  using namespace tiltak::cli;
  if (words.empty()) {
    print_overview(std::cerr);
    return 2;
  }
  if (words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    print_overview(std::cout);
    return 0;
  }
  if (words[0] == "--version") {
    std::cout << "tiltak " << TILTAK_VERSION_STRING << "\n";
    return 0;
  }
  for (const auto& command : commands()) {
    if (command.spec.name != words[0]) continue;
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    for (const auto& word : rest)
      if (word == "--help" || word == "-h") {
        std::cout << command.spec.usage;
        return 0;
      }
    try {
      return command.run(parse_arguments(command.spec, rest), std::cout, std::cerr);
    } catch (const UsageError& error) {
      std::cerr << "tiltak " << command.spec.name << ": " << error.what() << "\n" << command.spec.usage;
      return 2;
    }
  }
  std::cerr << "tiltak: unknown command '" << words[0] << "'\n\n";
  print_overview(std::cerr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const tiltak::Error& error) {
    tiltak::cli::print_problems(error, std::cerr);
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "tiltak: internal error: " << error.what() << "\n";
    return 1;
  }
}
