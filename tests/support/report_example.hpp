#pragma once
// A small portfolio whose report figures are computed by hand in the report tests: two service
// areas, one in-progress and one approved initiative (B waits for A), one in council, one
// cancelled; frames for 2026–2027 and developer capacity for 2026. As of 2026-11-23.

#include "support/portfolio_builder.hpp"
#include "tiltak/reporting/report.hpp"
#include "support/test_values.hpp"

namespace tiltak::testing {


inline CostLine cost(int year, CostKind kind, CostBasis basis, long long whole) {
  CostLine line;
  line.year = year;
  line.kind = kind;
  line.basis = basis;
  line.amount = kroner(whole);
  return line;
}

inline Portfolio report_example() {
  PortfolioBuilder builder;
  builder.initiative("A", "2026-01-01", "2026-06-30")
      .initiative("B", "2026-06-15", "2026-12-31")
      .depends("B", "A")
      .initiative("C", "2027-01-01", "2027-12-31")
      .initiative("D", "2026-01-01", "2026-12-31");
  Portfolio portfolio = builder.build();
  auto& organisation = portfolio.organisation;
  organisation.service_areas = {{ServiceAreaId("HO"), "Helse og omsorg"}, {ServiceAreaId("SK"), "Skole"}};
  organisation.people = {{PersonId("P1"), "Kari Nordmann", Role::project_manager, {}}};
  portfolio.strategy.goals = {{GoalId("G1"), "Bedre tjenester", 1.0}, {GoalId("G2"), "Grønn drift", 1.0}};
  portfolio.strategy.budget_frames = {{2026, kroner(1'000'000), kroner(200'000)}, {2027, kroner(500'000), kroner(100'000)}};
  portfolio.strategy.capacity = {{2026, "developer", 1000}};

  Initiative& a = *portfolio.find_initiative(InitiativeId("A"));
  a.title = "Digital hjemmetjeneste";
  a.stage = Stage::in_progress;
  a.service_areas = {ServiceAreaId("HO")};
  a.owner = PersonId("P1");
  a.costs = {cost(2026, CostKind::investment, CostBasis::plan, 800'000),
             cost(2026, CostKind::operating, CostBasis::plan, 100'000),
             cost(2026, CostKind::investment, CostBasis::actual, 300'000),
             cost(2027, CostKind::investment, CostBasis::plan, 400'000),
             cost(2027, CostKind::investment, CostBasis::forecast, 450'000)};
  CostLine hours = cost(2026, CostKind::internal_hours, CostBasis::plan, 0);
  hours.hours = 1200;
  hours.role = "developer";
  a.costs.push_back(hours);
  a.status = {{StatusDimension::schedule, Rag::red, "Leverandøren er forsinket", day("2026-11-01")},
              {StatusDimension::cost, Rag::green, "", day("2026-06-01")}};
  a.risks = {{RiskId("R1"), "Leverandørsvikt", 4, 5, PersonId("P1"), "Ekstra oppfølging", {}, {}},
             {RiskId("R2"), "Lite brukt", 2, 2, {}, "", {}, {}},
             {RiskId("R3"), "Integrasjon", 3, 3, {}, "", {}, {}},
             {RiskId("R4"), "Opplæring", 1, 1, {}, "", {}, {}}};
  a.goals = {{GoalId("G1"), 3}};

  Initiative& b = *portfolio.find_initiative(InitiativeId("B"));
  b.title = "Pårørendeapp";
  b.stage = Stage::approved;
  b.service_areas = {ServiceAreaId("SK")};
  b.costs = {cost(2027, CostKind::investment, CostBasis::plan, 200'000),
             cost(2027, CostKind::operating, CostBasis::plan, 50'000)};

  Initiative& c = *portfolio.find_initiative(InitiativeId("C"));
  c.title = "Chatbot";
  c.stage = Stage::in_council;
  c.service_areas = {ServiceAreaId("HO")};
  c.costs = {cost(2027, CostKind::investment, CostBasis::plan, 300'000)};

  Initiative& d = *portfolio.find_initiative(InitiativeId("D"));
  d.title = "Gammel portal";
  d.stage = Stage::cancelled;
  d.service_areas = {ServiceAreaId("SK")};
  return portfolio;
}

inline ReportOptions report_example_options() {
  ReportOptions options;
  options.as_of = day("2026-11-23");
  return options;
}

}  // namespace tiltak::testing
