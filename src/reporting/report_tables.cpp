#include "reporting/report_tables.hpp"

#include <algorithm>
#include <cstdio>

#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {
namespace {

class Cells {
 public:
  Cells(Language language, CellStyle style) : language_(language), style_(style) {}

  std::string operator()(Word w) const { return std::string(word(w, language_)); }
  std::string money(Money amount) const {
    if (style_ == CellStyle::display) return format_money(amount, language_, true);
    std::string text = amount.to_string();  // "-1250000.50"
    if (language_ != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
  }
  std::string money(const std::optional<Money>& amount) const { return amount ? money(*amount) : std::string(); }
  std::string date(const std::optional<Date>& date) const { return date ? format_date(*date, language_) : ""; }
  std::string number(long long value) const {
    return style_ == CellStyle::display ? format_integer(value, language_) : std::to_string(value);
  }
  std::string decimal(const std::optional<double>& value, int decimals = 2) const {
    if (!value) return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);
    std::string text = buffer;
    if (language_ != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
  }
  // A fraction as whole per cent: "72 %" (nb, da), "72%" (en).
  std::string percent(const std::optional<double>& fraction) const {
    if (!fraction) return {};
    return decimal(*fraction * 100.0, 0) + (language_ == Language::en ? "%" : " %");
  }
  std::string change_value(const std::string& value, Currency currency) const {
    return change_value_text(value, currency, language_, [this](Money amount) { return money(amount); });
  }
  std::string yes_no(bool value) const { return (*this)(value ? Word::yes : Word::no); }
  std::string stage(Stage stage) const { return std::string(stage_label(stage, language_)); }
  std::string rag(const std::optional<Rag>& rag) const { return rag ? std::string(rag_label(*rag, language_)) : ""; }
  Language language() const { return language_; }

 private:
  Language language_;
  CellStyle style_;
};

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

ReportTable initiatives_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"initiatives", Word::initiatives, {}, {}};
  table.headers = {c(Word::id), c(Word::title), c(Word::service_area), c(Word::stage), c(Word::owner)};
  for (const auto& [dimension, name] : enum_names<StatusDimension>())
    table.headers.emplace_back(dimension_label(dimension, c.language()));
  for (Word w : {Word::stale, Word::planned_finish, Word::forecast_finish, Word::slip_days, Word::critical, Word::plan,
                 Word::actual, Word::forecast})
    table.headers.push_back(c(w));
  for (const auto& initiative : report.initiatives) {
    std::vector<std::string> row{initiative.id.str(), initiative.title, joined(initiative.service_areas),
                                 c.stage(initiative.stage), initiative.owner};
    for (const auto& cell : initiative.status)
      row.push_back(cell ? c.rag(cell->rag) + (cell->stale ? " (" + c(Word::stale) + ")" : "") : "");
    row.push_back(c.yes_no(initiative.stale_status));
    row.push_back(c.date(initiative.planned.end));
    row.push_back(c.date(initiative.forecast_finish));
    row.push_back(initiative.slip_days ? c.number(*initiative.slip_days) : "");
    row.push_back(c.yes_no(initiative.critical));
    row.push_back(c.money(initiative.total_plan));
    row.push_back(c.money(initiative.total_actual));
    row.push_back(c.money(initiative.total_forecast));
    table.rows.push_back(std::move(row));
  }
  return table;
}

ReportTable budget_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"budget", Word::budget, {c(Word::id), c(Word::year), c(Word::plan), c(Word::actual), c(Word::forecast)}, {}};
  for (const auto& initiative : report.initiatives)
    for (const auto& year : initiative.budget)
      table.rows.push_back({initiative.id.str(), std::to_string(year.year), c.money(year.plan),
                            c.money(has_accounts(report, year.year) ? std::optional(year.actual) : std::nullopt),
                            c.money(year.forecast)});
  return table;
}

ReportTable risks_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"risks",
                    Word::top_risks,
                    {c(Word::id), c(Word::risk), c(Word::probability), c(Word::consequence), c(Word::score),
                     c(Word::owner), c(Word::mitigation)},
                    {}};
  for (const auto& initiative : report.initiatives)
    for (const auto& risk : initiative.top_risks)
      table.rows.push_back({initiative.id.str(), risk.title, std::to_string(risk.probability),
                            std::to_string(risk.consequence), std::to_string(risk.score), risk.owner, risk.mitigation});
  return table;
}

ReportTable benefits_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"benefits",
                    Word::benefits,
                    {c(Word::id), c(Word::benefit), c(Word::planned_value), c(Word::baseline), c(Word::target),
                     c(Word::latest_measured), c(Word::indicator), c(Word::unit)},
                    {}};
  for (const auto& initiative : report.initiatives)
    for (const auto& benefit : initiative.benefits)
      table.rows.push_back({initiative.id.str(), benefit.title,
                            benefit.valued_in_money ? c.money(benefit.planned) : c(Word::not_valued_in_money),
                            c.decimal(benefit.baseline), c.decimal(benefit.target),
                            benefit.latest_measured
                                ? c.decimal(benefit.latest_measured) + " (" + c.date(benefit.latest_measured_on) + ")"
                                : "",
                            benefit.indicator, benefit.unit});
  return table;
}

