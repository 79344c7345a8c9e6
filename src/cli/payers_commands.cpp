#include "cli/payers_commands.hpp"
#include "cli/portfolio_location.hpp"

#include <ostream>

#include "cli/benefits_options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/payers_json.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view heading, parameters, discount_year, payer, organisation, citizens, businesses, other_public,
      balance, party, borne, received, net, without_payer, withdrawal, total, cofinancing, project_cost, limits,
      max_grant, withdrawn, yes, no;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Hvem betaler og hvem får gevinsten", "Parametersett", "Diskonteringsår", "Betaler \\ mottaker",
              "organisasjonen", "innbyggere", "næringsliv", "andre offentlige", "Balanse (nåverdi)", "Part",
              "Bærer", "Mottar", "Netto", "Gevinster uten kostnadsbærer", "Gevinstuttak (budsjett, per år)", "Sum",
              "Medfinansiering (Digdir)", "Prosjektkostnad", "Innenfor grenser", "Maks tilskudd", "Uttak",
              "ja", "nei"};
    case Language::da:
      return {"Hvem betaler og hvem får gevinsten", "Parametersæt", "Diskonteringsår", "Betaler \\ modtager",
              "organisationen", "borgere", "erhverv", "andre offentlige", "Balance (nutidsværdi)", "Part",
              "Bærer", "Modtager", "Netto", "Gevinster uden omkostningsbærer", "Gevinstrealisering (budget, pr. år)",
              "I alt", "Medfinansiering (Digdir)", "Projektomkostning", "Inden for grænser", "Maks. tilskud",
              "Hjemtagning", "ja", "nej"};
    case Language::en: break;
  }
  return {"Who pays and who gains", "Parameter set", "Discount year", "Payer \\ recipient", "organisation",
          "citizens", "businesses", "other public bodies", "Balance (present value)", "Party", "Bears",
          "Receives", "Net", "Benefits without a cost bearer", "Budget withdrawal (gevinstuttak, per year)", "Total",
          "Co-financing (Digdir)", "Project cost", "Within limits", "Max grant", "Withdrawn", "yes", "no"};
}

std::string party_text(const Party& party, const Texts& t) {
  switch (party.kind) {
    case PartyKind::organisation: return std::string(t.organisation);
    case PartyKind::citizens: return std::string(t.citizens);
    case PartyKind::businesses: return std::string(t.businesses);
    case PartyKind::other_public_bodies: return std::string(t.other_public);
    default: return party.id;
  }
}

PartyLevel level_of(const Arguments& arguments) {
  const auto name = arguments.choice("level", {"unit", "service_area", "member"}, "unit");
  return *enum_from_name<PartyLevel>(name);
}

void print_payers(const Portfolio& portfolio, const PayerRecipientMatrix& m, const BudgetWithdrawal& w,
                  const std::optional<CofinancingReport>& c, Language language, std::ostream& out) {
  const Texts t = texts(language);
  using detail::Align;
  out << t.heading << ": " << portfolio.name << "\n" << t.parameters << ": " << m.parameter_set << ". "
      << t.discount_year << ": " << m.discount_year << "\n\n";
  std::vector<detail::Column> columns{{std::string(t.payer)}};
  for (const auto& r : m.recipients) columns.push_back({party_text(r, t), Align::right});
  detail::TextTable matrix(std::move(columns));
  for (const auto& p : m.payers) {
    std::vector<std::string> row{party_text(p, t)};
    for (const auto& r : m.recipients) {
      Money amount = Money::zero(m.currency);
      for (const auto& cell : m.cells)
        if (cell.payer == p && cell.recipient == r) amount = cell.present_value;
      row.push_back(format_money(amount, language, true));
    }
    matrix.add_row(std::move(row));
  }
  out << matrix.render() << "\n" << t.balance << "\n";
  detail::TextTable balance({{std::string(t.party)},
                             {std::string(t.borne), Align::right},
                             {std::string(t.received), Align::right},
                             {std::string(t.net), Align::right}});
  for (const auto& b : m.parties)
    balance.add_row({party_text(b.party, t), format_money(b.pv_costs_borne, language, true),
                     format_money(b.pv_benefits_received, language, true), format_money(b.net, language, true)});
  out << balance.render();
  out << t.without_payer << ": " << format_money(m.benefits_without_payer, language, true) << "\n\n"
      << t.withdrawal << "\n";
  std::vector<detail::Column> year_columns{{std::string(t.party)}};
  for (const auto& y : w.by_year) year_columns.push_back({std::to_string(y.year), Align::right});
  year_columns.push_back({std::string(t.total), Align::right});
  detail::TextTable withdrawal(std::move(year_columns));
  for (const auto& p : w.parties) {
    std::vector<std::string> row{party_text(p.party, t)};
    for (const auto& y : w.by_year) {
      Money amount = Money::zero(w.currency);
      for (const auto& own : p.years)
        if (own.year == y.year) amount = own.amount;
      row.push_back(format_money(amount, language, true));
    }
    row.push_back(format_money(p.total, language, true));
    withdrawal.add_row(std::move(row));
  }
  out << withdrawal.render();
  if (!c) return;
  out << "\n" << t.cofinancing << "\n";
  detail::TextTable cofinancing({{"Id"},
                                 {std::string(t.project_cost), Align::right},
                                 {std::string(t.limits)},
                                 {std::string(t.max_grant), Align::right},
                                 {std::string(t.withdrawn), Align::right}});
  for (const auto& a : c->initiatives)
    cofinancing.add_row({a.initiative.str(), format_money(a.project_cost, language, true),
                         std::string(a.within_cost_limits && a.within_budget_years ? t.yes : t.no),
                         format_money(a.max_grant, language, true), format_money(a.total_withdrawal, language, true)});
  out << cofinancing.render();
}

int run_payers(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const PartyLevel level = level_of(arguments);
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  const auto matrix = payer_recipient_matrix(portfolio, set, {}, level);
  const auto withdrawal = budget_withdrawal(portfolio, level);
  std::optional<CofinancingReport> cofinancing;
  if (has_cofinancing_rules(set, portfolio.currency))
    cofinancing = cofinancing_assessment(portfolio, set);
  if (json)
    out << payers_to_json(matrix, withdrawal, cofinancing);
  else
    print_payers(portfolio, matrix, withdrawal, cofinancing, language, out);
  return 0;
}

}  // namespace

std::vector<Command> with_payers_commands(std::vector<Command> commands) {
  commands.push_back(
      {{"payers",
        {"FILE"},
        {{"params", 0, true}, {"level", 0, true}, {"format", 0, true}, {"lang", 0, true}},
        "usage: tiltak payers FILE [--params ID|PARAMS.json] [--level unit|service_area|member]\n"
        "                     [--format text|json] [--lang nb|da|en]\n\n"
        "Who pays and who gains: the present value of benefits each cost bearer's money buys for\n"
        "each recipient (units, service areas or member municipalities, citizens, businesses, other\n"
        "public bodies), each party's balance, the budget effect that can be withdrawn\n"
        "(gevinstuttak) per party and year, and, where the parameter set has Digdir's co-financing\n"
        "rules (no-2021), the withdrawal of half the internal net gains and the limits.\n"
        "Costs without a bearer are shared by the members' cost-sharing keys. See docs/benefits.md.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or parameter file; 2 usage error.\n"},
       "who pays and who gains: payer/recipient matrix, gevinstuttak, co-financing",
       run_payers});
  return commands;
}

}  // namespace tiltak::cli
