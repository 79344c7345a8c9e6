// The decision record held against the archive through the C API, as `tiltak log verify
// --archived` and `archive-message --document` do it (issue 16; docs/governance.md).

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;
using Json = nlohmann::json;

// The archive's copy of decision 2 of decided.json.
std::string archived_copy(tiltak_context* context) {
  auto decided = load(context, data_path("governance/decided.json"));
  CString xml;
  EXPECT_EQ(tiltak_portfolio_archive_decision(context, decided.get(), 1, nullptr, xml.out(), xml.out_length()), TILTAK_OK);
  return xml.str();
}

TEST(CApiDecisionRecord, ArchivedCopy_FindsTheCutTailTheFileAloneCannot) {
  auto context = new_context();
  const std::string copy = archived_copy(context.get());
  auto cut = load(context.get(), data_path("governance/decided-cut.json"));
  CString out;
  ASSERT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), cut.get(), nullptr, nullptr, nullptr, 0, out.out(),
                                                          out.out_length()),
            TILTAK_OK);
  EXPECT_EQ(Json::parse(out.str())["intact"], true);  // not detectable without an acknowledgement
  const char* archived[] = {copy.data()};
  const size_t lengths[] = {copy.size()};
  ASSERT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), cut.get(), nullptr, archived, lengths, 1, out.out(),
                                                          out.out_length()),
            TILTAK_OK);
  const Json result = Json::parse(out.str());
  EXPECT_EQ(result["intact"], false);
  ASSERT_EQ(result["findings"].size(), 1u);
  EXPECT_EQ(result["findings"][0]["kind"], "cut_tail");
  EXPECT_EQ(result["findings"][0]["pointer"], "/decisions");
  EXPECT_EQ(result["findings"][0]["message"],
            "arkivet har kvittert for vedtak 2, men loggen slutter ved vedtak 1: vedtak er fjernet");
}

TEST(CApiDecisionRecord, CopyThatIsNoDecisionMessage_IsRefusedAndNothingReturned) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  const std::string receipt = read_file(data_path("governance/kvittering-t1.xml"));
  const char* archived[] = {receipt.data()};
  const size_t lengths[] = {receipt.size()};
  CString out;
  EXPECT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), decided.get(), nullptr, archived, lengths, 1, out.out(),
                                                          out.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(out.get(), nullptr);
  EXPECT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), decided.get(), nullptr, nullptr, lengths, 1, out.out(),
                                                          out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), decided.get(), "se-default", nullptr, nullptr, 0,
                                                          out.out(), out.out_length()),
            TILTAK_E_NOT_FOUND);
}

