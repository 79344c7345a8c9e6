#include "tiltak/model/validation.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "tiltak/core/date_range.hpp"
#include "tiltak/core/percent.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {
namespace {

constexpr int first_year = first_supported_year, last_year = last_supported_year;  // core/date.hpp
constexpr int full_share = 10000;  // 100 % in basis points
constexpr int max_notice_months = 120;  // a contract's notice period: at most ten years

// A JSON Pointer under construction: frames on the stack, turned into text only when a
// problem is reported, so that checking a valid portfolio builds no strings.
class Path {
 public:
  Path() = default;  // the document root
  Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
  Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}
  Path(const Path&) = delete;
  Path& operator=(const Path&) = delete;

  std::string str() const {
    if (!parent_) return "";
    return parent_->str() + "/" + (is_index_ ? std::to_string(index_) : std::string(key_));
  }

 private:
  const Path* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

// Ids of one kind with the position of their first definition, for duplicate and reference
// checks. Keys view the portfolio's own strings, which outlive the validator. It may rest on the
// ids indexed before a change (EntityIds), whose entities the check does not visit.
class IdIndex {
 public:
  void reserve(std::size_t n) { first_.reserve(n); }
  void rest_on(const EntityIds::Positions& before) { before_ = &before; }
  // The position of another definition, or nullopt when `id` is new (or stood here before).
  std::optional<std::size_t> add(std::string_view id, std::size_t position) {
    if (before_) {
      if (const auto found = before_->find(id); found != before_->end())
        return found->second == position ? std::nullopt : std::optional<std::size_t>(found->second);
    }
    auto [it, inserted] = first_.try_emplace(id, position);
    return inserted ? std::nullopt : std::optional<std::size_t>(it->second);
  }
  bool contains(std::string_view id) const { return first_.contains(id) || (before_ && before_->contains(id)); }

 private:
  std::unordered_map<std::string_view, std::size_t> first_;
  const EntityIds::Positions* before_ = nullptr;
};

class Validator {
 public:
  explicit Validator(const Portfolio& portfolio) : p_(portfolio) {}
  // A check of the selected entities only, the others' ids indexed in `before`.
  Validator(const Portfolio& portfolio, const EntitySelection& only, const EntityIds& before)
      : p_(portfolio), only_(&only) {
    initiatives_.rest_on(before.initiatives);
    benefits_.rest_on(before.benefits);
  }

  std::vector<Problem> run() {
    check_organisation();
    check_strategy();
    const Path components(root_, "components");
    for (std::size_t i = 0; i < p_.components.size(); ++i) {
      define(components_, p_.components[i].id, components, i, "component");
      const Path component(components, i);
      check_date(p_.components[i].available_from, Path(component, "available_from"));
    }
    check_systems();
    const Path initiatives(root_, "initiatives");
    if (!only_) initiatives_.reserve(p_.initiatives.size());
    for_selected(&EntitySelection::initiatives, p_.initiatives.size(),
                 [&](std::size_t i) { define(initiatives_, p_.initiatives[i].id, initiatives, i, "initiative"); });
    for_selected(&EntitySelection::initiatives, p_.initiatives.size(),
                 [&](std::size_t i) { check_initiative(p_.initiatives[i], Path(initiatives, i)); });
    check_benefits();
    const Path decisions(root_, "decisions");
    for_selected(&EntitySelection::decisions, p_.decisions.size(), [&](std::size_t i) {
      const Path decision(decisions, i);
      refer(initiatives_, p_.decisions[i].initiative, Path(decision, "initiative"), "initiative");
      check_date(p_.decisions[i].date, Path(decision, "date"));
    });
    return std::move(problems_);
  }

 private:
  // Runs `check` on every position below `count`, or on the selection's positions of the kind.
  template <class Check>
  void for_selected(std::vector<std::size_t> EntitySelection::*kind, std::size_t count, const Check& check) {
    if (!only_) {
      for (std::size_t i = 0; i < count; ++i) check(i);
      return;
    }
    for (const std::size_t i : only_->*kind)
      if (i < count) check(i);
  }

