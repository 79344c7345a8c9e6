// The C API's behaviour as a vendor's integration sees it: loading, saving, validating,
// editing initiatives, the summary, and the error details left in the context.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

using namespace tiltak_test;
using nlohmann::json;
namespace fs = std::filesystem;

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("tiltak_capi_" + std::string(info->name()) + "_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::size_t count(tiltak_context* context, const tiltak_portfolio* portfolio) {
  std::size_t n = 999;
  EXPECT_EQ(tiltak_portfolio_initiative_count(context, portfolio, &n), TILTAK_OK);
  return n;
}

json summary(tiltak_context* context, const tiltak_portfolio* portfolio) {
  CString text;
  EXPECT_EQ(tiltak_portfolio_summary(context, portfolio, text.out(), text.out_length()), TILTAK_OK)
      << tiltak_context_error_message(context);
  return json::parse(text.str());
}

std::vector<std::string> pointers_of(const std::string& problems) {
  std::vector<std::string> pointers;
  for (const auto& problem : json::parse(problems)) pointers.push_back(problem.at("pointer").get<std::string>());
  return pointers;
}

// A new initiative that fits minimal.json: owner, service area, goal and role all exist.
const std::string new_initiative = R"({
  "id": "T-3", "title": "Chatbot", "stage": "idea", "owner": "p-eier", "service_areas": ["skole"],
  "costs": [{"year": 2026, "kind": "investment", "amount": "100000.25"}],
  "goals": [{"goal": "g2", "score": 3}]
})";

// ---- Version and contexts -----------------------------------------------------------

TEST(CApiVersion, RuntimeVersion_MatchesTheHeaderItWasBuiltWith) {
  EXPECT_STREQ(tiltak_version(), TILTAK_VERSION_STRING);
  EXPECT_EQ(std::string(tiltak_version()),
            std::to_string(TILTAK_VERSION_MAJOR) + "." + std::to_string(TILTAK_VERSION_MINOR) + "." +
                std::to_string(TILTAK_VERSION_PATCH));
  EXPECT_TRUE(TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR, TILTAK_VERSION_PATCH));
  EXPECT_FALSE(TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR, TILTAK_VERSION_PATCH + 1));
  EXPECT_FALSE(TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR + 1, 0, 0));
}

TEST(CApiContext, NewContext_HoldsNoError) {
  auto context = new_context();
  ASSERT_TRUE(context);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_OK);
  EXPECT_STREQ(tiltak_context_error_message(context.get()), "");
  EXPECT_STREQ(tiltak_context_error_source(context.get()), "");
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "");
  EXPECT_STREQ(tiltak_context_error_value(context.get()), "");
  EXPECT_EQ(error_json(context.get()), "[]");
}

TEST(CApiContext, ErrorDetails_AreClearedByTheNextSuccessfulCall) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), "T-404", text.out(), text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())), "");
  EXPECT_EQ(count(context.get(), portfolio.get()), 2u);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_OK);
  EXPECT_STREQ(tiltak_context_error_message(context.get()), "");
  EXPECT_STREQ(tiltak_context_error_value(context.get()), "");
  EXPECT_EQ(error_json(context.get()), "[]");
}

TEST(CApiContext, ReadingTheErrorJson_DoesNotClearTheError) {
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), "{", 1, &out), TILTAK_E_PARSE);
  const std::string first = error_json(context.get());
  EXPECT_EQ(error_json(context.get()), first);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_E_PARSE);
}

TEST(CApiContext, ErrorWithoutLocatedProblems_IsStillOneItemInTheErrorJson) {
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  ASSERT_EQ(tiltak_portfolio_new(context.get(), "Testvik", "XYZ", &out), TILTAK_E_INVALID_ARGUMENT);
  const json problems = json::parse(error_json(context.get()));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].at("message"), tiltak_context_error_message(context.get()));
  EXPECT_NE(problems[0].at("message").get<std::string>().find("XYZ"), std::string::npos);
}

// ---- Loading --------------------------------------------------------------------------

TEST(CApiLoad, LoadFromFile_GivesTheDocumentsInitiativesInOrder) {
  auto context = new_context();
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_load(context.get(), data_path("minimal.json").c_str(), &raw), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  Portfolio portfolio(raw);
  EXPECT_EQ(count(context.get(), portfolio.get()), 2u);
  CString list;
  ASSERT_EQ(tiltak_portfolio_list_initiatives(context.get(), portfolio.get(), list.out(), list.out_length()),
            TILTAK_OK);
  EXPECT_EQ(list.str(),
            R"([{"id":"T-1","title":"Min side","stage":"in_progress"},)"
            R"({"id":"T-2","title":"Pårørendeapp","stage":"registered"}])");
  EXPECT_EQ(std::strlen(list.get()), list.length());
}

