#include "cli/prioritisation_commands.hpp"
#include "cli/options.hpp"

#include <charconv>
#include <cstdio>
#include <ostream>

#include "io/text_file.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view ranking, criteria, ahp, rank, id, title, score, selection, objective, status, gap, seconds,
      selected, reason, value, yes, no, year, investment, operating, budget, capacity, role, hours, available, plan,
      planned, start, deferred;
  std::string_view reasons[7];   // in SelectionReason order
  std::string_view statuses[3];  // in SelectionStatus order
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Prioritering", "Kriterier", "Vekter fra parvise sammenligninger (AHP), konsistensforhold", "Rang",
              "Id", "Tittel", "Poeng", "Porteføljevalg", "Mål", "Status", "gap", "sekunder", "Valgt", "Begrunnelse",
              "Verdi", "ja", "nei", "År", "Investering", "Drift", "ramme", "Kapasitet", "Rolle", "Timer",
              "Tilgjengelig", "Realistisk plan", "Planlagt", "Start", "Utsatt",
              {"valgt", "tvunget inn", "lovpålagt", "forutsetning", "ikke valgt", "holdt utenfor",
               "mangler forutsetning"},
              {"bevist optimalt", "tidsgrense nådd", "heuristikk"}};
    case Language::da:
      return {"Prioritering", "Kriterier", "Vægte fra parvise sammenligninger (AHP), konsistensforhold", "Rang",
              "Id", "Titel", "Point", "Porteføljevalg", "Mål", "Status", "gap", "sekunder", "Valgt", "Begrundelse",
              "Værdi", "ja", "nej", "År", "Investering", "Drift", "ramme", "Kapacitet", "Rolle", "Timer",
              "Tilgængelig", "Realistisk plan", "Planlagt", "Start", "Udskudt",
              {"valgt", "tvunget ind", "lovpligtig", "forudsætning", "ikke valgt", "holdt udenfor",
               "mangler forudsætning"},
              {"bevist optimalt", "tidsgrænse nået", "heuristik"}};
    case Language::en: break;
  }
  return {"Prioritisation", "Criteria", "Weights from pairwise comparisons (AHP), consistency ratio", "Rank", "Id",
          "Title", "Score", "Portfolio selection", "Objective", "Status", "gap", "seconds", "Selected", "Reason",
          "Value", "yes", "no", "Year", "Investment", "Operating", "budget", "Capacity", "Role", "Hours", "Available",
          "Realistic plan", "Planned", "Start", "Deferred",
          {"chosen", "forced in", "mandatory", "prerequisite", "not chosen", "forced out", "prerequisite missing"},
          {"proven optimal", "time limit reached", "heuristic"}};
}

std::string number(double value, int decimals, Language language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string out = buffer;
  if (language != Language::en)
    for (char& ch : out)
      if (ch == '.') ch = ',';
  return out;
}

Criteria criteria_file(const std::string& path) { return criteria_from_json(detail::read_text_file(path), path); }

int run_prioritise(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = load_portfolio(arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const auto file = arguments.get("criteria");
  const Ranking ranking = rank_initiatives(portfolio, file ? criteria_file(*file) : default_criteria());
  if (json) {
    out << ranking_to_json(ranking);
    return 0;
  }
  const Texts t = texts(language);
  out << t.ranking << ": " << portfolio.name << "\n" << t.criteria << ": ";
  std::vector<detail::Column> columns{{std::string(t.rank), detail::Align::right},
                                      {std::string(t.id)},
                                      {std::string(t.title), detail::Align::left, 36},
                                      {std::string(t.score), detail::Align::right}};
  for (std::size_t i = 0; i < ranking.criteria.criteria.size(); ++i) {
    const auto& c = ranking.criteria.criteria[i];
    out << (i ? ", " : "") << (c.title.empty() ? c.id : c.title) << " (" << c.id << ") "
        << number(c.weight * 100, 1, language) << " %";
    columns.push_back({c.id, detail::Align::right});
  }
  out << "\n";
  if (const auto& ahp = ranking.criteria.ahp)
    out << t.ahp << " " << number(ahp->consistency_ratio, 3, language) << "\n";
  // Scores and contributions in points (0..100): the contributions add up to the score.
  detail::TextTable table(std::move(columns));
  for (const auto& s : ranking.initiatives) {
    std::vector<std::string> cells{std::to_string(s.rank), s.id.str(), s.title, number(s.score * 100, 1, language)};
    for (const auto& part : s.criteria) cells.push_back(number(part.contribution * 100, 1, language));
    table.add_row(std::move(cells));
  }
  out << "\n" << table.render();
  return 0;
}

std::vector<InitiativeId> id_list(const std::string& text) {
  std::vector<InitiativeId> ids;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    if (comma > start) ids.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

int year_number(std::string_view text) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < 1900 || year > 2200)
    throw UsageError("--horizon must be YEAR or FIRST-LAST (years 1900-2200), not \"" + std::string(text) + "\"");
  return year;
}

