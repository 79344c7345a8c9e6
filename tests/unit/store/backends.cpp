// Every test of the store suite (TEST_P(StoreTest, ...)) runs on each backend: the JSON
// document, an SQLite store and a PostgreSQL store (on the server TILTAK_TEST_POSTGRES names;
// skipped without one).

#include "store_fixture.hpp"

namespace tiltak::testing {

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(store_backends()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

}  // namespace tiltak::testing
