#pragma once
// The strategy the portfolio serves: goals with weights, yearly budget frames and capacity.

#include <string>
#include <vector>

#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak {

struct StrategicGoal {
  GoalId id;
  std::string title;
  double weight = 1.0;  // relative importance; not an amount
  bool operator==(const StrategicGoal&) const = default;
};

// What the municipal budget sets aside for digitalisation in one year.
struct BudgetFrame {
  int year = 0;
  Money investment{0, Currency::NOK};
  Money operating{0, Currency::NOK};
  bool operator==(const BudgetFrame&) const = default;
};

// Hours available in one year from one resource role ("developer", "project manager").
struct Capacity {
  int year = 0;
  std::string role;
  long long hours = 0;
  bool operator==(const Capacity&) const = default;
};

struct Strategy {
  std::vector<StrategicGoal> goals;
  std::vector<BudgetFrame> budget_frames;
  std::vector<Capacity> capacity;
  bool operator==(const Strategy&) const = default;
};

}  // namespace tiltak