TEST(CApiLoad, LoadFromFileAndFromJson_GiveTheSameDocument) {
  auto context = new_context();
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_load(context.get(), data_path("minimal.json").c_str(), &raw), TILTAK_OK);
  Portfolio from_file(raw);
  auto from_json = load_minimal(context.get());
  EXPECT_EQ(to_json(context.get(), from_file.get()), to_json(context.get(), from_json.get()));
}

TEST(CApiLoad, MissingFile_IsIoErrorNamingTheFile) {
  auto context = new_context();
  tiltak_portfolio* out = reinterpret_cast<tiltak_portfolio*>(&context);  // not NULL before the call
  const std::string path = data_path("does-not-exist.json");
  EXPECT_EQ(tiltak_portfolio_load(context.get(), path.c_str(), &out), TILTAK_E_IO);
  EXPECT_EQ(out, nullptr);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_E_IO);
  EXPECT_EQ(tiltak_context_error_source(context.get()), path);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("cannot open"), std::string::npos);
}

TEST(CApiLoad, MalformedJson_IsParseErrorWithLineAndColumn) {
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  const std::string text = "{\n  \"name\": ,\n}";
  EXPECT_EQ(tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &out), TILTAK_E_PARSE);
  EXPECT_EQ(out, nullptr);
  const json problems = json::parse(error_json(context.get()));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].at("source"), "<memory>");
  EXPECT_EQ(problems[0].at("line"), 2);
  EXPECT_EQ(problems[0].at("column"), 11);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("line 2, column 11"), std::string::npos);
}

TEST(CApiLoad, InvalidDocument_ReportsEveryProblemWithPointerValueAndSource) {
  std::string text = minimal_json();
  text = replace_once(text, R"("amount": "1250000.50")", R"("amount": 1250000.5)");
  text = replace_once(text, R"("title": "Pårørendeapp")", R"("titel": "Pårørendeapp")");
  text = replace_once(text, R"({"initiative": "T-2", "share": "40"})", R"({"initiative": "T-099", "share": "40"})");
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &out), TILTAK_E_VALIDATION);
  EXPECT_EQ(out, nullptr);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_E_VALIDATION);
  // The first problem is in the plain getters ...
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/initiatives/0/costs/0/amount");
  EXPECT_STREQ(tiltak_context_error_value(context.get()), "1250000.5");
  EXPECT_STREQ(tiltak_context_error_source(context.get()), "<memory>");
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("amounts are strings"), std::string::npos);
  // ... and every problem in the JSON.
  const std::string problems = error_json(context.get());
  const auto pointers = pointers_of(problems);
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/0/costs/0/amount"), pointers.end()) << problems;
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/1/titel"), pointers.end()) << problems;
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/benefits/0/contributors/1/initiative"), pointers.end())
      << problems;
  for (const auto& problem : json::parse(problems)) {
    EXPECT_EQ(problem.at("source"), "<memory>");
    EXPECT_FALSE(problem.at("message").get<std::string>().empty());
  }
}

TEST(CApiLoad, LoadedFromFile_ProblemsNameTheFile) {
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  const std::string path = data_path("../capi/data/invalid.json");
  ASSERT_EQ(tiltak_portfolio_load(context.get(), path.c_str(), &out), TILTAK_E_VALIDATION);
  EXPECT_EQ(tiltak_context_error_source(context.get()), path);
  for (const auto& problem : json::parse(error_json(context.get()))) EXPECT_EQ(problem.at("source"), path);
}

// ---- Saving ---------------------------------------------------------------------------

TEST(CApiSave, Save_ThenLoad_GivesAnEqualDocument) {
  TempDir dir;
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string path = (dir.path() / "portefølje.json").string();
  ASSERT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), path.c_str()), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_load(context.get(), path.c_str(), &raw), TILTAK_OK);
  Portfolio reloaded(raw);
  EXPECT_EQ(to_json(context.get(), reloaded.get()), to_json(context.get(), portfolio.get()));
  EXPECT_EQ(read_file(path), to_json(context.get(), portfolio.get()));
}

