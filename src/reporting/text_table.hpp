#pragma once
// Fixed-width text tables for terminals, measuring UTF-8 text in code points so that
// "Pårørendeapp" lines up with "Min side".

#include <string>
#include <vector>

namespace tiltak::detail {

enum class Align { left, right };

struct Column {
  std::string heading;
  Align align = Align::left;
  std::size_t max_width = 0;  // 0 = unlimited; longer cells are cut with "…"
};

class TextTable {
 public:
  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

std::size_t display_width(const std::string& utf8);

}  // namespace tiltak::detail
