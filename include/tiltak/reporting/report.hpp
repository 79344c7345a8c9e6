#pragma once
// The portfolio report (porteføljestyringsrapport): key information on every initiative in a
// scope, and the portfolio's totals against its frames, as of a date. A plain value built once
// from the capability APIs (schedule, appraisal, benefit network); the formats (JSON, Markdown,
// CSV, HTML) only present it. What a capability does not deliver is listed in `omitted`.

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/graph/calendar.hpp"
#include "tiltak/model/names.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {
namespace detail {
class NameMask;
}

inline constexpr int report_schema_version = 1;

enum class ScopeKind { portfolio, service_area, member, programme };
template <>
std::span<const EnumName<ScopeKind>> enum_names<ScopeKind>() noexcept;

// Which initiatives a report covers. A member's report shows every initiative whose cost the
// member shares, with amounts by its cost-sharing key (lines borne by its own units in full).
struct ReportScope {
  ScopeKind kind = ScopeKind::portfolio;
  std::string id;  // the service area id, member id or programme name; empty for the portfolio
  bool operator==(const ReportScope&) const = default;
};

// "portfolio", "area:HO", "member:M-02", "programme:Digital innbygger". Throws
// Error(invalid_argument) naming the text when it is none of these.
ReportScope parse_report_scope(std::string_view text);
std::string report_scope_text(const ReportScope& scope);

struct ReportOptions {
  ReportScope scope;
  Date as_of;
  // None for the currency's customary language (report_language()).
  std::optional<Language> language;
  // Leave personal names out, for reports published beyond the council: a person is shown by
  // role and unit ("Eier (Helse og omsorg)"), and every registered person's full name and id is
  // replaced so in titles and free text too (docs/report.md, "hide names").
  bool hide_personal_names = false;
  // A status report older than this (in days, on the as-of date) is flagged stale.
  int stale_status_days = 45;
  // Benefit-realisation parameter set id ("no-2021", ...); empty for the currency's default.
  std::string parameter_set;
  // The year the economy's present values are discounted to; by default the report's own year
  // (as_of's), so a council reads values in money of the year it decides in.
  std::optional<int> discount_year;
  CalendarKind calendar = CalendarKind::calendar_days;
  // The rules of the compliance section; none for the currency's default rulebook.
  std::optional<Rulebook> rulebook;
};

// The language a report is written in: the one asked for, else the currency's customary one
// (default_language: nb for NOK, da for DKK, otherwise en). The one rule of every surface: the
// CLI, the C API and Python leave the language unset when none is given.
Language report_language(const ReportOptions& options, Currency currency) noexcept;

struct StatusCell {
  Rag rag = Rag::green;
  std::string comment;
  Date date;
  bool stale = false;
  bool operator==(const StatusCell&) const = default;
};

// Money of one year, on each basis.
struct InitiativeYear {
  int year = 0;
  Money plan{0, Currency::NOK};
  Money actual{0, Currency::NOK};
  // Per kind of cost: for a year before the as-of year (closed), what was booked (actual);
  // else the forecast lines of the year where there are any, else the plan, and never less than
  // what is already booked.
  Money forecast{0, Currency::NOK};
  bool operator==(const InitiativeYear&) const = default;
};

struct RiskLine {
  std::string id;
  std::string title;
  int probability = 1;
  int consequence = 1;
  int score = 1;
  std::string owner;  // name, or role and unit when names are hidden
  std::string mitigation;
  bool operator==(const RiskLine&) const = default;
};

// Why a prerequisite puts its dependant at risk.
enum class PrerequisiteProblem { rejected, cancelled, paused, red_status, late };
template <>
std::span<const EnumName<PrerequisiteProblem>> enum_names<PrerequisiteProblem>() noexcept;

// A prerequisite that puts the initiative at risk.
struct DependencyAtRisk {
  InitiativeId prerequisite;
  std::string title;
  PrerequisiteProblem problem = PrerequisiteProblem::late;
  long late_days = 0;  // for `late`: how much later than planned it finishes
  bool operator==(const DependencyAtRisk&) const = default;
};

