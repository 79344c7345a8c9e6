// Who pays and who gains, gevinstuttak and Digdir's co-financing rule, pinned by hand computation
// (50-digit decimals) on the appraisal example (support/appraisal_example.hpp, no-2021, discount
// year 2026, DF(y) = 1.04^−(y−2026), A(4) = Σ_{2027..2030} DF = 3.629895224…).
//
// Organisation: a cooperation of m1 (key 70 %) and m2 (30 %); unit "byggesak" (service area
// "teknisk", member m1) and "servicetorget" ("felles", m2). Bearers: A's investment 1 000 000 by
// byggesak, A's internal hours 200 000 and operating 100 000 a year shared by the keys; C's
// investment 300 000 (2027) by servicetorget. B1 (cash-releasing, 500 000 a year, A 60 %, C 40 %)
// goes to servicetorget, B2 (time, 200 000 a year, A) to byggesak.
//  A: PV costs 1 562 989.52 = byggesak 1 000 000 + shared 562 989.52 (m1 394 092.666…, m2
//     168 896.857…: apportioned by the allocation rule, the øre left goes to m2's larger
//     remainder, m1 394 092.66, m2 168 896.86, so that they add up to 1 562 989.52; each rounded
//     on its own, m1's was 394 092.67 and the parties bore 0.01 more than the initiative cost);
//     PV benefits servicetorget 300 000·A(4) = 1 088 968.57, byggesak 725 979.04.
//     Cell (p, r) = PV benefit to r × PV cost of p / 1 562 989.52:
//     byggesak→servicetorget 696 721.60, byggesak→byggesak 464 481.07, m1→servicetorget
//     274 572.87, m1→byggesak 183 048.58, m2→servicetorget 117 674.09, m2→byggesak 78 449.39.
//  C: servicetorget→servicetorget 200 000·A(4) = 725 979.04 (cost 288 461.54).
//  Member level: m1 bears 1 394 092.66, m2 457 358.40; m1→m2 971 294.48, m1→m1 647 529.65,
//  m2→m2 843 653.13, m2→m1 78 449.39.
// Co-financing (Difi: 50 % of internal net gain = gain less lasting operating costs): A's
// internal gains 300 000 a year less operating 100 000 = 200 000 → 100 000 withdrawn a year;
// C's 200 000 → 100 000. Project cost A 1 200 000 (investment + internal hours) < 10 MNOK.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/appraisal_example.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/payers_json.hpp"

