#include "cli/sensitivity_commands.hpp"
#include "cli/portfolio_location.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/options.hpp"
#include "cli/selection_options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view heading, criteria, thresholds, higher, lower, critical, change, relative, tied, none,
      most_critical, between, monte_carlo, draws, seed, rank, id, title, top, selected, mean_rank, spread, yes, no,
      failed;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Følsomhet for vektene", "Kriterier",
              "Terskler: den minste endringen av én vekt som bytter om naboer i rangeringen", "Over", "Under",
              "Mest kritiske kriterium", "Endring (poeng)", "Relativt", "like", "ingen innen 0–100 %",
              "Mest kritiske kriterium i porteføljen", "mellom", "Monte Carlo over vektene", "trekk", "frø", "Rang",
              "Id", "Tittel", "P(topp", "P(valgt)", "Snittrang", "Rang P5–P95", "ja", "nei",
              "Trekk der valget mislyktes"};
    case Language::da:
      return {"Følsomhed for vægtene", "Kriterier",
              "Tærskler: den mindste ændring af én vægt, der bytter om på naboer i rangordenen", "Over", "Under",
              "Mest kritiske kriterium", "Ændring (point)", "Relativt", "lige", "ingen inden for 0–100 %",
              "Mest kritiske kriterium i porteføljen", "mellem", "Monte Carlo over vægtene", "træk", "frø", "Rang",
              "Id", "Titel", "P(top", "P(valgt)", "Gns. rang", "Rang P5–P95", "ja", "nej",
              "Træk hvor valget mislykkedes"};
    case Language::en: break;
  }
  return {"Sensitivity to the weights", "Criteria",
          "Thresholds: the smallest change of one weight that swaps neighbours in the ranking", "Higher", "Lower",
          "Most critical criterion", "Change (points)", "Relative", "tied", "none within 0–100 %",
          "Most critical criterion of the portfolio", "between", "Monte Carlo over the weights", "draws", "seed", "Rank",
          "Id", "Title", "P(top", "P(selected)", "Mean rank", "Rank P5–P95", "yes", "no", "Draws whose selection failed"};
}

double decimal_option(const Arguments& arguments, const char* name, double fallback, const char* what) {
  const auto text = arguments.get(name);
  if (!text) return fallback;
  double value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || !std::isfinite(value))
    throw UsageError("--" + std::string(name) + " must be " + what + ", not \"" + *text + "\"");
  return value;
}

WeightUncertaintyOptions uncertainty_options(const Arguments& arguments) {
  WeightUncertaintyOptions o;
  o.draws = whole_number(arguments, "draws", o.draws, 1, 1000000);
  o.top_k = whole_number(arguments, "top", o.top_k, 1, 1000000);
  o.seed = static_cast<std::uint64_t>(whole_number(arguments, "seed", static_cast<int>(o.seed), 0, 2147483647));
  o.threads = whole_number(arguments, "threads", o.threads, 1, 64);
  if (arguments.has("model"))
    o.model = *enum_from_name<WeightModel>(arguments.choice("model", {"dirichlet", "uniform"}, "dirichlet"));
  o.concentration = decimal_option(arguments, "concentration", o.concentration, "a number above 0");
  if (arguments.has("spread")) {
    o.model = WeightModel::uniform;
    o.spread = decimal_option(arguments, "spread", 0, "a percentage from 0 to 100") / 100;
  }
  if (arguments.has("method"))
    o.method = *enum_from_name<SelectionMethod>(arguments.choice("method", {"greedy", "exact"}, "greedy"));
  o.time_limit_seconds = decimal_option(arguments, "time-limit", o.time_limit_seconds, "a number of seconds above 0");
  o.select = !arguments.has("no-selection");
  return o;
}

std::string signed_number(double value, int decimals, Language language) {
  return (value > 0 ? "+" : "") + number(value, decimals, language);
}

void print_thresholds(const WeightSensitivity& s, const Texts& t, Language language, std::ostream& out) {
  out << t.thresholds << "\n";
  detail::TextTable table({{std::string(t.higher)},
                           {std::string(t.lower)},
                           {std::string(t.critical)},
                           {std::string(t.change), detail::Align::right},
                           {std::string(t.relative), detail::Align::right}});
  for (const auto& pair : s.pairs) {
    if (pair.tied) {
      table.add_row({pair.higher.str(), pair.lower.str(), std::string(t.tied), "", ""});
    } else if (!pair.most_critical) {
      table.add_row({pair.higher.str(), pair.lower.str(), std::string(t.none), "", ""});
    } else {
      const auto& c = pair.criteria[*pair.most_critical];
      table.add_row({pair.higher.str(), pair.lower.str(), c.criterion, signed_number(*c.change * 100, 2, language),
                     c.relative_percent ? signed_number(*c.relative_percent, 1, language) + " %" : "-"});
    }
  }
  out << table.render();
  if (const auto& index = s.most_critical_pair) {
    const auto& pair = s.pairs[*index];
    const auto& c = pair.criteria[*pair.most_critical];
    out << t.most_critical << ": " << c.criterion << " (" << signed_number(*c.relative_percent, 1, language) << " %, "
        << t.between << " " << pair.higher.str() << " / " << pair.lower.str() << ")\n";
  }
}

