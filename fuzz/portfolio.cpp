// The portfolio document loader (tiltak validate / summary, tiltak_portfolio_from_json): parse and
// validate; a document that loads must write out and load back equal (docs/format.md), and
// summarise.

#include "harness.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/reporting/summary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const tiltak::Portfolio portfolio = tiltak::parse_portfolio(tiltak_fuzz::text(data, size), "fuzz.json");
    const std::string written = tiltak::to_json(portfolio);
    tiltak_fuzz::require(tiltak::parse_portfolio(written, "written.json") == portfolio,
                         "a loaded portfolio loads back equal from its own JSON");
    tiltak::summarise(portfolio);
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
