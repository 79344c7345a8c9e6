#include "harness.hpp"

#include <cstdio>
#include <cstdlib>

#include "tiltak/io/portfolio_json.hpp"

namespace tiltak_fuzz {

const tiltak::Portfolio& fixture_portfolio() {
  // TILTAK_FUZZ_SOURCE_DIR is the project's source directory, set by fuzz/CMakeLists.txt.
  static const tiltak::Portfolio portfolio = tiltak::load_portfolio(TILTAK_FUZZ_SOURCE_DIR "/tests/data/minimal.json");
  return portfolio;
}

void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "tiltak fuzz: property broken: %s\n", what);
  std::abort();
}

void documented(const tiltak::Error& error) {
  if (error.code() != tiltak::ErrorCode::internal) return;
  std::fprintf(stderr, "tiltak fuzz: internal error: %s\n", error.what());
  std::abort();
}

}  // namespace tiltak_fuzz
