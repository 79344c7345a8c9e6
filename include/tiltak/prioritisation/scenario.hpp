#pragma once
// Two selections side by side: what enters, what leaves, value and cost per year.

#include <vector>

#include "tiltak/prioritisation/selection.hpp"

namespace tiltak {

struct YearComparison {
  int year = 0;
  Money investment_a{0, Currency::NOK}, investment_b{0, Currency::NOK};
  Money operating_a{0, Currency::NOK}, operating_b{0, Currency::NOK};
  bool operator==(const YearComparison&) const = default;
};

struct SelectionComparison {
  std::vector<InitiativeId> enters;  // in b, not in a (a's order, then b's)
  std::vector<InitiativeId> leaves;  // in a, not in b
  std::vector<InitiativeId> stays;   // in both
  double value_a = 0.0, value_b = 0.0;
  std::vector<YearComparison> years;  // every year of either horizon, ascending
  bool operator==(const SelectionComparison&) const = default;
};

// Throws Error(currency_mismatch) for selections in different currencies.
SelectionComparison compare_selections(const Selection& a, const Selection& b);

}  // namespace tiltak
