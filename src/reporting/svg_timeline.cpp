#include "reporting/svg_timeline.hpp"

#include <algorithm>
#include <map>

#include "reporting/report_words.hpp"
#include "reporting/svg_markup.hpp"

namespace tiltak::detail {
namespace {

constexpr double width = 1000, label_width = 300, right_margin = 16, header = 36, row_height = 20;
constexpr double chart_left = label_width + 8, chart_width = width - chart_left - right_margin;
constexpr std::string_view planned_fill = "#c5d0dc", forecast_fill = "#3f74a8", critical_fill = "#7b3294",
                           at_risk_ink = "#c0392b", as_of_ink = "#0b7285";

struct Row {
  const InitiativeReport* initiative;
  std::optional<std::pair<Date, Date>> planned, forecast;
  double y = 0;  // the top of the row
};

std::optional<std::pair<Date, Date>> span(const std::optional<Date>& start, const std::optional<Date>& end) {
  if (!start || !end || *end < *start) return std::nullopt;
  return std::pair{*start, *end};
}

// Whole years around every bar and the as-of date.
struct TimeAxis {
  Date first, last;
  double x(Date date) const {
    return chart_left +
           static_cast<double>((date - first).days()) / static_cast<double>((last - first).days()) * chart_width;
  }
};

TimeAxis time_axis(const std::vector<Row>& rows, Date as_of) {
  Date low = as_of, high = as_of;
  for (const auto& row : rows)
    for (const auto& bar : {row.planned, row.forecast})
      if (bar) low = std::min(low, bar->first), high = std::max(high, bar->second);
  return {Date(low.year(), 1, 1), Date(static_cast<unsigned short>(high.year() + 1), 1, 1)};
}

std::string bar(double x0, double x1, double y, double height, std::string_view fill) {
  return svg_rect(x0, y, std::max(x1 - x0, 2.0), height, fill, "rx=\"2\"");
}

std::string grid(const TimeAxis& axis, double bottom) {
  std::string out;
  for (int year = axis.first.year(); year < axis.last.year(); ++year) {
    const double x0 = axis.x(Date(static_cast<unsigned short>(year), 1, 1));
    const double x1 = axis.x(Date(static_cast<unsigned short>(year + 1), 1, 1));
    out += svg_line(x0, header - 14, x0, bottom, "#9aa5b1", 1);
    for (const int month : {4, 7, 10}) {
      const double xq = axis.x(Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1));
      out += svg_line(xq, header, xq, bottom, "#e3e8ee", 1);
    }
    out += svg_text((x0 + x1) / 2, header - 10, std::to_string(year), "middle", "font-weight=\"600\"");
  }
  return out;
}

std::string as_of_line(const TimeAxis& axis, Date as_of, double bottom, Language language) {
  const double x = axis.x(as_of);
  return svg_line(x, header - 4, x, bottom, as_of_ink, 2) +
         svg_text(x + 3, header - 0.5, std::string(word(Word::as_of, language)) + " " + format_date(as_of, language),
                  "start", "font-size=\"10\" font-weight=\"600\" fill=\"" + std::string(as_of_ink) + "\"");
}

std::string row_markup(const Row& row, const TimeAxis& axis, Language language) {
  const InitiativeReport& initiative = *row.initiative;
  std::string out = "<g><title>" + escape_markup(initiative.id.str() + " " + initiative.title) + "</title>";
  // The id in bold, then as much of the title as the label column holds (46 characters).
  const std::string& id = initiative.id.str();
  out += "<text x=\"4\" y=\"" + svg_number(row.y + 14) + "\"" + (initiative.critical ? " font-weight=\"700\"" : "") +
         "><tspan font-weight=\"600\">" + escape_markup(id) + "</tspan> " +
         escape_markup(shorten(initiative.title, id.size() < 44 ? 45 - id.size() : 1)) + "</text>";
  if (row.planned) out += bar(axis.x(row.planned->first), axis.x(row.planned->second), row.y + 3, 6, planned_fill);
  if (row.forecast) {
    const double x1 = axis.x(row.forecast->second);
    out += bar(axis.x(row.forecast->first), x1, row.y + 9, 8, initiative.critical ? critical_fill : forecast_fill);
    if (initiative.slip_days && *initiative.slip_days > 0)
      out += svg_text(x1 + 4, row.y + 16, "+" + format_integer(*initiative.slip_days, language), "start",
                      "font-size=\"10\" fill=\"#9b1c1c\"");
  }
  return out + "</g>";
}

// A dashed line from a prerequisite's forecast finish to its dependant's forecast start.
std::string risk_links(const std::vector<Row>& rows, const TimeAxis& axis) {
  std::map<std::string, const Row*> by_id;
  for (const auto& row : rows) by_id.emplace(row.initiative->id.str(), &row);
  std::string out;
  for (const auto& row : rows) {
    for (const auto& dependency : row.initiative->dependencies_at_risk) {
      const auto it = by_id.find(dependency.prerequisite.str());
      const auto& to = row.forecast ? row.forecast : row.planned;
      if (it == by_id.end() || !to) continue;
      const auto& from_bar = it->second->forecast ? it->second->forecast : it->second->planned;
      if (!from_bar) continue;
      const double x0 = axis.x(from_bar->second), y0 = it->second->y + 13;
      const double x1 = axis.x(to->first), y1 = row.y + 13;
      out += "<path d=\"M" + svg_number(x0) + " " + svg_number(y0) + " H" + svg_number(std::max(x0, x1 - 6)) + " V" +
             svg_number(y1) + " H" + svg_number(x1) + "\" fill=\"none\" stroke=\"" + std::string(at_risk_ink) +
             "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
    }
    if (!row.initiative->dependencies_at_risk.empty()) {
      const auto& bar_span = row.forecast ? row.forecast : row.planned;
      if (!bar_span) continue;
      // A warning triangle before the bar.
      const double x = axis.x(bar_span->first) - 10, y = row.y + 4;
      out += "<path d=\"M" + svg_number(x) + " " + svg_number(y + 12) + " L" + svg_number(x + 7) + " " + svg_number(y) +
             " L" + svg_number(x + 14) + " " + svg_number(y + 12) + " Z\" fill=\"" + std::string(at_risk_ink) + "\"/>" +
             svg_text(x + 7, y + 11, "!", "middle", "font-size=\"9\" font-weight=\"700\" fill=\"#ffffff\"");
    }
  }
  return out;
}

std::string legend(double y, Language language) {
  SvgLegend legend(chart_left, y);
  legend.box(planned_fill, word(Word::plan, language));
  legend.box(forecast_fill, word(Word::forecast, language));
  legend.box(critical_fill, word(Word::critical_path, language));
  legend.line(at_risk_ink, word(Word::dependencies_at_risk, language), "3 2");
  return legend.markup();
}

}  // namespace

std::string timeline_svg(const PortfolioReport& report) {
  const Language language = report.language;
  std::vector<Row> rows;
  for (const auto& initiative : report.initiatives) {
    Row row{&initiative, span(initiative.planned.start, initiative.planned.end),
            span(initiative.forecast_start, initiative.forecast_finish)};
    if (!row.planned && !row.forecast) continue;
    row.y = header + 4 + row_height * static_cast<double>(rows.size());
    rows.push_back(row);
  }
  if (rows.empty()) return {};
  const TimeAxis axis = time_axis(rows, report.options.as_of);
  const double bottom = header + 4 + row_height * static_cast<double>(rows.size());
  std::string out = svg_open(width, bottom + 30, word(Word::timeline, language));
  out += "<g font-size=\"11\" fill=\"#1f2933\">";
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (i % 2 == 1) out += svg_rect(0, rows[i].y, width, row_height, "#f4f6f9");
  out += grid(axis, bottom);
  for (const auto& row : rows) out += row_markup(row, axis, language);
  out += risk_links(rows, axis);
  out += as_of_line(axis, report.options.as_of, bottom, language);
  out += legend(bottom + 12, language);
  return out + "</g></svg>";
}

}  // namespace tiltak::detail
