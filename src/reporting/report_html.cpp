// The report as one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched,
// and a print stylesheet for A4. Every text from the portfolio is escaped (escape_markup);
// the charts are in svg_*.cpp.

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "reporting/council_summary.hpp"
#include "reporting/report_tables.hpp"
#include "reporting/report_words.hpp"
#include "reporting/svg_benefit_realisation.hpp"
#include "reporting/svg_budget_bars.hpp"
#include "reporting/svg_economy_curve.hpp"
#include "reporting/svg_markup.hpp"
#include "reporting/svg_risk_matrix.hpp"
#include "reporting/svg_timeline.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using detail::change_field_text;
using detail::change_kind_text;
using detail::change_value_text;
using detail::escape_markup;
using detail::section_text;
using detail::Word;

constexpr std::string_view style = R"css(
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --band: #1d3557; --accent: #3f74a8; --soft: #f4f6f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e6ebf1; color: var(--ink);
  font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1200px; margin: 0 auto; background: #fff; padding: 0 40px 32px;
  box-shadow: 0 0 14px rgba(0,0,0,.08); }
header.report { background: var(--band); color: #fff; margin: 0 -40px; padding: 26px 40px 20px; }
header.report .kicker { text-transform: uppercase; letter-spacing: .09em; font-size: 12px; opacity: .85; }
header.report h1 { margin: 2px 0 8px; font-size: 30px; line-height: 1.2; }
header.report .meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; }
header.report .meta dt { display: inline; opacity: .8; }
header.report .meta dd { display: inline; margin: 0 0 0 6px; font-weight: 600; }
.notice { background: #fff4d6; color: #5c4400; border-left: 4px solid #f2c94c; padding: 8px 12px; margin: 14px 0 0; }
nav.contents { margin: 18px 0 0; font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav.contents ol { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 0; }
a { color: var(--band); text-decoration: none; }
a:hover { text-decoration: underline; }
nav.contents a { color: var(--accent); }
h2 { font-size: 21px; color: var(--band); border-bottom: 2px solid var(--band); padding-bottom: 4px;
  margin: 34px 0 12px; }
h3 { font-size: 16px; margin: 0 0 6px; }
h4 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 0; }
.figure { background: var(--soft); border-left: 5px solid var(--accent); border-radius: 6px; padding: 10px 14px; }
.figure.alert { border-left-color: #c0392b; background: #fdf1f0; }
.figure dt { font-size: 12.5px; color: var(--muted); }
.figure dd { margin: 2px 0 0; font-size: 25px; font-weight: 700; white-space: nowrap; }
.figure .detail { display: block; font-size: 12px; font-weight: 400; color: var(--muted); white-space: normal; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 16px; font-size: 12.5px; }
table.compact { width: auto; min-width: 50%; }
table.wide { font-size: 11.5px; }
table.wide td, table.wide th { padding: 4px 3px; }
table.wide .rag { padding: 0 5px; font-size: 10.5px; }
table.wide .rag::before { width: 7px; height: 7px; margin-right: 3px; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: 2px 0 4px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); border-bottom: 2px solid #bcccdc; font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tfoot td { font-weight: 700; border-top: 2px solid #bcccdc; border-bottom: none; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
.nowrap { white-space: nowrap; }
.muted { color: var(--muted); }
.rag { display: inline-block; white-space: nowrap; border-radius: 9px; padding: 0 7px; font-size: 11.5px;
  font-weight: 600; }
.rag::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 4px;
  background: currentColor; }
.rag-green { background: #d7eedc; color: #1e6b32; }
.rag-yellow { background: #fcefc0; color: #7a5a00; }
.rag-red { background: #f8d7d5; color: #9b1c1c; }
.rag.stale { border: 1px dashed currentColor; opacity: .7; }
.badge { display: inline-block; white-space: nowrap; border-radius: 3px; padding: 0 6px; font-size: 11px;
  background: #e4e7eb; color: #323f4b; }
.badge.alert { background: #c0392b; color: #fff; }
.badge.ok { background: #d7eedc; color: #1e6b32; }
.badge.warn { background: #fcefc0; color: #7a5a00; white-space: normal; }
.late { color: #9b1c1c; font-weight: 600; }
tr.alert td { background: #fdf1f0; }
tr.warn td { background: #fffaeb; }
figure { margin: 8px 0 18px; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
figure.full svg.chart { width: 100%; }
.initiative { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px 4px; margin: 14px 0; }
.initiative h3 .id { color: var(--muted); font-weight: 600; margin-right: 6px; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2px 20px; margin: 0 0 6px; font-size: 13px; }
.facts dt { color: var(--muted); font-size: 11.5px; }
.facts dd { margin: 0 0 4px; }
ul.status { list-style: none; padding: 0; margin: 0; font-size: 13px; }
ul.status li { margin: 2px 0; }
ol.path li { margin: 2px 0; }
footer { margin-top: 28px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
@media print {
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  header.report { margin: 0; }
  nav.contents { display: none; }
  .appendices { break-before: page; }
  #summary h2 { margin-top: 14px; }
  #summary h3 { margin-top: 10px; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, figure, .figure, ul.status li { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 8.5pt; }
  table.wide { font-size: 6.5pt; }
  table.wide td, table.wide th { padding: 3px 2px; }
  .figure dd { font-size: 18pt; }
}
)css";

// The words, numbers, dates and money of one report, escaped for HTML.
struct Text {
  Language language;
  std::string operator()(Word w) const { return escape_markup(detail::word(w, language)); }
  std::string money(Money amount) const { return escape_markup(format_money(amount, language, true)); }
  std::string date(const std::optional<Date>& date) const {
    return date ? escape_markup(format_date(*date, language)) : "–";
  }
  std::string integer(long long value) const { return escape_markup(format_integer(value, language)); }
  std::string rag(Rag rag, bool stale = false, const std::string& tooltip = {}) const {
    return std::string("<span class=\"rag rag-") + std::string(enum_name(rag)) + (stale ? " stale" : "") + "\"" +
           (tooltip.empty() ? "" : " title=\"" + escape_markup(tooltip) + "\"") + ">" +
           escape_markup(rag_label(rag, language)) + "</span>";
  }
};

// A table of cells that are already HTML. `numeric` marks the right-aligned columns. A table
// that is all of its section has the section's heading as its caption, for screen readers only.
struct Table {
  Table(std::string caption_html, std::vector<std::string> head_cells, std::vector<bool> numeric_columns = {})
      : caption(std::move(caption_html)), head(std::move(head_cells)), numeric(std::move(numeric_columns)) {}

  std::string caption;
  std::vector<std::string> head;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row_classes;  // one per row, empty for none
  std::vector<std::string> foot;         // a totals row, or empty
  std::string css_class;
  bool caption_hidden = false;

  void add(std::vector<std::string> row, std::string row_class = {}) {
    rows.push_back(std::move(row));
    row_classes.push_back(std::move(row_class));
  }

  std::string html() const {
    const auto cell = [&](std::string_view tag, std::size_t column, const std::string& content, bool header) {
      std::string out = "<" + std::string(tag);
      if (header) out += " scope=\"col\"";
      if (column < numeric.size() && numeric[column]) out += " class=\"num\"";
      return out + ">" + content + "</" + std::string(tag) + ">";
    };
    std::string out = css_class.empty() ? "<table>" : "<table class=\"" + css_class + "\">";
    if (!caption.empty())
      out += (caption_hidden ? "<caption class=\"sr-only\">" : "<caption>") + caption + "</caption>";
    out += "<thead><tr>";
    for (std::size_t i = 0; i < head.size(); ++i) out += cell("th", i, head[i], true);
    out += "</tr></thead><tbody>";
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out += row_classes[r].empty() ? "<tr>" : "<tr class=\"" + row_classes[r] + "\">";
      for (std::size_t i = 0; i < rows[r].size(); ++i) out += cell("td", i, rows[r][i], false);
      out += "</tr>";
    }
    out += "</tbody>";
    if (!foot.empty()) {
      out += "<tfoot><tr>";
      for (std::size_t i = 0; i < foot.size(); ++i) out += cell("td", i, foot[i], false);
      out += "</tr></tfoot>";
    }
    return out + "</table>";
  }
};

std::string section(std::string_view id, const std::string& heading, const std::string& body) {
  return "<section id=\"" + std::string(id) + "\"><h2>" + heading + "</h2>" + body + "</section>\n";
}

// A chart; `full` ones stretch to the page's width.
std::string figure(const std::string& svg, bool full = true) {
  return svg.empty() ? std::string() : (full ? "<figure class=\"full\">" : "<figure>") + svg + "</figure>";
}

std::string none(const Text& text) { return "<p class=\"muted\">" + text(Word::none) + "</p>"; }

Money total(const PortfolioReport& report, Money InitiativeReport::*field) {
  Money sum = Money::zero(report.currency);
  for (const auto& initiative : report.initiatives) sum += initiative.*field;
  return sum;
}

std::string scope_text(const PortfolioReport& report, const Text& text) {
  const ReportScope& scope = report.options.scope;
  const std::string name = escape_markup(report.scope_name.empty() ? scope.id : report.scope_name);
  switch (scope.kind) {
    case ScopeKind::portfolio: return text(Word::whole_portfolio);
    case ScopeKind::service_area: return text(Word::service_area) + ": " + name;
    case ScopeKind::member: return text(Word::member) + ": " + name;
    case ScopeKind::programme: return text(Word::programme) + ": " + name;
  }
  return name;
}

std::string header(const PortfolioReport& report, const Text& text) {
  std::string out = "<header class=\"report\"><div class=\"kicker\">" + text(Word::report_title) + "</div><h1>" +
                    escape_markup(report.portfolio) + "</h1><dl class=\"meta\"><div><dt>" + text(Word::as_of) +
                    "</dt><dd>" + text.date(report.options.as_of) + "</dd></div><div><dt>" + text(Word::scope) +
                    "</dt><dd>" + scope_text(report, text) + "</dd></div>";
  if (report.previous_as_of)
    out += "<div><dt>" + text(Word::changes) + "</dt><dd>" + text.date(report.previous_as_of) + "</dd></div>";
  out += "</dl></header>";
  if (report.options.hide_personal_names) out += "<p class=\"notice\">" + text(Word::names_hidden) + "</p>";
  return out;
}

std::string key_figure(const std::string& label, const std::string& value, const std::string& detail = {},
                       bool alert = false) {
  return std::string("<div class=\"figure") + (alert ? " alert" : "") + "\"><dt>" + label + "</dt><dd>" + value +
         (detail.empty() ? "" : "<span class=\"detail\">" + detail + "</span>") + "</dd></div>";
}

// What the committed plan leaves out, each part named: "ikke besluttet 10 640 000 kr · …".
std::string plan_basis(const PlanTotals& plans, const Text& text) {
  return text(Word::not_decided) + " " + text.money(plans.pipeline) + " · " +
         std::string(stage_label(Stage::paused, text.language)) + " " + text.money(plans.paused) + " · " +
         text(Word::dropped_not_counted) + " " + text.money(plans.dropped);
}

std::string key_figures(const PortfolioReport& report, const Text& text) {
  std::string over_years, with_pipeline;
  std::size_t over_year_count = 0;
  for (const auto& year : report.years) {
    if (year.over_frame)
      over_years += (over_year_count++ ? ", " : "") + std::to_string(year.year);
    else if (year.over_frame_with_pipeline)
      with_pipeline += (with_pipeline.empty() ? "" : ", ") + std::to_string(year.year);
  }
  if (!with_pipeline.empty())
    over_years += (over_years.empty() ? "" : "; ") + text(Word::over_frame_with_pipeline) + ": " + with_pipeline;
  std::set<std::string> over_roles;
  for (const auto& use : report.capacity)
    if (use.over_allocated) over_roles.insert(use.role);
  std::string roles;
  for (const auto& role : over_roles)
    roles += (roles.empty() ? "" : ", ") + escape_markup(resource_role_label(role, text.language));
  std::size_t red = 0;
  for (const auto& initiative : report.initiatives) red += initiative.overall == Rag::red;

  std::string out = "<dl class=\"figures\">";
  out += key_figure(text(Word::initiative_count), text.integer(static_cast<long long>(report.initiatives.size())));
  out += key_figure(text(Word::total_plan), text.money(report.plans.committed), plan_basis(report.plans, text));
  out +=
      key_figure(report.economy ? escape_markup(detail::discounted_label(Word::npv, report.economy->discount_year, text.language))
                                : text(Word::npv),
                 report.economy ? text.money(report.economy->npv) : "–",
                 report.economy ? text(Word::parameter_set) + " " + escape_markup(report.economy->parameter_set) : "",
                 report.economy && report.economy->npv.minor_units() < 0);
  out += key_figure(text(Word::over_frame_years), text.integer(static_cast<long long>(over_year_count)), over_years,
                    over_year_count > 0);
  out += key_figure(text(Word::over_allocated_roles), text.integer(static_cast<long long>(over_roles.size())), roles,
                    !over_roles.empty());
  out += key_figure(text(Word::red_initiatives), text.integer(static_cast<long long>(red)), {}, red > 0);
  return "<h3>" + text(Word::key_figures) + "</h3>" + out + "</dl>";
}

std::string timeline(const PortfolioReport& report, const Text& text) {
  const std::string svg = detail::timeline_svg(report);
  return svg.empty() ? none(text) : figure(svg);
}

std::string status_cell(const InitiativeReport& initiative, StatusDimension dimension, const Text& text) {
  const auto& cell = initiative.status[static_cast<std::size_t>(dimension)];
  if (!cell) return "–";
  std::string tooltip = format_date(cell->date, text.language);
  if (cell->stale) tooltip += " · " + std::string(detail::word(Word::stale, text.language));
  if (!cell->comment.empty()) tooltip += " · " + cell->comment;
  return text.rag(cell->rag, cell->stale, tooltip);
}

std::string slip(const std::optional<long>& days, const Text& text) {
  if (!days) return "–";
  if (*days > 0) return "<span class=\"late\">+" + text.integer(*days) + "</span>";
  return text.integer(*days);
}

std::string initiatives_table(const PortfolioReport& report, const Text& text) {
  Table table(text(Word::initiatives), {text(Word::id), text(Word::title), text(Word::stage), text(Word::owner)});
  table.caption_hidden = true;
  for (const auto dimension :
       {StatusDimension::schedule, StatusDimension::cost, StatusDimension::scope, StatusDimension::risk})
    table.head.push_back(escape_markup(dimension_label(dimension, text.language)));
  for (const Word w :
       {Word::planned_finish, Word::forecast_finish, Word::slip_days, Word::plan, Word::actual, Word::forecast})
    table.head.push_back(text(w));
  table.numeric = {false, false, false, false, false, false, false, false, true, true, true, true, true, true};
  table.css_class = "wide";
  for (const auto& initiative : report.initiatives) {
    std::string stage = escape_markup(stage_label(initiative.stage, text.language));
    if (initiative.stale_status) stage += " <span class=\"badge\">" + text(Word::stale_short) + "</span>";
    std::string title =
        "<a href=\"#i-" + escape_markup(initiative.id.str()) + "\">" + escape_markup(initiative.title) + "</a>";
    if (initiative.critical) title += " <span class=\"badge\">" + text(Word::critical) + "</span>";
    std::vector<std::string> row{"<span class=\"nowrap\">" + escape_markup(initiative.id.str()) + "</span>", title,
                                 stage, initiative.owner.empty() ? "–" : escape_markup(initiative.owner)};
    for (const auto dimension :
         {StatusDimension::schedule, StatusDimension::cost, StatusDimension::scope, StatusDimension::risk})
      row.push_back(status_cell(initiative, dimension, text));
    row.push_back(text.date(initiative.planned.end));
    row.push_back(text.date(initiative.forecast_finish));
    row.push_back(slip(initiative.slip_days, text));
    row.push_back(text.money(initiative.total_plan));
    row.push_back(text.money(initiative.total_actual));
    row.push_back(text.money(initiative.total_forecast));
    table.add(std::move(row));
  }
  table.foot = {text(Word::total),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                text.money(total(report, &InitiativeReport::total_plan)),
                text.money(total(report, &InitiativeReport::total_actual)),
                text.money(total(report, &InitiativeReport::total_forecast))};
  return table.html();
}

// A prerequisite's reason in words where it is a stage ("cancelled"); otherwise as the report has it.
std::string initiative_detail(const PortfolioReport& report, const InitiativeReport& initiative, const Text& text) {
  std::string out = "<article class=\"initiative\" id=\"i-" + escape_markup(initiative.id.str()) +
                    "\"><h3><span class=\"id\">" + escape_markup(initiative.id.str()) + "</span>" +
                    escape_markup(initiative.title);
  if (initiative.overall) out += " " + text.rag(*initiative.overall);
  out += "</h3><dl class=\"facts\">";
  const auto fact = [&](Word label, const std::string& value) {
    if (!value.empty()) out += "<div><dt>" + text(label) + "</dt><dd>" + value + "</dd></div>";
  };
  std::string areas;
  for (const auto& area : initiative.service_areas) areas += (areas.empty() ? "" : ", ") + escape_markup(area);
  fact(Word::stage, escape_markup(stage_label(initiative.stage, text.language)));
  fact(Word::phase, escape_markup(initiative.phase));
  fact(Word::owner, escape_markup(initiative.owner));
  fact(Word::programme, escape_markup(initiative.programme));
  fact(Word::service_area, areas);
  fact(Word::case_reference, escape_markup(initiative.case_reference));
  if (initiative.planned.start || initiative.planned.end)
    fact(Word::plan, text.date(initiative.planned.start) + " – " + text.date(initiative.planned.end));
  if (initiative.forecast_start || initiative.forecast_finish)
    fact(Word::forecast, text.date(initiative.forecast_start) + " – " + text.date(initiative.forecast_finish));
  if (initiative.slip_days) fact(Word::slip_days, slip(initiative.slip_days, text));
  out += "</dl>";

  std::string statuses;
  for (std::size_t d = 0; d < initiative.status.size(); ++d) {
    const auto& cell = initiative.status[d];
    if (!cell) continue;
    statuses += "<li><strong>" + escape_markup(dimension_label(static_cast<StatusDimension>(d), text.language)) +
                "</strong> " + text.rag(cell->rag, cell->stale) + " <span class=\"muted\">" + text.date(cell->date) +
                (cell->stale ? " · " + text(Word::stale) : "") + "</span>" +
                (cell->comment.empty() ? "" : " " + escape_markup(cell->comment)) + "</li>";
  }
  if (!statuses.empty()) out += "<h4>" + text(Word::status) + "</h4><ul class=\"status\">" + statuses + "</ul>";

  if (!initiative.budget.empty()) {
    Table budget{text(Word::budget),
                 {text(Word::year), text(Word::plan), text(Word::actual), text(Word::forecast)},
                 {false, true, true, true}};
    for (const auto& year : initiative.budget)
      budget.add({std::to_string(year.year), text.money(year.plan),
                  detail::has_accounts(report, year.year) ? text.money(year.actual) : "–", text.money(year.forecast)});
    budget.foot = {text(Word::total), text.money(initiative.total_plan), text.money(initiative.total_actual),
                   text.money(initiative.total_forecast)};
    budget.css_class = "compact";
    out += budget.html();
  }
  if (!initiative.top_risks.empty()) {
    Table risks{text(Word::top_risks),
                {text(Word::risk), text(Word::probability), text(Word::consequence), text(Word::score),
                 text(Word::owner), text(Word::mitigation)},
                {false, true, true, true, false, false}};
    for (const auto& risk : initiative.top_risks)
      risks.add({escape_markup(risk.title), std::to_string(risk.probability), std::to_string(risk.consequence),
                 text.rag(detail::risk_band(risk.score)) + " " + std::to_string(risk.score),
                 risk.owner.empty() ? "–" : escape_markup(risk.owner), escape_markup(risk.mitigation)});
    out += risks.html();
  }
  if (!initiative.benefits.empty()) {
    Table benefits{text(Word::benefits),
                   {text(Word::benefit), text(Word::indicator), text(Word::planned_value), text(Word::baseline),
                    text(Word::latest_measured), text(Word::target)},
                   {false, false, true, true, true, true}};
    for (const auto& benefit : initiative.benefits) {
      // Baseline, measurement and target are in the indicator's unit: "62 000 brev".
      const auto measure = [&](const std::optional<double>& value) {
        return value ? escape_markup(detail::format_decimal(*value, text.language) +
                                     (benefit.unit.empty() ? "" : "\u00A0" + benefit.unit))
                     : "–";
      };
      benefits.add({escape_markup(benefit.id.str() + " " + benefit.title), escape_markup(benefit.indicator),
                    benefit.valued_in_money ? text.money(benefit.planned)
                                            : "<span class=\"muted\">" + text(Word::not_valued_in_money) + "</span>",
                    measure(benefit.baseline),
                    benefit.latest_measured ? measure(benefit.latest_measured) + " <span class=\"muted\">(" +
                                                  text.date(benefit.latest_measured_on) + ")</span>"
                                            : text(Word::not_measured),
                    measure(benefit.target)});
    }
    out += benefits.html();
  }
  if (!initiative.dependencies_at_risk.empty()) {
    Table dependencies{text(Word::dependencies_at_risk), {text(Word::prerequisite), text(Word::reason)}};
    for (const auto& dependency : initiative.dependencies_at_risk)
      dependencies.add({escape_markup(dependency.prerequisite.str() + " " + dependency.title),
                        "<span class=\"late\">" + escape_markup(detail::prerequisite_problem_text(dependency, text.language)) + "</span>"});
    out += dependencies.html();
  }
  return out + "</article>";
}

std::string initiative_details(const PortfolioReport& report, const Text& text) {
  std::string body;
  for (const auto& initiative : report.initiatives) body += initiative_detail(report, initiative, text);
  return body.empty() ? none(text) : body;
}

std::string optional_money(const std::optional<Money>& amount, const Text& text) {
  return amount ? text.money(*amount) : "–";
}

// The year against its frames as a badge: red over the frame, yellow over it only with the
// decisions pending, green within; nothing for a year without a frame.
std::string frame_badge(const FrameYear& year, const Text& text) {
  const std::string status = detail::frame_status_text(year, text.language);
  if (status.empty()) return {};
  const std::string_view kind = year.over_frame ? "alert" : year.over_frame_with_pipeline ? "warn" : "ok";
  return "<span class=\"badge " + std::string(kind) + "\">" + escape_markup(status) + "</span>";
}

std::string portfolio_totals(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::portfolio_totals),
              {text(Word::year), text(Word::plan_investment), text(Word::plan_operating), text(Word::pipeline),
               text(Word::actual), text(Word::forecast_investment), text(Word::forecast_operating),
               text(Word::frame_investment), text(Word::frame_operating), text(Word::over_frame)},
              {false, true, true, true, true, true, true, true, true, false}};
  table.caption_hidden = true;
  for (const auto& year : report.years)
    table.add({std::to_string(year.year), text.money(year.plan_investment), text.money(year.plan_operating),
               text.money(year.pipeline), text.money(year.actual), text.money(year.forecast_investment),
               text.money(year.forecast_operating), optional_money(year.frame_investment, text),
               optional_money(year.frame_operating, text),
               frame_badge(year, text)},
              year.over_frame                 ? "alert"
              : year.over_frame_with_pipeline ? "warn"
                                              : "");
  const std::string svg = detail::budget_bars_svg(report);
  return report.years.empty() ? none(text) : table.html() + figure(svg);
}

std::string service_areas(const PortfolioReport& report, const Text& text) {
  if (report.areas.empty()) return none(text);
  std::set<int> years;
  std::vector<std::string> order;
  std::map<std::string, std::map<int, Money>> plans;
  for (const auto& area : report.areas) {
    years.insert(area.year);
    if (!plans.count(area.name)) order.push_back(area.name);
    plans[area.name].emplace(area.year, area.plan);
  }
  Table table{text(Word::per_service_area), {text(Word::service_area)}, {false}};
  table.caption_hidden = true;
  for (const int year : years) table.head.push_back(std::to_string(year)), table.numeric.push_back(true);
  table.head.push_back(text(Word::total)), table.numeric.push_back(true);
  std::map<int, Money> year_sums;
  Money grand = Money::zero(report.currency);
  for (const auto& name : order) {
    std::vector<std::string> row{escape_markup(name)};
    Money sum = Money::zero(report.currency);
    for (const int year : years) {
      const auto it = plans[name].find(year);
      row.push_back(it == plans[name].end() ? "–" : text.money(it->second));
      if (it == plans[name].end()) continue;
      sum += it->second;
      year_sums.try_emplace(year, Money::zero(report.currency)).first->second += it->second;
    }
    grand += sum;
    row.push_back(text.money(sum));
    table.add(std::move(row));
  }
  table.foot = {text(Word::total)};
  for (const int year : years) table.foot.push_back(text.money(year_sums.at(year)));
  table.foot.push_back(text.money(grand));
  return table.html();
}

// Roles down, years across: the planned hours against the available ones, over-allocation
// flagged in words.
std::string capacity(const PortfolioReport& report, const Text& text) {
  if (report.capacity.empty()) return none(text);
  std::set<int> years;
  std::vector<std::string> roles;
  std::map<std::pair<std::string, int>, const RoleCapacity*> uses;
  for (const auto& use : report.capacity) {
    years.insert(use.year);
    if (std::find(roles.begin(), roles.end(), use.role) == roles.end()) roles.push_back(use.role);
    uses.emplace(std::pair{use.role, use.year}, &use);
  }
  Table table{text(Word::planned_hours) + " / " + text(Word::available_hours), {text(Word::role)}, {false}};
  for (const int year : years) table.head.push_back(std::to_string(year)), table.numeric.push_back(true);
  for (const auto& role : roles) {
    std::vector<std::string> row{escape_markup(resource_role_label(role, text.language))};
    bool over = false;
    for (const int year : years) {
      const auto it = uses.find({role, year});
      if (it == uses.end()) {
        row.push_back("–");
        continue;
      }
      const RoleCapacity& use = *it->second;
      std::string cell = text.integer(use.planned_hours) + " <span class=\"muted\">/ " +
                         (use.available_hours ? text.integer(*use.available_hours) : "–") + "</span>";
      if (use.over_allocated)
        cell = "<strong class=\"late\">" + cell + "</strong><br><span class=\"badge alert\">" +
               text(Word::over_allocated) + "</span>";
      over = over || use.over_allocated;
      row.push_back(cell);
    }
    table.add(std::move(row), over ? "alert" : "");
  }
  return table.html();
}

std::string risks(const PortfolioReport& report, const Text& text) {
  // The portfolio's roll-up: the highest-scoring of the initiatives' top risks.
  constexpr std::size_t roll_up = 10;
  std::vector<std::pair<const InitiativeReport*, const RiskLine*>> all;
  for (const auto& initiative : report.initiatives)
    for (const auto& risk : initiative.top_risks) all.emplace_back(&initiative, &risk);
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.second->score > b.second->score; });
  if (all.size() > roll_up) all.resize(roll_up);
  Table table{text(Word::top_risks),
              {text(Word::initiatives), text(Word::risk), text(Word::score), text(Word::owner), text(Word::mitigation)},
              {false, false, true, false, false}};
  for (const auto& [initiative, risk] : all)
    table.add({"<span class=\"nowrap\">" + escape_markup(initiative->id.str()) + "</span>", escape_markup(risk->title),
               text.rag(detail::risk_band(risk->score)) + " " + std::to_string(risk->score),
               risk->owner.empty() ? "–" : escape_markup(risk->owner), escape_markup(risk->mitigation)});
  return figure(detail::risk_matrix_svg(report), false) + (all.empty() ? "" : table.html());
}

std::string economy(const PortfolioReport& report, const Text& text) {
  if (!report.economy) return none(text);
  const EconomySummary& economy = *report.economy;
  const auto year = [&](const std::optional<int>& value) { return value ? std::to_string(*value) : "–"; };
  std::string figures = "<dl class=\"figures\">";
  const auto discounted = [&](Word label) {
    return escape_markup(detail::discounted_label(label, economy.discount_year, text.language));
  };
  const auto nominal = [&](Word label) { return escape_markup(detail::nominal_label(label, text.language)); };
  figures += key_figure(discounted(Word::npv), text.money(economy.npv), {}, economy.npv.minor_units() < 0);
  figures += key_figure(discounted(Word::pv_costs), text.money(economy.pv_costs));
  figures += key_figure(discounted(Word::pv_benefits), text.money(economy.pv_benefits));
  figures += key_figure(discounted(Word::npv_with_tax_financing), text.money(economy.npv_with_tax_financing));
  figures += key_figure(text(Word::benefit_cost_ratio),
                        economy.benefit_cost_ratio
                            ? escape_markup(detail::format_decimal(*economy.benefit_cost_ratio, text.language))
                            : "–");
  figures += key_figure(nominal(Word::payback_year), year(economy.payback_year));
  figures += key_figure(nominal(Word::hump_depth), text.money(economy.hump_depth));
  figures += key_figure(nominal(Word::hump_year), year(economy.hump_year));
  figures += key_figure(nominal(Word::turn_year), year(economy.turn_year));
  figures += "</dl>";
  const std::string note = "<p class=\"muted\">" + text(Word::parameter_set) + ": " +
                           escape_markup(economy.parameter_set) + " · " + text(Word::discount_year) + ": " +
                           std::to_string(economy.discount_year) + "</p>";
  return figures + note + figure(detail::economy_curve_svg(report));
}

// Degree against plan per benefit, the money planned and realised so far, the trend and the
// flags; the chart shows each benefit's latest measurement between baseline and target.
std::string benefit_realisation(const PortfolioReport& report, const Text& text) {
  const RealisationSummary& realisation = report.realisation;
  if (realisation.benefits.empty()) return none(text);
  const auto percent = [&](const std::optional<double>& fraction) {
    return fraction ? text.integer(std::llround(*fraction * 100.0)) + "\u00A0%" : "–";
  };
  std::string figures = "<dl class=\"figures\">";
  figures += key_figure(text(Word::planned_to_date), text.money(realisation.planned_to_date),
                        realisation.planned_to_date_unattributed.is_zero()
                            ? std::string()
                            : std::string(text(Word::unattributed_to_date)) + ": " +
                                  text.money(realisation.planned_to_date_unattributed));
  figures += key_figure(text(Word::realised_to_date), text.money(realisation.realised_to_date), {},
                        realisation.realised_to_date < realisation.planned_to_date);
  figures += key_figure(text(Word::forecast_remaining), text.money(realisation.forecast_remaining));
  figures += "</dl>";
  Table table{text(Word::benefit_realisation),
              {text(Word::id), text(Word::benefit), text(Word::degree), text(Word::planned_degree),
               text(Word::planned_to_date), text(Word::realised_to_date), text(Word::full_realisation), text(Word::flags)},
              {false, false, true, true, true, true, true, false}};
  table.caption_hidden = true;
  table.css_class = "wide";
  for (const auto& benefit : realisation.benefits) {
    std::string flags;
    for (RealisationFlag flag : benefit.flags)
      flags += "<span class=\"badge alert\">" + escape_markup(realisation_flag_label(flag, text.language)) + "</span> ";
    table.add({"<span class=\"nowrap\">" + escape_markup(benefit.id.str()) + "</span>", escape_markup(benefit.title),
               percent(benefit.latest_degree), percent(benefit.planned_degree_now),
               benefit.valued_in_money ? text.money(benefit.planned_to_date) : "–",
               benefit.valued_in_money ? text.money(benefit.realised_to_date) : "–",
               text.date(benefit.forecast ? benefit.forecast->full_realisation : std::nullopt),
               flags.empty() ? "–" : flags});
  }
  const std::string svg = detail::benefit_realisation_svg(report);
  return figures + (svg.empty() ? "" : figure(svg)) + table.html();
}

std::string goals(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::goals),
              {text(Word::id), text(Word::goal), text(Word::covered), text(Word::contributors), text(Word::benefits)},
              {false, false, false, true, true}};
  table.caption_hidden = true;
  for (const auto& goal : report.goals)
    table.add({escape_markup(goal.id.str()), escape_markup(goal.title),
               goal.covered ? "<span class=\"badge ok\">" + text(Word::yes) + "</span>"
                            : "<span class=\"badge alert\">" + text(Word::no) + "</span>",
               text.integer(static_cast<long long>(goal.approved_contributors)),
               text.integer(static_cast<long long>(goal.benefits))});
  return report.goals.empty() ? none(text) : table.html();
}

std::string critical_path(const PortfolioReport& report, const Text& text) {
  std::map<std::string, const InitiativeReport*> by_id;
  for (const auto& initiative : report.initiatives) by_id.emplace(initiative.id.str(), &initiative);
  std::string list;
  for (const auto& id : report.critical_path) {
    const auto it = by_id.find(id.str());
    list += "<li><strong>" + escape_markup(id.str()) + "</strong>";
    if (it != by_id.end())
      list += " " + escape_markup(it->second->title) + " <span class=\"muted\">" +
              text.date(it->second->forecast_start) + " – " + text.date(it->second->forecast_finish) + "</span>";
    list += "</li>";
  }
  return list.empty() ? none(text) : "<ol class=\"path\">" + list + "</ol>";
}

std::string pending_decisions(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::pending_decisions),
              {text(Word::id), text(Word::title), text(Word::stage), text(Word::amount)},
              {false, false, false, true}};
  table.caption_hidden = true;
  Money sum = Money::zero(report.currency);
  for (const auto& decision : report.pending_decisions) {
    table.add({escape_markup(decision.id.str()), escape_markup(decision.title),
               escape_markup(stage_label(decision.stage, text.language)), text.money(decision.amount)});
    sum += decision.amount;
  }
  table.foot = {text(Word::total), "", "", text.money(sum)};
  return report.pending_decisions.empty() ? none(text) : table.html();
}

// A changed value as people read it (change_value_text), a dash for none.
std::string change_value(const std::string& value, const PortfolioReport& report, const Text& text) {
  if (value.empty()) return "–";
  return escape_markup(change_value_text(value, report.currency, text.language,
                                         [&](Money amount) { return format_money(amount, text.language, true); }));
}

std::string changes(const PortfolioReport& report, const Text& text) {
  Table table{
      text(Word::changes),
      {text(Word::id), text(Word::title), text(Word::change), text(Word::field), text(Word::before), text(Word::after)},
      {false, false, false, false, true, true}};
  table.caption_hidden = true;
  for (const auto& change : report.changes)
    table.add({escape_markup(change.id.str()), escape_markup(change.title),
               escape_markup(change_kind_text(change.kind, text.language)),
               escape_markup(change_field_text(change.field, text.language)), change_value(change.before, report, text),
               change_value(change.after, report, text)});
  return table.html();
}

std::string omitted(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::omitted), {text(Word::section), text(Word::note)}};
  table.caption_hidden = true;
  for (const auto& omission : report.omitted)
    table.add({escape_markup(section_text(omission.section, text.language)), escape_markup(omission.note)});
  return report.omitted.empty() ? none(text) : table.html();
}

std::string compliance(const PortfolioReport& report, const Text& text) {
  Table areas{text(Word::per_service_area), {text(Word::service_area), text(Word::initiatives), text(Word::covered),
                                             "✖", "⚠"},
              {false, true, true, true, true}};
  for (const auto& area : report.compliance.areas)
    areas.add({escape_markup(area.name), std::to_string(area.initiatives), std::to_string(area.compliant_initiatives),
               std::to_string(area.errors), std::to_string(area.warnings)});
  Table findings{text(Word::compliance), {text(Word::id), text(Word::rule), text(Word::severity), text(Word::note)}};
  for (const auto& finding : report.compliance.findings)
    findings.add({escape_markup(finding.subject), escape_markup(finding.rule),
                  escape_markup(severity_label(finding.severity, text.language)), escape_markup(finding.message)},
                 finding.severity == Severity::error ? "late" : "");
  return "<p class=\"muted\">" + escape_markup(report.compliance.rulebook_title) + "</p>" + areas.html() +
         (report.compliance.findings.empty() ? none(text) : findings.html());
}

// The summary's account of the changes: how many of each kind, and the initiatives touched. The
// changes one by one are in their appendix.
std::string change_overview(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::changes), {text(Word::change), text(Word::amount), text(Word::initiatives)}, {false, true, false}};
  table.caption_hidden = true;
  for (const auto& group : detail::change_groups(report)) {
    std::string ids;
    for (const auto& id : group.ids) ids += (ids.empty() ? "" : ", ") + escape_markup(id);
    table.add({escape_markup(change_kind_text(group.kind, text.language)),
               text.integer(static_cast<long long>(group.count)), ids});
  }
  return table.html();
}

