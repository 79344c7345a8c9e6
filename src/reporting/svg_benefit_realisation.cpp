#include "reporting/svg_benefit_realisation.hpp"

#include <algorithm>
#include <map>

#include "reporting/report_words.hpp"
#include "reporting/svg_markup.hpp"

namespace tiltak::detail {
namespace {

constexpr double width = 1000, header = 26, row_height = 26, track_left = 420, track_right = 780;
constexpr std::string_view track_ink = "#9aa5b1", measured_fill = "#1d3557", target_fill = "#5fae6e";

// A benefit once, with the planned value of every initiative in the report that contributes.
struct BenefitRow {
  const BenefitLine* line;
  Money planned;
};

std::vector<BenefitRow> unique_benefits(const PortfolioReport& report) {
  std::vector<BenefitRow> rows;
  std::map<std::string, std::size_t> index;
  for (const auto& initiative : report.initiatives)
    for (const auto& benefit : initiative.benefits) {
      const auto [it, inserted] = index.try_emplace(benefit.id.str(), rows.size());
      if (inserted)
        rows.push_back({&benefit, benefit.planned});
      else
        rows[it->second].planned += benefit.planned;
    }
  return rows;
}

std::string row_markup(const BenefitRow& row, double y, Language language) {
  const BenefitLine& benefit = *row.line;
  std::string out = "<g><title>" + escape_markup(benefit.id.str() + " " + benefit.title) + "</title>";
  out += svg_text(4, y + 16, benefit.id.str());
  out += svg_text(48, y + 16, shorten(benefit.title, 44));
  const double mid = y + row_height / 2;
  if (benefit.baseline && benefit.target && *benefit.baseline != *benefit.target) {
    // The baseline on the left and the target on the right, whichever way the indicator goes.
    const double base = *benefit.baseline, target = *benefit.target;
    const auto x = [&](double value) {
      const double share = std::clamp((value - base) / (target - base), -0.1, 1.1);
      return track_left + share * (track_right - track_left);
    };
    out += svg_line(track_left, mid, track_right, mid, track_ink, 4, "stroke-linecap=\"round\"");
    out += svg_text(track_left - 8, mid + 4, format_decimal(base, language), "end", "fill=\"#52606d\"");
    out += "<circle cx=\"" + svg_number(track_right) + "\" cy=\"" + svg_number(mid) +
           "\" r=\"5\" fill=\"#ffffff\" stroke=\"" + std::string(target_fill) + "\" stroke-width=\"2.5\"/>";
    out += svg_text(track_right + 10, mid + 4, format_decimal(target, language), "start", "fill=\"#1e6b32\"");
    if (benefit.latest_measured) {
      const double mx = x(*benefit.latest_measured);
      out += svg_line(track_left, mid, mx, mid, measured_fill, 4);
      out += "<circle cx=\"" + svg_number(mx) + "\" cy=\"" + svg_number(mid) + "\" r=\"6\" fill=\"" +
             std::string(measured_fill) + "\"/>";
      out += svg_text(mx, y + 7, format_decimal(*benefit.latest_measured, language), "middle",
                      "font-size=\"9\" fill=\"#1d3557\"");
    }
  } else if (benefit.latest_measured) {
    out += svg_text(track_left, mid + 4, format_decimal(*benefit.latest_measured, language));
  }
  if (!benefit.latest_measured)
    out += svg_text((track_left + track_right) / 2, y + 8, word(Word::not_measured, language), "middle",
                    "font-size=\"9\" font-style=\"italic\" fill=\"#7b8794\"");
  out += svg_text(width - 8, mid + 4, format_money(row.planned, language, true), "end");
  return out + "</g>";
}

}  // namespace

std::string benefit_realisation_svg(const PortfolioReport& report) {
  const std::vector<BenefitRow> rows = unique_benefits(report);
  if (rows.empty()) return {};
  const Language language = report.language;
  const double height = header + row_height * static_cast<double>(rows.size()) + 10;
  std::string out = svg_open(width, height, word(Word::benefit_realisation, language));
  out += "<g font-size=\"11\" fill=\"#1f2933\">";
  out += svg_text(track_left - 8, header - 8, word(Word::baseline, language), "end", "font-weight=\"600\"");
  out += svg_text((track_left + track_right) / 2, header - 8, word(Word::latest_measured, language), "middle",
                  "font-weight=\"600\"");
  out += svg_text(track_right + 10, header - 8, word(Word::target, language), "start", "font-weight=\"600\"");
  out += svg_text(width - 8, header - 8, word(Word::planned_value, language), "end", "font-weight=\"600\"");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double y = header + row_height * static_cast<double>(i);
    if (i % 2 == 1) out += svg_rect(0, y, width, row_height, "#f4f6f9");
    out += row_markup(rows[i], y, language);
  }
  return out + "</g></svg>";
}

}  // namespace tiltak::detail
