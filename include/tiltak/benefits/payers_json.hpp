#pragma once
// Who pays and who gains as one JSON document for machines (the C API and the CLI hand it out as
// it is), in the conventions of appraisal_json.hpp. A party is {"kind", "id"} (id null for the
// organisation and the parties outside it).
//
// {"parameter_set", "currency", "discount_year", "level", "counted": ["committed", ...],
//  "matrix": {"payers": [party], "recipients": [party],
//             "cells": [{"payer", "recipient", "present_value"}],
//             "parties": [{"party", "pv_costs_borne", "pv_benefits_received", "net"}],
//             "benefits_without_payer"},
//  "budget_withdrawal": {"withdrawal_share", "share_source", "planned_gains",
//                        "parties": [{"party", "years": [{"year", "amount"}], "total"}],
//                        "by_year": [{"year", "amount"}], "total"},
//  "cofinancing": null or {"source", "rules": {"withdrawal_share", "currency", "min_project_cost",
//                 "max_project_cost", "max_grant_share", "max_grant", "max_budget_years"},
//                 "initiatives": [{"initiative", "title", "commitment", "project_cost", "eligible",
//                 "outside": ["min_project_cost" | "max_project_cost" | "max_budget_years"], "within_cost_limits",
//                 "max_grant", "budget_years", "within_budget_years", "npv_per_invested_krone",
//                 "years": [{"year", "internal_gains", "operating_costs", "net_gain", "withdrawal"}],
//                 "total_withdrawal"}], "total_withdrawal"}}

#include <optional>
#include <string>
#include <string_view>

#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/payers.hpp"

namespace tiltak {

std::string payers_to_json(const PayersReport& report, int indent = 2);

// Options from {"level": "unit" | "service_area" | "member", "counted": ["committed",
// "pipeline", "paused", "dropped"], "withdrawal_share": 0..1, "discount_year": 1900..2200}, all
// optional. Throws Error(parse_error) / Error(validation_error) with every problem's pointer.
PayersOptions payers_options_from_json(std::string_view text, const std::string& source = "<memory>");

}  // namespace tiltak
