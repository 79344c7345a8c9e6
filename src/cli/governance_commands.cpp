#include "cli/governance_commands.hpp"
#include "cli/options.hpp"
#include "cli/output_file.hpp"
#include "cli/portfolio_location.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "reporting/text_table.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/store/decision_record.hpp"
#include "tiltak/store/store.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  const char *heading, *rulebook, *as_of, *errors, *warnings, *infos, *none, *area, *initiatives, *compliant,
      *by_area;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Samsvarskontroll", "regelbok", "per", "feil", "advarsler", "merknader", "Ingen funn.", "Tjenesteområde",
              "Tiltak", "I samsvar", "Per tjenesteområde"};
    case Language::da:
      return {"Overholdelseskontrol", "regelsæt", "pr.", "fejl", "advarsler", "bemærkninger", "Ingen fund.",
              "Serviceområde", "Initiativer", "Overholder", "Pr. serviceområde"};
    case Language::en: break;
  }
  return {"Compliance check", "rulebook", "as of", "errors", "warnings", "notes", "No findings.", "Service area",
          "Initiatives", "Compliant", "By service area"};
}

std::string capitalised(const char* text) {
  std::string out = text;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

void print_report(const Portfolio& portfolio, const ComplianceReport& report, std::ostream& out) {
  const Language language = report.language;
  const Texts t = texts(language);
  out << t.heading << ": " << portfolio.name << " (" << t.rulebook << " " << report.rulebook << ", " << t.as_of << " "
      << format_date(report.as_of, language) << ")\n";
  out << report.count(Severity::error) << " " << t.errors << ", " << report.count(Severity::warning) << " "
      << t.warnings << ", " << report.count(Severity::info) << " " << t.infos << "\n\n";
  if (report.findings.empty()) out << t.none << "\n\n";
  for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    bool first = true;
    for (const auto& finding : report.findings) {
      if (finding.severity != severity) continue;
      if (first)
        out << capitalised(severity == Severity::error ? t.errors : severity == Severity::warning ? t.warnings : t.infos)
            << "\n";
      first = false;
      out << "  [" << finding.rule << "] " << finding.message << "\n      " << finding.pointer << "\n";
    }
    if (!first) out << "\n";
  }
  using detail::Align;
  detail::TextTable table({{t.area},
                           {t.initiatives, Align::right},
                           {t.compliant, Align::right},
                           {capitalised(t.errors), Align::right},
                           {capitalised(t.warnings), Align::right},
                           {capitalised(t.infos), Align::right}});
  for (const auto& area : report.areas)
    table.add_row({area.name, std::to_string(area.initiatives), std::to_string(area.compliant_initiatives),
                   std::to_string(area.errors), std::to_string(area.warnings), std::to_string(area.infos)});
  out << t.by_area << "\n" << table.render();
}

int run_check(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const Date as_of = date_option(arguments, "as-of");
  const Rulebook rulebook = rulebook_choice(arguments, portfolio.currency);
  const ComplianceReport report = check(portfolio, rulebook, as_of, language);
  if (json)
    out << compliance_to_json(report);
  else
    print_report(portfolio, report, out);
  return report.count(Severity::error) > 0 ? 1 : 0;
}

struct AdvanceTexts {
  const char *by, *allowed, *would_be_refused, *competent, *refused, *logged_as, *late, *in;
};

AdvanceTexts advance_texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"av", "tillatt", "ville blitt avvist; ikke oppfylt:", "kompetent organ",
              "avvist, ingenting er endret; ikke oppfylt:", "ført som vedtak", "etterregistrert", "i"};
    case Language::da:
      return {"af", "tilladt", "ville blive afvist; ikke opfyldt:", "kompetent organ",
              "afvist, intet er ændret; ikke opfyldt:", "ført som beslutning", "efterregistreret", "i"};
    case Language::en: break;
  }
  return {"by", "allowed", "would be refused; unmet:", "competent body", "refused, nothing changed; unmet:",
          "logged as decision", "late registration", "in"};
}

