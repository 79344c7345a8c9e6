// Saving is exact: load → save → load gives an equal portfolio, and a saved document saves
// to the same bytes again.

#include <gtest/gtest.h>

#include <filesystem>

#include "support/document_fixture.hpp"

namespace tiltak {
namespace {

using testing::minimal_document;
using testing::read_text;

TEST(RoundTrip, LoadSaveLoadGivesAnEqualPortfolio) {
  const Portfolio original = parse_portfolio(minimal_document().dump());
  const Portfolio again = parse_portfolio(to_json(original));
  EXPECT_EQ(again, original);
}

TEST(RoundTrip, SavedDocumentIsAFixedPoint) {
  const std::string saved = to_json(parse_portfolio(minimal_document().dump()));
  EXPECT_EQ(to_json(parse_portfolio(saved)), saved);
}

// The optional decision log and registry entries (docs/governance.md) come back as they were.
TEST(RoundTrip, DecisionLogAndRegistryEntrySurvive) {
  const std::string saved = read_text(std::string(TILTAK_TEST_DATA_DIR) + "/governance/decided.json");
  Portfolio original = parse_portfolio(saved);
  ASSERT_EQ(original.decisions.size(), 2u);
  EXPECT_EQ(to_json(original), saved);
  original.initiatives[0].registry_entry = "2026/5678";
  original.decisions[1].registry_entry = "2026/5690";
  original.decisions[1].conditions = "Rapport hver måned";
  EXPECT_EQ(parse_portfolio(to_json(original)), original);
}

TEST(RoundTrip, AmountsAndDatesSurviveBitForBit) {
  auto document = minimal_document();
  document["initiatives"][0]["costs"][0]["amount"] = "92233720368547758.07";  // the largest amount
  document["initiatives"][0]["planned"]["start"] = "2024-02-29";
  const Portfolio again = parse_portfolio(to_json(parse_portfolio(document.dump())));
  EXPECT_EQ(again.initiatives[0].costs[0].amount.minor_units(), INT64_MAX);
  EXPECT_EQ(to_iso(*again.initiatives[0].planned.start), "2024-02-29");
}

TEST(RoundTrip, FractionalQuantitiesAndWeightsSurviveExactly) {
  auto document = minimal_document();
  document["benefits"][0]["profile"][0]["quantity"] = 0.1;
  document["strategy"]["goals"][0]["weight"] = 1.0 / 3.0;
  const Portfolio original = parse_portfolio(document.dump());
  const Portfolio again = parse_portfolio(to_json(original));
  EXPECT_EQ(again.benefits[0].profile[0].quantity, 0.1);
  EXPECT_EQ(again.strategy.goals[0].weight, 1.0 / 3.0);
}

TEST(RoundTrip, DefaultsAreNotWrittenButComeBack) {
  const Portfolio original = parse_portfolio(minimal_document().dump());
  const std::string saved = to_json(original);
  // T-2 has no costs, planned dates or security facts: the document leaves them out.
  const auto document = nlohmann::ordered_json::parse(saved);
  EXPECT_FALSE(document["initiatives"][1].contains("costs"));
  EXPECT_FALSE(document["initiatives"][1].contains("security"));
  EXPECT_EQ(parse_portfolio(saved).initiatives[1], original.initiatives[1]);
}

TEST(RoundTrip, SaveAndLoadThroughAFile) {
  const auto path = std::filesystem::temp_directory_path() / "tiltak-round-trip.json";
  const Portfolio original = parse_portfolio(minimal_document().dump());
  save_portfolio(original, path);
  EXPECT_EQ(load_portfolio(path), original);
  std::filesystem::remove(path);
}

TEST(RoundTrip, BundledExampleRoundTrips) {
  const std::string path = std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json";
  const Portfolio original = load_portfolio(path);
  EXPECT_EQ(parse_portfolio(to_json(original)), original);
}

TEST(RoundTrip, OneInitiativeRoundTrips) {
  const Portfolio portfolio = parse_portfolio(minimal_document().dump());
  const Initiative& initiative = portfolio.initiatives[0];
  EXPECT_EQ(parse_initiative(to_json(initiative), Currency::NOK), initiative);
}

TEST(RoundTrip, OneInitiativeWithABadFieldIsRefused) {
  try {
    parse_initiative(R"({"id": "T-9", "title": "x", "stage": "someday"})", Currency::NOK);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/stage");
    EXPECT_EQ(error.value(), "\"someday\"");
  }
}

}  // namespace
}  // namespace tiltak
