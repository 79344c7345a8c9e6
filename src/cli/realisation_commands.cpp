#include "cli/realisation_commands.hpp"
#include "cli/portfolio_location.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <ostream>

#include "cli/benefits_options.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/benefits/realisation_json.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {
namespace {

struct Texts {
  std::string_view heading, as_of, id, title, degree, planned, planned_to_date, realised_to_date, flags, total,
      forecast;
  std::string_view behind_plan, no_measurement, no_owner, not_measurable, against_direction;
};

Texts texts(Language language) {
  switch (language) {
    case Language::nb:
      return {"Gevinstrealisering", "Per", "Id", "Tittel", "Realisert", "Plan", "Planlagt hittil",
              "Realisert hittil", "Merknader", "Sum", "Prognose resten (trend)", "bak plan", "måling mangler",
              "uten eier", "kan ikke måles", "mål mot retning"};
    case Language::da:
      return {"Gevinstrealisering", "Pr.", "Id", "Titel", "Realiseret", "Plan", "Planlagt hidtil",
              "Realiseret hidtil", "Bemærkninger", "I alt", "Prognose resten (trend)", "bag planen",
              "måling mangler", "uden ejer", "kan ikke måles", "mål mod retning"};
    case Language::en: break;
  }
  return {"Benefit realisation", "As of", "Id", "Title", "Realised", "Plan", "Planned to date",
          "Realised to date", "Flags", "Total", "Forecast of the rest (trend)", "behind plan",
          "measurement missing", "no owner", "not measurable", "target against direction"};
}

std::string_view flag_text(RealisationFlag flag, const Texts& t) {
  switch (flag) {
    case RealisationFlag::behind_plan: return t.behind_plan;
    case RealisationFlag::no_measurement_when_due: return t.no_measurement;
    case RealisationFlag::no_owner: return t.no_owner;
    case RealisationFlag::not_measurable: return t.not_measurable;
    case RealisationFlag::target_against_direction: return t.against_direction;
  }
  return {};
}

std::string percent_text(const std::optional<double>& degree, Language language) {
  if (!degree) return "-";
  return ratio_text(*degree * 100, language).append(" %");
}

RealisationOptions options_of(const Arguments& arguments) {
  RealisationOptions options;
  if (const auto text = arguments.get("as-of")) {
    const auto date = parse_iso_date(*text);
    if (!date) throw UsageError("--as-of must be a date YYYY-MM-DD, not \"" + *text + "\"");
    options.as_of = *date;
  } else {
    options.as_of = boost::gregorian::day_clock::universal_day();
  }
  if (const auto text = arguments.get("grace-days")) {
    try {
      std::size_t used = 0;
      options.measurement_grace_days = std::stoi(*text, &used);
      if (used != text->size() || options.measurement_grace_days < 0) throw std::invalid_argument(*text);
    } catch (const std::logic_error&) {
      throw UsageError("--grace-days must be a whole number of days ≥ 0, not \"" + *text + "\"");
    }
  }
  return options;
}

void print_realisation(const Portfolio& portfolio, const RealisationSummary& s, Language language, std::ostream& out) {
  const Texts t = texts(language);
  out << t.heading << ": " << portfolio.name << ". " << t.as_of << " " << format_date(s.as_of, language) << "\n\n";
  using detail::Align;
  detail::TextTable table({{std::string(t.id)},
                           {std::string(t.title), Align::left, 40},
                           {std::string(t.degree), Align::right},
                           {std::string(t.planned), Align::right},
                           {std::string(t.planned_to_date), Align::right},
                           {std::string(t.realised_to_date), Align::right},
                           {std::string(t.flags)}});
  for (const auto& b : s.benefits) {
    std::string flags;
    for (RealisationFlag flag : b.flags) flags.append(flags.empty() ? "" : ", ").append(flag_text(flag, t));
    table.add_row({b.id.str(), b.title, percent_text(b.latest_degree, language),
                   percent_text(b.planned_degree_now, language), format_money(b.planned_to_date, language, true),
                   format_money(b.realised_to_date, language, true), flags});
  }
  table.add_row({std::string(t.total), "", "", "", format_money(s.planned_to_date, language, true),
                 format_money(s.realised_to_date, language, true), ""});
  out << table.render();
  out << "\n" << t.forecast << ": " << format_money(s.forecast_remaining, language, true) << "\n";
}

int run_realisation(const Arguments& arguments, std::ostream& out, std::ostream&) {
  const bool json = arguments.choice("format", {"text", "json"}, "text") == "json";
  const RealisationOptions options = options_of(arguments);
  const Portfolio portfolio = read_portfolio(arguments, arguments.positionals[0]);
  const Language language = output_language(arguments, portfolio.currency);
  if (const auto id = arguments.get("benefit")) {
    const auto result = benefit_realisation(portfolio, BenefitId(*id), options);
    if (json) {
      out << benefit_realisation_to_json(result, options.as_of, portfolio.currency);
    } else {
      RealisationSummary one;
      one.as_of = options.as_of;
      one.currency = portfolio.currency;
      one.planned_to_date = result.planned_to_date;
      one.realised_to_date = result.realised_to_date;
      one.forecast_remaining = result.forecast ? result.forecast->remaining_value : Money::zero(portfolio.currency);
      one.benefits = {result};
      print_realisation(portfolio, one, language, out);
    }
    return 0;
  }
  const auto summary = portfolio_realisation(portfolio, options);
  if (json)
    out << portfolio_realisation_to_json(summary);
  else
    print_realisation(portfolio, summary, language, out);
  return 0;
}

}  // namespace

std::vector<Command> realisation_commands() {
  std::vector<Command> commands;
  commands.push_back(
      {{"realisation",
        {"FILE"},
        {{"as-of", 0, true}, {"benefit", 0, true}, {"grace-days", 0, true}, {"format", 0, true}, {"lang", 0, true}},
        "usage: tiltak realisation FILE [--as-of YYYY-MM-DD] [--benefit ID] [--grace-days N]\n"
        "                          [--format text|json] [--lang nb|da|en]\n\n"
        "Benefit realisation against plan: the latest realisation degree (measured − baseline) /\n"
        "(target − baseline) against the planned degree, planned and realised money to date, the\n"
        "least-squares trend's forecast of the rest, and flags: behind plan, measurement missing\n"
        "when due, no owner, not measurable, target against the indicator's direction.\n"
        "--as-of defaults to today (UTC); measurements after it are ignored. A year's measurement\n"
        "is due --grace-days (default 0) after the year ends. json: every figure for machines.\n"
        "Exit status: 0 done; 1 a problem with the portfolio or an unknown benefit; 2 usage error.\n"
        "See docs/benefits.md.\n"},
       "benefit realisation against plan: degree, money, trend, flags",
       run_realisation});
  return commands;
}

}  // namespace tiltak::cli
