#include "cli/output_file.hpp"

#include "tiltak/io/atomic_file.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {

void write_output(const Arguments& arguments, std::string_view text, std::ostream& out) {
  const std::string target = arguments.get("output").value_or("-");  // "-" as a shell tool's
  if (target == "-")
    out << text;
  else
    write_file_atomically(target, text);
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
