#include <gtest/gtest.h>

#include <random>

#include "support/selection_checker.hpp"
#include "support/prioritisation_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

using namespace testing;

Criteria goals_only() {
  Criterion c;
  c.id = "goals";
  c.kind = CriterionKind::goal_contribution;
  c.weight = 1.0;
  Criteria criteria;
  criteria.criteria = {c};
  return criteria;
}

YearBudget investment_budget(int year, long long kroner) { return {year, Money(kroner * 100, Currency::NOK), std::nullopt}; }

struct Instance {
  Portfolio portfolio;
  SelectionOptions options;
};

// A random small instance: 3 budget years, dependencies on earlier initiatives, developer
// capacity, sometimes a mandatory initiative, a forced-out one, an exclusive pair, a share bound.
Instance random_instance(std::mt19937_64& random) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  Instance instance;
  Portfolio& p = instance.portfolio;
  p.strategy.goals = {{GoalId("G1"), "", 2.0}, {GoalId("G2"), "", 1.0}};
  const int n = uniform(4, 14);
  long long total = 0;
  for (int k = 0; k < n; ++k) {
    const std::string id = "T" + std::to_string(k);
    Initiative i = initiative(id.c_str());
    for (int year = 2026; year <= 2028; ++year) {
      if (uniform(0, 2) == 0) continue;
      const long long amount = uniform(1, 20) * 50'000LL;
      total += amount;
      i.costs.push_back(money_line(year, uniform(0, 3) == 0 ? CostKind::operating : CostKind::investment, amount));
      if (uniform(0, 1)) i.costs.push_back(hours_line(year, "developer", uniform(1, 10) * 100));
    }
    i.costs.push_back(money_line(2030, CostKind::investment, 9'000'000));  // outside the horizon: ignored
    i.goals = {{GoalId("G1"), uniform(0, 5)}, {GoalId("G2"), uniform(0, 5)}};
    i.service_areas = {ServiceAreaId(uniform(0, 1) ? "health" : "school")};
    if (uniform(0, 4) == 0) i.service_areas.push_back(ServiceAreaId("culture"));
    if (k > 0 && uniform(0, 2) == 0) depends(i, ("T" + std::to_string(uniform(0, k - 1))).c_str());
    if (k > 1 && uniform(0, 5) == 0) depends(i, ("T" + std::to_string(uniform(0, k - 1))).c_str());
    if (uniform(0, 12) == 0) i.mandatory = Mandate{MandatoryReason::gdpr, ""};
    p.initiatives.push_back(std::move(i));
  }
  for (int year = 2026; year <= 2028; ++year) {
    p.strategy.budget_frames.push_back(
        {year, Money(total * 100 / uniform(3, 8), Currency::NOK), Money(total * 100 / uniform(4, 12), Currency::NOK)});
    p.strategy.capacity.push_back({year, "developer", uniform(5, 30) * 100});
  }
  SelectionOptions& o = instance.options;
  o.criteria = goals_only();
  if (uniform(0, 3) == 0) o.objective = SelectionObjective::npv;
  if (uniform(0, 3) == 0) o.forced_out = {InitiativeId("T" + std::to_string(uniform(0, n - 1)))};
  if (uniform(0, 2) == 0) {
    const int a = uniform(0, n - 1), b = uniform(0, n - 1);
    if (a != b) o.exclusive = {{InitiativeId("T" + std::to_string(a)), InitiativeId("T" + std::to_string(b))}};
  }
  if (uniform(0, 3) == 0) o.shares = {{ServiceAreaId("health"), std::nullopt, uniform(3, 8) * 1000}};
  if (uniform(0, 5) == 0) o.shares.push_back({ServiceAreaId("school"), uniform(1, 3) * 1000, std::nullopt});
  return instance;
}

// The optimum by enumerating every subset, checked by the independent checker.
std::optional<double> brute_force(const Instance& instance, const std::map<std::string, double>& values) {
  std::vector<std::string> ids;
  for (const auto& i : instance.portfolio.initiatives) ids.push_back(i.id.str());
  std::optional<double> best;
  for (unsigned mask = 0; mask < (1u << ids.size()); ++mask) {
    std::set<std::string> chosen;
    double value = 0;
    for (std::size_t k = 0; k < ids.size(); ++k)
      if (mask & (1u << k)) {
        chosen.insert(ids[k]);
        value += values.at(ids[k]);
      }
    if (!violation(instance.portfolio, instance.options, 2026, 2028, chosen).empty()) continue;
    if (!best || value > *best) best = value;
  }
  return best;
}

TEST(Selection, Optimum_EqualsBruteForceOnRandomInstances) {
  std::mt19937_64 random(20261123);
  int feasible = 0, infeasible = 0;
  for (int round = 0; round < 150; ++round) {
    const Instance instance = random_instance(random);
    std::map<std::string, double> values;
    std::optional<Selection> selection;
    try {
      selection = select_portfolio(instance.portfolio, instance.options);
    } catch (const Error& error) {
      ASSERT_EQ(error.code(), ErrorCode::infeasible) << round << ": " << error.what();
    }
    if (!selection) {
      // Values do not matter for feasibility: any will do for the enumeration.
      for (const auto& i : instance.portfolio.initiatives) values[i.id.str()] = 0.0;
      EXPECT_FALSE(brute_force(instance, values).has_value()) << round << ": the solver called a feasible case infeasible";
      ++infeasible;
      continue;
    }
    for (const auto& d : selection->decisions) values[d.id.str()] = d.value;
    const auto best = brute_force(instance, values);
    ASSERT_TRUE(best.has_value()) << round;
    EXPECT_EQ(selection->status, SelectionStatus::optimal) << round;
    EXPECT_NEAR(selection->objective_value, *best, 1e-6 * std::max(1.0, std::abs(*best))) << round;
    EXPECT_EQ(violation(instance.portfolio, instance.options, 2026, 2028, ids_of(*selection)), "") << round;
    EXPECT_NEAR(*selection->gap, 0.0, 1e-9);
    ++feasible;
  }
  EXPECT_GT(feasible, 90);  // both outcomes are exercised
  EXPECT_GT(infeasible, 3);
}