void print_uncertainty(const WeightUncertainty& u, const Texts& t, Language language, std::ostream& out) {
  const auto& o = u.options;
  out << "\n" << t.monte_carlo << ": " << o.draws << " " << t.draws << ", " << t.seed << " " << o.seed << ", ";
  if (o.model == WeightModel::dirichlet)
    out << "Dirichlet (c = " << number(o.concentration, 0, language) << ")";
  else
    out << "± " << number(o.spread * 100, 0, language) << " %";
  if (o.select) out << ", " << enum_name(o.method);
  out << "\n";
  std::vector<detail::Column> columns{{std::string(t.rank), detail::Align::right},
                                      {std::string(t.id)},
                                      {std::string(t.title), detail::Align::left, 32},
                                      {std::string(t.top) + " " + std::to_string(o.top_k) + ")", detail::Align::right}};
  if (o.select) columns.push_back({std::string(t.selected), detail::Align::right});
  columns.push_back({std::string(t.mean_rank), detail::Align::right});
  columns.push_back({std::string(t.spread), detail::Align::right});
  detail::TextTable table(std::move(columns));
  for (const auto& r : u.initiatives) {
    std::vector<std::string> cells{std::to_string(r.rank), r.id.str(), r.title,
                                   number(r.probability_top_k * 100, 1, language) + " %"};
    if (r.probability_selected)
      cells.push_back(number(*r.probability_selected * 100, 1, language) + " % (" +
                      std::string(r.selected ? t.yes : t.no) + ")");
    cells.push_back(number(r.mean_rank, 1, language));
    cells.push_back(std::to_string(r.rank_p5) + "–" + std::to_string(r.rank_p95));
    table.add_row(std::move(cells));
  }
  out << table.render();
  if (u.failed_selections > 0) out << t.failed << ": " << u.failed_selections << "\n";
}

int run_sensitivity(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const WeightUncertaintyOptions options = uncertainty_options(arguments);
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const SelectionOptions selection = selection_options(arguments, portfolio);
  const Ranking ranking = rank_initiatives(portfolio, selection.criteria);
  const WeightSensitivity thresholds = weight_thresholds(ranking);
  const WeightUncertainty uncertainty = weight_uncertainty(portfolio, selection, options);
  if (json) {
    const nlohmann::ordered_json document{
        {"thresholds", nlohmann::ordered_json::parse(weight_thresholds_to_json(thresholds))},
        {"uncertainty", nlohmann::ordered_json::parse(weight_uncertainty_to_json(uncertainty))}};
    out << document.dump(2) << "\n";
    return 0;
  }
  const Texts t = texts(language);
  out << t.heading << ": " << portfolio.name << "\n" << t.criteria << ": ";
  for (std::size_t k = 0; k < thresholds.criteria.size(); ++k)
    out << (k ? ", " : "") << thresholds.criteria[k] << " " << number(thresholds.weights[k] * 100, 1, language) << " %";
  out << "\n\n";
  print_thresholds(thresholds, t, language, out);
  print_uncertainty(uncertainty, t, language, out);
  return 0;
}

}  // namespace

std::vector<Command> sensitivity_commands() {
  std::vector<Command> commands;
  std::vector<OptionSpec> options = selection_option_specs();
  options.insert(options.end(), {{"draws", 0, true},
                                 {"top", 0, true},
                                 {"seed", 0, true},
                                 {"threads", 0, true},
                                 {"model", 0, true},
                                 {"concentration", 0, true},
                                 {"spread", 0, true},
                                 {"method", 0, true},
                                 {"time-limit", 0, true},
                                 {"no-selection", 0, false},
                                 format_option,
                                 language_option});
  commands.push_back(
      {{"sensitivity",
        {"FILE"},
        std::move(options),
        "usage: tiltak sensitivity FILE [--criteria CRITERIA.json] [--draws N] [--top K] [--seed S]\n"
        "                          [--model dirichlet|uniform] [--concentration C] [--spread PERCENT]\n"
        "                          [--method greedy|exact] [--time-limit SECONDS] [--no-selection]\n"
        "                          [--threads N] [--budget frames|AMOUNT] [--horizon FIRST-LAST]\n"
        "                          [--options OPTIONS.json] [--force-in ID,ID] [--force-out ID,ID]\n"
        "                          [--format text|json] [--lang nb|da|en]\n\n"
        "How robust the ranking of 'tiltak prioritise' is to its weights (docs/prioritisation.md):\n"
        "for each pair of neighbours, the smallest change of one criterion's weight that swaps them\n"
        "(points out of 100 and per cent of the weight; Triantaphyllou & Sánchez 1997), and a\n"
        "Monte Carlo over the weights giving each initiative's probability of making the top K\n"
        "(default 5) and of being selected (the selection of 'tiltak select', greedy per draw unless\n"
        "--method exact, each draw then limited by --time-limit, default 1 s), its mean rank and\n"
        "its P5–P95 ranks. Weights: Dirichlet around the given ones with concentration C (default\n"
        "100: a weight of 20 % varies by about ±4 points), or --spread PERCENT: each weight times\n"
        "a uniform factor within ±PERCENT, then renormalised. --draws (default 1 000) and --seed\n"
        "(default 1) make the result reproducible, for any --threads (default 2).\n"
        "--no-selection: probabilities of the top K only. json: both documents.\n"
        "Exit status: 0 done; 1 a problem with the files or no possible selection; 2 usage error.\n"},
       "how robust the ranking is to the weights: swap thresholds, Monte Carlo",
       run_sensitivity});
  return commands;
}

}  // namespace tiltak::cli