int run_advance(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  const std::string& file = arguments.positionals[0];
  const InitiativeId id(arguments.positionals[1]);
  const auto to_name = arguments.get("to");
  const auto body_name = arguments.get("by");
  if (!to_name || !body_name) throw UsageError("'tiltak advance' needs --to STAGE and --by BODY");
  const auto to = enum_from_name<Stage>(*to_name);
  if (!to) throw UsageError("--to must be one of " + enum_name_list<Stage>() + ", not \"" + *to_name + "\"");
  const auto body = enum_from_name<DecisionBody>(*body_name);
  if (!body) throw UsageError("--by must be one of " + enum_name_list<DecisionBody>() + ", not \"" + *body_name + "\"");
  const Portfolio portfolio = read_portfolio(arguments, file);
  const Language language = output_language(arguments, portfolio.currency);
  Decision decision;
  decision.body = *body;
  decision.date = date_option(arguments, "date");
  decision.case_reference = arguments.get("case").value_or("");
  decision.decided_by = arguments.get("decided-by").value_or("");
  decision.reason = arguments.get("reason").value_or("");
  decision.conditions = arguments.get("conditions").value_or("");
  decision.late_registration = arguments.has("late-registration");
  if (const auto amount = arguments.get("amount")) decision.amount = Money::parse(*amount, portfolio.currency);
  const Rulebook rulebook = rulebook_choice(arguments, portfolio.currency);
  const auto stage_in = [&](const Portfolio& p) { return p.find_initiative(id) ? p.find_initiative(id)->stage : Stage::idea; };
  Stage from = stage_in(portfolio);
  const AdvanceTexts t = advance_texts(language);
  const auto transition = [&] {
    return id.str() + ": " + std::string(stage_label(from, language)) + " → " + std::string(stage_label(*to, language));
  };
  if (arguments.has("dry-run")) {
    const TransitionCheck result = check_transition(portfolio, rulebook, id, *to, decision, language);
    if (arguments.choice("format", {"text", "json"}, "text") == "json") {
      out << transition_check_to_json(result);
    } else {
      out << transition() << " " << t.by << " " << body_label(*body, language) << ": "
          << (result.allowed ? t.allowed : t.would_be_refused) << "\n";
      for (const auto& problem : result.unmet) out << "  [" << problem.value << "] " << problem.message << "\n";
      if (result.competent_body) out << "  " << t.competent << ": " << body_label(*result.competent_body, language) << "\n";
    }
    return result.allowed ? 0 : 1;
  }
  std::size_t logged_as = 0;
  std::optional<ChangeTarget> target;
  try {
    target.emplace(change_portfolio(
        arguments, file,
        [&](Portfolio& latest) {
          from = stage_in(latest);  // the latest may differ from what was read above
          advance(latest, rulebook, id, *to, decision, language);
          logged_as = latest.decisions.size();
        },
        "advance " + id.str() + " to " + std::string(enum_name(*to)) + " by " + std::string(enum_name(*body)), out,
        err));
  } catch (const Error& error) {
    if (error.code() != ErrorCode::validation_error || logged_as != 0) throw;
    err << transition() << " " << t.refused << "\n";
    for (const auto& problem : error.problems())
      err << "  [" << problem_value_text(problem.value) << "] " << problem.message << "\n";
    return 1;
  }
  target->messages << transition() << " (" << body_label(*body, language) << "), " << t.logged_as << " " << logged_as
                   << (decision.late_registration ? std::string(" (") + t.late + ")" : "") << " " << t.in << " "
                   << target->location << "\n";
  return 0;
}

// The XML file at `path` read by `read` (read_archive_receipt, read_chain_anchor), its problems
// named by the file rather than the reader's "<kvittering>". At most one byte more than the
// library accepts is read, so that a huge file is refused without being read into memory.
template <class Read>
auto read_xml_file(const std::string& path, Read read) {
  const std::string xml = read_text_file(path, max_archive_xml_bytes);
  try {
    return read(xml);
  } catch (Error& failure) {
    std::vector<Problem> problems = failure.problems();
    if (problems.empty()) throw;
    for (auto& problem : problems) problem.source = path;
    throw Error(failure.code(), std::move(problems));
  }
}

struct LogTexts {
  const char *intact, *broken, *entries, *none_acknowledged, *acknowledged_up_to, *recorded_up_to, *unproven;
};

LogTexts log_texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"beslutningsloggen er intakt", "beslutningsloggen holder ikke", "vedtak",
              "ingen kvittert av arkivet", "kvittert av arkivet til og med vedtak",
              "i lagerets historikk til og med vedtak",
              "ingenting utenfor filen står inne for vedtak"};
    case Language::da:
      return {"beslutningsloggen er intakt", "beslutningsloggen holder ikke", "beslutninger",
              "ingen kvitteret af arkivet", "kvitteret af arkivet til og med beslutning",
              "i lagerets historik til og med beslutning",
              "intet uden for filen står inde for beslutning"};
    case Language::en: break;
  }
  return {"decision log intact", "decision log does not verify", "entries", "none acknowledged by the archive",
          "acknowledged by the archive up to decision", "in the store's history up to decision",
          "nothing outside the file vouches for decisions"};
}

// The anchors of every *.xml in `directory`: the archive's copies of decision messages.
std::vector<ChainAnchor> archived_anchors(const std::string& directory) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error))
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  if (error) throw Error(ErrorCode::io_error, directory + ": cannot read the directory: " + error.message());
  std::sort(files.begin(), files.end());
  std::vector<ChainAnchor> anchors;
  for (const auto& path : files)
    anchors.push_back(read_xml_file(path.string(), [](std::string_view xml) { return read_chain_anchor(xml); }));
  return anchors;
}

