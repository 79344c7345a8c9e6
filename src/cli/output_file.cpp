#include "cli/output_file.hpp"

#include "tiltak/io/atomic_file.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {

bool output_is_stdout(const Arguments& arguments) { return arguments.get("output").value_or("-") == "-"; }

void write_output(const Arguments& arguments, std::string_view text, std::ostream& out) {
  if (output_is_stdout(arguments))
    out << text;
  else
    write_file_atomically(*arguments.get("output"), text);
}

std::ostream& save_output(const Portfolio& portfolio, const std::string& target, std::ostream& out,
                          std::ostream& err) {
  if (target != "-") {
    save_portfolio(portfolio, target);
    return out;
  }
  out << to_json(portfolio);
  return err;
}

}  // namespace tiltak::cli
