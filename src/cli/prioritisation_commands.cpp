#include "cli/prioritisation_commands.hpp"
#include "cli/portfolio_location.hpp"
#include "cli/options.hpp"
#include "cli/selection_options.hpp"

#include <charconv>
#include <cmath>
#include <ostream>

#include "tiltak/io/text_file.hpp"
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

int run_prioritise(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
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
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
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

// The frontier's and the comparison's words.
struct ScenarioTexts {
  std::string_view frontier, factor, investment_budget, value, infeasible, count, comparison, enters, leaves, stays,
      none;
};

ScenarioTexts scenario_texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Effisient front", "Budsjettfaktor", "Investeringsramme", "Verdi", "ikke mulig", "Antall valgt",
              "Sammenligning av scenarioer", "Kommer inn (B)", "Går ut (A)", "Blir", "ingen"};
    case Language::da:
      return {"Effektiv front", "Budgetfaktor", "Investeringsramme", "Værdi", "ikke muligt", "Antal valgt",
              "Sammenligning af scenarier", "Kommer ind (B)", "Går ud (A)", "Bliver", "ingen"};
    case Language::en: break;
  }
  return {"Efficient frontier", "Budget factor", "Investment budget", "Value", "infeasible", "Selected",
          "Scenario comparison", "Enters (B)", "Leaves (A)", "Stays", "none"};
}

std::vector<double> budget_levels(const std::string& text) {
  std::vector<double> factors;
  for (const auto& item : comma_separated(text)) {
    double factor = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), factor);
    if (item.empty() || error != std::errc() || end != item.data() + item.size() || !std::isfinite(factor) ||
        factor < 0)
      throw UsageError("--budget-levels must be factors ≥ 0 separated by commas, such as 0.5,0.75,1, not \"" + text +
                       "\"");
    factors.push_back(factor);
  }
  return factors;
}

int run_frontier(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const auto levels = arguments.get("budget-levels");
  const std::vector<double> factors = budget_levels(levels.value_or("0.5,0.75,1,1.25,1.5"));
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const auto points = efficient_frontier(portfolio, selection_options(arguments, portfolio), factors);
  if (json) {
    out << frontier_to_json(points);
    return 0;
  }
  const Texts t = texts(language);
  const ScenarioTexts st = scenario_texts(language);
  out << st.frontier << ": " << portfolio.name << "\n\n";
  detail::TextTable table({{std::string(st.factor), detail::Align::right},
                           {std::string(st.investment_budget), detail::Align::right},
                           {std::string(st.value), detail::Align::right},
                           {std::string(t.status)},
                           {std::string(st.count), detail::Align::right}});
  for (const auto& p : points) {
    std::string status(p.feasible ? t.statuses[static_cast<int>(p.status)] : st.infeasible);
    if (p.feasible && p.gap && *p.gap > 0) status += " (" + std::string(t.gap) + " " + number(*p.gap * 100, 2, language) + " %)";
    table.add_row({number(p.budget_factor, 2, language), format_money(p.investment_budget, language, true),
                   p.feasible ? number(p.objective_value, 4, language) : "-", status,
                   p.feasible ? std::to_string(p.selected.size()) : "-"});
  }
  out << table.render();
  return 0;
}

SelectionOptions options_file(const std::optional<std::string>& path, const Portfolio& portfolio) {
  return path ? selection_options_from_json(read_text_file(*path), portfolio.currency, *path)
              : SelectionOptions{};
}

