// The system register in a store (issue 23): the systems are the portfolio entity's, and the
// portfolio entity is written in the whole document's version, so a store keeps a version-1
// document version 1 until a change needs version 2 (docs/format.md, "Versions").

#include <nlohmann/json.hpp>

#include "store_fixture.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

using testing::StoreTest;

int version_of(const std::string& document) { return nlohmann::json::parse(document).at("schema_version").get<int>(); }

ItSystem archive_system() {
  ItSystem system;
  system.id = SystemId("S-ARKIV");
  system.name = "Sak og arkiv";
  system.hosting = Hosting::shared_operations;
  return system;
}

TEST_P(StoreTest, VersionOneStaysVersionOneUntilAChangeNeedsTwo) {
  Store store = Store::open(location_);
  EXPECT_EQ(version_of(store.export_json()), 1);  // the Fjordvik example is version 1
  store.apply([](Portfolio& p) { p.systems.push_back(archive_system()); }, {"tester", "a system", ""});
  EXPECT_EQ(version_of(store.export_json()), 2);
  const Portfolio with_system = Store::open(location_).read();
  ASSERT_EQ(with_system.systems.size(), 1u);
  EXPECT_EQ(with_system.systems[0], archive_system());
  store.apply([](Portfolio& p) { p.systems.clear(); }, {"tester", "no system", ""});
  // Read as version 2, written as version 2: a store, like a file, keeps the version it holds.
  EXPECT_EQ(version_of(store.export_json()), 2);
}

TEST_P(StoreTest, ASystemActionIsStoredWithItsInitiative) {
  Store store = Store::open(location_);
  store.apply([](Portfolio& p) { p.systems.push_back(archive_system()); }, {"tester", "a system", ""});
  store.apply(
      [](Portfolio& p) {
        p.initiatives[0].system_actions.push_back({SystemActionKind::changes, SystemId("S-ARKIV"), std::nullopt});
      },
      {"tester", "an action", ""});
  const Portfolio read = Store::open(location_).read();
  EXPECT_EQ(read.initiatives[0].system_actions.size(), 1u);
  EXPECT_EQ(read.schema_version, 2);
  EXPECT_EQ(parse_portfolio(store.export_json()), read);
}

TEST_P(StoreTest, TheRegisterDocumentImportsAndExportsExactly) {
  Store store = Store::open(location_);
  const std::string document = to_json(load_portfolio(std::string(TILTAK_TEST_DATA_DIR) + "/systems.json"));
  store.import_json(document, {"importer", "the register", ""});
  EXPECT_EQ(store.export_json(), document);
  EXPECT_EQ(Store::open(location_).read().systems.size(), 3u);
}

}  // namespace
}  // namespace tiltak
