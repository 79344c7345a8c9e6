// Every test of the store suite (TEST_P(StoreTest, ...)) runs on each backend: the JSON
// document and an SQLite store.

#include "store_fixture.hpp"

namespace tiltak::testing {

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("json", "db"),
                         [](const ::testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

}  // namespace tiltak::testing