ReportTable realisation_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"benefit_realisation",
                    Word::benefit_realisation,
                    {c(Word::id), c(Word::benefit), c(Word::degree), c(Word::planned_degree), c(Word::planned_to_date),
                     c(Word::realised_to_date), c(Word::full_realisation), c(Word::flags)},
                    {}};
  for (const auto& benefit : report.realisation.benefits) {
    std::vector<std::string> flags;
    for (RealisationFlag flag : benefit.flags) flags.emplace_back(realisation_flag_label(flag, c.language()));
    table.rows.push_back({benefit.id.str(), benefit.title, c.percent(benefit.latest_degree),
                          c.percent(benefit.planned_degree_now),
                          benefit.valued_in_money ? c.money(benefit.planned_to_date) : "",
                          benefit.valued_in_money ? c.money(benefit.realised_to_date) : "",
                          c.date(benefit.forecast ? benefit.forecast->full_realisation : std::nullopt), joined(flags)});
  }
  return table;
}

ReportTable dependencies_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"dependencies_at_risk", Word::dependencies_at_risk,
                    {c(Word::id), c(Word::prerequisite), c(Word::title), c(Word::reason)}, {}};
  for (const auto& initiative : report.initiatives)
    for (const auto& dependency : initiative.dependencies_at_risk)
      table.rows.push_back({initiative.id.str(), dependency.prerequisite.str(), dependency.title,
                            prerequisite_problem_text(dependency, c.language())});
  return table;
}

ReportTable years_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"years",
                    Word::portfolio_totals,
                    {c(Word::year), c(Word::plan_investment), c(Word::frame_investment), c(Word::plan_operating),
                     c(Word::frame_operating), c(Word::pipeline), c(Word::actual), c(Word::forecast_investment),
                     c(Word::forecast_operating), c(Word::over_frame), c(Word::over_frame_on_forecast),
                     c(Word::over_frame_with_pipeline)},
                    {}};
  for (const auto& year : report.years)
    table.rows.push_back({std::to_string(year.year), c.money(year.plan_investment), c.money(year.frame_investment),
                          c.money(year.plan_operating), c.money(year.frame_operating), c.money(year.pipeline),
                          c.money(year.actual), c.money(year.forecast_investment),
                          c.money(year.forecast_operating), c.yes_no(year.over_frame),
                          c.yes_no(year.over_frame_on_forecast), c.yes_no(year.over_frame_with_pipeline)});
  return table;
}

ReportTable areas_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"service_areas", Word::per_service_area, {c(Word::service_area), c(Word::year), c(Word::plan)}, {}};
  for (const auto& area : report.areas) table.rows.push_back({area.name, std::to_string(area.year), c.money(area.plan)});
  return table;
}

ReportTable capacity_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"capacity",
                    Word::capacity,
                    {c(Word::year), c(Word::role), c(Word::planned_hours), c(Word::available_hours), c(Word::over_allocated)},
                    {}};
  for (const auto& use : report.capacity)
    table.rows.push_back({std::to_string(use.year), std::string(resource_role_label(use.role, c.language())), c.number(use.planned_hours),
                          use.available_hours ? c.number(*use.available_hours) : "", c.yes_no(use.over_allocated)});
  return table;
}

ReportTable economy_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"economy", Word::economy,
                    {c(Word::year), c(Word::costs), c(Word::benefits), c(Word::cumulative_net)}, {}};
  if (report.economy)
    for (const auto& point : report.economy->curve)
      table.rows.push_back({std::to_string(point.year), c.money(point.costs), c.money(point.benefits),
                            c.money(point.cumulative_net)});
  return table;
}

ReportTable goals_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"goals", Word::goals, {c(Word::id), c(Word::goal), c(Word::covered), c(Word::contributors), c(Word::benefits)}, {}};
  for (const auto& goal : report.goals)
    table.rows.push_back({goal.id.str(), goal.title, c.yes_no(goal.covered),
                          std::to_string(goal.approved_contributors), std::to_string(goal.benefits)});
  return table;
}

ReportTable pending_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"pending_decisions", Word::pending_decisions, {c(Word::id), c(Word::title), c(Word::stage), c(Word::amount)}, {}};
  for (const auto& decision : report.pending_decisions)
    table.rows.push_back({decision.id.str(), decision.title, c.stage(decision.stage), c.money(decision.amount)});
  return table;
}

ReportTable changes_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"changes", Word::changes, {c(Word::id), c(Word::title), c(Word::change), c(Word::field), c(Word::before), c(Word::after)}, {}};
  for (const auto& change : report.changes)
    table.rows.push_back({change.id.str(), change.title, change_kind_text(change.kind, c.language()),
                          change_field_text(change.field, c.language()), c.change_value(change.before, report.currency),
                          c.change_value(change.after, report.currency)});
  return table;
}

ReportTable compliance_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"compliance", Word::compliance, {c(Word::id), c(Word::rule), c(Word::severity), c(Word::note)}, {}};
  for (const auto& finding : report.compliance.findings)
    table.rows.push_back({finding.subject, finding.rule, std::string(severity_label(finding.severity, c.language())),
                          finding.message});
  return table;
}

ReportTable omitted_table(const PortfolioReport& report, const Cells& c) {
  ReportTable table{"omitted", Word::omitted, {c(Word::section), c(Word::note)}, {}};
  for (const auto& omission : report.omitted) table.rows.push_back({section_text(omission.section, c.language()), omission.note});
  return table;
}

}  // namespace

bool has_accounts(const PortfolioReport& report, int year) { return year <= report.options.as_of.year(); }

std::vector<ReportTable> report_tables(const PortfolioReport& report, CellStyle style) {
  const Cells cells(report.language, style);
  std::vector<ReportTable> tables;
  for (auto* make : {initiatives_table, budget_table, risks_table, benefits_table, realisation_table, dependencies_table, years_table,
                     areas_table, capacity_table, economy_table, goals_table, pending_table, compliance_table, changes_table,
                     omitted_table})
    tables.push_back(make(report, cells));
  return tables;
}

}  // namespace tiltak::detail
