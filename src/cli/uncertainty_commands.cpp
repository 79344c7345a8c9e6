#include "tiltak/io/text_file.hpp"
#include "cli/uncertainty_commands.hpp"
#include "cli/portfolio_location.hpp"

#include <ostream>

#include "cli/benefits_options.hpp"
#include "cli/options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/benefits/plus_minus.hpp"
#include "tiltak/benefits/slip_value.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view effects_heading, rank, effect, consequence, not_assessed, challenged, not_challenged, open,
      uncertainty_heading, planned, draws, seed, mean, negative, tornado, item, low, high, costs, benefits;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Ikke-prissatte virkninger (pluss–minus)", "NNV-rang", "Virkning", "Konsekvens", "ikke vurdert",
              "Ikke-prissatte virkninger kan endre rangeringen etter netto nåverdi",
              "Ikke-prissatte virkninger endrer ikke rangeringen etter netto nåverdi",
              "Uavklart: noen virkninger er ikke vurdert", "Usikkerhet i netto nåverdi", "Planlagt NNV",
              "Trekk", "Frø", "Middel", "Sannsynlighet for NNV < 0", "Tornado (±20 %)", "Post", "Lav", "Høy",
              "kostnader", "nytte"};
    case Language::da:
      return {"Ikke-prissatte virkninger (plus–minus)", "NNV-rang", "Virkning", "Konsekvens", "ikke vurderet",
              "Ikke-prissatte virkninger kan ændre rangordenen efter nettonutidsværdi",
              "Ikke-prissatte virkninger ændrer ikke rangordenen efter nettonutidsværdi",
              "Uafklaret: nogle virkninger er ikke vurderet", "Usikkerhed i nettonutidsværdi", "Planlagt NNV",
              "Træk", "Frø", "Middel", "Sandsynlighed for NNV < 0", "Tornado (±20 %)", "Post", "Lav", "Høj",
              "omkostninger", "gevinster"};
    case Language::en: break;
  }
  return {"Non-monetised effects (plus–minus)", "NPV rank", "Effect", "Consequence", "not assessed",
          "Non-monetised effects may change the ranking by NPV",
          "Non-monetised effects do not change the ranking by NPV", "Open: some effects are not assessed",
          "Uncertainty of the NPV", "Planned NPV", "Draws", "Seed", "Mean", "Probability of NPV < 0",
          "Tornado (±20 %)", "Item", "Low", "High", "costs", "benefits"};
}

int run_effects(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const auto path = arguments.get("assessments");
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  const PlusMinusInput input = path ? plus_minus_input_from_json(read_text_file(*path), *path) : PlusMinusInput{};
  const PlusMinusResult result = plus_minus(portfolio, set, input);
  if (json) {
    out << plus_minus_to_json(result);
    return 0;
  }
  const Texts t = texts(language);
  out << t.effects_heading << ": " << portfolio.name << "\n\n";
  using detail::Align;
  detail::TextTable table({{"Id"}, {std::string(t.rank), Align::right}, {std::string(t.effect), Align::left, 50},
                           {std::string(t.consequence), Align::right}});
  for (const auto& i : result.initiatives)
    for (const auto& e : i.effects)
      table.add_row({i.initiative.str(), std::to_string(i.npv_rank), e.id.str() + " " + e.title,
                     e.consequence ? consequence_symbol(*e.consequence) : std::string(t.not_assessed)});
  out << table.render() << "\n" << (result.challenges.empty() ? t.not_challenged : t.challenged) << "\n";
  for (const auto& c : result.challenges) out << "  " << c.lower_npv.str() << " > " << c.higher_npv.str() << "\n";
  if (result.open_because_unassessed) out << t.open << "\n";
  return 0;
}

int run_uncertainty(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  const auto path = arguments.get("estimates");
  UncertaintyInput input = path ? uncertainty_input_from_json(read_text_file(*path), *path) : UncertaintyInput{};
  input.seed = static_cast<std::uint64_t>(whole_number(arguments, "seed", static_cast<int>(input.seed), 0, 2147483647));
  input.draws = whole_number(arguments, "draws", input.draws, 1, 10000000);
  const UncertaintyResult result = uncertainty_analysis(portfolio, set, input);
  if (json) {
    out << uncertainty_to_json(result);
    return 0;
  }
  const Texts t = texts(language);
  const MonteCarloResult& mc = result.monte_carlo;
  auto money = [&](Money m) { return format_money(m, language, true); };
  out << t.uncertainty_heading << ": " << portfolio.name << "\n" << t.planned << ": " << money(result.planned_npv)
      << "\n" << t.draws << ": " << mc.draws << ", " << t.seed << ": " << mc.seed << " (triangular)\n"
      << "P10 " << money(mc.p10) << ", P50 " << money(mc.p50) << ", P90 " << money(mc.p90) << ", " << t.mean << " "
      << money(mc.mean) << "\n" << t.negative << ": " << ratio_text(mc.probability_negative * 100, language)
      << " %\n\n" << t.tornado << "\n";
  using detail::Align;
  detail::TextTable table({{"Id"}, {std::string(t.item)}, {std::string(t.low), Align::right},
                           {std::string(t.high), Align::right}});
  for (const auto& bar : result.tornado)
    table.add_row({bar.initiative.str(), std::string(bar.item == TornadoItem::costs ? t.costs : t.benefits),
                   money(bar.npv_low), money(bar.npv_high)});
  out << table.render();
  return 0;
}

