#pragma once
// A small appraisal example shared by the appraisal tests: initiative A (1.2 MNOK in 2026,
// 100 000 kr a year to run), C (300 000 kr in 2027), D (no figures); benefits B1 (cash-releasing,
// 60/40 between A and C), B2 (hours, to A), B3 (qualitative) and B4 (quantified but not valued).

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/model/portfolio.hpp"
#include "support/test_values.hpp"

namespace tiltak::testing {


inline CostLine cost(int year, CostKind kind, const char* amount, CostBasis basis = CostBasis::plan) {
  CostLine line;
  line.year = year;
  line.kind = kind;
  line.basis = basis;
  line.amount = nok(amount);
  return line;
}

inline Benefit benefit(const char* id, BenefitKind kind, std::optional<Money> value, double quantity,
                       std::vector<Contribution> contributors) {
  Benefit b;
  b.id = BenefitId(id);
  b.title = std::string("Gevinst ") + id;
  b.kind = kind;
  b.value_per_unit = value;
  for (int year = 2027; year <= 2030; ++year) b.profile.push_back({year, quantity});
  b.contributors = std::move(contributors);
  return b;
}

inline Portfolio example() {
  Portfolio portfolio;
  portfolio.name = "Testvik";
  portfolio.currency = Currency::NOK;
  Initiative a;
  a.id = InitiativeId("A");
  a.title = "Digital byggesak";
  a.costs = {cost(2026, CostKind::investment, "1000000"), cost(2026, CostKind::internal_hours, "200000")};
  for (int year = 2027; year <= 2030; ++year) a.costs.push_back(cost(year, CostKind::operating, "100000"));
  a.costs.push_back(cost(2026, CostKind::investment, "999999", CostBasis::forecast));  // not the plan: ignored
  Initiative c;
  c.id = InitiativeId("C");
  c.title = "Saksportal";
  c.costs = {cost(2027, CostKind::investment, "300000")};
  Initiative d;
  d.id = InitiativeId("D");
  d.title = "Idé uten tall";
  portfolio.initiatives = {a, c, d};
  portfolio.benefits = {
      benefit("B1", BenefitKind::cash_releasing, nok("500"), 1000, {{InitiativeId("A"), 6000}, {InitiativeId("C"), 4000}}),
      benefit("B2", BenefitKind::non_cash, nok("400"), 500, {{InitiativeId("A"), 10000}}),
      benefit("B3", BenefitKind::qualitative, std::nullopt, 0, {{InitiativeId("A"), 10000}}),
      benefit("B4", BenefitKind::non_cash, std::nullopt, 10, {{InitiativeId("A"), 10000}}),
  };
  portfolio.benefits[1].recipient = {RecipientKind::unit, "byggesak"};
  return portfolio;
}

inline AppraisalOptions at_2026() {
  AppraisalOptions options;
  options.discount_year = 2026;
  return options;
}

}  // namespace tiltak::testing
