#include "reporting/svg_budget_bars.hpp"

#include <algorithm>

#include "reporting/report_words.hpp"
#include "reporting/svg_markup.hpp"

namespace tiltak::detail {
namespace {

constexpr double width = 1000, left = 70, right = 16, top = 24, plot_height = 240;
constexpr std::string_view investment_fill = "#3f74a8", operating_fill = "#8db3d9", pipeline_fill = "#e9c46a",
                           frame_ink = "#1f2933", over_ink = "#c0392b", pipeline_ink = "#a86b00";

// One bar with its frame, if any, as a bold line across it: red when the plan is above it.
std::string bar(const MoneyPlot& plot, double x, double bar_width, Money amount, const std::optional<Money>& frame,
                std::string_view fill, const std::string& tooltip) {
  const double y = plot.y(chart_units(amount));
  std::string out = "<g><title>" + escape_markup(tooltip) + "</title>" + svg_rect(x, y, bar_width, plot.y(0) - y, fill);
  if (frame) {
    const double frame_y = plot.y(chart_units(*frame));
    out += svg_line(x - 4, frame_y, x + bar_width + 4, frame_y, amount > *frame ? over_ink : frame_ink, 3);
  }
  return out + "</g>";
}

std::string tooltip(int year, Word what, Money amount, Language language) {
  return std::to_string(year) + " " + std::string(word(what, language)) + ": " + format_money(amount, language, true);
}

}  // namespace

std::string budget_bars_svg(const PortfolioReport& report) {
  if (report.years.empty()) return {};
  const Language language = report.language;
  double high = 0;
  for (const auto& year : report.years)
    for (const auto& amount : {std::optional<Money>(year.plan_investment), std::optional<Money>(year.plan_operating),
                               std::optional<Money>(year.pipeline), year.frame_investment, year.frame_operating})
      if (amount) high = std::max(high, chart_units(*amount));
  const MoneyPlot plot{money_axis(0, high), left, width - right, top, plot_height};

  std::string out = svg_open(width, top + plot_height + 64, word(Word::budget, language));
  out += "<g font-size=\"11\" fill=\"#1f2933\">" + plot.grid(report.currency, language);
  const double group = (width - left - right) / static_cast<double>(report.years.size());
  const double bar_width = std::min(30.0, group * 0.26);
  for (std::size_t i = 0; i < report.years.size(); ++i) {
    const FrameYear& year = report.years[i];
    const double centre = left + group * (static_cast<double>(i) + 0.5);
    out += bar(plot, centre - bar_width * 1.5 - 3, bar_width, year.plan_investment, year.frame_investment,
               investment_fill, tooltip(year.year, Word::plan_investment, year.plan_investment, language));
    out += bar(plot, centre - bar_width * 0.5, bar_width, year.plan_operating, year.frame_operating, operating_fill,
               tooltip(year.year, Word::plan_operating, year.plan_operating, language));
    // What awaits a decision has no frame of its own: it would come on top of the plan.
    out += bar(plot, centre + bar_width * 0.5 + 3, bar_width, year.pipeline, std::nullopt, pipeline_fill,
               tooltip(year.year, Word::pipeline, year.pipeline, language));
    const std::string_view ink = year.over_frame ? over_ink : year.over_frame_with_pipeline ? pipeline_ink : frame_ink;
    out += svg_text(centre, top + plot_height + 16, std::to_string(year.year), "middle",
                    "font-weight=\"700\" fill=\"" + std::string(ink) + "\"");
  }
  SvgLegend legend(left, top + plot_height + 34);
  legend.box(investment_fill, word(Word::plan_investment, language));
  legend.box(operating_fill, word(Word::plan_operating, language));
  legend.box(pipeline_fill, word(Word::pipeline, language));
  legend.line(frame_ink, word(Word::frame, language));
  legend.line(over_ink, word(Word::over_frame, language));
  return out + legend.markup() + "</g></svg>";
}

}  // namespace tiltak::detail
