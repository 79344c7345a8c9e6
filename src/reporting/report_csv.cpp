// The report as CSV, one file per table, for Excel: UTF-8 with a byte-order mark (so Excel
// reads the letters æøå right), ';' and decimal comma for nb/da, ',' and decimal point for en,
// quoting per RFC 4180.

#include "reporting/report_tables.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

void append_field(std::string& out, const std::string& field, char separator) {
  if (field.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char ch : field) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  out += '"';
}

void append_row(std::string& out, const std::vector<std::string>& fields, char separator) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += separator;
    append_field(out, fields[i], separator);
  }
  out += "\r\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> report_to_csv(const PortfolioReport& report) {
  const char separator = report.language == Language::en ? ',' : ';';
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& table : detail::report_tables(report, detail::CellStyle::spreadsheet)) {
    std::string text = "\xEF\xBB\xBF";
    append_row(text, table.headers, separator);
    for (const auto& row : table.rows) append_row(text, row, separator);
    files.emplace_back(table.name + ".csv", std::move(text));
  }
  return files;
}

}  // namespace tiltak