namespace tiltak {
namespace {

using testing::at_2026;

Portfolio shared_example() {
  Portfolio p = testing::example();
  p.organisation.kind = OrganisationKind::cooperation;
  p.organisation.members = {{MemberId("m1"), "Ettvik", 7000}, {MemberId("m2"), "Tovik", 3000}};
  p.organisation.units = {{UnitId("byggesak"), "Byggesak", ServiceAreaId("teknisk"), MemberId("m1")},
                          {UnitId("servicetorget"), "Servicetorget", ServiceAreaId("felles"), MemberId("m2")}};
  p.initiatives[0].costs[0].bearer = UnitId("byggesak");
  p.initiatives[1].costs[0].bearer = UnitId("servicetorget");
  p.benefits[0].recipient = {RecipientKind::unit, "servicetorget"};
  for (auto& initiative : p.initiatives) initiative.stage = Stage::approved;  // counted by default
  return p;
}

PayersOptions at_2026_by(PartyLevel level) {
  PayersOptions options;
  options.appraisal = at_2026();
  options.level = level;
  return options;
}

Party unit(const char* id) { return {PartyKind::unit, id}; }
Party member(const char* id) { return {PartyKind::member, id}; }

Money cell(const PayerRecipientMatrix& m, const Party& payer, const Party& recipient) {
  for (const auto& c : m.cells)
    if (c.payer == payer && c.recipient == recipient) return c.present_value;
  return Money::zero(m.currency);
}

TEST(Payers, PartiesAtEachLevel) {
  const Organisation o = shared_example().organisation;
  const Recipient byggesak{RecipientKind::unit, "byggesak"};
  EXPECT_EQ(party_of(o, byggesak, PartyLevel::unit), unit("byggesak"));
  EXPECT_EQ(party_of(o, byggesak, PartyLevel::service_area), (Party{PartyKind::service_area, "teknisk"}));
  EXPECT_EQ(party_of(o, byggesak, PartyLevel::member), member("m1"));
  EXPECT_EQ(party_of(o, {RecipientKind::citizens, ""}, PartyLevel::member), (Party{PartyKind::citizens, ""}));
  EXPECT_EQ(party_of(o, {RecipientKind::unit, "ukjent"}, PartyLevel::member), unit("ukjent"));
}

TEST(Payers, MatrixSplitsEachInitiativesBenefitsByWhoBoreItsCosts) {
  const auto m = payer_recipient_matrix(shared_example(), builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::unit));
  EXPECT_EQ(m.parameter_set, "no-2021");
  EXPECT_EQ(m.discount_year, 2026);
  EXPECT_EQ(m.payers, (std::vector<Party>{member("m1"), member("m2"), unit("byggesak"), unit("servicetorget")}));
  EXPECT_EQ(m.recipients, (std::vector<Party>{unit("byggesak"), unit("servicetorget")}));
  EXPECT_EQ(cell(m, unit("byggesak"), unit("servicetorget")), nok("696721.60"));
  EXPECT_EQ(cell(m, unit("byggesak"), unit("byggesak")), nok("464481.07"));
  EXPECT_EQ(cell(m, member("m1"), unit("servicetorget")), nok("274572.87"));
  EXPECT_EQ(cell(m, member("m1"), unit("byggesak")), nok("183048.58"));
  EXPECT_EQ(cell(m, member("m2"), unit("servicetorget")), nok("117674.09"));
  EXPECT_EQ(cell(m, member("m2"), unit("byggesak")), nok("78449.39"));
  EXPECT_EQ(cell(m, unit("servicetorget"), unit("servicetorget")), nok("725979.04"));
  EXPECT_EQ(m.cells.size(), 7u);
  EXPECT_EQ(m.benefits_without_payer, nok("0"));
  ASSERT_EQ(m.parties.size(), 4u);
  EXPECT_EQ(m.parties[0], (PartyBalance{member("m1"), nok("394092.66"), nok("0"), nok("-394092.66")}));
  EXPECT_EQ(m.parties[2], (PartyBalance{unit("byggesak"), nok("1000000"), nok("725979.04"), nok("-274020.96")}));
  EXPECT_EQ(m.parties[3],
            (PartyBalance{unit("servicetorget"), nok("288461.54"), nok("1814947.61"), nok("1526486.07")}));
}

TEST(Payers, MemberLevelGathersUnitsUnderTheirMunicipality) {
  const auto m =
      payer_recipient_matrix(shared_example(), builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::member));
  EXPECT_EQ(m.payers, (std::vector<Party>{member("m1"), member("m2")}));
  EXPECT_EQ(cell(m, member("m1"), member("m2")), nok("971294.48"));
  EXPECT_EQ(cell(m, member("m1"), member("m1")), nok("647529.65"));
  EXPECT_EQ(cell(m, member("m2"), member("m2")), nok("843653.13"));
  EXPECT_EQ(cell(m, member("m2"), member("m1")), nok("78449.39"));
  EXPECT_EQ(m.parties[0].pv_costs_borne, nok("1394092.66"));
  EXPECT_EQ(m.parties[1].pv_costs_borne, nok("457358.40"));
}

// Regression (#22): each party's balance was rounded on its own, and the parties' PV costs summed
// to 0.01 more than the appraisal's.
TEST(Payers, PartiesBalancesAddUpToTheAppraisalAtEveryLevel) {
  const Portfolio portfolio = shared_example();
  const auto appraisal = appraise_portfolio(portfolio, builtin_parameter_set("no-2021"), at_2026());
  for (const PartyLevel level : {PartyLevel::unit, PartyLevel::service_area, PartyLevel::member}) {
    const auto m = payer_recipient_matrix(portfolio, builtin_parameter_set("no-2021"), at_2026_by(level));
    Money borne = Money::zero(Currency::NOK), received = Money::zero(Currency::NOK);
    for (const auto& party : m.parties) borne += party.pv_costs_borne, received += party.pv_benefits_received;
    EXPECT_EQ(borne, appraisal.total.pv_costs) << enum_name(level);
    EXPECT_EQ(received, appraisal.total.pv_benefits) << enum_name(level);
  }
}