int run_log(const Arguments& arguments, std::ostream& out, std::ostream&) {
  if (arguments.positionals[0] != "verify")
    throw UsageError("unknown log action '" + arguments.positionals[0] + "'; expected verify");
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const std::string& file = arguments.positionals[1];
  StoreLogCheck check;
  if (const auto directory = arguments.get("archived")) check.archived = archived_anchors(*directory);
  check.rulebook = rulebook_option(arguments);
  check.language = requested_language(arguments);
  const LogVerification result = verify_decision_log(Store::open(file), check);
  if (json) {
    out << log_verification_to_json(result);
    return result.intact ? 0 : 1;
  }
  const LogTexts t = log_texts(result.language);
  for (const auto& finding : result.findings)
    out << file << ": " << finding.pointer << ": [" << finding.value << "] " << finding.message << "\n";
  out << file << ": " << (result.intact ? t.intact : t.broken) << " (" << result.entries << " " << t.entries << "; ";
  if (result.acknowledged == 0) out << t.none_acknowledged;
  else out << t.acknowledged_up_to << " " << result.acknowledged;
  if (result.recorded > 0) out << "; " << t.recorded_up_to << " " << result.recorded;
  if (result.entries > result.acknowledged)
    out << "; " << t.unproven << " " << result.acknowledged + 1 << "–" << result.entries;
  out << ")\n";
  return result.intact ? 0 : 1;
}

int run_archive_message(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const InitiativeId id(arguments.positionals[1]);
  const std::string system = arguments.get("system").value_or("tiltak");
  if (const auto decision = arguments.get("decision")) {
    std::size_t n = 0;
    try {
      n = std::stoul(*decision);
    } catch (const std::exception&) {
      throw UsageError("--decision must be the number of an entry in the decision log (1, 2, ...)");
    }
    if (n == 0 || n > portfolio.decisions.size() || portfolio.decisions[n - 1].initiative != id)
      throw Error(ErrorCode::not_found, "decision " + *decision + " of the log is not one on " + id.str());
    std::vector<ArchiveDocument> documents;
    if (const auto path = arguments.get("document")) {
      ArchiveDocument document;
      document.file_name = std::filesystem::path(*path).filename().string();
      document.title = arguments.get("document-title").value_or(std::filesystem::path(*path).stem().string());
      if (std::filesystem::path(*path).extension() != ".pdf") document.mime_type = "application/octet-stream";
      document.content = read_text_file(*path);
      documents.push_back(std::move(document));
    }
    write_output(arguments, arkivmelding_for_decision(portfolio, n - 1, system, documents), out);
  } else {
    write_output(arguments, arkivmelding_for_registration(portfolio, id, system), out);
  }
  return 0;
}

int run_archive_receipt(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  const ArchiveReceipt receipt =
      read_xml_file(arguments.positionals[1], [](std::string_view xml) { return read_archive_receipt(xml); });
  std::ostream& said =
      change_portfolio(
          arguments, arguments.positionals[0],
          [&](Portfolio& latest) { apply_archive_receipt(latest, receipt, arguments.get("system").value_or("tiltak")); },
          "archive receipt " + arguments.positionals[1], out, err)
          .messages;
  if (receipt.case_file)
    said << receipt.case_file->key << ": saksnummer " << receipt.case_file->case_number()
        << (receipt.case_file->created ? " (opprettet)" : " (eksisterende)") << "\n";
  if (receipt.entry)
    said << receipt.entry->key << ": journalpost " << receipt.entry->registry_number()
        << (receipt.entry->created ? " (opprettet)" : " (eksisterende)") << "\n";
  return 0;
}

const OptionSpec system_option{"system", 0, true};

}  // namespace