TEST(CApiSave, Save_ReplacesTheOldFileAndLeavesNoTemporaryFile) {
  TempDir dir;
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const fs::path path = dir.path() / "portfolio.json";
  {
    std::ofstream old(path);
    old << "old contents";
  }
  ASSERT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), new_initiative.data(), new_initiative.size()),
            TILTAK_OK);
  ASSERT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), path.c_str()), TILTAK_OK);
  EXPECT_EQ(read_file(path.string()), to_json(context.get(), portfolio.get()));
  std::vector<fs::path> entries(fs::directory_iterator(dir.path()), fs::directory_iterator{});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].filename(), "portfolio.json");
}

TEST(CApiSave, SaveIntoMissingDirectory_IsIoErrorAndCreatesNothing) {
  TempDir dir;
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const fs::path path = dir.path() / "missing" / "portfolio.json";
  EXPECT_EQ(tiltak_portfolio_save(context.get(), portfolio.get(), path.c_str()), TILTAK_E_IO);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())), "");
  EXPECT_FALSE(fs::exists(dir.path() / "missing"));
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

// ---- Validation without loading -------------------------------------------------------

TEST(CApiValidate, ValidDocument_ReportsValidWithNoProblems) {
  auto context = new_context();
  const std::string text = minimal_json();
  CString report;
  ASSERT_EQ(tiltak_validate_json(context.get(), text.data(), text.size(), report.out(), report.out_length()),
            TILTAK_OK);
  EXPECT_EQ(json::parse(report.str()), json::parse(R"({"valid": true, "problems": []})"));
}

TEST(CApiValidate, InvalidDocument_IsAReportNotAnError) {
  auto context = new_context();
  const std::string text = replace_once(minimal_json(), R"("stage": "registered")", R"("stage": "ready")");
  CString report;
  ASSERT_EQ(tiltak_validate_json(context.get(), text.data(), text.size(), report.out(), report.out_length()),
            TILTAK_OK);
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_OK);
  const json parsed = json::parse(report.str());
  EXPECT_EQ(parsed.at("valid"), false);
  ASSERT_EQ(parsed.at("problems").size(), 1u);
  EXPECT_EQ(parsed.at("problems")[0].at("pointer"), "/initiatives/1/stage");
  EXPECT_EQ(parsed.at("problems")[0].at("value"), "\"ready\"");
}

TEST(CApiValidate, MalformedDocument_IsAProblemWithLineAndColumn) {
  auto context = new_context();
  const std::string text = "{\"name\": \"x\",,}";
  CString report;
  ASSERT_EQ(tiltak_validate_json(context.get(), text.data(), text.size(), report.out(), report.out_length()),
            TILTAK_OK);
  const json parsed = json::parse(report.str());
  EXPECT_EQ(parsed.at("valid"), false);
  ASSERT_EQ(parsed.at("problems").size(), 1u);
  EXPECT_EQ(parsed.at("problems")[0].at("line"), 1);
  EXPECT_EQ(parsed.at("problems")[0].at("column"), 14);
}

// ---- Initiatives ----------------------------------------------------------------------

TEST(CApiInitiatives, GetInitiative_ReturnsItAsInTheDocument) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), "T-2", text.out(), text.out_length()),
            TILTAK_OK);
  EXPECT_EQ(json::parse(text.str()), json::parse(R"({
    "id": "T-2", "title": "Pårørendeapp", "stage": "registered",
    "dependencies": [{"initiative": "T-1", "type": "start_to_start", "lag_days": 30}]})"));
}

TEST(CApiInitiatives, GetUnknownId_IsNotFoundWithTheIdAsValue) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), "T-404", text.out(), text.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(text.get(), nullptr);
  EXPECT_EQ(text.length(), 0u);
  EXPECT_STREQ(tiltak_context_error_value(context.get()), "\"T-404\"");
}

TEST(CApiInitiatives, Add_AppearsInTheListTheDocumentAndTheSummary) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  ASSERT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), new_initiative.data(),
                                            new_initiative.size()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  EXPECT_EQ(count(context.get(), portfolio.get()), 3u);
  CString text;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context.get(), portfolio.get(), "T-3", text.out(), text.out_length()),
            TILTAK_OK);
  EXPECT_EQ(json::parse(text.str()).at("title"), "Chatbot");
  const json totals = summary(context.get(), portfolio.get());
  EXPECT_EQ(totals.at("total_cost"), "1670000.75");  // 1570000.50 + 100000.25
  EXPECT_EQ(totals.at("initiatives")[2].at("total_cost"), "100000.25");
  EXPECT_EQ(totals.at("initiatives")[2].at("owner"), "Eva Eier");
}