  void report(const Path& where, std::string value, std::string message) {
    Problem problem;
    problem.pointer = where.str();
    problem.value = std::move(value);
    problem.message = std::move(message);
    problems_.push_back(std::move(problem));
  }

  static std::string quoted(const std::string& text) { return problem_value(text); }

  // The id of item `index` of `collection` joins `ids`; empty and duplicate ids are problems.
  template <class Tag>
  void define(IdIndex& ids, const Id<Tag>& id, const Path& collection, std::size_t index, std::string_view kind) {
    const Path item(collection, index);
    const Path field(item, "id");
    if (id.empty()) {
      report(field, problem_value(""), "an id must not be empty");
    } else if (const auto first = ids.add(id.str(), index)) {
      const Path first_item(collection, *first);
      report(field, quoted(id.str()),
             "duplicate " + std::string(kind) + " id; first defined at " + Path(first_item, "id").str());
    }
  }

  template <class Tag>
  void refer(const IdIndex& ids, const Id<Tag>& id, const Path& where, std::string_view kind) {
    if (!ids.contains(id.str())) report(where, quoted(id.str()), "no " + std::string(kind) + " has this id");
  }
  template <class Tag>
  void refer(const IdIndex& ids, const std::optional<Id<Tag>>& id, const Path& where, std::string_view kind) {
    if (id) refer(ids, *id, where, kind);
  }

  void check_not_empty(const std::string& text, const Path& where) {
    if (text.empty()) report(where, problem_value(""), "must not be empty");
  }

  void check_money(Money amount, const Path& where, bool allow_negative) {
    if (amount.currency() != p_.currency)
      report(where, amount.to_string() + " " + std::string(currency_code(amount.currency())),
             "amount in another currency than the portfolio's " + std::string(currency_code(p_.currency)));
    else if (!allow_negative && amount.minor_units() < 0)
      report(where, quoted(amount.to_string()), "must not be negative");
  }

  void check_year(int year, const Path& where) {
    if (year < first_year || year > last_year)
      report(where, std::to_string(year),
             "not a plausible budget year (" + std::to_string(first_year) + "-" + std::to_string(last_year) + ")");
  }

  void check_range(long long value, long long low, long long high, const Path& where) {
    if (value < low || value > high)
      report(where, std::to_string(value), "must be between " + std::to_string(low) + " and " + std::to_string(high));
  }

  // Every date lies in the library's supported range (core/date.hpp); one that could not be
  // read (not-a-date) is the reader's problem, not the rules'.
  void check_date(const Date& date, const Path& where) {
    if (!date.is_special() && !is_supported_date(date))
      report(where, quoted(to_iso(date)), "outside the supported dates " + supported_date_range());
  }
  void check_date(const std::optional<Date>& date, const Path& where) {
    if (date) check_date(*date, where);
  }
  void check_indicator(const std::optional<IndicatorValue>& value, const Path& where) {
    if (!value) return;
    check_date(value->date, Path(where, "date"));
    if (value->period_start)
      report(Path(where, "period_start"), quoted(to_iso(*value->period_start)),
             "a baseline or target is a level at its date; only a measurement may be a period total");
  }

  // A period total covers period_start to date, at most a (leap) year.
  void check_measurement(const IndicatorValue& measurement, const Path& where) {
    check_date(measurement.date, Path(where, "date"));
    if (!measurement.period_start) return;
    const Path start(where, "period_start");
    check_date(*measurement.period_start, start);
    if (!comparable(measurement.period_start, measurement.date)) return;
    const long period_days = static_cast<long>((measurement.date - *measurement.period_start).days()) + 1;
    if (period_days < 1)
      report(start, quoted(to_iso(*measurement.period_start)),
             "the period starts after the measurement's date (" + to_iso(measurement.date) + ")");
    else if (period_days > max_measurement_period_days)
      report(start, quoted(to_iso(*measurement.period_start)),
             "a period total covers at most " + std::to_string(max_measurement_period_days) + " days, not " +
                 std::to_string(period_days) + "; record an annual level instead");
  }

