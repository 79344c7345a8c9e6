#pragma once
// The store test suite runs the same tests on every backend: a fresh store per test in its own
// temporary directory, holding the Fjordvik example portfolio.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tiltak/io/text_file.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "postgres_schema.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak::testing {

// Where the tests' stores live: in memory (/dev/shm) where there is one, since every commit
// waits for fsync and on a disk that, not the logic under test, would take the suite's time.
inline std::filesystem::path scratch_directory() {
  const std::filesystem::path memory = "/dev/shm";
  std::error_code error;
  return std::filesystem::is_directory(memory, error) ? memory : std::filesystem::temp_directory_path();
}

// The backends the suite runs on: the JSON document ("json"), SQLite ("db") and PostgreSQL
// ("pg"). The "pg" tests skip themselves without a server: they are always listed, because
// ctest keeps the list it discovered (DISCOVERY_MODE PRE_TEST) until the executable changes,
// not until the environment does.
inline std::vector<std::string> store_backends() { return {"json", "db", "pg"}; }
// The stores that keep every revision.
inline std::vector<std::string> history_backends() { return {"db", "pg"}; }
// A parameterised test's name: its backend ("StoreTest.Name/db").
inline std::string backend_name(const ::testing::TestParamInfo<std::string>& param_info) { return param_info.param; }

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = test->name();  // "Name/0" for a parameterised test
    std::replace(name.begin(), name.end(), '/', '-');
    directory_ = scratch_directory() / ("tiltak-store-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
    if (GetParam() == "pg") {
      if (postgres_server().empty()) GTEST_SKIP() << "no PostgreSQL server: TILTAK_TEST_POSTGRES is not set (scripts/test.sh sets it)";
      schema_ = std::make_unique<PostgresSchema>();
      location_ = schema_->uri();
    } else {
      location_ = (directory_ / ("portfolio." + GetParam())).string();
    }
    // The example in tiltak's canonical form (the file spells out some defaults).
    example_ = to_json(parse_portfolio(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json")));
    if (GetParam() != "json") Store::create(location_);
    Store::open(location_).import_json(example_, {"importer", "the Fjordvik example", "2026-11-01T08:00:00Z"});
  }
  void TearDown() override {
    std::filesystem::remove_all(directory_);
    schema_.reset();
  }

  bool keeps_history() const { return GetParam() != "json"; }

  std::filesystem::path directory_;
  std::string location_;
  std::string example_;  // the document imported as revision 1
  std::unique_ptr<PostgresSchema> schema_;  // "pg": the store's schema on the test server
};

// The tests of what only a store with history has (TEST_P(HistoryStoreTest, ...)): earlier
// states, revisions and their times.
class HistoryStoreTest : public StoreTest {};

}  // namespace tiltak::testing
