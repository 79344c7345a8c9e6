// tiltak/governance as Python: rulebooks, the compliance check (findings as a DataFrame in
// tiltak/_governance.py), lifecycle gates with mandates (advance), the decision log and the
// KS Fiks Arkiv messages and receipts.
//
// Results (ComplianceReport, Finding, AreaCompliance, Decision, LogVerification) are the C++
// structs bound read-only; Severity, RuleScope and DecisionBody are str.
//
// Threads: check() runs without the GIL on the portfolio's snapshot.

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "date_caster.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/reporting/labels.hpp"
#include "result_class.hpp"
#include "value_class.hpp"

TILTAK_PYTHON_ENUM(tiltak::Severity, "severity");
TILTAK_PYTHON_ENUM(tiltak::RuleScope, "rule scope");
TILTAK_PYTHON_ENUM(tiltak::DecisionBody, "decision body");

namespace tiltak_python {
namespace {

using namespace tiltak;

// A Rulebook, a built-in id, or None (the currency's default_rulebook).
Rulebook rulebook_of(const py::object& rulebook, Currency currency) {
  auto chosen = rulebook_option(rulebook);
  return chosen ? std::move(*chosen) : default_rulebook(currency);
}

py::object governance_function(const char* name) { return python_function("tiltak._governance", name); }

// The decision that the keyword arguments of advance() and check_transition() describe.
Decision decision_of(DecisionBody body, Date date, const std::string& decided_by, std::optional<Money> amount,
                     const std::string& conditions, const std::string& reason, const std::string& case_reference,
                     bool late_registration) {
  Decision decision;
  decision.body = body;
  decision.date = date;
  decision.decided_by = decided_by;
  decision.amount = amount;
  decision.conditions = conditions;
  decision.reason = reason;
  decision.case_reference = case_reference;
  decision.late_registration = late_registration;
  return decision;
}

Language language_of(const std::optional<Language>& lang, Currency currency) {
  return lang.value_or(default_language(currency));
}

Date today() { return boost::gregorian::day_clock::local_day(); }

void bind_rulebook(py::module_& m) {
  py::class_<Rulebook> rulebook(m, "Rulebook",
                                "A municipality's governance rules (read-only): compliance rules, lifecycle gates and "
                                "mandates, in JSON (docs/governance.md). Get one with rulebook(id), "
                                "rulebook_from_json(text) or load_rulebook(path).");
  rulebook.def_property_readonly("id", &Rulebook::id, "The rulebook's id: \"no-default\", ...")
      .def_property_readonly("title", &Rulebook::title, "Plain-language name.")
      .def_property_readonly("currency", &Rulebook::currency, "Currency of the mandate amounts.")
      .def_property_readonly(
          "rules",
          [](const Rulebook& self) {
            py::list rules;
            for (const auto& rule : self.rules())
              rules.append(py::dict(py::arg("id") = rule.id, py::arg("severity") = rule.severity,
                                    py::arg("scope") = rule.scope,
                                    py::arg("message") = py::dict(py::arg("nb") = rule.message.nb,
                                                                  py::arg("da") = rule.message.da,
                                                                  py::arg("en") = rule.message.en)));
            return rules;
          },
          "list[dict]: each rule's id, severity, scope and message (nb, da, en).")
      .def_property_readonly(
          "mandates",
          [](const Rulebook& self) {
            py::list mandates;
            for (const auto& mandate : self.mandates())
              mandates.append(py::make_tuple(mandate.body, mandate.max_amount));
            return mandates;
          },
          "list[(body, Money or None)]: the mandates, lowest body first; None is no upper limit.")
      .def("__repr__", [](const Rulebook& self) {
        return "<tiltak.Rulebook " + self.id() + ": " + std::to_string(self.rules().size()) + " rules, " +
               std::to_string(self.gates().size()) + " gates>";
      });
  m.def(
      "rulebook", [](const std::string& id) { return builtin_rulebook(id); }, py::arg("id"),
      "A shipped Rulebook by id (rulebook_ids()). NotFoundError for an unknown id.");
  m.def("rulebook_ids", &builtin_rulebook_ids, "The ids of the shipped rulebooks: [\"no-default\", \"dk-default\"].");
  m.def(
      "rulebook_from_json",
      [](const std::string& text, const std::string& source) { return rulebook_from_json(text, source); },
      py::arg("text"), py::arg("source") = "<memory>",
      "A Rulebook from JSON (docs/governance.md). ParseError for malformed JSON, ValidationError with every "
      "problem and its JSON Pointer otherwise.");
  m.def(
      "load_rulebook",
      [](const std::filesystem::path& path, std::uint64_t max_bytes) { return load_rulebook(path, max_bytes); },
      py::arg("path"), py::arg("max_bytes") = default_max_input_bytes,
      "A Rulebook from a JSON file (a regular file of at most ``max_bytes``, default 2 GiB). IoError, ParseError, "
      "ValidationError.");
}

void bind_compliance(py::module_& m) {
  py::class_<Finding> finding(m, "Finding", "One broken rule on one initiative or benefit (read-only).");
  readonly(finding, "subject_kind", &Finding::subject_kind, "\"initiative\" or \"benefit\".");
  readonly(finding, "subject", &Finding::subject, "The initiative's or benefit's id.");
  readonly(finding, "rule", &Finding::rule, "The rule's id.");
  readonly(finding, "severity", &Finding::severity, "\"error\", \"warning\" or \"info\".");
  readonly(finding, "pointer", &Finding::pointer, "JSON Pointer into the portfolio document.");
  readonly(finding, "message", &Finding::message, "Plain-language message in the report's language.");
  finish_result(finding, {"subject", "rule", "severity"});

  py::class_<AreaCompliance> area(m, "AreaCompliance", "Compliance of one service area (read-only).");
  readonly(area, "area", &AreaCompliance::area, "Service area id.");
  readonly(area, "name", &AreaCompliance::name, "Service area name.");
  readonly(area, "initiatives", &AreaCompliance::initiatives, "Initiatives in the area.");
  readonly(area, "compliant_initiatives", &AreaCompliance::compliant_initiatives,
           "Initiatives without an error or warning.");
  readonly(area, "errors", &AreaCompliance::errors, "Findings of severity error (benefits via contributors).");
  readonly(area, "warnings", &AreaCompliance::warnings, "Findings of severity warning.");
  readonly(area, "infos", &AreaCompliance::infos, "Findings of severity info.");
  finish_result(area, {"area", "initiatives", "compliant_initiatives", "errors", "warnings"});

  py::class_<ComplianceReport> report(m, "ComplianceReport", "The result of check() (read-only).");
  readonly(report, "rulebook", &ComplianceReport::rulebook, "The rulebook's id.");
  readonly(report, "rulebook_title", &ComplianceReport::rulebook_title, "The rulebook's title, for people.");
  readonly(report, "as_of", &ComplianceReport::as_of, "datetime.date ages were counted from.");
  readonly(report, "language", &ComplianceReport::language, "Language of the messages.");
  readonly(report, "findings", &ComplianceReport::findings, "list[Finding], in rule order then document order.");
  readonly(report, "areas", &ComplianceReport::areas, "list[AreaCompliance], in the organisation's order.");
  report.def("count", &ComplianceReport::count, py::arg("severity"), "Findings of a severity.")
      .def(
          "to_json", [](const ComplianceReport& self) { return compliance_to_json(self); },
          "The JSON form the C API and `tiltak check --format json` give.")
      .def(
          "to_frame", [](const py::object& self) { return governance_function("findings_frame")(self); },
          "pandas DataFrame, one row per finding (tiltak.findings_frame).")
      .def(
          "areas_frame", [](const py::object& self) { return governance_function("areas_frame")(self); },
          "pandas DataFrame, one row per service area (tiltak.areas_frame).");
  finish_result(report, {"rulebook", "as_of", "language"});

  m.def(
      "check",
      [](const py::object& portfolio, const py::object& rulebook, std::optional<Date> as_of,
         std::optional<Language> lang) {
        auto snapshot = portfolio_snapshot(portfolio);
        const Rulebook rules = rulebook_of(rulebook, snapshot->currency);
        py::gil_scoped_release release;
        return check(*snapshot, rules, as_of.value_or(today()), language_of(lang, snapshot->currency));
      },
      py::arg("portfolio"), py::arg("rulebook") = py::none(), py::arg("as_of") = py::none(),
      py::arg("lang") = py::none(),
      "Check the portfolio against a rulebook (a Rulebook, a shipped id, or None for the currency's): "
      "ComplianceReport. Ages count from ``as_of`` (default today); messages in ``lang`` (default the "
      "currency's language). Releases the GIL.");
}

void bind_decisions(py::module_& m) {
  py::class_<Decision> entry(m, "Decision", "An entry of the decision log (read-only; docs/governance.md).");
  readonly(entry, "initiative", &Decision::initiative, "Initiative id.");
  readonly(entry, "from_stage", &Decision::from, "Stage before.");
  readonly(entry, "to_stage", &Decision::to, "Stage after.");
  readonly(entry, "body", &Decision::body,
           "\"secretariat\", \"council\", \"chief_executive\" or \"municipal_council\".");
  readonly(entry, "decided_by", &Decision::decided_by, "The role or person who signed for the body.");
  readonly(entry, "date", &Decision::date, "datetime.date of the decision.");
  readonly(entry, "amount", &Decision::amount, "Money decided on, or None.");
  readonly(entry, "conditions", &Decision::conditions, "Conditions attached.");
  readonly(entry, "reason", &Decision::reason, "Reason.");
  readonly(entry, "case_reference", &Decision::case_reference, "Saksnummer, \"2026/1234\".");
  readonly(entry, "late_registration", &Decision::late_registration,
           "True for a decision registered after a later one was logged (it may be dated before it).");
  readonly(entry, "acknowledged_hash", &Decision::acknowledged_hash,
           "The entry hash the archive's receipt acknowledged, or \"\".");
  readonly(entry, "registry_entry", &Decision::registry_entry, "Journalpostnummer, once the archive answered.");
  readonly(entry, "previous_hash", &Decision::previous_hash, "SHA-256 (hex) of the entry before.");
  readonly(entry, "hash", &Decision::hash, "SHA-256 (hex) of this entry.");
  entry.def(
      "to_json", [](const Decision& self) { return decision_to_json(self); }, "The entry as in the document.");
  finish_result(entry, {"initiative", "from_stage", "to_stage", "body", "date"});

  py::class_<LogVerification> verification(m, "LogVerification", "The result of verify_decision_log() (read-only).");
  readonly(verification, "intact", &LogVerification::intact, "Whether the record has no finding.");
  readonly(verification, "entries", &LogVerification::entries, "Entries in the log.");
  readonly(verification, "first_broken", &LogVerification::first_broken, "Index of the first broken entry, or None.");
  readonly(verification, "reason", &LogVerification::reason, "Why it is broken.");
  readonly(verification, "acknowledged", &LogVerification::acknowledged,
           "Number of the last decision the archive's acknowledgements vouch for (0: none).");
  readonly(verification, "recorded", &LogVerification::recorded,
           "Number of the last decision a store's history of chain heads vouches for (0: none).");
  readonly(verification, "language", &LogVerification::language, "Language of the findings' messages.");
  readonly(verification, "findings", &LogVerification::findings,
           "list[Problem]: every finding; Problem.value is its kind (\"chain\", \"cut_tail\", \"changed\", "
           "\"replay\", \"stage_without_decision\").");
  verification.def("to_json", [](const LogVerification& self) { return log_verification_to_json(self); },
                   "The verification as its JSON document (docs/governance.md).");
  finish_result(verification, {"intact", "entries", "first_broken", "reason", "acknowledged", "recorded"});

  m.def(
      "advance",
      [](const py::object& portfolio, const InitiativeId& id, Stage to, DecisionBody body, Date date,
         const std::string& decided_by, std::optional<Money> amount, const std::string& conditions,
         const std::string& reason, const std::string& case_reference, bool late_registration,
         const py::object& rulebook, std::optional<Language> lang) {
        auto snapshot = portfolio_snapshot(portfolio);
        const Rulebook rules = rulebook_of(rulebook, snapshot->currency);
        const Decision decision = decision_of(body, date, decided_by, amount, conditions, reason, case_reference, late_registration);
        const Language language = language_of(lang, snapshot->currency);
        Decision logged;
        edit_portfolio(portfolio, [&](Portfolio& p) {
          advance(p, rules, id, to, decision, language);
          logged = p.decisions.back();
        });
        return logged;
      },
      py::arg("portfolio"), py::arg("id"), py::arg("to"), py::arg("body"), py::arg("date"), py::kw_only(),
      py::arg("decided_by") = "", py::arg("amount") = py::none(), py::arg("conditions") = "",
      py::arg("reason") = "", py::arg("case_reference") = "", py::arg("late_registration") = false,
      py::arg("rulebook") = py::none(),
      py::arg("lang") = py::none(),
      "Move initiative ``id`` to stage ``to`` by a decision of ``body`` when the rulebook's gate and mandates "
      "allow it; the decision is appended to the decision log (with its hash) and returned. A refusal raises "
      "ValidationError listing every unmet requirement (Problem.value is the requirement's id as a JSON string, "
      "the form of every Problem.value) and changes "
      "nothing.");
  py::class_<TransitionCheck> check_result(m, "TransitionCheck", "The result of check_transition() (read-only).");
  readonly(check_result, "allowed", &TransitionCheck::allowed, "Whether the decision may move the initiative.");
  readonly(check_result, "unmet", &TransitionCheck::unmet,
           "list[Problem]: every unmet requirement; Problem.value is the requirement's id (\"owner\", "
           "\"mandate\", \"transition\", \"minimum_body\", a rule's id).");
  readonly(check_result, "competent_body", &TransitionCheck::competent_body,
           "The lowest body whose mandate covers the initiative, when the gate asks for one, or None.");
  check_result.def(
      "to_json", [](const TransitionCheck& self) { return transition_check_to_json(self); },
      "{\"allowed\", \"competent_body\", \"unmet\"} as the C API and CLI give it.");
  finish_result(check_result, {"allowed", "competent_body"});

  m.def(
      "check_transition",
      [](const py::object& portfolio, const InitiativeId& id, Stage to, DecisionBody body, Date date,
         const std::string& decided_by, std::optional<Money> amount, const std::string& conditions,
         const std::string& reason, const std::string& case_reference, bool late_registration,
         const py::object& rulebook, std::optional<Language> lang) {
        auto snapshot = portfolio_snapshot(portfolio);
        return check_transition(*snapshot, rulebook_of(rulebook, snapshot->currency), id, to,
                                decision_of(body, date, decided_by, amount, conditions, reason, case_reference, late_registration),
                                language_of(lang, snapshot->currency));
      },
      py::arg("portfolio"), py::arg("id"), py::arg("to"), py::arg("body"), py::arg("date"), py::kw_only(),
      py::arg("decided_by") = "", py::arg("amount") = py::none(), py::arg("conditions") = "",
      py::arg("reason") = "", py::arg("case_reference") = "", py::arg("late_registration") = false,
      py::arg("rulebook") = py::none(),
      py::arg("lang") = py::none(),
      "Whether advance() with the same arguments would move the initiative: a TransitionCheck with every unmet "
      "requirement. Changes nothing.");
  m.def(
      "competent_body",
      [](const py::object& portfolio, const InitiativeId& id, const py::object& rulebook, std::optional<Money> amount) {
        auto snapshot = portfolio_snapshot(portfolio);
        return competent_body(*snapshot, rulebook_of(rulebook, snapshot->currency), id, amount);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("rulebook") = py::none(), py::arg("amount") = py::none(),
      "The lowest body whose mandate covers the initiative (its planned cost, or ``amount`` when larger).");
  m.def(
      "verify_decision_log",
      [](const py::object& portfolio, const std::vector<std::string>& archived, const py::object& rulebook,
         std::optional<Language> lang) {
        auto snapshot = portfolio_snapshot(portfolio);
        std::vector<ChainAnchor> anchors;
        for (const auto& xml : archived) anchors.push_back(read_chain_anchor(xml));
        return verify_decision_log(*snapshot, rulebook_of(rulebook, snapshot->currency), anchors,
                                   language_of(lang, snapshot->currency));
      },
      py::arg("portfolio"), py::kw_only(), py::arg("archived") = std::vector<std::string>{},
      py::arg("rulebook") = py::none(), py::arg("lang") = py::none(),
      "LogVerification of the decision record: the hash chain, the stages the log explains, every "
      "acknowledgement (receipts stored in the portfolio; ``archived``: the archive's copies of decision "
      "messages, as XML text), and each decision replayed against the rulebook's gates (``rulebook``: None for "
      "the currency's) (docs/governance.md, \"What the chain proves\").");
  m.def(
      "replay_decisions",
      [](const py::object& initial, const std::vector<Decision>& log) {
        py::object replayed = initial.attr("copy")();
        edit_portfolio(replayed, [&](Portfolio& p) { p = replay_decisions(p, log); });
        return replayed;
      },
      py::arg("initial"), py::arg("decisions"),
      "A copy of ``initial`` with each decision's transition applied in order (and the log copied): the "
      "stages the log says. ValidationError at the first decision that does not fit.");
  m.def(
      "decisions", [](const py::object& portfolio) { return portfolio_snapshot(portfolio)->decisions; },
      py::arg("portfolio"), "list[Decision]: the decision log, oldest first (copies).");
}

void bind_archive(py::module_& m) {
  m.def(
      "arkivmelding_for_registration",
      [](const py::object& portfolio, const InitiativeId& id, const std::string& system) {
        return arkivmelding_for_registration(*portfolio_snapshot(portfolio), id, system);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("system") = "tiltak",
      "KS Fiks Arkiv v1 arkivmelding (XML str): a case file for the initiative with its registration.");
  py::class_<ArchiveDocument>(m, "ArchiveDocument",
                              "A file sent with a decision message (the saksframlegg, the report the body decided "
                              "on), described in it with its SHA-256 and size.")
      .def(py::init([](std::string title, std::string file_name, const py::bytes& content, std::string mime_type) {
             return ArchiveDocument{std::move(title), std::move(file_name), std::move(mime_type), std::string(content)};
           }),
           py::arg("title"), py::arg("file_name"), py::arg("content"), py::arg("mime_type") = "application/pdf")
      .def_readonly("title", &ArchiveDocument::title, "Its title in the archive (\"Saksframlegg\").")
      .def_readonly("file_name", &ArchiveDocument::file_name, "The file's name, unique within a message.")
      .def_readonly("mime_type", &ArchiveDocument::mime_type, "Its MIME type (\"application/pdf\").")
      .def_property_readonly(
          "content", [](const ArchiveDocument& d) { return py::bytes(d.content); }, "The file's bytes.");
  m.def(
      "arkivmelding_for_decision",
      [](const py::object& portfolio, std::size_t index, const std::string& system,
         const std::vector<ArchiveDocument>& documents) {
        return arkivmelding_for_decision(*portfolio_snapshot(portfolio), index, system, documents);
      },
      py::arg("portfolio"), py::arg("index"), py::arg("system") = "tiltak", py::kw_only(),
      py::arg("documents") = std::vector<ArchiveDocument>{},
      "KS Fiks Arkiv v1 arkivmelding (XML str) filing decision ``index`` (0-based) of the log in the "
      "initiative's case; ``documents`` (ArchiveDocument) are described in it, the first the main document.");
  m.def(
      "read_archive_receipt",
      [](const std::string& xml) { return json_loads(archive_receipt_to_json(read_archive_receipt(xml))); },
      py::arg("xml"),
      "The archive's receipt (arkivmeldingKvittering) as a dict: {\"case_file\": {key, system_id, created, "
      "case_number} or None, \"entry\": {key, system_id, created, registry_number, number_in_case} or None}.");
  m.def(
      "apply_archive_receipt",
      [](const py::object& portfolio, const std::string& xml, const std::string& system) {
        const ArchiveReceipt receipt = read_archive_receipt(xml);
        edit_portfolio(portfolio, [&](Portfolio& p) { apply_archive_receipt(p, receipt, system); });
      },
      py::arg("portfolio"), py::arg("xml"), py::arg("system") = "tiltak",
      "Store the receipt's case and registry numbers where its keys point (NotFoundError for a key naming "
      "nothing; then nothing changes).");
  m.def(
      "read_chain_anchor", [](const std::string& xml) { return json_loads(chain_anchor_to_json(read_chain_anchor(xml))); },
      py::arg("xml"),
      "The decision log's anchor an archived decision message carries, as a dict: {\"number\", \"hash\", "
      "\"head_number\", \"head_hash\"}. ValidationError for XML that is not a decision message of tiltak.");
  m.def(
      "arkivmelding_problems", [](const std::string& xml) { return arkivmelding_problems(xml); }, py::arg("xml"),
      "list[Problem]: how an arkivmelding breaks the bundled Fiks Arkiv schemas; empty when it validates.");
  m.def(
      "schema_problems",
      [](const std::string& xml, const std::filesystem::path& xsd) { return schema_problems(xml, xsd); },
      py::arg("xml"), py::arg("xsd"),
      "list[Problem]: how ``xml`` breaks the XML schema ``xsd`` (e.g. schemas/fiks-arkiv/...opprett.xsd); "
      "empty when it validates.");
}

}  // namespace

std::optional<tiltak::Rulebook> rulebook_option(py::handle rulebook) {
  if (rulebook.is_none()) return std::nullopt;
  if (py::isinstance<py::str>(rulebook)) return tiltak::builtin_rulebook(rulebook.cast<std::string>());
  return rulebook.cast<tiltak::Rulebook>();
}

void bind_governance(py::module_& module) {
  bind_rulebook(module);
  bind_compliance(module);
  bind_decisions(module);
  bind_archive(module);
  py::dict enum_names = module.attr("_ENUM_NAMES");
  enum_names["severity"] = enum_names_tuple<Severity>();
  enum_names["rule_scope"] = enum_names_tuple<RuleScope>();
  enum_names["decision_body"] = enum_names_tuple<DecisionBody>();
}

}  // namespace tiltak_python
