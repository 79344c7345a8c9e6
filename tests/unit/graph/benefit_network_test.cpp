// Goals that nothing approved serves, and benefits that rest only on initiatives at risk.

#include <gtest/gtest.h>

#include "support/portfolio_builder.hpp"
#include "tiltak/graph/benefit_network.hpp"

namespace tiltak {
namespace {

using testing::day;
using testing::PortfolioBuilder;

Portfolio network_portfolio() {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-06-30", Stage::in_progress)
      .initiative("P", "2026-01-01", "2026-06-30", Stage::paused)
      .initiative("R", "2026-01-01", "2026-06-30", Stage::registered)
      .initiative("X", "2026-01-01", "2026-06-30", Stage::cancelled)
      .initiative("S", "2026-01-01", "2026-06-30", Stage::approved);
  b.depends("S", "X");
  b.last("A").status.push_back({StatusDimension::cost, Rag::red, "Overskridelse", day("2026-10-01")});
  Portfolio portfolio = b.build();
  portfolio.strategy.goals = {{GoalId("g1"), "Digitalt førstevalg", 1}, {GoalId("g2"), "Deling av data", 1},
                              {GoalId("g3"), "Kompetanse", 1}};
  auto benefit = [](const char* id, std::vector<Contribution> contributors, std::vector<GoalId> goals) {
    Benefit made;
    made.id = BenefitId(id);
    made.title = id;
    made.contributors = std::move(contributors);
    made.goals = std::move(goals);
    return made;
  };
  portfolio.benefits = {
      benefit("B1", {{InitiativeId("A"), 5000}, {InitiativeId("P"), 5000}}, {GoalId("g1")}),  // both at risk
      benefit("B2", {{InitiativeId("R"), 10000}}, {GoalId("g2")}),                           // not approved
      benefit("B3", {{InitiativeId("A"), 5000}, {InitiativeId("R"), 5000}}, {}),             // R is fine
      benefit("B4", {}, {GoalId("g1")}),
  };
  portfolio.initiatives[4].goals = {{GoalId("g3"), 2}};  // S scores g3 directly
  return portfolio;
}

TEST(BenefitNetwork, GoalServedOnlyByUnapprovedInitiativesIsUncovered) {
  const BenefitNetwork network = analyse_benefit_network(network_portfolio());
  EXPECT_EQ(network.uncovered_goals, std::vector<GoalId>{GoalId("g2")});
  ASSERT_EQ(network.goals.size(), 3u);
  EXPECT_EQ(network.goals[0].benefits, (std::vector<BenefitId>{BenefitId("B1"), BenefitId("B4")}));
  EXPECT_EQ(network.goals[0].approved_contributors, std::vector<InitiativeId>{InitiativeId("A")});
  EXPECT_TRUE(network.goals[2].covered);  // through S's direct score
  EXPECT_EQ(network.goals[2].direct_contributors, std::vector<InitiativeId>{InitiativeId("S")});
}

TEST(BenefitNetwork, BenefitIsAtRiskOnlyWhenEveryContributorIs) {
  const BenefitNetwork network = analyse_benefit_network(network_portfolio());
  ASSERT_EQ(network.benefits_at_risk.size(), 1u);
  const BenefitAtRisk& b1 = network.benefits_at_risk[0];
  EXPECT_EQ(b1.benefit, BenefitId("B1"));
  ASSERT_EQ(b1.contributors.size(), 2u);
  EXPECT_EQ(b1.contributors[0].reasons, std::vector<std::string>{"red status (cost)"});
  EXPECT_EQ(b1.contributors[1].reasons, std::vector<std::string>{"paused"});
  EXPECT_EQ(network.benefits_without_contributors, std::vector<BenefitId>{BenefitId("B4")});
}

TEST(BenefitNetwork, DependingOnACancelledInitiativeIsARisk) {
  Portfolio portfolio = network_portfolio();
  portfolio.benefits = {portfolio.benefits[0]};
  portfolio.benefits[0].contributors = {{InitiativeId("S"), 10000}};
  const BenefitNetwork network = analyse_benefit_network(portfolio);
  ASSERT_EQ(network.benefits_at_risk.size(), 1u);
  EXPECT_EQ(network.benefits_at_risk[0].contributors[0].reasons, std::vector<std::string>{"depends on cancelled X"});
}

}  // namespace
}  // namespace tiltak
