#include "cli/payers_commands.hpp"
#include "cli/portfolio_location.hpp"

#include <ostream>

#include "cli/benefits_options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/payers_json.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view heading, parameters, discount_year, payer, organisation, citizens, businesses, other_public,
      balance, party, borne, received, net, without_payer, withdrawal, total, cofinancing, project_cost, limits,
      max_grant, withdrawn, yes, no, counted, committed, pipeline, paused, dropped, share_of, share_by_set,
      share_whole, share_asked, outside, below_min, above_max, too_many_years, total_eligible;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Hvem betaler og hvem får gevinsten", "Parametersett", "Diskonteringsår", "Betaler \\ mottaker",
              "organisasjonen", "innbyggere", "næringsliv", "andre offentlige", "Balanse (nåverdi)", "Part",
              "Bærer", "Mottar", "Netto", "Gevinster uten kostnadsbærer", "Gevinstuttak (budsjett, per år)", "Sum",
              "Medfinansiering (Digdir)", "Prosjektkostnad", "Innenfor grenser", "Maks tilskudd", "Uttak",
              "ja", "nei", "Tellet med", "vedtatte", "i løypa (ikke vedtatt)", "satt på vent", "avvist eller stanset",
              "av planlagte kontantfrigjørende gevinster", "parametersettets uttaksandel", "hele gevinsten",
              "valgt andel", "Utenfor ordningen", "under minste prosjektkostnad", "over største prosjektkostnad",
              "for mange budsjettår", "Uttak i alt (tiltak innenfor ordningen)"};
    case Language::da:
      return {"Hvem betaler og hvem får gevinsten", "Parametersæt", "Diskonteringsår", "Betaler \\ modtager",
              "organisationen", "borgere", "erhverv", "andre offentlige", "Balance (nutidsværdi)", "Part",
              "Bærer", "Modtager", "Netto", "Gevinster uden omkostningsbærer", "Gevinstrealisering (budget, pr. år)",
              "I alt", "Medfinansiering (Digdir)", "Projektomkostning", "Inden for grænser", "Maks. tilskud",
              "Hjemtagning", "ja", "nej", "Medregnet", "besluttede", "i pipeline (ikke besluttet)", "sat i bero",
              "afvist eller standset", "af planlagte kontantfrigørende gevinster", "parametersættets andel",
              "hele gevinsten", "valgt andel", "Uden for ordningen", "under mindste projektomkostning",
              "over største projektomkostning", "for mange budgetår", "Hjemtagning i alt (projekter inden for ordningen)"};
    case Language::en: break;
  }
  return {"Who pays and who gains", "Parameter set", "Discount year", "Payer \\ recipient", "organisation",
          "citizens", "businesses", "other public bodies", "Balance (present value)", "Party", "Bears",
          "Receives", "Net", "Benefits without a cost bearer", "Budget withdrawal (gevinstuttak, per year)", "Total",
          "Co-financing (Digdir)", "Project cost", "Within limits", "Max grant", "Withdrawn", "yes", "no",
          "Counted", "committed", "pipeline (not decided)", "paused", "rejected or cancelled",
          "of the planned cash-releasing gains", "the parameter set's withdrawal share", "the whole gain",
          "the share asked for", "Outside the scheme", "below the minimum project cost",
          "above the maximum project cost", "too many budget years", "Withdrawn in all (initiatives within the scheme)"};
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

std::string_view commitment_text(Commitment commitment, const Texts& t) {
  switch (commitment) {
    case Commitment::committed: return t.committed;
    case Commitment::pipeline: return t.pipeline;
    case Commitment::paused: return t.paused;
    case Commitment::dropped: return t.dropped;
  }
  return {};
}

std::string_view limit_text(CofinancingLimit limit, const Texts& t) {
  switch (limit) {
    case CofinancingLimit::min_project_cost: return t.below_min;
    case CofinancingLimit::max_project_cost: return t.above_max;
    case CofinancingLimit::max_budget_years: return t.too_many_years;
  }
  return {};
}

std::string_view share_source_text(WithdrawalShareSource source, const Texts& t) {
  switch (source) {
    case WithdrawalShareSource::parameter_set: return t.share_by_set;
    case WithdrawalShareSource::whole_gain: return t.share_whole;
    case WithdrawalShareSource::options: return t.share_asked;
  }
  return {};
}