TEST(Payers, SingleMunicipalityPaysSharedCostsAndCostFreeBenefitsHaveNoPayer) {
  Portfolio p = shared_example();
  p.organisation.members.clear();
  p.initiatives[1].costs.clear();  // C carries 40 % of B1 without costs
  const auto m = payer_recipient_matrix(p, builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::unit));
  EXPECT_EQ(m.payers.front(), (Party{PartyKind::organisation, ""}));
  EXPECT_EQ(cell(m, Party{PartyKind::organisation, ""}, unit("servicetorget")),
            nok("392246.96"));  // 1 088 968.57 × 562 989.52 / 1 562 989.52
  EXPECT_EQ(m.benefits_without_payer, nok("725979.04"));
}

// Regression (#22): the gevinstuttak was the whole planned gain; Digdir's scheme withdraws half.
TEST(GainsWithdrawal, TheParameterSetsShareOfCashReleasingBenefitsPerPartyAndYear) {
  const auto w = budget_withdrawal(shared_example(), builtin_parameter_set("no-2021"));
  EXPECT_DOUBLE_EQ(w.withdrawal_share, 0.5);
  EXPECT_EQ(w.share_source, WithdrawalShareSource::parameter_set);
  EXPECT_EQ(w.planned_gains, nok("2000000"));  // B1: 500 000 a year 2027-2030; B2 frees time
  ASSERT_EQ(w.parties.size(), 1u);
  EXPECT_EQ(w.parties[0].party, unit("servicetorget"));
  ASSERT_EQ(w.parties[0].years.size(), 4u);
  EXPECT_EQ(w.parties[0].years[0], (CashFlow{2027, nok("250000")}));
  EXPECT_EQ(w.total, nok("1000000"));
  EXPECT_EQ(budget_withdrawal(shared_example(), builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::member))
                .parties[0]
                .party,
            member("m2"));
}

TEST(Cofinancing, HalfOfTheInternalNetGainIsWithdrawn) {
  const auto report = cofinancing_assessment(shared_example(), builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::unit));
  EXPECT_DOUBLE_EQ(report.rules.withdrawal_share, 0.5);
  ASSERT_EQ(report.initiatives.size(), 3u);
  const auto& a = report.initiatives[0];
  EXPECT_EQ(a.project_cost, nok("1200000"));
  EXPECT_FALSE(a.within_cost_limits);  // below 10 MNOK
  EXPECT_FALSE(a.eligible);
  EXPECT_EQ(a.outside, std::vector<CofinancingLimit>{CofinancingLimit::min_project_cost});
  EXPECT_EQ(a.max_grant, nok("600000"));
  EXPECT_EQ(a.budget_years, 1);
  EXPECT_TRUE(a.within_budget_years);
  ASSERT_EQ(a.years.size(), 4u);
  EXPECT_EQ(a.years[0], (CofinancingYear{2027, nok("300000"), nok("100000"), nok("200000"), nok("100000")}));
  EXPECT_EQ(a.total_withdrawal, nok("400000"));
  EXPECT_EQ(report.initiatives[1].total_withdrawal, nok("400000"));
  EXPECT_TRUE(report.initiatives[2].years.empty());
  // Regression (#22): the total added initiatives outside the scheme's cost limits; none is inside.
  EXPECT_EQ(report.total_withdrawal, nok("0"));
}

TEST(Cofinancing, NoWithdrawalWhenRunningCostsExceedTheGainAndLimitsApply) {
  Portfolio p = shared_example();
  for (auto& line : p.initiatives[0].costs)
    if (line.kind == CostKind::operating) line.amount = nok("400000");  // 300 000 gain − 400 000
  p.initiatives[0].costs[0].amount = nok("150000000");  // above 100 MNOK
  const auto a = cofinancing_assessment(p, builtin_parameter_set("no-2021"), at_2026_by(PartyLevel::unit)).initiatives[0];
  EXPECT_EQ(a.years[0].net_gain, nok("-100000"));
  EXPECT_EQ(a.years[0].withdrawal, nok("0"));
  EXPECT_FALSE(a.within_cost_limits);
  EXPECT_EQ(a.max_grant, nok("50000000"));  // min(50 % of 150.2 MNOK, 50 MNOK)
}

