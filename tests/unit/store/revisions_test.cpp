// Reading, changing and listing a store: the same tests on every backend, and those about
// earlier states on the backends that keep them.

#include <random>

#include "store_fixture.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using testing::StoreTest;
using testing::HistoryStoreTest;

ChangeInfo by(const std::string& author, const std::string& time) { return {author, "a change by " + author, time}; }

TEST_P(StoreTest, ImportThenExport_GivesTheSameDocument) {
  EXPECT_EQ(Store::open(location_).export_json(), example_);
  EXPECT_EQ(Store::open(location_).read(), parse_portfolio(example_));
}

TEST_P(StoreTest, ImportOfAHandWrittenDocument_ExportsItsCanonicalForm) {
  const std::string written = read_text_file(TILTAK_EXAMPLES_DIR "/fjordvik.json");
  ASSERT_NE(written, example_);  // the file spells out defaults ("basis": "plan" is not written)
  Store store = Store::open(location_);
  store.apply([](Portfolio& p) { p.name = "Renamed"; }, by("kari", ""));
  store.import_json(written, by("kari", ""));
  EXPECT_EQ(store.export_json(), example_);
}

TEST_P(StoreTest, Change_IsReadBackAndStampedWithItsAuthor) {
  Store store = Store::open(location_);
  const Revision made = store.apply([](Portfolio& p) { retitle(p, "T-003", "Ny tittel"); }, by("kari", "2026-11-02T09:00:00Z"));
  EXPECT_EQ(made.author, "kari");
  EXPECT_EQ(made.time, "2026-11-02T09:00:00Z");
  EXPECT_EQ(made.message, "a change by kari");
  EXPECT_EQ(made.number, keeps_history() ? 2 : 0);
  EXPECT_EQ(Store::open(location_).read().find_initiative(InitiativeId("T-003"))->title, "Ny tittel");
}

TEST_P(StoreTest, ChangeThatBreaksTheModel_CommitsNothing) {
  Store store = Store::open(location_);
  try {
    store.apply([](Portfolio& p) { p.initiatives.push_back(p.initiatives.front()); }, by("kari", ""));
    FAIL() << "a duplicate initiative was committed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
  }
  EXPECT_EQ(store.export_json(), example_);
  if (keeps_history()) {
    EXPECT_EQ(store.history().size(), 1u);
  }
}

TEST_P(StoreTest, DecisionLog_IsAppendOnly) {
  Store store = Store::open(location_);
  Decision decision;
  decision.body = DecisionBody::council;
  decision.date = Date(2026, 12, 1);
  decision.case_reference = "2026/7";
  store.apply([&](Portfolio& p) { advance(p, default_rulebook(Currency::NOK), InitiativeId("T-001"), Stage::paused, decision); },
              by("kari", ""));
  const std::string before = store.export_json();
  for (const auto& rewrite : std::vector<std::function<void(Portfolio&)>>{
           [](Portfolio& p) { p.decisions.front().reason = "rewritten"; },
           [](Portfolio& p) { p.decisions.clear(); }}) {
    try {
      store.apply(rewrite, by("mallory", ""));
      FAIL() << "the decision log was rewritten";
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::validation_error);
      EXPECT_EQ(error.pointer(), "/decisions/0");
    }
  }
  // The archive's registry entry is the one thing a logged decision may gain.
  store.apply([](Portfolio& p) { p.decisions.front().registry_entry = "2026/5678"; }, by("arkiv", ""));
  EXPECT_EQ(store.read().decisions.front().registry_entry, "2026/5678");
  EXPECT_NE(store.export_json(), before);
}

TEST_P(StoreTest, ChangeThatAltersNothing_CommitsNothing) {
  Store store = Store::open(location_);
  store.apply([](Portfolio&) {}, by("kari", ""));
  if (keeps_history()) {
    EXPECT_EQ(store.history().size(), 1u);
  }
  EXPECT_EQ(store.export_json(), example_);
}