  // Dates that could not be read (not-a-date) are the reader's problem, not the rules'.
  static bool comparable(const std::optional<Date>& a, const std::optional<Date>& b) {
    return a && b && !a->is_special() && !b->is_special();
  }

  void check_period(const Period& period, const Path& where) {
    check_date(period.start, Path(where, "start"));
    check_date(period.end, Path(where, "end"));
    if (comparable(period.start, period.end) && *period.end < *period.start)
      report(Path(where, "end"), quoted(to_iso(*period.end)), "ends before it starts (" + to_iso(*period.start) + ")");
  }

  void check_organisation() {
    const auto& org = p_.organisation;
    const Path base(root_, "organisation");
    check_not_empty(p_.name, Path(root_, "name"));
    check_not_empty(org.name, Path(base, "name"));
    const Path members(base, "members");
    long long share_sum = 0;
    for (std::size_t i = 0; i < org.members.size(); ++i) {
      define(members_, org.members[i].id, members, i, "member");
      const int share = org.members[i].cost_share_basis_points;
      if (share <= 0 || share > full_share) {
        const Path member(members, i);
        report(Path(member, "cost_share"), percent_text(share), "a cost-sharing key is more than 0 % and at most 100 %");
      }
      share_sum += share;
    }
    if (org.kind == OrganisationKind::cooperation && org.members.empty())
      report(members, "[]", "a cooperation needs its member municipalities and their cost-sharing keys");
    if (org.kind == OrganisationKind::municipality && !org.members.empty())
      report(members, "", "only a cooperation has members; set \"kind\": \"cooperation\"");
    if (!org.members.empty() && share_sum != full_share)
      report(members, percent_text(share_sum) + " %", "cost-sharing keys must sum to exactly 100 %");

    const Path area_list(base, "service_areas");
    for (std::size_t i = 0; i < org.service_areas.size(); ++i)
      define(areas_, org.service_areas[i].id, area_list, i, "service area");
    const Path units(base, "units");
    units_.reserve(org.units.size());
    for (std::size_t i = 0; i < org.units.size(); ++i) define(units_, org.units[i].id, units, i, "unit");
    for (std::size_t i = 0; i < org.units.size(); ++i) {
      const Path unit(units, i);
      refer(areas_, org.units[i].service_area, Path(unit, "service_area"), "service area");
      refer(members_, org.units[i].member, Path(unit, "member"), "member");
    }
    const Path people(base, "people");
    for (std::size_t i = 0; i < org.people.size(); ++i) define(people_, org.people[i].id, people, i, "person");
    for (std::size_t i = 0; i < org.people.size(); ++i) {
      const Path person(people, i);
      refer(units_, org.people[i].unit, Path(person, "unit"), "unit");
    }
  }

  void check_strategy() {
    const auto& strategy = p_.strategy;
    const Path base(root_, "strategy");
    const Path goals(base, "goals");
    for (std::size_t i = 0; i < strategy.goals.size(); ++i) {
      define(goals_, strategy.goals[i].id, goals, i, "goal");
      if (!std::isfinite(strategy.goals[i].weight) || strategy.goals[i].weight < 0) {
        const Path goal(goals, i);
        report(Path(goal, "weight"), std::to_string(strategy.goals[i].weight), "a weight is a non-negative number");
      }
    }
    const Path frames(base, "budget_frames");
    std::unordered_set<int> frame_years;
    for (std::size_t i = 0; i < strategy.budget_frames.size(); ++i) {
      const auto& frame = strategy.budget_frames[i];
      const Path where(frames, i);
      check_year(frame.year, Path(where, "year"));
      if (!frame_years.insert(frame.year).second)
        report(Path(where, "year"), std::to_string(frame.year), "a second budget frame for the same year");
      check_money(frame.investment, Path(where, "investment"), false);
      check_money(frame.operating, Path(where, "operating"), false);
    }
    const Path capacities(base, "capacity");
    std::unordered_set<std::string> capacity_keys;
    for (std::size_t i = 0; i < strategy.capacity.size(); ++i) {
      const auto& capacity = strategy.capacity[i];
      const Path where(capacities, i);
      check_year(capacity.year, Path(where, "year"));
      check_not_empty(capacity.role, Path(where, "role"));
      if (capacity.hours < 0) report(Path(where, "hours"), std::to_string(capacity.hours), "must not be negative");
      if (!capacity_keys.insert(std::to_string(capacity.year) + "/" + capacity.role).second)
        report(Path(where, "role"), quoted(capacity.role), "a second capacity for the same year and role");
    }
  }