std::vector<Command> governance_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"check",
        {"FILE"},
        {rules_option, as_of_option, language_option, format_option},
        "usage: tiltak check FILE [--rules ID|RULES.json] [--as-of DATE] [--lang nb|da|en] [--format text|json]\n\n"
        "Checks the portfolio against a rulebook: cloud services and apps without central clearance,\n"
        "personal data without DPIA, risk assessments, data-processing agreements, council treatment,\n"
        "owners, stale status reports, dependencies on paused or cancelled initiatives, benefits\n"
        "without owner, baseline or measurement plan; systems of the register without a signed\n"
        "data-processing agreement, supervision, quarterly risk assessment, cloud clearance or\n"
        "contract security, or whose contract ends without an approved replacement (`tiltak\n"
        "systems`); and a summary per service area.\n"
        "--rules: no-default or dk-default (default by the portfolio's currency) or a rulebook file.\n"
        "--as-of: the date ages count from (default today).\n"
        "Exit status: 0 no finding of severity error; 1 findings of severity error, or a problem\n"
        "with the portfolio or the rulebook (every problem listed with its pointer); 2 usage error.\n"
        "See docs/governance.md.\n"},
       "compliance of the portfolio with a rulebook (security, privacy, governance)",
       run_check});
  commands.push_back(
      {{"advance",
        {"FILE", "ID"},
        {{"to", 0, true}, {"by", 0, true}, {"case", 0, true}, {"date", 0, true}, {"amount", 0, true},
         {"decided-by", 0, true}, {"reason", 0, true}, {"conditions", 0, true}, {"late-registration", 0, false},
         {"dry-run", 0, false}, rules_option,
         language_option, output_option, format_option},
        "usage: tiltak advance FILE ID --to STAGE --by BODY [--case 2026/1234] [--date DATE]\n"
        "                      [--amount AMOUNT] [--decided-by WHO] [--reason TEXT] [--conditions TEXT]\n"
        "                      [--late-registration]\n"
        "                      [--rules ID|RULES.json] [--lang nb|da|en] [-o OUT.json]\n"
        "                      [--dry-run [--format text|json]]\n\n"
        "Moves initiative ID to STAGE by a decision of BODY (secretariat, council, chief_executive,\n"
        "municipal_council) when the rulebook's gate allows it and BODY's mandate covers the\n"
        "initiative; appends the decision to the decision log and saves atomically to OUT.json\n"
        "(default FILE). A refusal lists every unmet requirement and changes nothing. A negative\n"
        "--amount is refused, and so is a --date before the last decision in the log unless\n"
        "--late-registration says it is entered afterwards (it is then shown as such).\n"
        "--dry-run: only tells whether the decision would be allowed, with every unmet requirement\n"
        "and the competent body; writes nothing.\n"
        "Exit status: 0 advanced (or allowed); 1 refused, or a problem with the files; 2 usage error.\n"},
       "move an initiative through a lifecycle gate and log the decision",
       run_advance});
  commands.push_back({{"log",
                       {"ACTION", "FILE"},
                       {format_option, language_option, rules_option, {"archived", 0, true}},
                       "usage: tiltak log verify FILE [--archived DIR] [--rules ID|RULES.json] [--lang nb|da|en]\n"
                       "                         [--format text|json]\n\n"
                       "Verifies the decision record: the hash chain (the first broken entry), the stages\n"
                       "(each initiative's stage is its last decision's, else a stage without a decision\n"
                       "behind it), and every acknowledgement: the receipts stored in FILE and, with\n"
                       "--archived, the archive's copies of the decision messages (*.xml in DIR); for a store,\n"
                       "also the chain head it kept with each revision. A decision\n"
                       "the archive acknowledged must still be in the log unchanged: a cut tail or a changed\n"
                       "and re-hashed chain is found. Decisions after the last acknowledged one are\n"
                       "named: nothing outside the file vouches for them (docs/governance.md). Each decision is\n"
                       "held against the rulebook's gates again (--rules, default by the portfolio's currency):\n"
                       "one beyond its body's mandate or through no gate is a finding.\n"
                       "Exit status: 0 intact; 1 a finding, or a problem with the files; 2 usage error.\n"},
                      "verify the decision record (chain, stages, the archive's acknowledgements)",
                      run_log});
  commands.push_back(
      {{"archive-message",
        {"FILE", "ID"},
        {{"decision", 0, true}, {"document", 0, true}, {"document-title", 0, true}, system_option, output_option},
        "usage: tiltak archive-message FILE ID [--decision N [--document FILE.pdf [--document-title T]]]\n"
        "                              [--system NAME] [-o OUT.xml]\n\n"
        "The KS Fiks Arkiv v1 arkivmelding that files initiative ID as a case with its registration,\n"
        "or with --decision N the N-th entry of the decision log (1-based) as a registry entry in\n"
        "the initiative's case, carrying the entry's hash and the chain head. --document describes\n"
        "the file sent with it (the saksframlegg, the report) as its main document, with its SHA-256\n"
        "(title: --document-title, default the file's name). --system names the sending system in\n"
        "the external keys (tiltak). Every message is validated against the bundled schemas: one\n"
        "that would not validate, or text XML cannot carry, is an error (exit status 1).\n"},
       "KS Fiks Arkiv message for an initiative or a decision",
       run_archive_message});
  commands.push_back(
      {{"archive-receipt",
        {"FILE", "RECEIPT"},
        {system_option, output_option},
        "usage: tiltak archive-receipt FILE RECEIPT.xml [--system NAME] [-o OUT.json]\n\n"
        "Reads the archive's receipt (arkivmeldingKvittering) and stores the case number and\n"
        "registry entry number where its external keys point; saves atomically to OUT.json\n"
        "(default FILE).\n"},
       "store the case and registry numbers of an archive receipt",
       run_archive_receipt});
  return commands;
}

}  // namespace tiltak::cli
