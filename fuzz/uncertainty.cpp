// Monte Carlo estimates (tiltak uncertainty --estimates E.json): the estimates are read and the
// fixture portfolio simulated with them. Draws are capped at 64 on one thread: the cost is
// linear in the draws and the fuzzer is after the paths, not the statistics.

#include <algorithm>

#include "harness.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/core/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const tiltak::Portfolio& portfolio = tiltak_fuzz::fixture_portfolio();
  try {
    tiltak::UncertaintyInput input = tiltak::uncertainty_input_from_json(tiltak_fuzz::text(data, size), "fuzz-estimates.json");
    input.draws = std::min(input.draws, 64);
    input.threads = 1;
    const auto result = tiltak::uncertainty_analysis(portfolio, tiltak::default_parameter_set(portfolio.currency), input);
    tiltak::uncertainty_to_json(result);
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
