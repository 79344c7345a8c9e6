#pragma once
// Realisation tracking as JSON for machines (the C API and the CLI hand it out as it is), in the
// conventions of appraisal_json.hpp: fields always present in a fixed order, null for a missing
// value, amounts as exact decimal strings, degrees as numbers (1.0 = the target reached), dates
// as ISO 8601.
//
// Portfolio: {"as_of", "currency", "planned_to_date", "realised_to_date", "forecast_remaining",
//             "flag_counts": {"behind_plan", "no_measurement_when_due", "no_owner",
//             "not_measurable", "target_against_direction"}, "benefits": [B]}
// B: {"id", "title", "owner", "direction", "valued_in_money", "latest_degree",
//     "planned_degree_now", "planned_to_date", "realised_to_date", "flags": [names],
//     "measurements": [{"date", "value", "degree", "planned_degree"}],
//     "years": [{"year", "planned_quantity", "planned_degree", "degree", "planned_value",
//                "realised_value"}],
//     "forecast": {"method": "least_squares", "slope_per_year", "intercept", "degree_at_target",
//                  "full_realisation", "remaining_value"} or null}

#include <string>
#include <string_view>

#include "tiltak/benefits/realisation.hpp"

namespace tiltak {

// Options in: {"as_of": "2028-09-01", "measurement_grace_days": 0, "behind_plan_tolerance": 0};
// only as_of is required. Error(parse_error) for malformed JSON, Error(validation_error) with
// every problem and its pointer for unknown fields, wrong types, a bad date, a negative grace.
RealisationOptions realisation_options_from_json(std::string_view text, const std::string& source = "<memory>");

std::string portfolio_realisation_to_json(const RealisationSummary& summary, int indent = 2);
// B with "as_of" and "currency" first.
std::string benefit_realisation_to_json(const BenefitRealisation& realisation, Date as_of, Currency currency,
                                        int indent = 2);

}  // namespace tiltak
