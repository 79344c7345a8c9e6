#pragma once
// Benefits move with the schedule: what a slip does to the present value of the benefits
// (docs/benefits.md, "Benefits move with the schedule"). The dependency graph's slip_impact()
// moves each contributor's attributed part of a benefit's planned profile with that
// contributor's finish; this values the yearly amounts before and after on one discount curve.

#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/graph/impact.hpp"

namespace tiltak {

// One benefit whose value moves: the present value of the whole benefit before and after, and
// the tax-financing item of the change (cash-releasing benefits, public share 100 %; else 0).
struct BenefitValueChange {
  BenefitId id;
  Money pv_before{0, Currency::NOK}, pv_after{0, Currency::NOK}, change{0, Currency::NOK};
  Money tax_financing_change{0, Currency::NOK};
  bool operator==(const BenefitValueChange&) const = default;
};

struct SlipValueChange {
  std::string parameter_set;
  InitiativeId initiative;
  long slip_days = 0;
  int discount_year = 0;
  // The present value of the benefits whose value moves (whole benefits: the parts that stay
  // are in both), with the tax-financing item of cash-releasing ones, before and after the
  // slip. Costs stay in their budget years. Every total is the sum of the rows' rounded
  // amounts: npv_change = npv_after − npv_before = Σ (change + tax_financing_change).
  Money npv_before{0, Currency::NOK}, npv_after{0, Currency::NOK}, npv_change{0, Currency::NOK};
  Money npv_change_without_tax_financing{0, Currency::NOK};  // Σ change
  Money tax_financing_change{0, Currency::NOK};              // Σ tax_financing_change
  std::vector<BenefitValueChange> benefits;  // those whose value moves, in slip_impact's order
  SlipImpact impact;
  bool operator==(const SlipValueChange&) const = default;
};

// The discount year is the appraisal's (options, the set's, else the portfolio's first flow
// year); the curve is anchored at the set's or the options' band anchor, else the discount year.
// Errors as slip_impact() and appraise_portfolio().
SlipValueChange slip_value_change(const Portfolio& portfolio, const InitiativeId& id, long days,
                                  const ParameterSet& parameters, const AppraisalOptions& options = {},
                                  const ScheduleOptions& schedule = {});

std::string slip_value_change_to_json(const SlipValueChange& change, int indent = 2);

}  // namespace tiltak