  void check_initiative(const Initiative& initiative, const Path& base) {
    check_not_empty(initiative.title, Path(base, "title"));
    const Path area_list(base, "service_areas");
    for (std::size_t i = 0; i < initiative.service_areas.size(); ++i)
      refer(areas_, initiative.service_areas[i], Path(area_list, i), "service area");
    refer(people_, initiative.owner, Path(base, "owner"), "person");
    if (initiative.anchoring) {
      const Path anchoring(base, "anchoring");
      refer(people_, initiative.anchoring->sector_leader, Path(anchoring, "sector_leader"), "person");
      check_date(initiative.anchoring->date, Path(anchoring, "date"));
    }
    const Path status(base, "status");
    for (std::size_t i = 0; i < initiative.status.size(); ++i)
      check_date(initiative.status[i].date, Path(Path(status, i), "date"));
    check_period(initiative.planned, Path(base, "planned"));
    check_period(initiative.actual, Path(base, "actual"));
    check_date(initiative.fixed_start, Path(base, "fixed_start"));
    const Path costs(base, "costs");
    for (std::size_t i = 0; i < initiative.costs.size(); ++i) check_cost(initiative.costs[i], Path(costs, i));
    check_risks(initiative, base);
    check_dependencies(initiative, base);
    const Path goals(base, "goals");
    for (std::size_t i = 0; i < initiative.goals.size(); ++i) {
      const Path where(goals, i);
      refer(goals_, initiative.goals[i].goal, Path(where, "goal"), "strategic goal");
      check_range(initiative.goals[i].score, 0, 5, Path(where, "score"));
      for (std::size_t earlier = 0; earlier < i; ++earlier)
        if (initiative.goals[earlier].goal == initiative.goals[i].goal) {
          report(Path(where, "goal"), quoted(initiative.goals[i].goal.str()), "the same goal is scored twice");
          break;
        }
    }
    const Path security(base, "security");
    check_date(initiative.security.dpia_done, Path(security, "dpia_done"));
    check_date(initiative.security.ros_done, Path(security, "ros_done"));
    check_date(initiative.security.security_clearance, Path(security, "security_clearance"));
    const Path agreements(security, "processing_agreements");
    for (std::size_t i = 0; i < initiative.security.processing_agreements.size(); ++i) {
      const Path agreement(agreements, i);
      check_not_empty(initiative.security.processing_agreements[i].supplier, Path(agreement, "supplier"));
      check_date(initiative.security.processing_agreements[i].signed_on, Path(agreement, "signed_on"));
      check_date(initiative.security.processing_agreements[i].last_supervision, Path(agreement, "last_supervision"));
    }
    check_system_actions(initiative, base);
  }

  // The IT-system register (model/system.hpp): one of the portfolio's own fields, checked in
  // every check, also a partial one.
  void check_systems() {
    const Path systems(root_, "systems");
    for (std::size_t i = 0; i < p_.systems.size(); ++i) define(systems_, p_.systems[i].id, systems, i, "system");
    for (std::size_t i = 0; i < p_.systems.size(); ++i) check_system(p_.systems[i], Path(systems, i));
  }

