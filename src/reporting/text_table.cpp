#include "reporting/text_table.hpp"

#include <algorithm>

namespace tiltak::detail {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string cut(const std::string& text, std::size_t max_width) {
  if (max_width == 0 || display_width(text) <= max_width) return text;
  std::size_t kept = 0, byte = 0;
  while (byte < text.size() && kept + 1 < max_width) {
    ++byte;
    while (byte < text.size() && is_continuation_byte(text[byte])) ++byte;
    ++kept;
  }
  return text.substr(0, byte) + "…";
}

}  // namespace

std::size_t display_width(const std::string& utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return !is_continuation_byte(c); }));
}

std::string TextTable::render() const {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths(columns_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    std::vector<std::string> cut_row;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      cut_row.push_back(cut(c < row.size() ? row[c] : std::string(), columns_[c].max_width));
      widths[c] = std::max(widths[c], display_width(cut_row.back()));
    }
    cells.push_back(std::move(cut_row));
  };
  std::vector<std::string> headings;
  for (const auto& column : columns_) headings.push_back(column.heading);
  measure(headings);
  for (const auto& row : rows_) measure(row);

  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string padding(widths[c] - display_width(row[c]), ' ');
      if (c > 0) line += "  ";
      line += columns_[c].align == Align::right ? padding + row[c] : row[c] + padding;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  emit(cells.front());
  std::string rule;
  for (std::size_t c = 0; c < widths.size(); ++c) rule += (c > 0 ? "  " : "") + std::string(widths[c], '-');
  out += rule + "\n";
  for (std::size_t r = 1; r < cells.size(); ++r) emit(cells[r]);
  return out;
}

}  // namespace tiltak::detail