Money amount(const std::string& option, const std::string& text, Currency currency) {
  try {
    return Money::parse(text, currency);
  } catch (const Error&) {
    throw UsageError("--" + option + " must be \"frames\" or an amount such as 2500000 or 2500000.50, not \"" + text +
                     "\"");
  }
}

// The options file, then each command-line option over it.
SelectionOptions selection_options(const Arguments& arguments, const Portfolio& portfolio) {
  SelectionOptions options;
  if (const auto file = arguments.get("options"))
    options = selection_options_from_json(detail::read_text_file(*file), portfolio.currency, *file);
  if (const auto file = arguments.get("criteria")) options.criteria = criteria_file(*file);
  if (arguments.has("objective"))
    options.objective = *enum_from_name<SelectionObjective>(arguments.choice("objective", {"score", "npv"}, "score"));
  if (arguments.has("method"))
    options.method = *enum_from_name<SelectionMethod>(arguments.choice("method", {"exact", "greedy"}, "exact"));
  if (const auto seconds = arguments.get("time-limit")) {
    double value = 0;
    const auto [end, error] = std::from_chars(seconds->data(), seconds->data() + seconds->size(), value);
    if (error != std::errc() || end != seconds->data() + seconds->size() || !(value > 0))
      throw UsageError("--time-limit must be a number of seconds above 0, not \"" + *seconds + "\"");
    options.time_limit_seconds = value;
  }
  if (const auto horizon = arguments.get("horizon")) {
    const auto dash = horizon->find('-');
    options.first_year = year_number(std::string_view(*horizon).substr(0, dash));
    options.last_year = dash == std::string::npos ? *options.first_year : year_number(horizon->substr(dash + 1));
  }
  if (const auto ids = arguments.get("force-in")) options.forced_in = id_list(*ids);
  if (const auto ids = arguments.get("force-out")) options.forced_out = id_list(*ids);
  const auto budget = arguments.get("budget");
  const auto operating = arguments.get("operating-budget");
  if (budget && *budget != "frames") {
    // The same amount every year of the horizon (the given one, else the frames' years).
    int first = options.first_year.value_or(0), last = options.last_year.value_or(0);
    if (!options.first_year) {
      if (portfolio.strategy.budget_frames.empty())
        throw UsageError("--budget AMOUNT needs --horizon when the strategy has no budget frames");
      first = last = portfolio.strategy.budget_frames.front().year;
      for (const auto& frame : portfolio.strategy.budget_frames) {
        first = std::min(first, frame.year);
        last = std::max(last, frame.year);
      }
    }
    std::vector<YearBudget> budgets;
    for (int year = first; year <= last; ++year)
      budgets.push_back({year, amount("budget", *budget, portfolio.currency),
                         operating ? std::optional(amount("operating-budget", *operating, portfolio.currency))
                                   : std::nullopt});
    options.budgets = std::move(budgets);
  } else if (operating) {
    throw UsageError("--operating-budget goes with --budget AMOUNT");
  } else if (budget) {
    options.budgets.reset();  // "frames"
  }
  return options;
}

void print_selection(const Portfolio& portfolio, const Selection& s, Language language, std::ostream& out) {
  const Texts t = texts(language);
  out << t.selection << ": " << portfolio.name << ", " << s.first_year << "–" << s.last_year << "\n";
  out << t.objective << ": " << enum_name(s.objective) << " = " << number(s.objective_value, 4, language) << ". "
      << t.status << ": " << t.statuses[static_cast<int>(s.status)];
  if (s.gap) out << " (" << t.gap << " " << number(*s.gap * 100, 2, language) << " %)";
  out << ", " << number(s.seconds, 2, language) << " " << t.seconds << "\n\n";
  detail::TextTable decisions({{std::string(t.id)},
                               {std::string(t.title), detail::Align::left, 36},
                               {std::string(t.selected)},
                               {std::string(t.reason)},
                               {std::string(t.value), detail::Align::right}});
  for (const auto& d : s.decisions)
    decisions.add_row({d.id.str(), d.title, std::string(d.selected ? t.yes : t.no),
                       std::string(t.reasons[static_cast<int>(d.reason)]),
                       number(d.value, s.objective == SelectionObjective::npv ? 0 : 4, language)});
  out << decisions.render() << "\n";
  auto budget_text = [&](const std::optional<Money>& amount) {
    return amount ? format_money(*amount, language, true) : std::string("-");
  };
  detail::TextTable years({{std::string(t.year)},
                           {std::string(t.investment), detail::Align::right},
                           {std::string(t.investment) + " " + std::string(t.budget), detail::Align::right},
                           {std::string(t.operating), detail::Align::right},
                           {std::string(t.operating) + " " + std::string(t.budget), detail::Align::right}});
  for (const auto& y : s.years)
    years.add_row({std::to_string(y.year), format_money(y.investment, language, true), budget_text(y.investment_budget),
                   format_money(y.operating, language, true), budget_text(y.operating_budget)});
  out << years.render();
  if (s.capacity.empty()) return;
  detail::TextTable capacity({{std::string(t.year)},
                              {std::string(t.role)},
                              {std::string(t.hours), detail::Align::right},
                              {std::string(t.available), detail::Align::right}});
  for (const auto& c : s.capacity)
    capacity.add_row({std::to_string(c.year), c.role, std::to_string(c.hours), std::to_string(c.available)});
  out << "\n" << t.capacity << "\n" << capacity.render();
}

