// The JSON document as a store: a program that does not take tiltak's lock and changes the file
// while a change is being made is not overwritten.

#include <fstream>

#include "store_fixture.hpp"

namespace tiltak {
namespace {

class JsonFileStoreTest : public testing::StoreTest {};

TEST_P(JsonFileStoreTest, FileChangedByAnotherProgram_IsAConflictAndKeepsItsChange) {
  Store store = Store::open(location_);
  const std::string theirs = example_ + " ";
  try {
    store.apply(
        [&](Portfolio& p) {
          p.name = "Mine";
          std::ofstream(location_, std::ios::binary) << theirs;  // an editor saves meanwhile
        },
        {"kari", "", ""});
    FAIL() << "the other program's change was overwritten";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::conflict);
    EXPECT_NE(std::string(error.what()).find("changed by another program"), std::string::npos) << error.what();
  }
  EXPECT_EQ(read_text_file(location_), theirs);
}

TEST_P(JsonFileStoreTest, DocumentNotNamedJson_IsStillADocument) {
  const std::string other = (directory_ / "portfolio.txt").string();
  std::filesystem::copy_file(location_, other);
  const Store store = Store::open(other);
  EXPECT_FALSE(store.keeps_history());
  EXPECT_EQ(store.export_json(), example_);
}

INSTANTIATE_TEST_SUITE_P(Json, JsonFileStoreTest, ::testing::Values("json"), testing::backend_name);

}  // namespace
}  // namespace tiltak
