#include "reporting/svg_risk_matrix.hpp"

#include "reporting/report_words.hpp"
#include "reporting/svg_markup.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {
namespace {

constexpr double cell_width = 86, cell_height = 56, left = 70, top = 12;
constexpr double grid_width = 5 * cell_width, grid_height = 5 * cell_height;

std::string cell(int probability, int consequence, int count) {
  const double x = left + (consequence - 1) * cell_width, y = top + (5 - probability) * cell_height;
  const Rag band = risk_band(probability * consequence);
  std::string out = svg_rect(
      x, y, cell_width, cell_height, rag_fill(band),
      std::string("fill-opacity=\"") + (count > 0 ? "0.9" : "0.35") + "\" stroke=\"#ffffff\" stroke-width=\"2\"");
  out += svg_text(x + cell_width - 5, y + 13, std::to_string(probability * consequence), "end",
                  "font-size=\"9\" fill=\"" + std::string(rag_ink(band)) + "\"");
  if (count > 0)
    out += svg_text(x + cell_width / 2, y + cell_height / 2 + 8, std::to_string(count), "middle",
                    "font-size=\"22\" font-weight=\"700\" fill=\"#1f2933\"");
  return out;
}

std::string legend(double y, Language language) {
  SvgLegend legend(left, y);
  legend.box(rag_fill(Rag::green), std::string(rag_label(Rag::green, language)) + " 1–4");
  legend.box(rag_fill(Rag::yellow), std::string(rag_label(Rag::yellow, language)) + " 5–9");
  legend.box(rag_fill(Rag::red), std::string(rag_label(Rag::red, language)) + " 10–25");
  return legend.markup();
}

}  // namespace

Rag risk_band(int score) noexcept { return score >= 10 ? Rag::red : score >= 5 ? Rag::yellow : Rag::green; }

std::string risk_matrix_svg(const PortfolioReport& report) {
  const Language language = report.language;
  const double height = top + grid_height + 78;
  std::string out = svg_open(left + grid_width + 20, height, word(Word::risk_matrix, language));
  out += "<g font-size=\"11\" fill=\"#1f2933\">";
  for (int probability = 1; probability <= 5; ++probability)
    for (int consequence = 1; consequence <= 5; ++consequence)
      out += cell(
          probability, consequence,
          report.risk_matrix[static_cast<std::size_t>(probability - 1)][static_cast<std::size_t>(consequence - 1)]);
  for (int value = 1; value <= 5; ++value) {
    out += svg_text(left - 10, top + (5 - value) * cell_height + cell_height / 2 + 4, std::to_string(value), "end");
    out += svg_text(left + (value - 1) * cell_width + cell_width / 2, top + grid_height + 16, std::to_string(value),
                    "middle");
  }
  out += svg_text(left + grid_width / 2, top + grid_height + 36, word(Word::consequence, language), "middle",
                  "font-weight=\"600\"");
  out += svg_text(16, top + grid_height / 2, word(Word::probability, language), "middle",
                  "font-weight=\"600\" transform=\"rotate(-90 16 " + svg_number(top + grid_height / 2) + ")\"");
  out += legend(top + grid_height + 52, language);
  return out + "</g></svg>";
}

}  // namespace tiltak::detail