TEST(Selection, LargeGeneratedPortfolio_KeepsEveryConstraint) {
  SyntheticOptions synthetic;
  synthetic.initiatives = 2000;
  synthetic.seed = 7;
  const Portfolio p = generate_portfolio(synthetic);
  SelectionOptions options;
  options.criteria = goals_only();
  options.time_limit_seconds = 20;
  // The last initiatives: nothing depends on them (edges run to lower numbers only).
  std::vector<InitiativeId> free;
  for (auto it = p.initiatives.rbegin(); free.size() < 2; ++it)
    if (is_candidate(*it) && !it->mandatory) free.push_back(it->id);
  options.exclusive = {free};
  options.shares = {{p.organisation.service_areas[0].id, std::nullopt, 3000}};
  for (const SelectionMethod method : {SelectionMethod::exact, SelectionMethod::greedy}) {
    options.method = method;
    const Selection selection = select_portfolio(p, options);
    EXPECT_EQ(violation(p, options, selection.first_year, selection.last_year, ids_of(selection)), "");
    EXPECT_GT(selection.selected.size(), 10u);
    for (const auto& year : selection.years)
      if (year.investment_budget) {
        EXPECT_LE(year.investment, *year.investment_budget);
      }
  }
}

TEST(Selection, Greedy_IsFeasibleAndNoBetterThanTheOptimum) {
  std::mt19937_64 random(99);
  for (int round = 0; round < 60; ++round) {
    Instance instance = random_instance(random);
    instance.options.shares.clear();  // the heuristic may miss minimum shares
    try {
      const Selection exact = select_portfolio(instance.portfolio, instance.options);
      instance.options.method = SelectionMethod::greedy;
      const Selection greedy = select_portfolio(instance.portfolio, instance.options);
      EXPECT_EQ(greedy.status, SelectionStatus::heuristic);
      EXPECT_EQ(violation(instance.portfolio, instance.options, 2026, 2028, ids_of(greedy)), "") << round;
      EXPECT_LE(greedy.objective_value, exact.objective_value + 1e-9) << round;
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::infeasible);
    }
  }
}

// A (mandatory), B needs A, C needs the forced-out X, D free; the budget fits A and B or D.
TEST(Selection, Decisions_GiveTheReasons) {
  Portfolio p;
  p.strategy.goals = {{GoalId("G"), "", 1.0}};
  Initiative a = initiative("A", {money_line(2026, CostKind::investment, 100)});
  a.mandatory = Mandate{MandatoryReason::law, ""};
  Initiative b = initiative("B", {money_line(2026, CostKind::investment, 100)});
  b.goals = {{GoalId("G"), 5}};
  depends(b, "A");
  Initiative c = initiative("C", {money_line(2026, CostKind::investment, 10)});
  c.goals = {{GoalId("G"), 5}};
  depends(c, "X");
  Initiative x = initiative("X");
  Initiative d = initiative("D", {money_line(2026, CostKind::investment, 100)});
  d.goals = {{GoalId("G"), 1}};
  p.initiatives = {a, b, c, x, d};
  SelectionOptions options;
  options.criteria = goals_only();
  options.budgets = std::vector<YearBudget>{investment_budget(2026, 200)};
  options.forced_out = {InitiativeId("X")};
  const Selection s = select_portfolio(p, options);
  std::vector<std::pair<std::string, SelectionReason>> reasons;
  for (const auto& decision : s.decisions) reasons.emplace_back(decision.id.str(), decision.reason);
  EXPECT_EQ(reasons, (std::vector<std::pair<std::string, SelectionReason>>{
                         {"A", SelectionReason::mandatory},
                         {"B", SelectionReason::chosen},
                         {"C", SelectionReason::prerequisite_missing},
                         {"X", SelectionReason::forced_out},
                         {"D", SelectionReason::not_chosen}}));
  ASSERT_EQ(s.years.size(), 1u);
  EXPECT_EQ(s.years[0].investment, Money(20000, Currency::NOK));
  EXPECT_EQ(s.first_year, 2026);
}

TEST(Selection, UnknownIdsInOptions_AreNotFound) {
  Portfolio p;
  p.initiatives = {initiative("A", {money_line(2026, CostKind::investment, 100)})};
  SelectionOptions options;
  options.criteria = goals_only();
  options.budgets = std::vector<YearBudget>{investment_budget(2026, 200)};
  options.forced_in = {InitiativeId("nope")};
  try {
    select_portfolio(p, options);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
    EXPECT_EQ(error.problems().at(0).pointer, "/forced_in/0");
  }
}

}  // namespace
}  // namespace tiltak
