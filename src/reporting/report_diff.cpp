// What changed since a previous report: both snapshots in their JSON form, compared per
// initiative by id, so that a report kept on disk from last quarter is all a diff needs.

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "io/json_reader.hpp"
#include "reporting/name_masking.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

using detail::Json;

constexpr std::array<EnumName<ChangeKind>, 7> change_kinds{{{ChangeKind::added, "added"},
                                                           {ChangeKind::removed, "removed"},
                                                           {ChangeKind::closed, "closed"},
                                                           {ChangeKind::stage, "stage"},
                                                           {ChangeKind::status, "status"},
                                                           {ChangeKind::dates, "dates"},
                                                           {ChangeKind::amounts, "amounts"}}};

[[noreturn]] void reject(std::string_view source, const std::string& pointer, const Json* value, std::string message) {
  Problem problem;
  problem.source = std::string(source);
  problem.pointer = pointer;
  if (value) problem.value = detail::excerpt(*value);
  problem.message = std::move(message);
  throw Error(ErrorCode::validation_error, std::move(problem));
}

// The initiatives of a report by id, after checking the shape the comparison relies on.
std::map<std::string, const Json*> initiatives_by_id(const Json& report, std::string_view source) {
  if (!report.is_object()) reject(source, "", &report, "a report must be a JSON object");
  const auto version = report.find("tiltak_report");
  if (version == report.end() || *version != report_schema_version)
    reject(source, "/tiltak_report", version == report.end() ? nullptr : &*version,
           "not a tiltak report of schema version " + std::to_string(report_schema_version));
  const auto list = report.find("initiatives");
  if (list == report.end() || !list->is_array()) reject(source, "/initiatives", nullptr, "expected an array of initiatives");
  std::map<std::string, const Json*> by_id;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& initiative = (*list)[i];
    const std::string pointer = "/initiatives/" + std::to_string(i);
    const auto id = initiative.is_object() ? initiative.find("id") : initiative.end();
    if (!initiative.is_object() || id == initiative.end() || !id->is_string())
      reject(source, pointer + "/id", &initiative, "every initiative needs a string id");
    by_id.emplace(id->get<std::string>(), &initiative);
  }
  return by_id;
}

// A field in machine form: strings as they are, null as empty, other values as JSON text.
std::string text_of(const Json& initiative, const std::string& path) {
  const Json* value = &initiative;
  for (std::size_t start = 0; start <= path.size();) {
    const auto dot = std::min(path.find('.', start), path.size());
    if (!value->is_object()) return {};
    const auto it = value->find(path.substr(start, dot - start));
    if (it == value->end()) return {};
    value = &*it;
    start = dot + 1;
  }
  if (value->is_null()) return {};
  return value->is_string() ? value->get<std::string>() : value->dump();
}

bool is_finished(std::string_view stage) {
  return stage == "completed" || stage == "closed" || stage == "cancelled" || stage == "rejected";
}

struct Watched {
  ChangeKind kind;
  const char* field;
};

constexpr Watched watched[] = {
    {ChangeKind::status, "overall"},          {ChangeKind::status, "status.schedule.rag"},
    {ChangeKind::status, "status.cost.rag"},  {ChangeKind::status, "status.scope.rag"},
    {ChangeKind::status, "status.risk.rag"},  {ChangeKind::dates, "planned_start"},
    {ChangeKind::dates, "planned_finish"},    {ChangeKind::dates, "forecast_finish"},
    {ChangeKind::amounts, "total_plan"},      {ChangeKind::amounts, "total_actual"},
    {ChangeKind::amounts, "total_forecast"},
};

void compare_initiative(const Json& before, const Json& after, std::vector<ReportChange>& changes) {
  const InitiativeId id(text_of(after, "id"));
  const std::string title = text_of(after, "title");
  const std::string old_stage = text_of(before, "stage"), new_stage = text_of(after, "stage");
  if (old_stage != new_stage)
    changes.push_back({id, title, is_finished(new_stage) && !is_finished(old_stage) ? ChangeKind::closed : ChangeKind::stage,
                       "stage", old_stage, new_stage});
  for (const auto& [kind, field] : watched)
    if (auto old_value = text_of(before, field), new_value = text_of(after, field); old_value != new_value)
      changes.push_back({id, title, kind, field, std::move(old_value), std::move(new_value)});
}

}  // namespace

template <>
std::span<const EnumName<ChangeKind>> enum_names<ChangeKind>() noexcept {
  return change_kinds;
}

void compare_reports(PortfolioReport& report, std::string_view previous_json, std::string_view source) {
  const Json previous = detail::parse_json(previous_json, source);
  const auto before = initiatives_by_id(previous, source);
  std::optional<Date> previous_as_of;
  if (const auto as_of = previous.find("as_of"); as_of != previous.end() && as_of->is_string()) {
    previous_as_of = parse_iso_date(as_of->get<std::string>());
    // Compared the other way round, every change would be told backwards in time.
    if (previous_as_of && *previous_as_of > report.options.as_of)
      reject(source, "/as_of", &*as_of,
             "the previous report is dated after this report's as-of date " + to_iso(report.options.as_of) +
                 "; compare with an earlier report");
  }
  const Json current = detail::parse_json(report_to_json(report), "report");
  const auto after = initiatives_by_id(current, "report");

  std::vector<ReportChange> changes;
  for (const auto& [id, initiative] : after) {
    const auto old = before.find(id);
    if (old == before.end())
      changes.push_back({InitiativeId(id), text_of(*initiative, "title"), ChangeKind::added, "", "", ""});
    else
      compare_initiative(*old->second, *initiative, changes);
  }
  for (const auto& [id, initiative] : before)
    if (!after.count(id))
      changes.push_back({InitiativeId(id), text_of(*initiative, "title"), ChangeKind::removed, "", "", ""});

  // A removed initiative's title comes from the previous report, which may show names.
  if (report.name_mask)
    for (auto& change : changes) change.title = report.name_mask->text(change.title);
  report.previous_as_of = previous_as_of;
  report.changes = std::move(changes);
}

}  // namespace tiltak