int run_slip_value(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const int days = whole_number(arguments, "days", 0, -36500, 36500);
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const ParameterSet set = parameter_choice(arguments, portfolio.currency);
  const SlipValueChange change = slip_value_change(portfolio, InitiativeId(arguments.positionals[1]), days, set);
  if (json) {
    out << slip_value_change_to_json(change);
    return 0;
  }
  auto money = [&](Money m) { return format_money(m, language, false); };
  const bool nb = language == Language::nb, da = language == Language::da;
  out << (nb || da ? "Forsinkelse: " : "Slip: ") << change.initiative.str() << " " << change.slip_days
      << (nb ? " dager" : da ? " dage" : " days") << ". " << (nb || da ? "Diskonteringsår" : "Discount year") << ": "
      << change.discount_year << "\n"
      << (nb ? "Nåverdi av gevinstene som flyttes (hele gevinster, med skattefinansieringsgevinst)"
          : da ? "Nutidsværdi af gevinsterne der flyttes (hele gevinster, med skatteforvridningsgevinst)"
               : "Present value of the benefits whose value moves (whole benefits, with the tax-financing item)")
      << ": " << money(change.npv_before) << " -> " << money(change.npv_after) << " ("
      << money(change.npv_change) << ")\n";
  for (const auto& b : change.benefits) {
    out << "  " << b.id.str() << ": " << money(b.pv_before) << " -> " << money(b.pv_after) << " (" << money(b.change);
    if (!b.tax_financing_change.is_zero())
      out << (nb ? "; skattefinansiering " : da ? "; skatteforvridning " : "; tax financing ")
          << money(b.tax_financing_change);
    out << ")\n";
  }
  return 0;
}

}  // namespace

std::vector<Command> uncertainty_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"effects",
        {"FILE"},
        {{"assessments", 0, true}, {"params", 0, true}, {"format", 0, true}, {"lang", 0, true}},
        "usage: tiltak effects FILE [--assessments ASSESSMENTS.json] [--params ID|PARAMS.json]\n"
        "                      [--format text|json] [--lang nb|da|en]\n\n"
        "The plus–minus method: every benefit without a money value, per initiative, with its\n"
        "consequence (---- … 0 … ++++) from significance × scope where assessed, and whether these\n"
        "effects may change the ranking by NPV. ASSESSMENTS.json: {\"assessments\": [{\"benefit\",\n"
        "\"significance\": small|medium|large, \"scope\": large_negative … none … large_positive}],\n"
        "\"matrix\": optional}. See docs/benefits.md.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or an input file; 2 usage error.\n"},
       "the plus–minus method for benefits without a money value",
       run_effects});
  commands.push_back(
      {{"uncertainty",
        {"FILE"},
        {{"estimates", 0, true}, {"params", 0, true}, {"seed", 0, true}, {"draws", 0, true}, {"format", 0, true},
         {"lang", 0, true}},
        "usage: tiltak uncertainty FILE [--estimates ESTIMATES.json] [--params ID|PARAMS.json]\n"
        "                          [--seed N] [--draws N] [--format text|json] [--lang nb|da|en]\n\n"
        "Monte Carlo of the NPV with tax-financing cost from three-point estimates (triangular; cost\n"
        "and benefit factors and a benefit delay in years per initiative), seeded and the same for\n"
        "any thread count: P10, P50, P90, mean and the probability of NPV < 0; and a tornado of the\n"
        "NPV with each initiative's costs or benefits at ±20 %. Without estimates only the tornado\n"
        "varies. See docs/benefits.md.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or an input file; 2 usage error.\n"},
       "Monte Carlo P10/P50/P90 and tornado of the NPV",
       run_uncertainty});
  commands.push_back(
      {{"slip-value",
        {"FILE", "ID"},
        {{"days", 0, true}, {"params", 0, true}, {"format", 0, true}, {"lang", 0, true}},
        "usage: tiltak slip-value FILE ID --days N [--params ID|PARAMS.json] [--format text|json]\n"
        "                         [--lang nb|da|en]\n\n"
        "Benefits move with the schedule: when initiative ID slips N calendar days, the benefits\n"
        "its finish moves (and those of everything downstream) shift between budget years; this\n"
        "reports their present value before and after, with the tax-financing item of\n"
        "cash-releasing benefits, and the change. See docs/benefits.md.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or an unscheduled initiative; 2 usage error.\n"},
       "what a slip does to the present value of the benefits",
       run_slip_value});
  return commands;
}

}  // namespace tiltak::cli
