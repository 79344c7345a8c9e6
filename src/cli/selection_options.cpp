#include "cli/selection_options.hpp"

#include <algorithm>
#include <charconv>

#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/prioritisation/prioritisation_json.hpp"

namespace tiltak::cli {
namespace {

std::vector<InitiativeId> id_list(const std::string& text) {
  std::vector<InitiativeId> ids;
  for (auto& item : comma_separated(text))
    if (!item.empty()) ids.emplace_back(std::move(item));
  return ids;
}

int year_number(std::string_view text) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < first_supported_year ||
      year > last_supported_year)
    throw UsageError("--horizon must be YEAR or FIRST-LAST (years " + std::to_string(first_supported_year) + "-" +
                     std::to_string(last_supported_year) + "), not \"" + std::string(text) + "\"");
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

}  // namespace

SelectionOptions selection_options(const Arguments& arguments, const Portfolio& portfolio) {
  SelectionOptions options;
  if (const auto file = arguments.get("options"))
    options = selection_options_from_json(read_text_file(*file), portfolio.currency, *file);
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

std::vector<OptionSpec> selection_option_specs() {
  return {{"budget", 0, true},   {"operating-budget", 0, true}, {"horizon", 0, true},  {"options", 0, true},
          {"criteria", 0, true}, {"force-in", 0, true},         {"force-out", 0, true}};
}

Criteria criteria_file(const std::string& path) { return criteria_from_json(read_text_file(path), path); }

}  // namespace tiltak::cli
