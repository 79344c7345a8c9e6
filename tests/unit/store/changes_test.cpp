// A store handle keeps the latest portfolio between changes and writes only what a change
// touched (docs/store.md, "What a change costs"): what it keeps must never leak a change that
// was not committed, nor hide one another handle committed.

#include <stdexcept>

#include "store/document_parts.hpp"
#include "store_fixture.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using testing::StoreTest;

ChangeInfo by(const std::string& author) { return {author, "a change by " + author, ""}; }

std::string title_of(const Portfolio& portfolio, const char* id) { return portfolio.find_initiative(InitiativeId(id))->title; }

TEST_P(StoreTest, ChangeThatThrows_LeavesNothingForTheNextChange) {
  Store store = Store::open(location_);
  EXPECT_THROW(store.apply(
                   [](Portfolio& p) {
                     retitle(p, "T-001", "Half done");
                     throw std::runtime_error("the editor gave up");
                   },
                   by("kari")),
               std::runtime_error);
  store.apply([](Portfolio& p) { retitle(p, "T-002", "Second"); }, by("kari"));
  const Portfolio read = Store::open(location_).read();
  EXPECT_EQ(title_of(read, "T-001"), title_of(parse_portfolio(example_), "T-001"));
  EXPECT_EQ(title_of(read, "T-002"), "Second");
}

TEST_P(StoreTest, RefusedChange_LeavesNothingForTheNextChange) {
  Store store = Store::open(location_);
  EXPECT_THROW(store.apply(
                   [](Portfolio& p) {
                     retitle(p, "T-001", "Refused");
                     p.find_initiative(InitiativeId("T-003"))->dependencies.push_back({InitiativeId("T-999")});
                   },
                   by("kari")),
               Error);
  store.apply([](Portfolio& p) { retitle(p, "T-002", "Second"); }, by("kari"));
  const Portfolio read = Store::open(location_).read();
  EXPECT_NE(title_of(read, "T-001"), "Refused");
  EXPECT_EQ(read.find_initiative(InitiativeId("T-003"))->dependencies,
            parse_portfolio(example_).find_initiative(InitiativeId("T-003"))->dependencies);
}

TEST_P(StoreTest, ChangeByAnotherHandle_IsKeptByTheNextChangeOfThisOne) {
  Store first = Store::open(location_);
  Store second = Store::open(location_);
  first.apply([](Portfolio& p) { retitle(p, "T-001", "By the first"); }, by("kari"));
  second.apply([](Portfolio& p) { retitle(p, "T-002", "By the second"); }, by("ola"));
  first.apply([](Portfolio& p) { retitle(p, "T-003", "By the first again"); }, by("kari"));
  const Portfolio read = Store::open(location_).read();
  EXPECT_EQ(title_of(read, "T-001"), "By the first");
  EXPECT_EQ(title_of(read, "T-002"), "By the second");
  EXPECT_EQ(title_of(read, "T-003"), "By the first again");
}

// A change in place is checked against every id, though only the changed entity is checked.
TEST_P(StoreTest, ChangedInitiativeWithADanglingReference_IsRefusedWhereItIs) {
  Store store = Store::open(location_);
  const Portfolio example = parse_portfolio(example_);
  const auto index = static_cast<std::size_t>(example.find_initiative(InitiativeId("T-003")) - example.initiatives.data());
  try {
    store.apply([](Portfolio& p) { p.find_initiative(InitiativeId("T-003"))->dependencies.push_back({InitiativeId("T-999")}); },
                by("kari"));
    FAIL() << "a dangling dependency was committed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer().rfind("/initiatives/" + std::to_string(index) + "/dependencies/", 0), 0u) << error.pointer();
    EXPECT_EQ(error.value(), "\"T-999\"");
  }
}

TEST_P(StoreTest, AppendedInitiativeWithAnIdInUse_IsRefused) {
  Store store = Store::open(location_);
  try {
    store.apply(
        [](Portfolio& p) {
          Initiative copy = p.initiatives.back();
          copy.title = "A copy";
          p.initiatives.push_back(copy);
        },
        by("kari"));
    FAIL() << "a duplicate id was committed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/initiatives/" + std::to_string(parse_portfolio(example_).initiatives.size()) + "/id");
  }
}

TEST_P(StoreTest, UpdatedInitiative_IsReadBackAndNothingElseChanges) {
  Store store = Store::open(location_);
  Initiative changed = *parse_portfolio(example_).find_initiative(InitiativeId("T-004"));
  changed.title = "Ny tittel";
  store.update_initiative(changed, by("kari"));
  Portfolio expected = parse_portfolio(example_);
  *expected.find_initiative(InitiativeId("T-004")) = changed;
  EXPECT_EQ(Store::open(location_).export_json(), to_json(expected));
  if (keeps_history()) {
    EXPECT_EQ(store.history(InitiativeId("T-004")).size(), 2u);
    EXPECT_EQ(store.history(InitiativeId("T-005")).size(), 1u);
  }
}

TEST_P(StoreTest, UpdatedInitiativeFromItsDocument_IsCheckedAgainstThePortfolio) {
  Store store = Store::open(location_);
  Initiative changed = *parse_portfolio(example_).find_initiative(InitiativeId("T-004"));
  changed.dependencies.push_back({InitiativeId("T-999")});
  try {
    store.update_initiative(to_json(changed), by("kari"));
    FAIL() << "a dangling dependency was committed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.value(), "\"T-999\"");
  }
  changed.id = InitiativeId("T-404");
  try {
    store.update_initiative(to_json(changed), by("kari"));
    FAIL() << "an unknown initiative was updated";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
  EXPECT_EQ(Store::open(location_).export_json(), example_);
}

// The parts a change writes are made from the portfolio; they must be those its document
// gives, or a revision would read back differently from what was committed.
TEST(DocumentParts, MadeFromThePortfolio_AreThoseOfItsDocument) {
  SyntheticOptions options;
  options.initiatives = 300;
  options.seed = 7;
  Portfolio generated = generate_portfolio(options);
  Portfolio bare = generated;
  bare.initiatives.clear();
  bare.benefits.clear();
  bare.decisions.clear();
  for (const Portfolio& portfolio :
       {parse_portfolio(read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json")), generated, bare}) {
    EXPECT_EQ(detail::split_portfolio(portfolio), detail::split_document(to_json(portfolio)));
  }
}

}  // namespace
}  // namespace tiltak
