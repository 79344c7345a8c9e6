// Schema version 2 (issue 23: the IT-system register) and the version-1 documents before it
// (docs/format.md, "Versions"): every version-1 document of the repository loads as it did,
// upgraded in memory, and is written back as version 1 until the caller asks for more; a
// document with systems is version 2 and round-trips through both readers.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/document_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

namespace fs = std::filesystem;
using testing::load_problems;
using testing::read_text;
using testing::single_problem;

std::string systems_path() { return std::string(TILTAK_TEST_DATA_DIR) + "/systems.json"; }

int written_version(const Portfolio& portfolio) {
  return nlohmann::json::parse(to_json(portfolio)).at("schema_version").get<int>();
}

// The portfolio documents of the repository that say they are version 1.
std::vector<fs::path> version_one_documents() {
  std::vector<fs::path> found;
  for (const char* root : {TILTAK_TEST_DATA_DIR, TILTAK_EXAMPLES_DIR})
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      const auto document = nlohmann::json::parse(read_text(entry.path().string()), nullptr, false);
      if (document.is_object() && document.contains("schema_version") && document["schema_version"] == 1)
        found.push_back(entry.path());
    }
  return found;
}

TEST(SchemaVersion, EveryVersionOneDocumentLoadsAndIsWrittenBackAsVersionOne) {
  const auto documents = version_one_documents();
  ASSERT_GE(documents.size(), 10u);  // tests/data and the examples hold many
  std::size_t loaded = 0;
  for (const auto& path : documents) {
    SCOPED_TRACE(path.string());
    try {
      const Portfolio portfolio = load_portfolio(path);
      ++loaded;
      EXPECT_EQ(portfolio.schema_version, 1);
      EXPECT_TRUE(portfolio.systems.empty());
      const std::string saved = to_json(portfolio);
      EXPECT_EQ(written_version(portfolio), 1);
      const Portfolio again = parse_portfolio(saved);
      EXPECT_EQ(again, portfolio);
      EXPECT_EQ(to_json(again), saved);
    } catch (const Error& error) {
      // Documents broken on purpose (tests/data/broken.json ...) stay refused, never for their version.
      for (const auto& problem : error.problems()) EXPECT_NE(problem.pointer, "/schema_version") << problem.describe();
    }
  }
  EXPECT_GE(loaded, 5u);
}

TEST(SchemaVersion, VersionOneIsWrittenAsTheCurrentVersionOnlyWhenAsked) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  EXPECT_EQ(portfolio.schema_version, 1);
  EXPECT_EQ(written_version(portfolio), 1);
  portfolio.schema_version = portfolio_schema_version;  // asked
  EXPECT_EQ(written_version(portfolio), 2);
  EXPECT_EQ(parse_portfolio(to_json(portfolio)).schema_version, 2);
}

TEST(SchemaVersion, SystemsAddedInMemoryCannotBeWrittenAsVersionOne) {
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  ItSystem system;
  system.id = SystemId("S-1");
  system.name = "Fagsystem";
  portfolio.systems.push_back(system);
  EXPECT_EQ(written_version(portfolio), 2);
  portfolio.systems.clear();
  portfolio.initiatives[0].system_actions.push_back({SystemActionKind::changes, SystemId("S-1"), std::nullopt});
  EXPECT_EQ(required_schema_version(portfolio), 2);
  EXPECT_EQ(written_version(portfolio), 2);
}

TEST(SchemaVersion, AVersionOneDocumentWithSystemsIsRefusedAtItsVersion) {
  auto document = nlohmann::ordered_json::parse(read_text(systems_path()));
  document["schema_version"] = 1;
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/schema_version");
  EXPECT_EQ(problem.value, "1");
  EXPECT_NE(problem.message.find("need schema version 2"), std::string::npos);
}

TEST(SchemaVersion, RegisterRoundTripsExactly) {
  const std::string text = read_text(systems_path());
  const Portfolio portfolio = parse_portfolio(text, "systems.json");
  ASSERT_EQ(portfolio.systems.size(), 3u);
  EXPECT_EQ(portfolio.schema_version, 2);
  const ItSystem& old = portfolio.systems[0];
  EXPECT_EQ(old.id.str(), "S-OMSORG");
  EXPECT_EQ(old.hosting, Hosting::own);
  EXPECT_TRUE(old.special_categories);
  EXPECT_EQ(old.running_cost->minor_units(), 48'000'000);
  EXPECT_EQ(old.cost_bearer->str(), "u-hjem");
  EXPECT_EQ(old.criticality, Criticality::high);
  ASSERT_EQ(old.contracts.size(), 1u);
  EXPECT_EQ(to_iso(*old.contracts[0].end), "2026-11-30");
  EXPECT_EQ(old.contracts[0].notice_months, 6);
  EXPECT_FALSE(old.contracts[0].security.central_user_directory);
  EXPECT_TRUE(old.contracts[0].security.inspection_right);
  EXPECT_EQ(to_iso(*old.processing_agreement->last_supervision), "2026-03-01");
  EXPECT_EQ(portfolio.systems[1].hosting, Hosting::cloud);
  EXPECT_EQ(portfolio.systems[1].lifecycle, SystemLifecycle::planned);
  EXPECT_FALSE(portfolio.systems[1].contracts[0].end);
  const auto& replaces = portfolio.initiatives[0].system_actions.at(0);
  EXPECT_EQ(replaces.kind, SystemActionKind::replaces);
  EXPECT_EQ(replaces.system.str(), "S-OMSORG");
  EXPECT_EQ(replaces.with->str(), "S-SKY");
  EXPECT_EQ(portfolio.initiatives[2].system_actions.at(0).kind, SystemActionKind::decommissions);

  const std::string saved = to_json(portfolio);
  EXPECT_EQ(parse_portfolio(saved), portfolio);
  EXPECT_EQ(to_json(parse_portfolio(saved)), saved);
  EXPECT_EQ(written_version(portfolio), 2);
}

TEST(SchemaVersion, UnknownFieldsOfASystemAreReportedWithASuggestion) {
  auto document = nlohmann::ordered_json::parse(read_text(systems_path()));
  document["systems"][0]["contracts"][0]["notice_month"] = 3;
  const Problem problem = single_problem(document);
  EXPECT_EQ(problem.pointer, "/systems/0/contracts/0/notice_month");
  EXPECT_NE(problem.message.find("notice_months"), std::string::npos);
  document["systems"][0]["contracts"][0].erase("notice_month");
  document["systems"][1]["hosting"] = "sky";
  EXPECT_EQ(single_problem(document).pointer, "/systems/1/hosting");
}

}  // namespace
}  // namespace tiltak
