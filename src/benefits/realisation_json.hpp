#pragma once
// The realisation summary as a JSON value, for documents that embed it (the portfolio report).

#include "io/json_output.hpp"
#include "tiltak/benefits/realisation.hpp"

namespace tiltak::detail {

OutputJson realisation_summary_json(const RealisationSummary& summary);

}  // namespace tiltak::detail
