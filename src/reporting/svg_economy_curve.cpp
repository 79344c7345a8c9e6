#include "reporting/svg_economy_curve.hpp"

#include <algorithm>

#include "reporting/report_words.hpp"
#include "reporting/svg_markup.hpp"

namespace tiltak::detail {
namespace {

constexpr double width = 1000, left = 70, right = 16, top = 24, plot_height = 260;
constexpr std::string_view cost_fill = "#e08a76", benefit_fill = "#6fb27c", net_ink = "#1d3557";

std::string tooltip(const CurvePoint& point, Language language) {
  return std::to_string(point.year) + ": " + std::string(word(Word::costs, language)) + " " +
         format_money(point.costs, language, true) + ", " + std::string(word(Word::benefits, language)) + " " +
         format_money(point.benefits, language, true) + ", " + std::string(word(Word::cumulative_net, language)) + " " +
         format_money(point.cumulative_net, language, true);
}

}  // namespace

std::string economy_curve_svg(const PortfolioReport& report) {
  if (!report.economy || report.economy->curve.empty()) return {};
  const EconomySummary& economy = *report.economy;
  const Language language = report.language;
  double low = 0, high = 0;
  for (const auto& point : economy.curve) {
    low = std::min({low, -chart_units(point.costs), chart_units(point.cumulative_net)});
    high = std::max({high, chart_units(point.benefits), chart_units(point.cumulative_net)});
  }
  const MoneyPlot plot{money_axis(low, high, 8), left, width - right, top, plot_height};

  std::string out = svg_open(width, top + plot_height + 60, word(Word::economy, language));
  out += "<g font-size=\"11\" fill=\"#1f2933\">" + plot.grid(report.currency, language);
  const double group = (width - left - right) / static_cast<double>(economy.curve.size());
  const double bar_width = std::min(30.0, group * 0.3);
  const auto centre = [&](std::size_t i) { return left + group * (static_cast<double>(i) + 0.5); };
  std::string net_path, net_points;
  for (std::size_t i = 0; i < economy.curve.size(); ++i) {
    const CurvePoint& point = economy.curve[i];
    const double x = centre(i), cost_y = plot.y(-chart_units(point.costs)),
                 benefit_y = plot.y(chart_units(point.benefits));
    out += "<g><title>" + escape_markup(tooltip(point, language)) + "</title>" +
           svg_rect(x - bar_width - 1, plot.y(0), bar_width, cost_y - plot.y(0), cost_fill) +
           svg_rect(x + 1, benefit_y, bar_width, plot.y(0) - benefit_y, benefit_fill) + "</g>";
    out += svg_text(x, top + plot_height + 16, std::to_string(point.year), "middle", "font-weight=\"600\"");
    const double net_y = plot.y(chart_units(point.cumulative_net));
    net_path += (i == 0 ? "M" : " L") + svg_number(x) + " " + svg_number(net_y);
    net_points += "<circle cx=\"" + svg_number(x) + "\" cy=\"" + svg_number(net_y) + "\" r=\"3.5\" fill=\"" +
                  std::string(net_ink) + "\"/>";
    // The bottom of the hump, with its depth.
    if (economy.hump_year && *economy.hump_year == point.year)
      net_points +=
          svg_text(x, std::min(net_y + 18, top + plot_height - 4), format_money(point.cumulative_net, language, true),
                   "middle", "font-weight=\"700\" fill=\"" + std::string(net_ink) + "\"");
  }
  out += "<path d=\"" + net_path + "\" fill=\"none\" stroke=\"" + std::string(net_ink) + "\" stroke-width=\"2.5\"/>" +
         net_points;
  SvgLegend legend(left, top + plot_height + 32);
  legend.box(cost_fill, word(Word::costs, language));
  legend.box(benefit_fill, word(Word::benefits, language));
  legend.line(net_ink, word(Word::cumulative_net, language));
  return out + legend.markup() + "</g></svg>";
}

}  // namespace tiltak::detail