std::string red_initiatives(const PortfolioReport& report, const Text& text) {
  const auto items = detail::red_items(report);
  if (items.empty()) return none(text);
  Table table{text(Word::red_initiatives), {text(Word::id), text(Word::title), text(Word::why)}};
  table.caption_hidden = true;
  for (const auto& item : items) {
    std::string reasons;
    for (const auto& reason : item.reasons) reasons += "<div>" + escape_markup(reason) + "</div>";
    table.add({"<strong class=\"nowrap\">" + escape_markup(item.initiative->id.str()) + "</strong>",
               escape_markup(item.initiative->title),
               reasons.empty() ? "–" : reasons});
  }
  return table.html();
}

// Each year with a frame: the committed plan and forecast against the frames, and what awaits a decision.
std::string frame_overview(const PortfolioReport& report, const Text& text) {
  Table table{text(Word::budget_and_frames),
              {text(Word::year), text(Word::total_plan), text(Word::forecast), text(Word::frame), text(Word::pipeline),
               text(Word::status)},
              {false, true, true, true, true, false}};
  table.caption_hidden = true;
  for (const auto& year : report.years) {
    if (!year.frame_investment && !year.frame_operating) continue;
    const Money frame = year.frame_investment.value_or(Money::zero(report.currency)) +
                        year.frame_operating.value_or(Money::zero(report.currency));
    table.add({std::to_string(year.year), text.money(year.plan_investment + year.plan_operating),
               text.money(year.forecast_investment + year.forecast_operating), text.money(frame),
               text.money(year.pipeline), frame_badge(year, text)},
              year.over_frame ? "alert" : year.over_frame_with_pipeline ? "warn" : "");
  }
  return table.rows.empty() ? none(text) : table.html();
}

