#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/output_file.hpp"
#include "cli/portfolio_location.hpp"
#include "cli/benefits_commands.hpp"
#include "cli/governance_commands.hpp"
#include "cli/graph_commands.hpp"
#include "cli/report_commands.hpp"
#include "cli/prioritisation_commands.hpp"
#include "cli/sensitivity_commands.hpp"
#include "cli/payers_commands.hpp"
#include "cli/realisation_commands.hpp"
#include "cli/uncertainty_commands.hpp"
#include "cli/store_commands.hpp"
#include "cli/systems_commands.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "tiltak/io/csv_import.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/problem_json.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/summary.hpp"

namespace tiltak::cli {
namespace {


std::string output_format(const Arguments& arguments) { return arguments.choice("format", {"text", "json"}, "text"); }

int run_validate(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const std::string& file = arguments.positionals[0];
  const bool json = output_format(arguments) == "json";
  try {
    const Portfolio portfolio = read_portfolio(arguments, file);
    if (json)
      out << nlohmann::ordered_json{{"file", file}, {"valid", true}, {"problems", nlohmann::json::array()}}.dump(2)
          << "\n";
    else
      out << file << ": valid (" << portfolio.initiatives.size() << " initiatives, " << portfolio.benefits.size()
          << " benefits)\n";
    return 0;
  } catch (const Error& error) {
    if (json) {
      const nlohmann::ordered_json report{{"file", file},
                                          {"valid", false},
                                          {"error", error_code_name(error.code())},
                                          {"problems", nlohmann::ordered_json::parse(problems_to_json(error.problems()))}};
      out << report.dump(2) << "\n";
    } else {
      print_problems(error, out);
    }
    return 1;
  }
}

int run_summary(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const PortfolioSummary summary = summarise(portfolio);
  if (output_format(arguments) == "json")
    out << summary_to_json(summary);
  else
    out << format_summary_table(summary, output_language(arguments, portfolio.currency));
  return 0;
}

int run_import_csv(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  const auto into = arguments.get("into");
  if (!into) throw UsageError("'tiltak import-csv' needs --into PORTFOLIO.json");
  CsvImportOptions options;
  options.currency = read_portfolio(arguments, *into).currency;
  if (const auto separator = arguments.get("separator")) {
    if (*separator != ";" && *separator != ",") throw UsageError("--separator must be ; or ,");
    options.separator = (*separator)[0];
  }
  const auto initiatives = load_initiatives_csv(arguments.positionals[0], options);
  const ChangeTarget target = change_portfolio(
      arguments, *into, [&](Portfolio& latest) { merge_initiatives(latest, initiatives); },
      "import-csv " + arguments.positionals[0], out, err);
  target.messages << "imported " << initiatives.size() << " initiatives into " << target.location << "\n";
  return 0;
}

}  // namespace

void print_problems(const Error& error, std::ostream& stream) {
  if (error.problems().empty()) {
    stream << error.what() << "\n";
    return;
  }
  for (const auto& problem : error.problems()) stream << problem.describe() << "\n";
  if (error.problems().size() > 1) stream << error.problems().size() << " problems\n";
}

namespace {

// The commands on the portfolio document itself.
std::vector<Command> document_commands() {
  return {
      {{"validate",
        {"FILE"},
        {format_option},
        "usage: tiltak validate FILE [--format text|json]\n\n"
        "Checks a portfolio document and lists every problem, each with its JSON Pointer.\n"
        "Exit status: 0 valid, 1 invalid, 2 usage error.\n"},
       "check a portfolio document and list every problem",
       run_validate},
      {{"summary",
        {"FILE"},
        {format_option, language_option},
        "usage: tiltak summary FILE [--format text|json] [--lang nb|da|en]\n\n"
        "One line per initiative: stage, owner, planned cost, planned monetised benefit and the\n"
        "current status per dimension. --lang defaults to the portfolio currency's language.\n"},
       "one line per initiative: stage, owner, cost, benefit, status",
       run_summary},
      {{"import-csv",
        {"CSV"},
        {{"into", 0, true}, output_option, {"separator", 0, true}},
        "usage: tiltak import-csv CSV --into PORTFOLIO.json [-o OUT.json] [--separator ';'|',']\n\n"
        "Adds the initiatives of a spreadsheet export (UTF-8, ';' or ',', decimal comma or point)\n"
        "to a portfolio and saves it atomically to OUT.json (default: PORTFOLIO.json itself).\n"
        "Nothing is written when any cell or the merged portfolio has a problem; every problem\n"
        "is listed with its line and column. Columns: see docs/format.md.\n"},
       "add initiatives from a spreadsheet (CSV) export",
       run_import_csv},
  };
}

}  // namespace

// One flat table (libgit2's lg2.c), each area's rows in the order the overview lists them.
const std::vector<Command>& commands() {
  static const std::vector<Command> all = [] {
    std::vector<Command> table;
    for (const auto rows : {document_commands, graph_commands, benefits_commands, realisation_commands, payers_commands,
                            uncertainty_commands, prioritisation_commands, sensitivity_commands, governance_commands,
                            report_commands, systems_commands, store_commands})
      for (auto& command : rows()) table.push_back(std::move(command));
    return with_store_reading(std::move(table));
  }();
  return all;
}

}  // namespace tiltak::cli
