#pragma once
// The benefits dependency network: initiatives enable benefits, benefits serve strategic goals
// (Peppard, Ward & Daniel). Which goals nothing approved serves, and which benefits rest only on
// initiatives at risk.

#include <string>
#include <vector>

#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct GoalCoverage {
  GoalId goal;
  std::vector<BenefitId> benefits;                  // benefits that serve it
  std::vector<InitiativeId> approved_contributors;  // approved initiatives behind those benefits
  std::vector<InitiativeId> direct_contributors;    // approved initiatives scoring it directly (score > 0)
  bool covered = false;                             // some approved initiative serves it
  bool operator==(const GoalCoverage&) const = default;
};

struct ContributorRisk {
  InitiativeId initiative;
  std::vector<std::string> reasons;  // "paused", "red status (schedule)", "depends on cancelled T-031", ...
  bool operator==(const ContributorRisk&) const = default;
};

struct BenefitAtRisk {
  BenefitId benefit;
  std::vector<ContributorRisk> contributors;  // every contributor, each at risk
  bool operator==(const BenefitAtRisk&) const = default;
};

struct BenefitNetwork {
  std::vector<GoalCoverage> goals;              // in strategy order
  std::vector<GoalId> uncovered_goals;          // no approved initiative serves them
  std::vector<BenefitAtRisk> benefits_at_risk;  // all contributors at risk
  std::vector<BenefitId> benefits_without_contributors;
  bool operator==(const BenefitNetwork&) const = default;
};

// An initiative is at risk when it is paused, rejected or cancelled, its current status is red in
// any dimension, or one of its prerequisites is rejected, cancelled or paused.
BenefitNetwork analyse_benefit_network(const Portfolio& portfolio);

}  // namespace tiltak