void print_payers(const Portfolio& portfolio, const PayersReport& report, Language language, std::ostream& out) {
  const PayerRecipientMatrix& m = report.matrix;
  const BudgetWithdrawal& w = report.withdrawal;
  const std::optional<CofinancingReport>& c = report.cofinancing;
  const Texts t = texts(language);
  using detail::Align;
  std::string counted;
  for (const auto& [commitment, name] : enum_names<Commitment>())
    if (m.counted.contains(commitment)) counted += (counted.empty() ? "" : ", ") + std::string(commitment_text(commitment, t));
  out << t.heading << ": " << portfolio.name << "\n" << t.parameters << ": " << m.parameter_set << ". "
      << t.discount_year << ": " << m.discount_year << ". " << t.counted << ": " << counted << "\n\n";
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
      << t.withdrawal << ": " << number(w.withdrawal_share * 100, 0, language) << " % " << t.share_of << " ("
      << format_money(w.planned_gains, language, true) << "; " << share_source_text(w.share_source, t) << ")\n";
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
                                 {std::string(t.withdrawn), Align::right},
                                 {std::string(t.outside)}});
  for (const auto& a : c->initiatives) {
    std::string outside;
    for (const CofinancingLimit limit : a.outside) outside += (outside.empty() ? "" : ", ") + std::string(limit_text(limit, t));
    cofinancing.add_row({a.initiative.str(), format_money(a.project_cost, language, true),
                         std::string(a.eligible ? t.yes : t.no), format_money(a.max_grant, language, true),
                         format_money(a.total_withdrawal, language, true), outside});
  }
  out << cofinancing.render() << t.total_eligible << ": " << format_money(c->total_withdrawal, language, true) << "\n";
}

// --counted committed,pipeline: the commitments counted, committed only when absent.
Commitments counted_of(const Arguments& arguments) {
  const auto value = arguments.get("counted");
  if (!value) return {};
  std::vector<Commitment> counted;
  for (const std::string& name : comma_separated(*value)) {
    const auto commitment = enum_from_name<Commitment>(name);
    if (!commitment)
      throw UsageError("--counted takes a comma-separated list of " + enum_name_list<Commitment>() + ", not \"" +
                       name + "\"");
    counted.push_back(*commitment);
  }
  return Commitments(counted);
}

// --withdrawal-share 0.5: the gevinstuttak's share, 0 to 1.
std::optional<double> withdrawal_share_of(const Arguments& arguments) {
  const auto value = arguments.get("withdrawal-share");
  if (!value) return std::nullopt;
  std::size_t used = 0;
  double share = -1;
  try {
    share = std::stod(*value, &used);
  } catch (const std::exception&) {
  }
  if (used != value->size() || !(share >= 0 && share <= 1))
    throw UsageError("--withdrawal-share must be a number from 0 to 1, not \"" + *value + "\"");
  return share;
}

int run_payers(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  PayersOptions options;
  options.level = level_of(arguments);
  options.counted = counted_of(arguments);
  options.withdrawal_share = withdrawal_share_of(arguments);
  if (arguments.has("discount-year"))
    options.appraisal.discount_year =
        whole_number(arguments, "discount-year", 0, first_supported_year, last_supported_year);
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  const PayersReport report = payers_report(portfolio, set, options);
  if (json)
    out << payers_to_json(report);
  else
    print_payers(portfolio, report, language, out);
  return 0;
}

}  // namespace

std::vector<Command> payers_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"payers",
        {"FILE"},
        {{"params", 0, true},
         {"level", 0, true},
         {"counted", 0, true},
         {"withdrawal-share", 0, true},
         {"discount-year", 0, true},
         {"format", 0, true},
         {"lang", 0, true}},
        "usage: tiltak payers FILE [--params ID|PARAMS.json] [--level unit|service_area|member]\n"
        "                     [--counted committed,pipeline,paused,dropped] [--withdrawal-share 0..1]\n"
        "                     [--discount-year YEAR] [--format text|json] [--lang nb|da|en]\n\n"
        "Who pays and who gains: the present value of benefits each cost bearer's money buys for\n"
        "each recipient (units, service areas or member municipalities, citizens, businesses, other\n"
        "public bodies), each party's balance, the budget effect that can be withdrawn\n"
        "(gevinstuttak) per party and year, and, where the parameter set has Digdir's co-financing\n"
        "rules (no-2021), the withdrawal of half the internal net gains of the initiatives within\n"
        "its limits. Only committed initiatives (approved, in progress, completed, closed) are\n"
        "counted unless --counted names more. The gevinstuttak takes the parameter set's withdrawal\n"
        "share (50 % under Digdir's scheme; the whole gain without one) unless --withdrawal-share.\n"
        "Costs without a bearer are shared by the members' cost-sharing keys. See docs/benefits.md.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or parameter file; 2 usage error.\n"},
       "who pays and who gains: payer/recipient matrix, gevinstuttak, co-financing",
       run_payers});
  return commands;
}

}  // namespace tiltak::cli