TEST(CApiInitiatives, AddDuplicateId_IsRefusedAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string duplicate = R"({"id": "T-1", "title": "Again", "stage": "idea"})";
  EXPECT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), duplicate.data(), duplicate.size()),
            TILTAK_E_DUPLICATE);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/id");
  EXPECT_STREQ(tiltak_context_error_value(context.get()), "\"T-1\"");
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiInitiatives, AddWithUnknownReferences_ListsEachAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string text =
      R"({"id": "T-3", "title": "X", "stage": "idea", "owner": "p-nobody", "dependencies": [{"initiative": "T-404"}]})";
  EXPECT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), text.data(), text.size()),
            TILTAK_E_VALIDATION);
  const auto pointers = pointers_of(error_json(context.get()));
  EXPECT_EQ(pointers.size(), 2u);
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/2/owner"), pointers.end());
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/2/dependencies/0/initiative"), pointers.end());
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiInitiatives, Update_ReplacesTheInitiative) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string text = R"({"id": "T-2", "title": "Pårørendeapp 2.0", "stage": "anchored"})";
  ASSERT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), text.data(), text.size()), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  CString list;
  ASSERT_EQ(tiltak_portfolio_list_initiatives(context.get(), portfolio.get(), list.out(), list.out_length()),
            TILTAK_OK);
  EXPECT_EQ(json::parse(list.str())[1], json::parse(R"({"id":"T-2","title":"Pårørendeapp 2.0","stage":"anchored"})"));
}

TEST(CApiInitiatives, UpdateWithShapeProblems_IsRejectedWithEveryProblemAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string text = R"({"id": "T-2", "title": 5, "stage": "nope",
    "costs": [{"year": 2026, "kind": "investment", "amount": 12.5}], "risk": []})";
  ASSERT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), text.data(), text.size()),
            TILTAK_E_VALIDATION);
  const auto pointers = pointers_of(error_json(context.get()));
  EXPECT_EQ(pointers, (std::vector<std::string>{"/risk", "/title", "/stage", "/costs/0/amount"}))
      << error_json(context.get());
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), pointers.front().c_str());
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiInitiatives, UpdateBreakingTheModelsRules_IsRejectedWithEveryProblemAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string text = R"({"id": "T-2", "title": "X", "stage": "idea", "owner": "p-x",
    "service_areas": ["nope"], "planned": {"start": "2026-05-01", "end": "2026-01-01"}})";
  ASSERT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), text.data(), text.size()),
            TILTAK_E_VALIDATION);
  const std::string problems = error_json(context.get());
  const auto pointers = pointers_of(problems);
  EXPECT_EQ(pointers.size(), 3u) << problems;
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/1/service_areas/0"), pointers.end()) << problems;
  EXPECT_NE(std::find(pointers.begin(), pointers.end(), "/initiatives/1/owner"), pointers.end()) << problems;
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiInitiatives, UpdateUnknownId_IsNotFoundAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string text = R"({"id": "T-404", "title": "X", "stage": "idea"})";
  EXPECT_EQ(tiltak_portfolio_update_initiative(context.get(), portfolio.get(), text.data(), text.size()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

TEST(CApiInitiatives, RemoveWhileReferenced_IsRefusedListingEveryReference) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  ASSERT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), "T-1"), TILTAK_E_VALIDATION);
  EXPECT_EQ(pointers_of(error_json(context.get())),
            (std::vector<std::string>{"/initiatives/1/dependencies/0/initiative", "/benefits/0/contributors/0/initiative"}));
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
  EXPECT_EQ(count(context.get(), portfolio.get()), 2u);
}

TEST(CApiInitiatives, RemoveUnreferenced_RemovesIt) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  ASSERT_EQ(tiltak_portfolio_add_initiative(context.get(), portfolio.get(), new_initiative.data(),
                                            new_initiative.size()),
            TILTAK_OK);
  ASSERT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), "T-3"), TILTAK_OK);
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
  EXPECT_EQ(tiltak_portfolio_remove_initiative(context.get(), portfolio.get(), "T-3"), TILTAK_E_NOT_FOUND);
}

