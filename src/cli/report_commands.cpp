#include "cli/report_commands.hpp"
#include "cli/portfolio_location.hpp"
#include "cli/store_commands.hpp"

#include <filesystem>
#include <ostream>

#include "cli/options.hpp"
#include "cli/output_file.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/io/atomic_file.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "tiltak/reporting/report_pdf.hpp"

namespace tiltak::cli {
namespace {

ReportOptions report_options(const Arguments& arguments, Currency currency) {
  ReportOptions options;
  if (const auto scope = arguments.get("scope")) {
    try {
      options.scope = parse_report_scope(*scope);
    } catch (const Error& error) {
      throw UsageError(std::string("--scope: ") + error.what());
    }
  }
  options.as_of = date_option(arguments, "as-of");
  options.language = requested_language(arguments);
  options.hide_personal_names = arguments.has("hide-names");
  if (const auto days = arguments.get("stale-days")) {
    try {
      options.stale_status_days = std::stoi(*days);
    } catch (const std::exception&) {
      throw UsageError("--stale-days must be a whole number of days, not \"" + *days + "\"");
    }
    if (options.stale_status_days < 0) throw UsageError("--stale-days must not be negative");
  }
  options.parameter_set = arguments.get("params").value_or("");
  if (arguments.has("discount-year"))
    options.discount_year = whole_number(arguments, "discount-year", 0, first_supported_year, last_supported_year);
  options.rulebook = rulebook_choice(arguments, currency);
  return options;
}

// CSV is one file per table, so it goes to a directory; standard output holds only one.
void write_csv(const PortfolioReport& report, const std::optional<std::string>& directory, std::ostream& out) {
  if (!directory || *directory == "-")
    throw UsageError("--format csv writes one file per table: name a directory with -o DIR (not standard output)");
  std::filesystem::create_directories(*directory);
  for (const auto& [name, text] : report_to_csv(report)) {
    write_file_atomically(std::filesystem::path(*directory) / name, text);
    out << (std::filesystem::path(*directory) / name).string() << "\n";
  }
}

int run_report(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const std::string format = arguments.choice("format", {"html", "md", "json", "csv", "pdf"}, "html");
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const ReportOptions options = report_options(arguments, portfolio.currency);
  PortfolioReport report = build_report(portfolio, options);
  if (const auto since = arguments.get("since"))
    compare_reports(report, previous_report_json(arguments.positionals[0], *since, options), *since);

  if (format == "csv") {
    write_csv(report, arguments.get("output"), out);
    return 0;
  }
  const std::string text = format == "html"  ? report_to_html(report)
                           : format == "md"  ? report_to_markdown(report)
                           : format == "pdf" ? report_to_pdf(report)
                                             : report_to_json(report);
  write_output(arguments, text, out);
  return 0;
}

}  // namespace

std::vector<Command> report_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"report",
        {"FILE"},
        {format_option, language_option, as_of_option, output_option, {"scope", 0, true}, {"since", 0, true},
         {"hide-names", 0, false}, {"stale-days", 0, true}, {"params", 0, true}, {"discount-year", 0, true}, rules_option},
        "usage: tiltak report FILE [--format html|md|json|csv|pdf] [--lang nb|da|en] [--as-of DATE]\n"
        "                          [--scope portfolio|area:ID|member:ID|programme:NAME]\n"
        "                          [--since PREVIOUS.json|REV|DATE] [--hide-names] [--stale-days N]\n"
        "                          [--params PARAMETER-SET] [--discount-year YEAR]\n"
        "                          [--rules ID|RULES.json] [-o OUT]\n\n"
        "The portfolio report (porteføljestyringsrapport) as of a date (default: today): every\n"
        "initiative in the scope with stage, owner, status per dimension (stale reports flagged),\n"
        "planned and forecast dates and slip, budget against actual and forecast per year, top\n"
        "risks, benefits and dependencies at risk; the portfolio against its budget frames and\n"
        "capacity, the risk matrix, the economy (cost hump and benefit curve), goal coverage, the\n"
        "critical path, the decisions awaiting the council and the compliance findings of the\n"
        "rulebook (--rules, default by the portfolio's currency). --since compares with a previous\n"
        "report's JSON (new, closed, changed status, moved dates, changed amounts), or with the\n"
        "report of FILE, a store, at a revision or date, as of that revision's day. --hide-names\n"
        "shows people by role and unit instead of names or ids, for reports published beyond\n"
        "the council. Present values are discounted to --discount-year, by default the year of\n"
        "--as-of.\n"
        "HTML (default) is one self-contained file; CSV writes one file per table into -o DIR; PDF\n"
        "is the HTML printed by headless Chromium and made PDF/A-2b by Ghostscript, for the archive\n"
        "(TILTAK_CHROMIUM and TILTAK_GHOSTSCRIPT name the programs when they are not on PATH).\n"
        "Without -o (or with -o -) the report goes to standard output. Files are written atomically.\n"},
       "the portfolio report: HTML, Markdown, JSON, CSV or PDF/A",
       run_report});
  return commands;
}

}  // namespace tiltak::cli
