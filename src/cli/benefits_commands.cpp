#include "cli/benefits_commands.hpp"
#include "cli/portfolio_location.hpp"
#include "cli/options.hpp"

#include <ostream>

#include "cli/benefits_options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/appraisal_json.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view heading, parameters, discount_year, id, title, pv_costs, pv_benefits, npv, npv_tax, ratio,
      payback, total, unvalued, qualitative, no_value, none, irr;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Nytte–kostnadsanalyse", "Parametersett", "Diskonteringsår", "Id", "Tittel", "NV kostnader",
              "NV nytte", "Netto nåverdi", "NNV med skattefin.", "Nytte/kostnad", "Tilbakebetalt", "Sum",
              "Gevinster uten kroneverdi", "kvalitativ", "mangler verdi per enhet", "ingen", "Internrente"};
    case Language::da:
      return {"Cost–benefit-analyse", "Parametersæt", "Diskonteringsår", "Id", "Titel", "NV omkostninger",
              "NV gevinster", "Nettonutidsværdi", "NNV med skatteforvr.", "Gevinst/omkostning", "Tilbagebetalt",
              "I alt", "Gevinster uden kroneværdi", "kvalitativ", "mangler værdi per enhed", "ingen", "Intern rente"};
    case Language::en: break;
  }
  return {"Cost–benefit analysis", "Parameter set", "Discount year", "Id", "Title", "PV costs", "PV benefits",
          "NPV", "NPV with tax financing", "Benefit/cost", "Payback", "Total", "Benefits without a money value",
          "qualitative", "no value per unit", "none", "IRR"};
}

std::string year_text(const std::optional<int>& year) { return year ? std::to_string(*year) : "-"; }

// Every rate in per cent with one decimal ("12,6 %"; several joined by "; "); "-" for none.
std::string irr_text(const std::optional<IrrResult>& irr, Language language) {
  if (!irr || irr->rates.empty()) return "-";
  std::string text;
  for (double rate : irr->rates) text += (text.empty() ? "" : "; ") + number(rate * 100, 1, language) + " %";
  return text;
}

std::vector<std::string> figures(const Appraisal& a, Language language, bool with_irr) {
  std::vector<std::string> cells{format_money(a.pv_costs, language, true),
                                 format_money(a.pv_benefits, language, true),
                                 format_money(a.npv, language, true),
                                 format_money(a.npv_with_tax_financing, language, true),
                                 ratio_text(a.benefit_cost_ratio, language),
                                 year_text(a.payback_year)};
  if (with_irr) cells.push_back(irr_text(a.irr, language));
  return cells;
}

void print_appraisal(const Portfolio& portfolio, const ParameterSet& set, const std::vector<InitiativeAppraisal>& rows,
                     const Appraisal* total, const Appraisal& overall, Language language, bool with_irr,
                     std::ostream& out) {
  const Texts t = texts(language);
  out << t.heading << ": " << portfolio.name << "\n";
  out << t.parameters << ": " << set.id;
  if (!set.title.empty()) out << " (" << set.title << ")";
  out << ". " << t.discount_year << ": " << overall.discount_year << "\n\n";
  using detail::Align;
  std::vector<detail::Column> columns{{std::string(t.id)},
                                                 {std::string(t.title), Align::left, 40},
                                                 {std::string(t.pv_costs), Align::right},
                                                 {std::string(t.pv_benefits), Align::right},
                                                 {std::string(t.npv), Align::right},
                                                 {std::string(t.npv_tax), Align::right},
                                                 {std::string(t.ratio), Align::right},
                                                 {std::string(t.payback), Align::right}};
  if (with_irr) columns.push_back({std::string(t.irr), Align::right});
  detail::TextTable table(std::move(columns));
  for (const auto& row : rows) {
    std::vector<std::string> cells{row.initiative.str(), row.title};
    for (auto& cell : figures(row.appraisal, language, with_irr)) cells.push_back(std::move(cell));
    table.add_row(std::move(cells));
  }
  if (total) {
    std::vector<std::string> cells{std::string(t.total), ""};
    for (auto& cell : figures(*total, language, with_irr)) cells.push_back(std::move(cell));
    table.add_row(std::move(cells));
  }
  out << table.render();
  out << "\n" << t.unvalued << " (" << overall.unvalued_benefits.size() << ")\n";
  if (overall.unvalued_benefits.empty()) out << "  " << t.none << "\n";
  for (const auto& u : overall.unvalued_benefits)
    out << "  " << u.id.str() << " " << u.title << " ("
        << (u.reason == "qualitative" ? t.qualitative : u.reason == "no value per unit" ? t.no_value : u.reason)
        << ")\n";
}

int run_benefits(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  // The IRR search only where the output shows it: JSON has it by default, text on request.
  AppraisalOptions options;
  options.internal_rates_of_return = arguments.choice("irr", {"on", "off"}, json ? "on" : "off") == "on";
  if (const auto id = arguments.get("initiative")) {
    const InitiativeAppraisal result = appraise_initiative(portfolio, InitiativeId(*id), set, options);
    if (json)
      out << initiative_appraisal_to_json(result, 2);
    else
      print_appraisal(portfolio, set, {result}, nullptr, result.appraisal, language, options.internal_rates_of_return,
                      out);
    return 0;
  }
  const PortfolioAppraisal result = appraise_portfolio(portfolio, set, options);
  if (json)
    out << portfolio_appraisal_to_json(result, 2);
  else
    print_appraisal(portfolio, set, result.initiatives, &result.total, result.total, language,
                    options.internal_rates_of_return, out);
  return 0;
}

}  // namespace

std::vector<Command> benefits_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"benefits",
        {"FILE"},
        {{"params", 0, true}, {"initiative", 0, true}, {"format", 0, true}, {"lang", 0, true}, {"irr", 0, true}},
        "usage: tiltak benefits FILE [--params ID|PARAMS.json] [--initiative ID] [--format text|json]\n"
        "                       [--lang nb|da|en] [--irr on|off]\n\n"
        "Cost–benefit appraisal of every initiative and of the portfolio: present value of costs and\n"
        "of benefits, net present value without and with the tax-financing cost, benefit–cost\n"
        "ratio and payback year, with the benefits that have no money value listed. json: every\n"
        "figure for machines (IRRs, humps, curves, per-benefit values).\n"
        "--params: a built-in parameter set (no-2021, dk-2013, dk-2017, dk-2021, dk-2023) or a\n"
        "municipality's own set as a JSON file (a path, or a name ending in .json); default\n"
        "no-2021 for NOK and dk-2023 for DKK. --initiative appraises one initiative only.\n"
        "--lang defaults to the portfolio currency's language. --irr: search the internal rates of\n"
        "return (on by default for json; on adds an IRR column to text, where it is off by default).\n"
        "Exit status: 0 done; 1 a problem with the portfolio or the parameter file (every problem\n"
        "listed with its pointer) or an unknown initiative; 2 usage error, an unknown parameter\n"
        "set id included. See docs/benefits.md.\n"},
       "cost–benefit appraisal: present values, NPV, benefit–cost ratio, payback",
       run_benefits});
  return commands;
}

}  // namespace tiltak::cli