// ---- Summary --------------------------------------------------------------------------

// Hand-computed from tests/data/minimal.json:
//   T-1 planned cost: 1 250 000.50 (investment) + 320 000.00 (valued hours) = 1 570 000.50
//   T-2 planned cost: none                                                   =         0.00
//   B-1: (1 000 + 2 000.5) hours x 650.00 kr = 3 000.5 x 650 = 1 950 325.00 kr,
//        60 % to T-1 = 1 170 195.00, 40 % to T-2 = 780 130.00 (sum 1 950 325.00).
TEST(CApiSummary, Totals_MatchTheHandComputedValuesOfTheMinimalDocument) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const json totals = summary(context.get(), portfolio.get());
  EXPECT_EQ(totals.at("name"), "Testvik kommune");
  EXPECT_EQ(totals.at("currency"), "NOK");
  EXPECT_EQ(totals.at("total_cost"), "1570000.50");
  EXPECT_EQ(totals.at("total_benefit"), "1950325.00");
  const json& lines = totals.at("initiatives");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].at("id"), "T-1");
  EXPECT_EQ(lines[0].at("owner"), "Eva Eier");
  EXPECT_EQ(lines[0].at("stage"), "in_progress");
  EXPECT_EQ(lines[0].at("total_cost"), "1570000.50");
  EXPECT_EQ(lines[0].at("total_benefit"), "1170195.00");
  EXPECT_EQ(lines[0].at("status"), json::parse(R"({"schedule":"yellow","cost":null,"scope":null,"risk":null})"));
  EXPECT_EQ(lines[0].at("overall"), "yellow");
  EXPECT_EQ(lines[1].at("id"), "T-2");
  EXPECT_EQ(lines[1].at("owner"), "");
  EXPECT_EQ(lines[1].at("total_cost"), "0.00");
  EXPECT_EQ(lines[1].at("total_benefit"), "780130.00");
  EXPECT_EQ(lines[1].at("overall"), nullptr);
}

// ---- New portfolios -------------------------------------------------------------------

TEST(CApiNew, NewPortfolio_IsEmptyValidAndRoundTrips) {
  auto context = new_context();
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_new(context.get(), "Fjordby kommune", "DKK", &raw), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  Portfolio portfolio(raw);
  EXPECT_EQ(count(context.get(), portfolio.get()), 0u);
  const std::string text = to_json(context.get(), portfolio.get());
  const json document = json::parse(text);
  EXPECT_EQ(document.at("name"), "Fjordby kommune");
  EXPECT_EQ(document.at("currency"), "DKK");
  tiltak_portfolio* again = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &again), TILTAK_OK);
  Portfolio reloaded(again);
  EXPECT_EQ(to_json(context.get(), reloaded.get()), text);
  const json totals = summary(context.get(), portfolio.get());
  EXPECT_EQ(totals.at("total_cost"), "0.00");
  EXPECT_EQ(totals.at("currency"), "DKK");
}

TEST(CApiNew, UnknownCurrencyOrNonUtf8Name_IsInvalidArgument) {
  auto context = new_context();
  tiltak_portfolio* out = nullptr;
  EXPECT_EQ(tiltak_portfolio_new(context.get(), "Fjordby", "nok", &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
  EXPECT_EQ(tiltak_portfolio_new(context.get(), "Fjordby", "", &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_new(context.get(), "Fjordby \xff kommune", "NOK", &out), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out, nullptr);
}

// ---- Strings --------------------------------------------------------------------------

TEST(CApiStrings, ReturnedStrings_AreNulTerminatedWithTheGivenLength) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  ASSERT_EQ(tiltak_portfolio_to_json(context.get(), portfolio.get(), text.out(), text.out_length()), TILTAK_OK);
  EXPECT_EQ(std::strlen(text.get()), text.length());
  EXPECT_EQ(text.get()[text.length()], '\0');
}

TEST(CApiStrings, OutLength_MayBeNull) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  char* text = nullptr;
  ASSERT_EQ(tiltak_portfolio_summary(context.get(), portfolio.get(), &text, nullptr), TILTAK_OK);
  EXPECT_NE(text, nullptr);
  tiltak_string_free(text);
  ASSERT_EQ(tiltak_context_error_json(context.get(), &text, nullptr), TILTAK_OK);
  EXPECT_STREQ(text, "[]");
  tiltak_string_free(text);
}

}  // namespace
