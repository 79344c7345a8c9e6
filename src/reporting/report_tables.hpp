#pragma once
// The report as plain tables, one per subject, shared by the Markdown and CSV forms (the HTML
// form lays out its own). Cells are text in the report's language; a spreadsheet wants amounts
// as bare numbers, people want them grouped with the currency, hence the two styles.

#include <string>
#include <vector>

#include "reporting/report_words.hpp"
#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

enum class CellStyle { display, spreadsheet };

struct ReportTable {
  std::string name;  // file stem of its CSV: "initiatives"
  Word caption;
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

std::vector<ReportTable> report_tables(const PortfolioReport& report, CellStyle style);

// Whether a year can have accounts on the report's as-of date: not a year after it, where an
// actual of 0 would read as "nothing was spent" rather than "not yet".
bool has_accounts(const PortfolioReport& report, int year);

}  // namespace tiltak::detail
