// Parameter sets (tiltak benefits --params FILE.json): a set that loads must write out and load
// back equal (documented in parameters.hpp), and the fixture portfolio is appraised by it.

#include "harness.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/appraisal_json.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/core/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const tiltak::ParameterSet set = tiltak::parameters_from_json(tiltak_fuzz::text(data, size), "fuzz-params.json");
    tiltak_fuzz::require(tiltak::parameters_from_json(tiltak::parameters_to_json(set)) == set,
                         "a parameter set loads back equal from its own JSON");
    tiltak::appraise_portfolio(tiltak_fuzz::fixture_portfolio(), set);
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
