#include "cli/output_file.hpp"

#include "tiltak/io/atomic_file.hpp"

namespace tiltak::cli {

bool output_is_stdout(const Arguments& arguments) { return arguments.get("output").value_or("-") == "-"; }

void write_output(const Arguments& arguments, std::string_view text, std::ostream& out) {
  if (output_is_stdout(arguments))
    out << text;
  else
    write_file_atomically(*arguments.get("output"), text);
}

}  // namespace tiltak::cli