int run_compare_selections(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  const Selection a = select_portfolio(portfolio, options_file(arguments.get("a"), portfolio));
  const Selection b = select_portfolio(portfolio, options_file(arguments.get("b"), portfolio));
  const SelectionComparison c = compare_selections(a, b);
  if (json) {
    out << comparison_to_json(c);
    return 0;
  }
  const Texts t = texts(language);
  const ScenarioTexts st = scenario_texts(language);
  auto ids = [&](const std::vector<InitiativeId>& list) {
    std::string text;
    for (const auto& id : list) text += (text.empty() ? "" : ", ") + id.str();
    return text.empty() ? std::string(st.none) : text;
  };
  out << st.comparison << ": " << portfolio.name << "\n" << st.value << " A " << number(c.value_a, 4, language)
      << ", B " << number(c.value_b, 4, language) << "\n" << st.enters << ": " << ids(c.enters) << "\n" << st.leaves
      << ": " << ids(c.leaves) << "\n" << st.stays << ": " << ids(c.stays) << "\n\n";
  detail::TextTable years({{std::string(t.year)},
                           {std::string(t.investment) + " A", detail::Align::right},
                           {std::string(t.investment) + " B", detail::Align::right},
                           {std::string(t.operating) + " A", detail::Align::right},
                           {std::string(t.operating) + " B", detail::Align::right}});
  for (const auto& y : c.years)
    years.add_row({std::to_string(y.year), format_money(y.investment_a, language, true),
                   format_money(y.investment_b, language, true), format_money(y.operating_a, language, true),
                   format_money(y.operating_b, language, true)});
  out << years.render();
  return 0;
}

}  // namespace

std::vector<Command> prioritisation_commands() {
  std::vector<Command> commands;
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
  std::vector<OptionSpec> select_options = selection_option_specs();
  select_options.insert(select_options.end(), {{"objective", 0, true},
                                               {"method", 0, true},
                                               {"time-limit", 0, true},
                                               {"plan", 0, false},
                                               format_option,
                                               language_option});
  commands.push_back(
      {{"select",
        {"FILE"},
        std::move(select_options),
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
  std::vector<OptionSpec> frontier_options = selection_option_specs();
  frontier_options.insert(frontier_options.end(), {{"budget-levels", 0, true},
                                                   {"objective", 0, true},
                                                   {"method", 0, true},
                                                   {"time-limit", 0, true},
                                                   format_option,
                                                   language_option});
  commands.push_back(
      {{"frontier",
        {"FILE"},
        std::move(frontier_options),
        "usage: tiltak frontier FILE [--budget-levels 0.5,0.75,1,1.25,1.5] [--budget frames|AMOUNT]\n"
        "                       [--operating-budget AMOUNT] [--horizon FIRST-LAST] [--options OPTIONS.json]\n"
        "                       [--criteria CRITERIA.json] [--objective score|npv] [--method exact|greedy]\n"
        "                       [--time-limit SECONDS] [--force-in ID,ID] [--force-out ID,ID]\n"
        "                       [--format text|json] [--lang nb|da|en]\n\n"
        "The efficient frontier: the best attainable value at each budget level, every year's\n"
        "budgets (investment and operating) times the level's factor, with the selection options of\n"
        "'tiltak select' otherwise unchanged. A level the mandatory initiatives do not fit is shown\n"
        "as infeasible. --budget-levels: factors ≥ 0 separated by commas (default 0.5 to 1.5).\n"
        "Exit status: 0 done; 1 a problem with the files; 2 usage error.\n"},
       "the best attainable value at each budget level (efficient frontier)",
       run_frontier});
  commands.push_back(
      {{"compare-selections",
        {"FILE"},
        {{"a", 0, true}, {"b", 0, true}, format_option, language_option},
        "usage: tiltak compare-selections FILE [--a OPTIONS_A.json] [--b OPTIONS_B.json]\n"
        "                                 [--format text|json] [--lang nb|da|en]\n\n"
        "Two scenarios side by side: the selections of two selection options files (the form of\n"
        "'tiltak select --options'; either left out: the defaults), what enters (in B only), what\n"
        "leaves (in A only), what stays, both values and the cost per year.\n"
        "Exit status: 0 done; 1 a problem with the files, or a scenario with no possible\n"
        "selection (each conflict named); 2 usage error.\n"},
       "compare the selections of two scenarios: what enters, what leaves, cost per year",
       run_compare_selections});
  return commands;
}

}  // namespace tiltak::cli