// The first part, at most two printed pages: what the council must know and decide.
std::string summary(const PortfolioReport& report, const Text& text) {
  const auto part = [](const std::string& heading, const std::string& body) {
    return "<h3>" + heading + "</h3>" + body;
  };
  std::string body = key_figures(report, text);
  body += part(text(Word::pending_decisions), pending_decisions(report, text));
  if (report.previous_as_of)
    body += part(text(Word::changes) + " (" + text.date(report.previous_as_of) + ")",
                 report.changes.empty() ? none(text) : change_overview(report, text));
  body += part(text(Word::red_initiatives), red_initiatives(report, text));
  body += part(text(Word::budget_and_frames), frame_overview(report, text));
  return section("summary", text(Word::summary), body);
}

struct Appendix {
  std::string_view id;
  Word title;
  std::string (*body)(const PortfolioReport&, const Text&);
};

// The appendices in their order; the changes one by one only when the report compares with a previous one.
std::vector<Appendix> appendices(const PortfolioReport& report) {
  std::vector<Appendix> list{{"timeline", Word::timeline, timeline},
                             {"initiatives", Word::initiatives, initiatives_table},
                             {"details", Word::initiative_details, initiative_details},
                             {"totals", Word::portfolio_totals, portfolio_totals},
                             {"areas", Word::per_service_area, service_areas},
                             {"capacity", Word::capacity, capacity},
                             {"risks", Word::risk_matrix, risks},
                             {"economy", Word::economy, economy},
                             {"benefit-realisation", Word::benefit_realisation, benefit_realisation},
                             {"goals", Word::goals, goals},
                             {"critical-path", Word::critical_path, critical_path},
                             {"compliance", Word::compliance, compliance}};
  if (!report.changes.empty()) list.push_back({"changes", Word::changes, changes});
  list.push_back({"omitted", Word::omitted, omitted});
  return list;
}