// Replayed against the rulebook's gates: a decision beyond its body's mandate, hashed by the
// public algorithm, is found though nothing outside the file vouches for it.
TEST(CApiDecisionRecord, ForgedDecisionBeyondTheMandate_IsFoundOnReplay) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  const std::string forged = R"({"initiative": "T-1", "to": "completed", "body": "secretariat", "date": "2026-07-01"})";
  CString out;
  ASSERT_EQ(tiltak_portfolio_advance(context.get(), decided.get(), nullptr, forged.data(), forged.size(), out.out(),
                                     out.out_length()),
            TILTAK_OK);  // in_progress → completed asks for no body: allowed
  const char* strict = R"({"rulebook": "strict", "gates": [{"from": ["in_progress", "paused"], "to": "paused",
      "minimum_body": "council"}, {"from": ["paused"], "to": "in_progress", "minimum_body": "council"},
      {"from": ["in_progress"], "to": "completed", "minimum_body": "council"}]})";
  ASSERT_EQ(tiltak_portfolio_verify_decision_log_archived(context.get(), decided.get(), strict, nullptr, nullptr, 0,
                                                          out.out(), out.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const Json result = Json::parse(out.str());
  ASSERT_EQ(result["findings"].size(), 1u) << result.dump();
  EXPECT_EQ(result["findings"][0]["kind"], "mandate");
  EXPECT_EQ(result["findings"][0]["pointer"], "/decisions/2/body");
}

TEST(CApiDecisionRecord, ChainAnchor_IsReadFromTheArchivedCopy) {
  auto context = new_context();
  const std::string copy = archived_copy(context.get());
  CString out;
  ASSERT_EQ(tiltak_archive_chain_anchor_read(context.get(), copy.data(), copy.size(), out.out(), out.out_length()),
            TILTAK_OK);
  const std::string head = "f3b6775ba178d62a802754d2b66fd6326e63151fa577fd6d2f21ace41b8d2da6";  // decided.json
  EXPECT_EQ(Json::parse(out.str()), (Json{{"number", 2}, {"hash", head}, {"head_number", 2}, {"head_hash", head}}));
  const std::string registration = "<a/>";
  EXPECT_LT(tiltak_archive_chain_anchor_read(context.get(), registration.data(), registration.size(), out.out(),
                                             out.out_length()),
            0);
  EXPECT_EQ(out.get(), nullptr);
}

TEST(CApiDecisionRecord, ArkivmeldingProblems_NameTheLine) {
  auto context = new_context();
  std::string copy = archived_copy(context.get());
  CString out;
  ASSERT_EQ(tiltak_arkivmelding_problems(context.get(), copy.data(), copy.size(), out.out(), out.out_length()), TILTAK_OK);
  EXPECT_EQ(Json::parse(out.str()), Json::array());
  copy.replace(copy.find("<tittel>"), 8, "<titel>");
  copy.replace(copy.find("</tittel>"), 9, "</titel>");
  ASSERT_EQ(tiltak_arkivmelding_problems(context.get(), copy.data(), copy.size(), out.out(), out.out_length()), TILTAK_OK);
  const Json problems = Json::parse(out.str());
  ASSERT_FALSE(problems.empty());
  EXPECT_GT(problems[0]["line"].get<int>(), 1);
  EXPECT_NE(problems[0]["message"].get<std::string>().find("titel"), std::string::npos) << problems.dump();
}

TEST(CApiDecisionRecord, DecisionMessage_CarriesItsDocumentWithChecksum) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  // "abc": its SHA-256 is the FIPS 180-2 example.
  const std::string documents = R"([{"title": "Saksframlegg", "file_name": "saksframlegg.pdf", "content_base64": "YWJj"}])";
  CString xml;
  ASSERT_EQ(tiltak_portfolio_archive_decision_with_documents(context.get(), decided.get(), 1, nullptr, documents.data(),
                                                             documents.size(), xml.out(), xml.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const std::string text = xml.str();
  EXPECT_NE(text.find("<antallFiler>1</antallFiler>"), std::string::npos);
  EXPECT_NE(text.find("<filnavn>saksframlegg.pdf</filnavn>"), std::string::npos);
  EXPECT_NE(text.find("<sjekksum>ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad</sjekksum>"),
            std::string::npos);
  EXPECT_NE(text.find("<filstoerrelse>3</filstoerrelse>"), std::string::npos);

  const std::string bad = R"([{"title": "Saksframlegg", "file_name": "a.pdf", "content_base64": "YWJ"}])";
  EXPECT_EQ(tiltak_portfolio_archive_decision_with_documents(context.get(), decided.get(), 1, nullptr, bad.data(),
                                                             bad.size(), xml.out(), xml.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(xml.get(), nullptr);
  EXPECT_EQ(std::string(tiltak_context_error_pointer(context.get())), "/0/content_base64");
}

// A store's decision record in one call (`tiltak log verify STORE --archived DIR`): held against
// the store's own history of chain heads ("recorded") and the archive's copies.
TEST(CApiDecisionRecord, Store_IsVerifiedAgainstItsHistoryAndTheArchive) {
  auto context = new_context();
  const std::string copy = archived_copy(context.get());
  const std::string directory =
      (std::filesystem::temp_directory_path() / ("tiltak-capi-record-" + std::to_string(::getpid()))).string();
  std::filesystem::remove_all(directory);
  std::filesystem::create_directories(directory);
  const std::string db = directory + "/decided.db", cut = directory + "/cut.json";
  std::filesystem::copy_file(data_path("governance/decided-cut.json"), cut);
  tiltak_store* made = nullptr;
  ASSERT_EQ(tiltak_store_create(context.get(), db.c_str(), &made), TILTAK_OK) << tiltak_context_error_message(context.get());
  Store store(made);
  const std::string document = read_file(data_path("governance/decided.json"));
  const std::string info = R"({"author": "kari", "message": "import"})";
  CString out;
  ASSERT_EQ(tiltak_store_import(context.get(), store.get(), document.data(), document.size(), info.data(), info.size(),
                                out.out(), out.out_length()),
            TILTAK_OK);
  const char* archived[] = {copy.data()};
  const size_t lengths[] = {copy.size()};

  ASSERT_EQ(tiltak_store_verify_decision_log(context.get(), store.get(), nullptr, nullptr, archived, lengths, 1,
                                             out.out(), out.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  Json result = Json::parse(out.str());
  EXPECT_EQ(result["intact"], true);
  EXPECT_EQ(result["acknowledged"], 2);
  EXPECT_EQ(result["recorded"], 2);  // the import's revision kept the head, decision 2
  EXPECT_EQ(result["language"], "nb");

  tiltak_store* opened = nullptr;
  ASSERT_EQ(tiltak_store_open(context.get(), cut.c_str(), &opened), TILTAK_OK);
  Store cut_store(opened);
  ASSERT_EQ(tiltak_store_verify_decision_log(context.get(), cut_store.get(), "no-default", "en", archived, lengths, 1,
                                             out.out(), out.out_length()),
            TILTAK_OK);
  result = Json::parse(out.str());
  EXPECT_EQ(result["intact"], false);
  EXPECT_EQ(result["recorded"], 0);  // the JSON document keeps no history
  ASSERT_EQ(result["findings"].size(), 1u);
  EXPECT_EQ(result["findings"][0]["message"],
            "the archive acknowledged decision 2, but the log ends at decision 1: decisions were removed");

  EXPECT_EQ(tiltak_store_verify_decision_log(context.get(), store.get(), nullptr, "sv", nullptr, nullptr, 0, out.out(),
                                             out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(out.get(), nullptr);
  EXPECT_EQ(tiltak_store_verify_decision_log(context.get(), nullptr, nullptr, nullptr, nullptr, nullptr, 0, out.out(),
                                             out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  cut_store.reset();
  store.reset();
  std::filesystem::remove_all(directory);
}

}  // namespace
