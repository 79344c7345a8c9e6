// The report as Markdown (GitHub-flavoured tables), for wikis, e-mail and the case file.

#include <sstream>

#include "reporting/council_summary.hpp"
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
  const auto discounted = [&](Word label) { return detail::discounted_label(label, economy.discount_year, language); };
  const auto nominal = [&](Word label) { return detail::nominal_label(label, language); };
  out << "- " << discounted(Word::pv_costs) << ": " << money(economy.pv_costs) << "\n";
  out << "- " << discounted(Word::pv_benefits) << ": " << money(economy.pv_benefits) << "\n";
  out << "- " << discounted(Word::npv) << ": " << money(economy.npv) << "\n";
  out << "- " << discounted(Word::npv_with_tax_financing) << ": " << money(economy.npv_with_tax_financing) << "\n";
  out << "- " << nominal(Word::hump_depth) << ": " << money(economy.hump_depth);
  if (economy.hump_year) out << " (" << *economy.hump_year << ")";
  out << "\n";
  if (economy.turn_year) out << "- " << nominal(Word::turn_year) << ": " << *economy.turn_year << "\n";
  if (economy.payback_year) out << "- " << nominal(Word::payback_year) << ": " << *economy.payback_year << "\n";
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

// The first part, as in the HTML: key figures, the decisions awaiting the council, the changes
// since the previous report by kind, the red initiatives and why, each budget year against its frames.
void write_summary(std::ostream& out, const PortfolioReport& report, const std::vector<detail::ReportTable>& tables) {
  const Language language = report.language;
  auto w = [&](Word word) { return detail::word(word, language); };
  auto money = [&](Money amount) { return format_money(amount, language, true); };
  std::size_t red = 0;
  for (const auto& initiative : report.initiatives) red += initiative.overall == Rag::red;
  out << "\n## " << w(Word::summary) << "\n\n### " << w(Word::key_figures) << "\n\n";
  out << "- " << w(Word::initiative_count) << ": " << format_integer(static_cast<long long>(report.initiatives.size()), language) << "\n";
  out << "- " << w(Word::total_plan) << ": " << money(report.plans.committed) << " (" << w(Word::not_decided) << " "
      << money(report.plans.pipeline) << " · " << stage_label(Stage::paused, language) << " " << money(report.plans.paused)
      << " · " << w(Word::dropped_not_counted) << " " << money(report.plans.dropped) << ")\n";
  if (report.economy)
    out << "- " << detail::discounted_label(Word::npv, report.economy->discount_year, language) << ": "
        << money(report.economy->npv) << "\n";
  out << "- " << w(Word::red_initiatives) << ": " << format_integer(static_cast<long long>(red), language) << "\n";

  for (const auto& table : tables)
    if (table.name == "pending_decisions") {
      out << "\n### " << w(Word::pending_decisions) << "\n\n";
      if (table.rows.empty()) out << w(Word::none) << "\n";
      else write_table(out, table.headers, table.rows);
    }
  if (report.previous_as_of) {
    out << "\n### " << w(Word::changes) << " (" << format_date(*report.previous_as_of, language) << ")\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& group : detail::change_groups(report)) {
      std::string ids;
      for (const auto& id : group.ids) ids += (ids.empty() ? "" : ", ") + id;
      rows.push_back({detail::change_kind_text(group.kind, language), format_integer(static_cast<long long>(group.count), language), ids});
    }
    if (rows.empty()) out << w(Word::none) << "\n";
    else write_table(out, {std::string(w(Word::change)), std::string(w(Word::amount)), std::string(w(Word::initiatives))}, rows);
  }
  out << "\n### " << w(Word::red_initiatives) << "\n\n";
  std::vector<std::vector<std::string>> red_rows;
  for (const auto& item : detail::red_items(report)) {
    std::string reasons;
    for (const auto& reason : item.reasons) reasons += (reasons.empty() ? "" : " · ") + reason;
    red_rows.push_back({item.initiative->id.str(), item.initiative->title, reasons.empty() ? "–" : reasons});
  }
  if (red_rows.empty()) out << w(Word::none) << "\n";
  else write_table(out, {std::string(w(Word::id)), std::string(w(Word::title)), std::string(w(Word::why))}, red_rows);

  out << "\n### " << w(Word::budget_and_frames) << "\n\n";
  std::vector<std::vector<std::string>> frame_rows;
  for (const auto& year : report.years) {
    const std::string status = detail::frame_status_text(year, language);
    if (status.empty()) continue;
    const Money zero = Money::zero(report.currency);
    frame_rows.push_back({std::to_string(year.year), money(year.plan_investment + year.plan_operating),
                          money(year.forecast_investment + year.forecast_operating),
                          money(year.frame_investment.value_or(zero) + year.frame_operating.value_or(zero)),
                          money(year.pipeline), status});
  }
  if (frame_rows.empty()) out << w(Word::none) << "\n";
  else
    write_table(out, {std::string(w(Word::year)), std::string(w(Word::total_plan)), std::string(w(Word::forecast)),
                      std::string(w(Word::frame)), std::string(w(Word::pipeline)), std::string(w(Word::status))},
                frame_rows);
}

}  // namespace

std::string report_to_markdown(const PortfolioReport& report) {
  const Language language = report.language;
  auto w = [&](Word word) { return detail::word(word, language); };
  const auto tables = detail::report_tables(report, detail::CellStyle::display);
  std::ostringstream out;
  out << "# " << w(Word::report_title) << ": " << report.portfolio << "\n\n";
  out << w(Word::as_of) << " " << format_date(report.options.as_of, language) << " · " << w(Word::scope) << ": "
      << (report.scope_name.empty() ? w(Word::whole_portfolio) : report.scope_name) << "\n";
  if (report.options.hide_personal_names) out << "\n" << w(Word::names_hidden) << "\n";
  write_summary(out, report, tables);

  std::size_t appendix = 0;
  const auto heading = [&](Word title) {
    out << "\n## " << detail::appendix_heading(appendix++, w(title), language) << "\n\n";
  };
  if (report.economy) {
    heading(Word::economy);
    write_economy(out, *report.economy, language);
  }
  heading(Word::risk_matrix);
  write_risk_matrix(out, report, language);
  if (!report.critical_path.empty()) {
    heading(Word::critical_path);
    for (std::size_t i = 0; i < report.critical_path.size(); ++i)
      out << (i ? " → " : "") << report.critical_path[i].str();
    out << "\n";
  }
  for (const auto& table : tables) {
    if (table.rows.empty() || table.name == "pending_decisions") continue;
    heading(table.caption);
    write_table(out, table.headers, table.rows);
  }
  out << "\n" << w(Word::generated_by) << "\n";
  return out.str();
}

}  // namespace tiltak
