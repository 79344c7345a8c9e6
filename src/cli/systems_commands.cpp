#include "cli/systems_commands.hpp"

#include <ostream>

#include "cli/options.hpp"
#include "cli/portfolio_location.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/system_register.hpp"

namespace tiltak::cli {
namespace {

struct Words {
  const char *heading, *as_of, *system, *hosting, *lifecycle, *contract_end, *running_cost, *bearer, *findings,
      *ending, *derived, *waits_for, *deadlines, *missed, *days_late, *met, *gains, *from, *a_year, *none, *for_;
};

Words words(Language language) {
  switch (language) {
    case Language::nb:
      return {"Systemregister", "per", "System", "Drift", "Livsløp", "Kontrakt ut", "Driftskostnad/år", "Bærer",
              "Funn", "løper ut innen", "Avledede avhengigheter", "venter på", "Kontraktsfrister", "passert",
              "dager for sent", "holdes", "Gevinster ved avvikling", "fra", "per år", "ingen", "for"};
    case Language::da:
      return {"Systemregister", "pr.", "System", "Drift", "Livsforløb", "Kontrakt udløber", "Driftsudgift/år",
              "Bærer", "Fund", "udløber inden", "Afledte afhængigheder", "venter på", "Kontraktfrister", "overskredet",
              "dage for sent", "holdes", "Gevinster ved afvikling", "fra", "om året", "ingen", "for"};
    case Language::en: break;
  }
  return {"System register", "as of", "System", "Hosting", "Lifecycle", "Contract ends", "Running cost/year",
          "Bearer", "Findings", "ends within", "Derived dependencies", "waits for", "Contract deadlines", "missed",
          "days late", "met", "Decommissioning gains", "from", "a year", "none", "for"};
}

void print_register(const SystemRegister& r, Language language, std::ostream& out) {
  const Words w = words(language);
  out << w.heading << " (" << w.as_of << " " << format_date(r.as_of, language) << ", " << r.rulebook << ")\n\n";
  using detail::Align;
  detail::TextTable table({{w.system},
                           {w.hosting},
                           {w.lifecycle},
                           {w.contract_end},
                           {w.running_cost, Align::right},
                           {w.bearer},
                           {w.findings, Align::right}});
  for (const auto& s : r.systems)
    table.add_row({s.id.str() + " " + s.name, std::string(hosting_label(s.hosting, language)),
                   std::string(system_lifecycle_label(s.lifecycle, language)),
                   s.contract_end ? format_date(*s.contract_end, language) + (s.contract_ending ? " !" : "") : "-",
                   s.running_cost ? format_money(*s.running_cost, language, true) : "-",
                   s.cost_bearer ? s.cost_bearer->str() : "-", std::to_string(s.findings.size())});
  out << table.render();
  bool any_finding = false;
  for (const auto& s : r.systems)
    for (const auto& f : s.findings) {
      if (!any_finding) out << "\n" << w.findings << "\n";
      any_finding = true;
      out << "  [" << f.rule << "] " << f.message << "\n      " << f.pointer << "\n";
    }
  out << "\n" << w.derived << "\n";
  if (r.derived_dependencies.empty()) out << "  " << w.none << "\n";
  for (const auto& d : r.derived_dependencies)
    out << "  " << d.dependent.str() << " " << w.waits_for << " " << d.prerequisite.str() << " (" << d.system.str()
        << ")\n";
  out << "\n" << w.deadlines << "\n";
  if (!r.schedule_problem.empty()) out << "  " << r.schedule_problem << "\n";
  if (r.deadlines.empty() && r.schedule_problem.empty()) out << "  " << w.none << "\n";
  for (const auto& d : r.deadlines) {
    out << "  " << d.system.str() << " " << format_date(d.deadline, language) << ": " << d.replacement.str() << " "
        << (d.forecast ? format_date(*d.forecast, language) : "-") << ", ";
    if (d.missed)
      out << w.missed << " (" << d.days_late << " " << w.days_late << ")";
    else
      out << w.met;
    out << "\n      " << d.pointer << "\n";
  }
  out << "\n" << w.gains << "\n";
  if (r.gains.empty()) out << "  " << w.none << "\n";
  for (const auto& g : r.gains) {
    out << "  " << g.system.str() << " (" << g.initiative.str() << "): " << format_money(g.yearly, language, true)
        << " " << w.a_year << " " << w.for_ << " " << (g.unit ? g.unit->str() : "-") << " " << w.from << " "
        << (g.first_year != 0 ? std::to_string(g.first_year) : "-") << "\n";
  }
}

int run_systems(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  SystemRegisterOptions options;
  options.as_of = date_option(arguments, "as-of");
  options.language = output_language(arguments, portfolio.currency);
  options.rulebook = rulebook_choice(arguments, portfolio.currency);
  options.contract_horizon_days = whole_number(arguments, "horizon", 365, 0, 3650);
  const SystemRegister result = system_register(portfolio, options);
  if (arguments.choice("format", {"text", "json"}, "text") == "json")
    out << system_register_to_json(result);
  else
    print_register(result, options.language, out);
  return 0;
}

}  // namespace

std::vector<Command> systems_commands() {
  return {{{"systems",
        {"FILE"},
        {format_option, as_of_option, language_option, rules_option, {"horizon", 0, true}},
        "usage: tiltak systems FILE [--format text|json] [--as-of DATE] [--horizon DAYS] [--rules ID|RULES.json]\n"
        "                     [--lang nb|da|en]\n\n"
        "The IT-system register: each system with its hosting, lifecycle, contract end (marked \"!\"\n"
        "when it ends within --horizon days, default 365), running cost and the rulebook's findings\n"
        "on it (missing data-processing agreements, supervision and risk assessments overdue, cloud\n"
        "clearance, contract security, contracts ending without an approved replacement), each with\n"
        "its JSON Pointer; then the dependencies derived from the register (a decommissioning waits\n"
        "for the replacement), the contract deadlines the forecast passes, and the running costs\n"
        "that decommissionings remove, by unit and first budget year.\n"
        "--as-of: the date ages count from (default today). See docs/governance.md.\n"},
          "the IT-system register: contracts, agreements, assessments, replacements",
          run_systems}};
}

}  // namespace tiltak::cli
