// The report as Markdown (GitHub-flavoured tables), for wikis, e-mail and the case file.

#include <sstream>

#include "reporting/report_tables.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using detail::Word;

// Pipes and line breaks would break a table row.
std::string cell_text(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (ch == '|') out += "\\|";
    else if (ch == '\n' || ch == '\r') out += ' ';
    else out += ch;
  }
  return out;
}

void write_table(std::ostream& out, const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& rows) {
  out << "|";
  for (const auto& header : headers) out << " " << cell_text(header) << " |";
  out << "\n|";
  for (std::size_t i = 0; i < headers.size(); ++i) out << " --- |";
  out << "\n";
  for (const auto& row : rows) {
    out << "|";
    for (const auto& cell : row) out << " " << cell_text(cell) << " |";
    out << "\n";
  }
}

void write_economy(std::ostream& out, const EconomySummary& economy, Language language) {
  auto w = [&](Word word) { return detail::word(word, language); };
  auto money = [&](Money amount) { return format_money(amount, language, true); };
  out << "- " << w(Word::parameter_set) << ": " << economy.parameter_set << " (" << w(Word::discount_year) << " "
      << economy.discount_year << ")\n";
  out << "- " << w(Word::pv_costs) << ": " << money(economy.pv_costs) << "\n";
  out << "- " << w(Word::pv_benefits) << ": " << money(economy.pv_benefits) << "\n";
  out << "- " << w(Word::npv) << ": " << money(economy.npv) << "\n";
  out << "- " << w(Word::npv_with_tax_financing) << ": " << money(economy.npv_with_tax_financing) << "\n";
  out << "- " << w(Word::hump_depth) << ": " << money(economy.hump_depth);
  if (economy.hump_year) out << " (" << *economy.hump_year << ")";
  out << "\n";
  if (economy.turn_year) out << "- " << w(Word::turn_year) << ": " << *economy.turn_year << "\n";
  if (economy.payback_year) out << "- " << w(Word::payback_year) << ": " << *economy.payback_year << "\n";
}

void write_risk_matrix(std::ostream& out, const PortfolioReport& report, Language language) {
  std::vector<std::string> headers{std::string(detail::word(Word::probability, language)) + " \\ " +
                                   std::string(detail::word(Word::consequence, language))};
  for (int consequence = 1; consequence <= 5; ++consequence) headers.push_back(std::to_string(consequence));
  std::vector<std::vector<std::string>> rows;
  for (int probability = 5; probability >= 1; --probability) {
    std::vector<std::string> row{std::to_string(probability)};
    for (int count : report.risk_matrix[static_cast<std::size_t>(probability - 1)]) row.push_back(std::to_string(count));
    rows.push_back(std::move(row));
  }
  write_table(out, headers, rows);
}

}  // namespace

std::string report_to_markdown(const PortfolioReport& report) {
  const Language language = report.language;
  auto w = [&](Word word) { return detail::word(word, language); };
  std::ostringstream out;
  out << "# " << w(Word::report_title) << ": " << report.portfolio << "\n\n";
  out << w(Word::as_of) << " " << format_date(report.options.as_of, language) << " · " << w(Word::scope) << ": "
      << (report.scope_name.empty() ? w(Word::whole_portfolio) : report.scope_name) << "\n";
  if (report.options.hide_personal_names) out << "\n" << w(Word::names_hidden) << "\n";
  if (report.economy) {
    out << "\n## " << w(Word::economy) << "\n\n";
    write_economy(out, *report.economy, language);
  }
  out << "\n## " << w(Word::risk_matrix) << "\n\n";
  write_risk_matrix(out, report, language);
  if (!report.critical_path.empty()) {
    out << "\n## " << w(Word::critical_path) << "\n\n";
    for (std::size_t i = 0; i < report.critical_path.size(); ++i)
      out << (i ? " → " : "") << report.critical_path[i].str();
    out << "\n";
  }
  for (const auto& table : detail::report_tables(report, detail::CellStyle::display)) {
    if (table.rows.empty()) continue;
    out << "\n## " << w(table.caption) << "\n\n";
    write_table(out, table.headers, table.rows);
  }
  out << "\n" << w(Word::generated_by) << "\n";
  return out.str();
}

}  // namespace tiltak