  void check_system(const ItSystem& system, const Path& base) {
    check_not_empty(system.name, Path(base, "name"));
    refer(people_, system.owner, Path(base, "owner"), "person");
    const Path units(base, "units");
    for (std::size_t i = 0; i < system.units.size(); ++i) refer(units_, system.units[i], Path(units, i), "unit");
    const Path members(base, "members");
    for (std::size_t i = 0; i < system.members.size(); ++i)
      refer(members_, system.members[i], Path(members, i), "member");
    if (system.special_categories && !system.personal_data)
      report(Path(base, "special_categories"), "true",
             "special categories of personal data are personal data; set \"personal_data\": true");
    if (system.running_cost) check_money(*system.running_cost, Path(base, "running_cost"), false);
    refer(units_, system.cost_bearer, Path(base, "cost_bearer"), "unit");
    check_date(system.risk_assessed, Path(base, "risk_assessed"));
    check_date(system.cloud_clearance, Path(base, "cloud_clearance"));
    const Path contracts(base, "contracts");
    for (std::size_t i = 0; i < system.contracts.size(); ++i) {
      const auto& contract = system.contracts[i];
      const Path where(contracts, i);
      check_date(contract.start, Path(where, "start"));
      check_date(contract.end, Path(where, "end"));
      if (contract.end && comparable(contract.start, contract.end) && *contract.end < contract.start)
        report(Path(where, "end"), quoted(to_iso(*contract.end)),
               "the contract ends before it starts (" + to_iso(contract.start) + ")");
      check_range(contract.notice_months, 0, max_notice_months, Path(where, "notice_months"));
    }
    if (system.processing_agreement) {
      const Path agreement(base, "processing_agreement");
      check_not_empty(system.processing_agreement->supplier, Path(agreement, "supplier"));
      check_date(system.processing_agreement->signed_on, Path(agreement, "signed_on"));
      check_date(system.processing_agreement->last_supervision, Path(agreement, "last_supervision"));
    }
  }

  // Each action names a system of the register; `replaces` names the one introduced in its
  // place too, and only `replaces` does.
  void check_system_actions(const Initiative& initiative, const Path& base) {
    const Path actions(base, "system_actions");
    for (std::size_t i = 0; i < initiative.system_actions.size(); ++i) {
      const auto& action = initiative.system_actions[i];
      const Path where(actions, i);
      refer(systems_, action.system, Path(where, "system"), "system");
      const Path with(where, "with");
      if (action.kind != SystemActionKind::replaces) {
        if (action.with)
          report(with, quoted(action.with->str()), "only a replacement names the system introduced in its place");
      } else if (!action.with) {
        report(where, "", "a replacement names the system introduced in its place (\"with\")");
      } else if (*action.with == action.system) {
        report(with, quoted(action.with->str()), "a system cannot replace itself");
      } else {
        refer(systems_, *action.with, with, "system");
      }
      for (std::size_t earlier = 0; earlier < i; ++earlier)
        if (initiative.system_actions[earlier].system == action.system) {
          report(Path(where, "system"), quoted(action.system.str()), "the initiative acts on the same system twice");
          break;
        }
    }
  }

  void check_risks(const Initiative& initiative, const Path& base) {
    const Path risks(base, "risks");
    IdIndex ids;
    for (std::size_t i = 0; i < initiative.risks.size(); ++i) {
      const auto& risk = initiative.risks[i];
      const Path where(risks, i);
      define(ids, risk.id, risks, i, "risk");
      check_range(risk.probability, 1, 5, Path(where, "probability"));
      check_range(risk.consequence, 1, 5, Path(where, "consequence"));
      refer(people_, risk.owner, Path(where, "owner"), "person");
      check_date(risk.last_assessed, Path(where, "last_assessed"));
      if (risk.financial_consequence)
        check_money(*risk.financial_consequence, Path(where, "financial_consequence"), false);
    }
  }