TEST(Cofinancing, NeedsRulesInThePortfoliosCurrency) {
  EXPECT_THROW(cofinancing_assessment(shared_example(), builtin_parameter_set("dk-2023")), Error);
  ParameterSet set = builtin_parameter_set("no-2021");
  set.cofinancing->currency = Currency::DKK;
  try {
    cofinancing_assessment(shared_example(), set);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::currency_mismatch);
  }
}

TEST(Cofinancing, RulesAreDataInTheParameterSet) {
  const ParameterSet own = parameters_from_json(R"({"id": "x", "based_on": "no-2021",
      "cofinancing": {"withdrawal_percent": 40, "min_project_cost": "5000000.00", "max_project_cost": null,
                      "max_grant": "15000000.00", "max_budget_years": 3}})");
  EXPECT_DOUBLE_EQ(own.cofinancing->withdrawal_share, 0.4);
  EXPECT_EQ(own.cofinancing->min_project_cost, nok("5000000"));
  EXPECT_FALSE(own.cofinancing->max_project_cost);
  EXPECT_EQ(parameters_from_json(parameters_to_json(own)), own);
  try {
    parameters_from_json(R"({"id": "x", "based_on": "no-2021",
        "cofinancing": {"withdrawal_percent": 150, "max_grant": "many", "colour": 1}})");
    FAIL();
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 3u);
    EXPECT_EQ(e.problems()[0].pointer, "/cofinancing/colour");
    EXPECT_EQ(e.problems()[1].pointer, "/cofinancing/max_grant");
    EXPECT_EQ(e.problems()[2].pointer, "/cofinancing/withdrawal_percent");
  }
}

TEST(PayersJson, OneDocumentWithMatrixWithdrawalAndCofinancing) {
  const Portfolio p = shared_example();
  const auto& set = builtin_parameter_set("no-2021");
  const auto doc = nlohmann::ordered_json::parse(payers_to_json(payers_report(p, set, at_2026_by(PartyLevel::unit))));
  EXPECT_EQ(doc["parameter_set"], "no-2021");
  EXPECT_EQ(doc["level"], "unit");
  EXPECT_EQ(doc["matrix"]["payers"][0], (nlohmann::ordered_json{{"kind", "member"}, {"id", "m1"}}));
  EXPECT_EQ(doc["matrix"]["cells"][0]["present_value"], "183048.58");  // m1 → byggesak
  EXPECT_EQ(doc["counted"], (nlohmann::ordered_json{"committed"}));
  EXPECT_EQ(doc["budget_withdrawal"]["withdrawal_share"], 0.5);
  EXPECT_EQ(doc["budget_withdrawal"]["share_source"], "parameter_set");
  EXPECT_EQ(doc["budget_withdrawal"]["planned_gains"], "2000000.00");
  EXPECT_EQ(doc["budget_withdrawal"]["total"], "1000000.00");
  EXPECT_EQ(doc["cofinancing"]["rules"]["max_grant"], "50000000.00");
  EXPECT_EQ(doc["cofinancing"]["initiatives"][0]["eligible"], false);
  EXPECT_EQ(doc["cofinancing"]["initiatives"][0]["outside"], (nlohmann::ordered_json{"min_project_cost"}));
  EXPECT_EQ(doc["cofinancing"]["total_withdrawal"], "0.00");
  ParameterSet without_rules = set;
  without_rules.cofinancing.reset();
  const auto without = nlohmann::ordered_json::parse(payers_to_json(payers_report(p, without_rules)));
  EXPECT_EQ(without["cofinancing"], nullptr);
  EXPECT_EQ(without["budget_withdrawal"]["share_source"], "whole_gain");
  EXPECT_EQ(without["budget_withdrawal"]["total"], "2000000.00");
}

}  // namespace
}  // namespace tiltak