void print_plan(const RealisticPlan& plan, Language language, std::ostream& out) {
  const Texts t = texts(language);
  detail::TextTable table({{std::string(t.id)},
                           {std::string(t.title), detail::Align::left, 36},
                           {std::string(t.planned), detail::Align::right},
                           {std::string(t.start), detail::Align::right}});
  for (const auto& s : plan.scheduled)
    table.add_row({s.id.str(), s.title, std::to_string(s.planned_year), std::to_string(s.start_year)});
  out << "\n" << t.plan << "\n" << table.render();
  for (const auto& d : plan.deferred) out << t.deferred << ": " << d.id.str() << " " << d.title << ": " << d.reason << "\n";
}

int run_select(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = load_portfolio(arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const SelectionOptions options = selection_options(arguments, portfolio);
  const Selection selection = select_portfolio(portfolio, options);
  if (arguments.has("plan")) {
    const RealisticPlan plan = plan_selection(portfolio, options, selection);
    if (json) {
      out << plan_to_json(plan);
      return 0;
    }
    print_selection(portfolio, selection, language, out);
    print_plan(plan, language, out);
    return 0;
  }
  if (json)
    out << selection_to_json(selection);
  else
    print_selection(portfolio, selection, language, out);
  return 0;
}

}  // namespace

std::vector<Command> with_prioritisation_commands(std::vector<Command> commands) {
  commands.push_back(
      {{"prioritise",
        {"FILE"},
        {{"criteria", 0, true}, {"format", 0, true}, {"lang", 0, true}},
        "usage: tiltak prioritise FILE [--criteria CRITERIA.json] [--format text|json] [--lang nb|da|en]\n\n"
        "Scores and ranks the initiatives that are neither finished nor dropped by weighted criteria,\n"
        "with each criterion's contribution to the score (points out of 100). Equal scores share a\n"
        "rank. --criteria: a criteria file (weights given directly or as an AHP pairwise matrix;\n"
        "docs/prioritisation.md); default: goals 35 %, NPV 20 %, cost 10 %, risk 10 %, legal\n"
        "obligation 15 %, dependants 10 %. json: every figure for machines.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or the criteria file (every problem\n"
        "listed with its pointer, an inconsistent AHP matrix included); 2 usage error.\n"},
       "rank initiatives by weighted criteria, with each criterion's contribution",
       run_prioritise});
  commands.push_back(
      {{"select",
        {"FILE"},
        {{"budget", 0, true},
         {"operating-budget", 0, true},
         {"horizon", 0, true},
         {"options", 0, true},
         {"criteria", 0, true},
         {"objective", 0, true},
         {"method", 0, true},
         {"time-limit", 0, true},
         {"force-in", 0, true},
         {"force-out", 0, true},
         {"plan", 0, false},
         {"format", 0, true},
         {"lang", 0, true}},
        "usage: tiltak select FILE [--budget frames|AMOUNT] [--operating-budget AMOUNT]\n"
        "                     [--horizon FIRST-LAST] [--options OPTIONS.json] [--criteria CRITERIA.json]\n"
        "                     [--objective score|npv] [--method exact|greedy] [--time-limit SECONDS]\n"
        "                     [--force-in ID,ID] [--force-out ID,ID] [--plan] [--format text|json]\n"
        "                     [--lang nb|da|en]\n\n"
        "Chooses the initiatives that maximise the total score (or NPV) while keeping each year's\n"
        "investment and operating budget and each role's capacity, with mandatory initiatives forced\n"
        "in, prerequisites selected first (unless completed) and the options' exclusive groups and\n"
        "service-area shares. The exact method (COIN-OR CBC) proves the optimum or reports the gap\n"
        "when the time limit (default 30 s) stops it; greedy answers at once without a bound.\n"
        "--budget frames (default): the strategy's budget frames. --budget AMOUNT: that investment\n"
        "every year of the horizon (operating unlimited unless --operating-budget). --horizon: the\n"
        "years budgets apply to (default: the budgets' years). --options: a JSON file with every\n"
        "option (exclusive groups, shares ...; docs/prioritisation.md); the command line wins.\n"
        "--plan: also a realistic plan, start years that keep every year's limits and the\n"
        "dependencies, with what had to be deferred and why (json: the plan document only).\n"
        "Exit status: 0 done; 1 a problem with the files, or no selection is possible (each conflict\n"
        "named: a budget the mandatory initiatives exceed, a forced-in initiative whose prerequisite\n"
        "is forced out ...); 2 usage error.\n"},
       "choose the best portfolio within budgets, capacity and dependencies",
       run_select});
  return commands;
}

}  // namespace tiltak::cli