// A sequence of random edits; afterwards each revision reads back exactly as the document
// the test built beside the store, by revision number and by date.
TEST_P(HistoryStoreTest, ReadAtRevision_GivesTheDocumentAsItWas) {
  Store store = Store::open(location_);
  Portfolio mine = parse_portfolio(example_);
  std::vector<std::string> saved{"", to_json(mine)};  // saved[r]: the document of revision r
  std::mt19937 random(15);
  int added = 0;
  for (int step = 0; step < 40; ++step) {
    std::function<void(Portfolio&)> edit;
    const auto pick = [&](const Portfolio& p) {
      return p.initiatives[std::uniform_int_distribution<std::size_t>(0, p.initiatives.size() - 1)(random)].id;
    };
    switch (std::uniform_int_distribution<int>(0, 4)(random)) {
      case 0: {  // a new title
        const InitiativeId id = pick(mine);
        const std::string title = "Tittel " + std::to_string(step);
        edit = [=](Portfolio& p) { p.find_initiative(id)->title = title; };
        break;
      }
      case 1: {  // a new initiative at the end: a copy of another, with nothing depending on it
        Initiative copy = *mine.find_initiative(pick(mine));
        copy.id = InitiativeId("N-" + std::to_string(++added));
        copy.dependencies.clear();  // so that it can be removed again
        edit = [=](Portfolio& p) { p.initiatives.push_back(copy); };
        break;
      }
      case 2: {  // an added initiative removed again
        const auto found = std::find_if(mine.initiatives.begin(), mine.initiatives.end(),
                                        [](const Initiative& i) { return i.id.str().starts_with("N-"); });
        if (found == mine.initiatives.end()) continue;
        const InitiativeId id = found->id;
        edit = [=](Portfolio& p) { std::erase_if(p.initiatives, [&](const Initiative& i) { return i.id == id; }); };
        break;
      }
      case 3: {  // one moved to the front: the order is part of the document
        const InitiativeId id = pick(mine);
        edit = [=](Portfolio& p) {
          const auto found = std::find_if(p.initiatives.begin(), p.initiatives.end(),
                                          [&](const Initiative& i) { return i.id == id; });
          std::rotate(p.initiatives.begin(), found, found + 1);
        };
        break;
      }
      default: {  // the portfolio's own fields
        const std::string name = "Fjordvik " + std::to_string(step);
        edit = [=](Portfolio& p) { p.name = name; };
      }
    }
    edit(mine);
    const std::string time = "2026-11-" + std::to_string(10 + step / 3) + "T12:00:00Z";
    const Revision made = store.apply(edit, by("kari", time));
    if (to_json(mine) == saved.back()) continue;  // an edit that changed nothing commits nothing
    ASSERT_EQ(made.number, static_cast<RevisionNumber>(saved.size()));
    saved.push_back(to_json(mine));
  }
  ASSERT_GT(saved.size(), 25u);
  Store reader = Store::open(location_);
  for (std::size_t revision = 1; revision < saved.size(); ++revision)
    ASSERT_EQ(reader.export_json({static_cast<RevisionNumber>(revision), {}}), saved[revision]) << "revision " << revision;
  // A day: its last revision. 2026-11-01 has only the import.
  EXPECT_EQ(reader.export_json({{}, Date(2026, 11, 1)}), saved[1]);
  EXPECT_EQ(reader.export_json({{}, Date(2030, 1, 1)}), saved.back());
  const auto history = reader.history();
  std::size_t last_of_day = 0;
  for (std::size_t i = 0; i < history.size(); ++i)
    if (history[i].time < "2026-11-15T") last_of_day = i;
  EXPECT_EQ(reader.export_json({{}, Date(2026, 11, 14)}), saved[last_of_day + 1]);
}

TEST_P(HistoryStoreTest, HistoryOfOneInitiative_ListsTheRevisionsThatChangedIt) {
  Store store = Store::open(location_);
  store.apply([](Portfolio& p) { retitle(p, "T-003", "A"); }, by("a", "2026-11-02T08:00:00Z"));  // 2
  store.apply([](Portfolio& p) { retitle(p, "T-004", "B"); }, by("b", "2026-11-02T09:00:00Z"));  // 3
  store.apply([](Portfolio& p) { retitle(p, "T-003", "C"); }, by("c", "2026-11-03T08:00:00Z"));  // 4
  std::vector<RevisionNumber> numbers;
  for (const auto& revision : store.history(InitiativeId("T-003"))) numbers.push_back(revision.number);
  EXPECT_EQ(numbers, (std::vector<RevisionNumber>{1, 2, 4}));
  EXPECT_EQ(store.history().size(), 4u);
  EXPECT_EQ(store.history()[2].author, "b");
  EXPECT_TRUE(store.history(InitiativeId("T-999")).empty());
}

TEST_P(HistoryStoreTest, Diff_NamesWhatChangedBetweenTwoRevisions) {
  Store store = Store::open(location_);
  store.apply([](Portfolio& p) { retitle(p, "T-003", "A"); }, by("a", ""));
  store.apply([](Portfolio& p) { p.name = "Fjordvik"; }, by("b", ""));
  using Kind = EntityChange::Kind;
  EXPECT_EQ(store.diff({1, {}}, {3, {}}),
            (std::vector<EntityChange>{{"portfolio", "", Kind::changed}, {"initiative", "T-003", Kind::changed}}));
  EXPECT_TRUE(store.diff({2, {}}, {2, {}}).empty());
}

TEST_P(StoreTest, UnknownRevision_IsNotFound) {
  try {
    (void)Store::open(location_).export_json({7, {}});
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST_P(StoreTest, RevisionTime_IsUtcToTheSecond) {
  Store store = Store::open(location_);
  for (const char* bad : {"2026-11-02 09:00:00Z", "2026-11-02T09:00:00", "2026-11-02T24:00:00Z", "2026-02-30T09:00:00Z"}) {
    try {
      store.apply([](Portfolio& p) { retitle(p, "T-003", "A"); }, by("kari", bad));
      FAIL() << bad;
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::invalid_argument) << bad;
      EXPECT_EQ(error.value(), "\"" + std::string(bad) + "\"");  // as a JSON string
    }
  }
  EXPECT_EQ(store.export_json(), example_);
}

TEST_P(HistoryStoreTest, RevisionBeforeTheLatest_IsRefused) {
  Store store = Store::open(location_);
  try {
    store.apply([](Portfolio& p) { retitle(p, "T-003", "A"); }, by("kari", "2026-10-31T23:59:59Z"));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
  }
  EXPECT_EQ(store.history().size(), 1u);
}

TEST(StoreAt, ParsesARevisionOrADate) {
  EXPECT_EQ(parse_store_at("12"), (StoreAt{12, {}}));
  EXPECT_EQ(parse_store_at("2026-11-23"), (StoreAt{{}, Date(2026, 11, 23)}));
  for (const char* bad : {"0", "-3", "12x", "", "2026-02-30", "99999999999999999999"}) {
    try {
      (void)parse_store_at(bad);
      FAIL() << bad;
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::invalid_argument) << bad;
      EXPECT_EQ(error.value(), "\"" + std::string(bad) + "\"");  // as a JSON string
    }
  }
}

}  // namespace
}  // namespace tiltak