struct BenefitLine {
  BenefitId id;
  std::string title;
  Money planned{0, Currency::NOK};  // planned money value attributed to this initiative (all years)
  std::optional<double> latest_measured;  // the latest measurement's annual level (annual_level())
  std::optional<Date> latest_measured_on;
  std::optional<double> baseline, target;  // in the indicator's unit
  std::string indicator;  // what is measured: "Brev sendt på papir per år"
  std::string unit;       // its unit: "brev", "timer", "prosent"
  bool valued_in_money = true;  // false: a benefit described, not priced (`planned` is then 0)
  bool operator==(const BenefitLine&) const = default;
};

struct InitiativeReport {
  InitiativeId id;
  std::string title;
  std::vector<std::string> service_areas;  // names
  std::string programme;
  Stage stage = Stage::idea;
  std::string phase;
  std::string owner;  // name, or role and unit when names are hidden; empty when none
  std::string case_reference;
  std::array<std::optional<StatusCell>, 4> status;  // by StatusDimension
  std::optional<Rag> overall;
  bool stale_status = false;  // an active initiative whose newest report is stale, or that has none
  Period planned;
  Period actual;
  std::optional<Date> forecast_start, forecast_finish;  // from the schedule
  std::optional<long> slip_days;                        // forecast finish − planned finish
  bool critical = false;
  std::vector<InitiativeYear> budget;
  Money total_plan{0, Currency::NOK};
  Money total_actual{0, Currency::NOK};
  Money total_forecast{0, Currency::NOK};
  std::vector<RiskLine> top_risks;  // the three highest scores
  std::vector<BenefitLine> benefits;
  std::vector<DependencyAtRisk> dependencies_at_risk;
  bool operator==(const InitiativeReport&) const = default;
};

// A year of the portfolio against the budget frame. The plan counts the committed initiatives
// (approved, in progress, completed, closed); `pipeline` what awaits a decision on top of it.
// Internal hours are people already employed, so they are in `capacity`, not against the frame.
struct FrameYear {
  int year = 0;
  Money plan_investment{0, Currency::NOK};
  Money plan_operating{0, Currency::NOK};
  Money pipeline{0, Currency::NOK};
  Money actual{0, Currency::NOK};
  // Committed initiatives' forecasts per kind (the rule of InitiativeYear).
  Money forecast_investment{0, Currency::NOK};
  Money forecast_operating{0, Currency::NOK};
  std::optional<Money> frame_investment, frame_operating;  // none when no frame is set
  // A kind above its frame on the committed plan, on the committed forecast, on either.
  bool over_frame_on_plan = false;
  bool over_frame_on_forecast = false;
  bool over_frame = false;
  // The plan and everything awaiting a decision together above the frames: approving all of it
  // would break the budget.
  bool over_frame_with_pipeline = false;
  bool operator==(const FrameYear&) const = default;
};

// The initiatives' planned money (every year, the scope's share) apart by where they stand, so
// that no total mixes what was decided with what was not. `committed` (approved, in progress,
// completed, closed) is what the frames and the service-area table count; `pipeline` what is
// not decided yet (ideas and everything awaiting a decision); `paused`; `dropped` (rejected,
// cancelled) is counted nowhere else.
struct PlanTotals {
  Money committed{0, Currency::NOK};
  Money pipeline{0, Currency::NOK};
  Money paused{0, Currency::NOK};
  Money dropped{0, Currency::NOK};
  bool operator==(const PlanTotals&) const = default;
};

struct AreaYear {
  ServiceAreaId area;
  std::string name;
  int year = 0;
  Money plan{0, Currency::NOK};
  bool operator==(const AreaYear&) const = default;
};

// Internal hours planned against the capacity of a role in a year.
struct RoleCapacity {
  int year = 0;
  std::string role;
  long long planned_hours = 0;
  std::optional<long long> available_hours;  // none when the strategy sets no capacity
  bool over_allocated = false;
  bool operator==(const RoleCapacity&) const = default;
};

