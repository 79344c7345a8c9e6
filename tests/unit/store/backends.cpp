// Every test of the store suite (TEST_P(StoreTest, ...)) runs on each backend: the JSON
// document, an SQLite store and a PostgreSQL store (on the server TILTAK_TEST_POSTGRES names;
// skipped without one); the tests of history (HistoryStoreTest) on the two databases.

#include "store_fixture.hpp"

namespace tiltak::testing {

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(store_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, HistoryStoreTest, ::testing::ValuesIn(history_backends()), backend_name);

}  // namespace tiltak::testing