std::string appendix_heading(std::size_t index, const Appendix& appendix, const Text& text) {
  return escape_markup(detail::appendix_heading(index, detail::word(appendix.title, text.language), text.language));
}

std::string contents(const std::vector<Appendix>& list, const Text& text) {
  std::string out = "<nav class=\"contents\" aria-label=\"" + text(Word::contents) + "\"><ol><li><a href=\"#summary\">" +
                    text(Word::summary) + "</a></li>";
  for (std::size_t i = 0; i < list.size(); ++i)
    out += "<li><a href=\"#" + std::string(list[i].id) + "\">" + appendix_heading(i, list[i], text) + "</a></li>";
  return out + "</ol></nav>";
}

// A CSS string literal: quotes and backslashes escaped, and "<" so that no text closes the <style>.
std::string css_string(std::string_view value) {
  std::string out = "\"";
  for (const char ch : value) {
    if (ch == '"' || ch == '\\') out += '\\', out += ch;
    else if (ch == '<') out += "\\3C ";
    else if (ch == '\n' || ch == '\r') out += ' ';
    else out += ch;
  }
  return out + "\"";
}

// Portrait A4 with the report's title in the running header and "Side 3 av 12" in the footer.
// Chromium draws these page-margin boxes when printing with --no-pdf-header-footer (its own
// header and footer would show the file's URL instead); docs/report.md.
std::string page_style(const PortfolioReport& report, const Text& text) {
  const std::string font = "font: 8pt \"Liberation Sans\", \"DejaVu Sans\", sans-serif; color: #52606d;";
  return "@page { size: A4 portrait; margin: 16mm 12mm 16mm;\n  @top-left { content: " +
         css_string(std::string(detail::word(Word::report_title, text.language)) + " – " + report.portfolio + " – " +
                    format_date(report.options.as_of, text.language)) +
         "; " + font + " }\n  @bottom-right { content: " + css_string(std::string(detail::word(Word::page, text.language)) + " ") +
         " counter(page) " + css_string(" " + std::string(detail::word(Word::page_of, text.language)) + " ") +
         " counter(pages); " + font + " }\n}\n";
}

}  // namespace

std::string report_to_html(const PortfolioReport& report) {
  const Text text{report.language};
  const std::vector<Appendix> list = appendices(report);
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(text.language)) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    text(Word::report_title) + " – " + escape_markup(report.portfolio) + " – " +
                    text.date(report.options.as_of) + "</title>\n<style>" + std::string(style) +
                    page_style(report, text) + "</style>\n</head>\n<body>\n<main>\n";
  out += header(report, text);
  out += contents(list, text);
  out += summary(report, text);
  out += "<div class=\"appendices\">\n";
  for (std::size_t i = 0; i < list.size(); ++i)
    out += section(list[i].id, appendix_heading(i, list[i], text), list[i].body(report, text));
  out += "</div>\n<footer>" + text(Word::generated_by) + " · " + text(Word::as_of) + " " +
         text.date(report.options.as_of) + "</footer>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace tiltak