  void check_dependencies(const Initiative& initiative, const Path& base) {
    const Path dependencies(base, "dependencies");
    for (std::size_t i = 0; i < initiative.dependencies.size(); ++i) {
      const Path where(dependencies, i);
      check_range(initiative.dependencies[i].lag_days, -longest_supported_span, longest_supported_span,
                  Path(where, "lag_days"));
      if (const auto* on = std::get_if<InitiativeId>(&initiative.dependencies[i].on)) {
        const Path field(where, "initiative");
        if (*on == initiative.id)
          report(field, quoted(on->str()), "an initiative cannot depend on itself");
        else
          refer(initiatives_, *on, field, "initiative");
      } else {
        refer(components_, std::get<ComponentId>(initiative.dependencies[i].on), Path(where, "component"),
              "shared component");
      }
    }
  }

  void check_cost(const CostLine& line, const Path& where) {
    check_year(line.year, Path(where, "year"));
    check_money(line.amount, Path(where, "amount"), false);
    refer(units_, line.bearer, Path(where, "bearer"), "unit");
    if (line.kind == CostKind::internal_hours) {
      if (line.hours <= 0) report(Path(where, "hours"), std::to_string(line.hours), "internal hours must be more than 0");
      if (line.role.empty()) report(Path(where, "role"), "", "internal hours need the resource role they draw on");
    } else {
      if (line.hours != 0)
        report(Path(where, "hours"), std::to_string(line.hours), "hours belong on an internal_hours line");
      if (!line.role.empty())
        report(Path(where, "role"), quoted(line.role), "a role belongs on an internal_hours line");
    }
  }

  void check_benefits() {
    const Path benefits(root_, "benefits");
    for_selected(&EntitySelection::benefits, p_.benefits.size(),
                 [&](std::size_t i) { define(benefits_, p_.benefits[i].id, benefits, i, "benefit"); });
    for_selected(&EntitySelection::benefits, p_.benefits.size(),
                 [&](std::size_t i) { check_benefit(p_.benefits[i], Path(benefits, i)); });
  }

  void check_benefit(const Benefit& benefit, const Path& base) {
    check_not_empty(benefit.title, Path(base, "title"));
    const Path recipient(base, "recipient");
    if (benefit.recipient.kind == RecipientKind::unit)
      refer(units_, UnitId(benefit.recipient.id), Path(recipient, "unit"), "unit");
    else if (benefit.recipient.kind == RecipientKind::member)
      refer(members_, MemberId(benefit.recipient.id), Path(recipient, "member"), "member");
    refer(people_, benefit.owner, Path(base, "owner"), "person");
    check_indicator(benefit.baseline, Path(base, "baseline"));
    check_indicator(benefit.target, Path(base, "target"));
    const Path measurements(base, "measurements");
    for (std::size_t i = 0; i < benefit.measurements.size(); ++i)
      check_measurement(benefit.measurements[i], Path(measurements, i));
    if (benefit.baseline && benefit.target && comparable(benefit.baseline->date, benefit.target->date) &&
        benefit.target->date < benefit.baseline->date) {
      const Path target(base, "target");
      report(Path(target, "date"), quoted(to_iso(benefit.target->date)),
             "the target date is before the baseline date (" + to_iso(benefit.baseline->date) + ")");
    }
    const Path profile(base, "profile");
    for (std::size_t i = 0; i < benefit.profile.size(); ++i) {
      const Path where(profile, i);
      check_year(benefit.profile[i].year, Path(where, "year"));
      for (std::size_t earlier = 0; earlier < i; ++earlier)
        if (benefit.profile[earlier].year == benefit.profile[i].year) {
          report(Path(where, "year"), std::to_string(benefit.profile[i].year), "the same year is planned twice");
          break;
        }
      if (!std::isfinite(benefit.profile[i].quantity))
        report(Path(where, "quantity"), std::to_string(benefit.profile[i].quantity), "must be a finite number");
    }
    check_profile_reaches_the_full_rate(benefit, profile);
    if (benefit.value_per_unit) {
      const Path value(base, "value_per_unit");
      check_money(*benefit.value_per_unit, value, true);
      if (benefit.kind == BenefitKind::qualitative)
        report(value, quoted(benefit.value_per_unit->to_string()),
               "a qualitative benefit is not valued in money; make it non_cash or cash_releasing");
    }
    check_contributors(benefit, base);
    const Path goals(base, "goals");
    for (std::size_t i = 0; i < benefit.goals.size(); ++i)
      refer(goals_, benefit.goals[i], Path(goals, i), "strategic goal");
  }

