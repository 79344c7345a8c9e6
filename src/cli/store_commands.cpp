#include "cli/store_commands.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "cli/options.hpp"
#include "cli/portfolio_location.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/io/atomic_file.hpp"
#include "tiltak/reporting/report_formats.hpp"
#include "tiltak/store/store_json.hpp"

namespace tiltak::cli {
namespace {

bool json_format(const Arguments& arguments) { return arguments.choice("format", {"text", "json"}, "text") == "json"; }

void print_revision(const Revision& revision, std::ostream& out) {
  out << revision.number << "  " << revision.time << "  " << revision.author << "  " << revision.message << "\n";
}

void print_changes(const std::vector<EntityChange>& changes, std::ostream& out) {
  if (changes.empty()) out << "no changes\n";
  for (const auto& change : changes)
    out << entity_change_name(change.kind) << "  " << change.entity << (change.id.empty() ? "" : " " + change.id) << "\n";
}

int run_store(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const std::string& action = arguments.positionals[0];
  const std::string& location = arguments.positionals[1];
  if (action == "init") {
    Store::create(location);
    out << location << ": a new, empty store; 'tiltak store import " << location << " --from PORTFOLIO.json' fills it\n";
  } else if (action == "import") {
    const auto from_option = arguments.get("from");
    if (!from_option) throw UsageError("'tiltak store import' needs --from PORTFOLIO.json");
    const std::string& from = *from_option;
    ChangeInfo info = change_info(arguments.get("message").value_or("import " + from));
    if (const auto author = arguments.get("author")) info.author = *author;
    const Revision made = Store::open(location).import_json(read_text_file(from), info);
    out << location << ": imported " << from << " as revision " << made.number << "\n";
  } else if (action == "export") {
    const std::string document = Store::open(location).export_json(store_at(arguments));
    const auto output = arguments.get("output");
    if (output && *output != "-")
      write_file_atomically(*output, document);
    else
      out << document;
  } else if (action == "history") {
    std::optional<InitiativeId> initiative;
    if (const auto id = arguments.get("initiative")) initiative = InitiativeId(*id);
    const auto revisions = Store::open(location).history(initiative);
    if (json_format(arguments))
      out << revisions_to_json(revisions);
    else
      for (const auto& revision : revisions) print_revision(revision, out);
  } else if (action == "show") {
    const Store store = Store::open(location);
    const Revision revision = store.revision(store_at(arguments));
    const auto changes = store.diff({revision.number - 1, {}}, {revision.number, {}});
    if (json_format(arguments)) {
      out << revision_to_json(revision, changes);
    } else {
      print_revision(revision, out);
      print_changes(changes, out);
    }
  } else if (action == "diff") {
    if (!arguments.get("from")) throw UsageError("'tiltak store diff' needs --from REV|DATE");
    const auto changes = Store::open(location).diff(store_at(arguments, "from"), store_at(arguments, "to"));
    if (json_format(arguments))
      out << entity_changes_to_json(changes);
    else
      print_changes(changes, out);
  } else {
    throw UsageError("unknown store action '" + action + "'; expected init, import, export, history, show or diff");
  }
  return 0;
}

}  // namespace

std::vector<Command> store_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"store",
        {"ACTION", "LOCATION"},
        {{"from", 0, true}, {"to", 0, true}, at_option, {"author", 0, true}, {"message", 'm', true},
         {"initiative", 0, true}, format_option, output_option},
        "usage: tiltak store init LOCATION\n"
        "       tiltak store import LOCATION --from PORTFOLIO.json [--author WHO] [-m MESSAGE]\n"
        "       tiltak store export LOCATION [--at REV|DATE] [-o OUT.json]\n"
        "       tiltak store history LOCATION [--initiative ID] [--format text|json]\n"
        "       tiltak store show LOCATION [--at REV|DATE]\n"
        "       tiltak store diff LOCATION --from REV|DATE [--to REV|DATE] [--format text|json]\n\n"
        "The portfolio store (docs/store.md). LOCATION is an SQLite store (portfolio.db), a\n"
        "PostgreSQL store (postgresql://user@host/database) or a JSON document (portfolio.json:\n"
        "one state, no history). init makes a new, empty SQLite store, or a PostgreSQL store's\n"
        "tables in the database (in its schema public, or the one the URI's options name);\n"
        "import commits a portfolio document as a new revision; export writes the document as it\n"
        "was at a revision or at the end of a day (UTC), byte for byte as imported; history lists\n"
        "the revisions (number, time, author, message), of one initiative with --initiative;\n"
        "show names a revision and what it changed; diff what changed between two revisions.\n"
        "Every command that takes FILE takes a LOCATION too.\n"},
       "the portfolio store: init, import, export, history, show, diff",
       run_store});
  return commands;
}

std::string previous_report_json(const std::string& location, const std::string& since, ReportOptions options) {
  if (std::filesystem::exists(since)) return read_text_file(since);
  StoreAt at;
  try {
    at = parse_store_at(since);
  } catch (const Error&) {
    throw Error(ErrorCode::io_error, since + ": no such file, nor a revision number or a date of the store");
  }
  const Store store = Store::open(location);
  const Revision revision = store.revision(at);
  options.as_of = *parse_iso_date(std::string_view(revision.time).substr(0, 10));
  return report_to_json(build_report(store.read({revision.number, {}}), options));
}

std::vector<Command> with_store_reading(std::vector<Command> commands) {
  for (auto& command : commands) {
    const auto& positionals = command.spec.positionals;
    const bool reads_file =
        std::find(positionals.begin(), positionals.end(), "FILE") != positionals.end();
    if (!reads_file || command.spec.name == "advance" || command.spec.name == "archive-receipt") continue;
    command.spec.options.push_back(at_option);
    command.spec.usage += "\nFILE may be a store (docs/store.md); --at REV|DATE reads it as it was at a revision or\n"
                          "at the end of a day (UTC).\n";
  }
  return commands;
}

}  // namespace tiltak::cli
