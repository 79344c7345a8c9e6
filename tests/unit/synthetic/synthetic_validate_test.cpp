// The generator's promise that validate() finds nothing. Kept in its own file: it is the
// only synthetic test that needs the validator (src/model/validation.cpp).

#include <gtest/gtest.h>

#include <cstdint>

#include "tiltak/model/synthetic.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

TEST(SyntheticPortfolio, ValidateFindsNothing_ForSeveralSeedsAndSizes) {
  for (std::uint64_t seed : {1u, 2u, 17u, 42u}) {
    for (std::size_t n : {0u, 1u, 100u, 5000u}) {
      SyntheticOptions options;
      options.initiatives = n;
      options.seed = seed;
      options.cooperation_members = seed == 17 ? 4 : 0;
      options.currency = seed == 2 ? Currency::DKK : Currency::NOK;
      const auto problems = validate(generate_portfolio(options));
      EXPECT_TRUE(problems.empty()) << "seed " << seed << ", size " << n << ": " << problems.size()
                                    << " problems, first: " << (problems.empty() ? "" : problems.front().describe());
    }
  }
}

}  // namespace
}  // namespace tiltak