  // One definition of "fully realised": the indicator at its target (degree 1), which the
  // profile's largest quantity (the full rate) stands for. A profile that reaches it in a year
  // before the target's year plans the benefit fully realised before the target says it is, and
  // a measurement on course for the target would be flagged behind plan.
  void check_profile_reaches_the_full_rate(const Benefit& benefit, const Path& profile) {
    if (!benefit.baseline || !benefit.target || benefit.target->date.is_special() || benefit.profile.empty()) return;
    std::size_t first_full = 0;
    for (std::size_t i = 1; i < benefit.profile.size(); ++i) {
      const auto& planned = benefit.profile[i];
      const auto& best = benefit.profile[first_full];
      if (planned.quantity > best.quantity || (planned.quantity == best.quantity && planned.year < best.year))
        first_full = i;
    }
    const int target_year = benefit.target->date.year();
    if (benefit.profile[first_full].year >= target_year) return;
    report(Path(Path(profile, first_full), "year"), std::to_string(benefit.profile[first_full].year),
           "the profile reaches its full quantity (" + problem_value(benefit.profile[first_full].quantity) +
               ") before the target's year " + std::to_string(target_year) +
               ": the plan would count the benefit fully realised before its target is due");
  }

  void check_contributors(const Benefit& benefit, const Path& base) {
    const Path contributors(base, "contributors");
    long long share_sum = 0;
    for (std::size_t i = 0; i < benefit.contributors.size(); ++i) {
      const auto& contribution = benefit.contributors[i];
      const Path where(contributors, i);
      const Path initiative(where, "initiative");
      refer(initiatives_, contribution.initiative, initiative, "initiative");
      for (std::size_t earlier = 0; earlier < i; ++earlier)
        if (benefit.contributors[earlier].initiative == contribution.initiative) {
          report(initiative, quoted(contribution.initiative.str()), "the same initiative contributes twice");
          break;
        }
      if (contribution.share_basis_points <= 0 || contribution.share_basis_points > full_share)
        report(Path(where, "share"), percent_text(contribution.share_basis_points),
               "a share is more than 0 % and at most 100 %");
      share_sum += contribution.share_basis_points;
    }
    if (share_sum > full_share)
      report(contributors, percent_text(share_sum) + " %",
             "attribution shares sum to more than 100 %, so the benefit would be counted more than once");
  }

  const Portfolio& p_;
  const EntitySelection* only_ = nullptr;
  const Path root_;
  std::vector<Problem> problems_;
  IdIndex members_, areas_, units_, people_, goals_, components_, systems_, initiatives_, benefits_;
};

}  // namespace

std::vector<Problem> validate(const Portfolio& portfolio) { return Validator(portfolio).run(); }

std::vector<Problem> validate(const Portfolio& portfolio, const EntitySelection& only, const EntityIds& before) {
  return Validator(portfolio, only, before).run();
}

EntityIds index_entity_ids(const Portfolio& portfolio) {
  EntityIds ids;
  ids.initiatives.reserve(portfolio.initiatives.size());
  for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i) ids.initiatives.try_emplace(portfolio.initiatives[i].id.str(), i);
  ids.benefits.reserve(portfolio.benefits.size());
  for (std::size_t i = 0; i < portfolio.benefits.size(); ++i) ids.benefits.try_emplace(portfolio.benefits[i].id.str(), i);
  return ids;
}

void require_valid(const Portfolio& portfolio) {
  if (auto problems = validate(portfolio); !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
}

}  // namespace tiltak