// Cost and benefit per year and the cumulative net (the hump), nominal.
struct CurvePoint {
  int year = 0;
  Money costs{0, Currency::NOK};
  Money benefits{0, Currency::NOK};
  Money cumulative_net{0, Currency::NOK};
  bool operator==(const CurvePoint&) const = default;
};

struct EconomySummary {
  std::string parameter_set;
  int discount_year = 0;
  Money pv_costs{0, Currency::NOK};
  Money pv_benefits{0, Currency::NOK};
  Money npv{0, Currency::NOK};
  Money npv_with_tax_financing{0, Currency::NOK};
  std::optional<double> benefit_cost_ratio;
  std::optional<int> payback_year;
  Money hump_depth{0, Currency::NOK};
  std::optional<int> hump_year, turn_year;
  std::vector<CurvePoint> curve;
  bool operator==(const EconomySummary&) const = default;
};

struct GoalLine {
  GoalId id;
  std::string title;
  bool covered = false;
  std::size_t approved_contributors = 0;
  std::size_t benefits = 0;
  bool operator==(const GoalLine&) const = default;
};

// An initiative waiting for a decision by the council (in council, or recommended).
struct PendingDecision {
  InitiativeId id;
  std::string title;
  Stage stage = Stage::in_council;
  Money amount{0, Currency::NOK};  // total planned cost
  bool operator==(const PendingDecision&) const = default;
};

// What changed for one initiative since a previous report (a diff of two report snapshots).
enum class ChangeKind { added, removed, closed, stage, status, dates, amounts };
template <>
std::span<const EnumName<ChangeKind>> enum_names<ChangeKind>() noexcept;

struct ReportChange {
  InitiativeId id;
  std::string title;
  ChangeKind kind = ChangeKind::added;
  std::string field;          // the report's JSON field: "stage", "overall", "planned_finish", "total_plan" ...
  std::string before, after;  // machine form: names, ISO dates, decimal amounts; empty when absent
  bool operator==(const ReportChange&) const = default;
};

// A section the report leaves out, and why.
struct Omission {
  std::string section;
  std::string note;
  bool operator==(const Omission&) const = default;
};

struct PortfolioReport {
  std::string portfolio;
  std::string scope_name;  // the service area's, member's or programme's name; empty for the portfolio
  Currency currency = Currency::NOK;
  ReportOptions options;
  Language language = Language::nb;  // report_language(options, currency)
  std::vector<InitiativeReport> initiatives;  // in portfolio order
  PlanTotals plans;
  std::vector<FrameYear> years;
  std::vector<AreaYear> areas;
  std::vector<RoleCapacity> capacity;
  std::array<std::array<int, 5>, 5> risk_matrix{};  // [probability − 1][consequence − 1]: open risks
  std::optional<EconomySummary> economy;
  std::vector<GoalLine> goals;
  std::vector<InitiativeId> critical_path;
  std::vector<PendingDecision> pending_decisions;
  ComplianceReport compliance;  // the rulebook's findings on the scope's initiatives and their benefits
  // Benefit realisation as of the report's date (degree against plan, money, trend, flags) of
  // the benefits the scope's initiatives contribute to; every benefit for the whole portfolio.
  // With names hidden, a benefit's `owner` holds the owner's label (role and unit), not an id.
  RealisationSummary realisation;
  std::vector<Omission> omitted;
  // Set by compare_reports(): the previous report's as-of date and the changes since it.
  std::optional<Date> previous_as_of;
  std::vector<ReportChange> changes;
  // With names hidden, what hides them: compare_reports() masks the titles it takes from the
  // previous report with it. Null when names are shown.
  std::shared_ptr<const detail::NameMask> name_mask;
};

// Build the report. Throws Error(not_found) for a scope naming an unknown area or member.
PortfolioReport build_report(const Portfolio& portfolio, const ReportOptions& options);

}  // namespace tiltak
