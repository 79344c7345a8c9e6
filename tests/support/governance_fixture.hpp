#pragma once
// A small portfolio that complies with every shipped rule on 2026-11-23, to break one fact at
// a time; and the ids of what a rule flagged.

#include <set>
#include <string>

#include "support/portfolio_builder.hpp"
#include "tiltak/governance/compliance.hpp"

namespace tiltak::testing {

inline const Date as_of = day("2026-11-23");

// The shipped Norwegian rulebook, read once.
inline const Rulebook& norwegian() {
  static const Rulebook rulebook = builtin_rulebook("no-default");
  return rulebook;
}

// A planned investment of `amount` in `year`.
inline CostLine planned_investment(int year, Money amount) {
  CostLine line;
  line.year = year;
  line.amount = amount;
  return line;
}

// T-1 in progress in "helse": owned, cloud with clearance, personal data with DPIA, ROS and a
// signed agreement, status and risks assessed in the last month, 500 000 kr planned.
// T-2 registered in "skole", no security facts. G-1 a benefit of T-1 with owner, baseline,
// indicator and target.
inline Portfolio compliant_portfolio() {
  Portfolio p = PortfolioBuilder().initiative("T-1", "2026-01-01", "2026-12-31", Stage::in_progress)
                    .initiative("T-2", "2027-01-01", "2027-06-30", Stage::registered)
                    .build();
  p.organisation.service_areas = {{ServiceAreaId("helse"), "Helse"}, {ServiceAreaId("skole"), "Skole"}};
  p.organisation.people = {{PersonId("p-eier"), "Eva Eier", Role::owner, std::nullopt}};
  auto& t1 = p.initiatives[0];
  t1.service_areas = {ServiceAreaId("helse")};
  t1.owner = PersonId("p-eier");
  t1.case_reference = "2026/1234";
  t1.costs.push_back(planned_investment(2026, Money(50000000, Currency::NOK)));
  t1.status.push_back({StatusDimension::schedule, Rag::green, "", day("2026-11-01")});
  Risk risk;
  risk.id = RiskId("R1");
  risk.title = "Forsinkelse";
  risk.probability = 2;
  risk.consequence = 3;
  risk.last_assessed = day("2026-11-01");
  t1.risks.push_back(risk);
  t1.security.processes_personal_data = true;
  t1.security.cloud_service = true;
  t1.security.dpia_done = day("2026-01-10");
  t1.security.ros_done = day("2026-01-12");
  t1.security.security_clearance = day("2026-01-20");
  t1.security.processing_agreements.push_back({"Leverandør AS", true, day("2026-01-25"), std::nullopt});
  auto& t2 = p.initiatives[1];
  t2.service_areas = {ServiceAreaId("skole")};
  t2.owner = PersonId("p-eier");
  Benefit g;
  g.id = BenefitId("G-1");
  g.title = "Spart tid";
  g.recipient = {RecipientKind::citizens, ""};
  g.owner = PersonId("p-eier");
  g.indicator = {"timer", "hours", IndicatorDirection::increase};
  g.baseline = IndicatorValue{0, day("2026-01-01"), "", std::nullopt};
  g.target = IndicatorValue{100, day("2027-12-31"), "", std::nullopt};
  g.contributors = {{InitiativeId("T-1"), 10000}};
  p.benefits.push_back(g);
  return p;
}

// "rule:subject" for every finding, to compare with an expected set in one assertion.
inline std::set<std::string> flagged(const ComplianceReport& report) {
  std::set<std::string> out;
  for (const auto& finding : report.findings) out.insert(finding.rule + ":" + finding.subject);
  return out;
}

}  // namespace tiltak::testing
