#pragma once
// The budget effect that can be withdrawn (gevinstuttak) per party and year, and Digdir's
// co-financing rule that half of the applicant's internal net gains are withdrawn
// (docs/benefits.md, "Who pays and who gains").

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/core/cash_flow.hpp"

namespace tiltak {

struct PartyWithdrawal {
  Party party;
  std::vector<CashFlow> years;  // by year
  Money total{0, Currency::NOK};
  bool operator==(const PartyWithdrawal&) const = default;
};

// Where the gevinstuttak's withdrawal share came from.
enum class WithdrawalShareSource {
  parameter_set,  // the withdrawal share of the parameter set's co-financing rules
  whole_gain,     // the set has no such rule: the whole planned gain
  options,        // PayersOptions::withdrawal_share
};
template <>
std::span<const EnumName<WithdrawalShareSource>> enum_names<WithdrawalShareSource>() noexcept;

// Gevinstuttak: the withdrawal share of the planned value of cash-releasing benefits received
// inside the organisation (a unit or a member), per party at `level` and per profile year,
// nominal in the model's prices. A benefit counts with the parts attributed to the counted
// initiatives (the allocation rule); a part attributed to no initiative is no initiative's gain.
// Each year's withdrawal is rounded once and apportioned over the parties by their gains, so
// the parties add up to it exactly.
struct BudgetWithdrawal {
  Currency currency = Currency::NOK;
  PartyLevel level = PartyLevel::unit;
  Commitments counted;
  double withdrawal_share = 1.0;
  WithdrawalShareSource share_source = WithdrawalShareSource::whole_gain;
  Money planned_gains{0, Currency::NOK};  // the cash-releasing gains the share is taken of
  std::vector<PartyWithdrawal> parties;  // ordered
  std::vector<CashFlow> by_year;
  Money total{0, Currency::NOK};
  bool operator==(const BudgetWithdrawal&) const = default;
};
// Throws Error(invalid_argument) for a withdrawal share outside 0..1.
BudgetWithdrawal budget_withdrawal(const Portfolio& portfolio, const ParameterSet& parameters,
                                   const PayersOptions& options = {});

struct CofinancingYear {
  int year = 0;
  Money internal_gains{0, Currency::NOK};   // attributed cash-releasing benefits to internal recipients
  Money operating_costs{0, Currency::NOK};  // lasting operating costs of the new solution (positive)
  Money net_gain{0, Currency::NOK};         // gains − operating costs
  Money withdrawal{0, Currency::NOK};       // withdrawal share × max(0, net gain), rounded
  bool operator==(const CofinancingYear&) const = default;
};

// A limit of the co-financing scheme an initiative is outside of.
enum class CofinancingLimit { min_project_cost, max_project_cost, max_budget_years };
template <>
std::span<const EnumName<CofinancingLimit>> enum_names<CofinancingLimit>() noexcept;

struct CofinancingAssessment {
  InitiativeId initiative;
  std::string title;
  Commitment commitment = Commitment::committed;
  Money project_cost{0, Currency::NOK};  // investment + internal hours (valued horizon), nominal
  // Within every limit of the scheme; else `outside` names the limits it breaks.
  bool eligible = true;
  std::vector<CofinancingLimit> outside;
  bool within_cost_limits = true;
  Money max_grant{0, Currency::NOK};     // min(grant share × project cost, grant limit)
  int budget_years = 0;                  // distinct years with investment or internal hours
  bool within_budget_years = true;
  std::optional<double> npv_per_invested_krone;  // Digdir's ranking figure, from the appraisal
  std::vector<CofinancingYear> years;
  // What the rule would withdraw; counted in the report's total only when eligible.
  Money total_withdrawal{0, Currency::NOK};
  bool operator==(const CofinancingAssessment&) const = default;
};

struct CofinancingReport {
  std::string parameter_set;
  std::string source;  // where the scheme's rules are stated (the rules' source, else the set's)
  CofinancingRules rules;
  Commitments counted;
  std::vector<CofinancingAssessment> initiatives;  // the counted ones, portfolio order
  Money total_withdrawal{0, Currency::NOK};         // of the eligible initiatives
  bool operator==(const CofinancingReport&) const = default;
};
// Whether the set has co-financing rules for amounts in `currency` (Digdir's are in NOK).
bool has_cofinancing_rules(const ParameterSet& parameters, Currency currency) noexcept;
// The counted initiatives against the scheme. Throws Error(invalid_argument) when the parameter
// set has no co-financing rules and Error(currency_mismatch) when they are in another currency
// than the portfolio.
CofinancingReport cofinancing_assessment(const Portfolio& portfolio, const ParameterSet& parameters,
                                         const PayersOptions& options = {});

// Who pays and who gains, whole: the matrix, the gevinstuttak and, when the parameter set has
// co-financing rules in the portfolio's currency, the co-financing assessment; one set of options.
struct PayersReport {
  PayerRecipientMatrix matrix;
  BudgetWithdrawal withdrawal;
  std::optional<CofinancingReport> cofinancing;
  bool operator==(const PayersReport&) const = default;
};
PayersReport payers_report(const Portfolio& portfolio, const ParameterSet& parameters,
                           const PayersOptions& options = {});

}  // namespace tiltak
