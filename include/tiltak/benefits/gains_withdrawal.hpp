#pragma once
// The budget effect that can be withdrawn (gevinstuttak) per party and year, and Digdir's
// co-financing rule that half of the applicant's internal net gains are withdrawn
// (docs/benefits.md, "Who pays and who gains").

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/yearly_amounts.hpp"

namespace tiltak {

struct PartyWithdrawal {
  Party party;
  std::vector<YearAmount> years;  // by year
  Money total{0, Currency::NOK};
  bool operator==(const PartyWithdrawal&) const = default;
};

// Gevinstuttak: the planned value of cash-releasing benefits received inside the organisation
// (a unit or a member), per party at `level` and per profile year, nominal in the model's
// prices; whole benefits, whichever initiatives carry them.
struct BudgetWithdrawal {
  Currency currency = Currency::NOK;
  PartyLevel level = PartyLevel::unit;
  std::vector<PartyWithdrawal> parties;  // ordered
  std::vector<YearAmount> by_year;
  Money total{0, Currency::NOK};
  bool operator==(const BudgetWithdrawal&) const = default;
};
BudgetWithdrawal budget_withdrawal(const Portfolio& portfolio, PartyLevel level = PartyLevel::unit);

struct CofinancingYear {
  int year = 0;
  Money internal_gains{0, Currency::NOK};   // attributed cash-releasing benefits to internal recipients
  Money operating_costs{0, Currency::NOK};  // lasting operating costs of the new solution (positive)
  Money net_gain{0, Currency::NOK};         // gains − operating costs
  Money withdrawal{0, Currency::NOK};       // withdrawal share × max(0, net gain), rounded
  bool operator==(const CofinancingYear&) const = default;
};

struct CofinancingAssessment {
  InitiativeId initiative;
  std::string title;
  Money project_cost{0, Currency::NOK};  // investment + internal hours (valued horizon), nominal
  bool within_cost_limits = true;
  Money max_grant{0, Currency::NOK};     // min(grant share × project cost, grant limit)
  int budget_years = 0;                  // distinct years with investment or internal hours
  bool within_budget_years = true;
  std::optional<double> npv_per_invested_krone;  // Digdir's ranking figure, from the appraisal
  std::vector<CofinancingYear> years;
  Money total_withdrawal{0, Currency::NOK};
  bool operator==(const CofinancingAssessment&) const = default;
};

struct CofinancingReport {
  std::string parameter_set;
  CofinancingRules rules;
  std::vector<CofinancingAssessment> initiatives;  // portfolio order
  Money total_withdrawal{0, Currency::NOK};
  bool operator==(const CofinancingReport&) const = default;
};
// Whether the set has co-financing rules for amounts in `currency` (Digdir's are in NOK).
bool has_cofinancing_rules(const ParameterSet& parameters, Currency currency) noexcept;
// Throws Error(invalid_argument) when the parameter set has no co-financing rules and
// Error(currency_mismatch) when they are in another currency than the portfolio.
CofinancingReport cofinancing_assessment(const Portfolio& portfolio, const ParameterSet& parameters,
                                         const AppraisalOptions& options = {});

}  // namespace tiltak
