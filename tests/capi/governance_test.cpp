// The governance functions of the C API: compliance, gates, decision log, archive link.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;
using Json = nlohmann::json;

TEST(CApiGovernance, Check_FjordvikReportAsJson) {
  auto context = new_context();
  auto fjordvik = load(context.get(), std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  CString out;
  ASSERT_EQ(tiltak_portfolio_check(context.get(), fjordvik.get(), nullptr, "2026-11-23", "en", out.out(),
                                   out.out_length()),
            TILTAK_OK);
  const Json report = Json::parse(out.str());
  EXPECT_EQ(report["rulebook"], "no-default");
  EXPECT_EQ(report["counts"]["error"], 14);
  EXPECT_EQ(report["counts"]["warning"], 18);
  EXPECT_EQ(report["findings"][0]["pointer"], "/initiatives/1/security/security_clearance");
  EXPECT_EQ(report["areas"].size(), 6u);
}

TEST(CApiGovernance, Check_CustomAndBadRulebooks) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const char* custom = R"({"rulebook": "mine", "rules": [{"id": "no-case", "severity": "info", "scope": "initiative",
      "condition": {"empty": "case_reference"}, "at": "case_reference",
      "message": {"nb": "{id} mangler saksnummer", "da": "{id} mangler sagsnummer", "en": "{id} has no case number"}}]})";
  CString out;
  ASSERT_EQ(tiltak_portfolio_check(context.get(), portfolio.get(), custom, "2026-11-23", "da", out.out(),
                                   out.out_length()),
            TILTAK_OK);
  const Json report = Json::parse(out.str());
  ASSERT_EQ(report["findings"].size(), 1u);
  EXPECT_EQ(report["findings"][0]["message"], "T-2 mangler sagsnummer");
  EXPECT_EQ(report["findings"][0]["pointer"], "/initiatives/1/case_reference");

  const char* bad = R"({"rulebook": "bad", "rules": [{"id": "x", "severity": "error", "scope": "initiative",
      "condition": {"field": "stage", "like": "idea"}, "message": {"nb": "-", "da": "-", "en": "-"}}]})";
  EXPECT_EQ(tiltak_portfolio_check(context.get(), portfolio.get(), bad, nullptr, nullptr, out.out(), out.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(out.get(), nullptr);
  EXPECT_EQ(std::string(tiltak_context_error_pointer(context.get())), "/rules/0/condition/like");
  EXPECT_EQ(tiltak_portfolio_check(context.get(), portfolio.get(), "se-default", nullptr, nullptr, out.out(),
                                   out.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(tiltak_portfolio_check(context.get(), portfolio.get(), nullptr, "23.11.2026", nullptr, out.out(),
                                   out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
}

TEST(CApiGovernance, Advance_LogsTheDecisionOrRefusesWithoutChange) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string refused = R"({"initiative": "T-2", "to": "anchored", "body": "secretariat", "date": "2026-11-23"})";
  CString out;
  EXPECT_EQ(tiltak_portfolio_advance(context.get(), portfolio.get(), nullptr, refused.data(), refused.size(), out.out(),
                                     out.out_length()),
            TILTAK_E_VALIDATION);
  const Json problems = Json::parse(error_json(context.get()));  // before the next call clears it
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0]["value"], "\"sector-leader\"");  // the requirement's id as a JSON string
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);

  const std::string pause = R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-11-23",
      "case_reference": "2026/1234", "reason": "Venter", "language": "en"})";
  ASSERT_EQ(tiltak_portfolio_advance(context.get(), portfolio.get(), nullptr, pause.data(), pause.size(), out.out(),
                                     out.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const Json entry = Json::parse(out.str());
  EXPECT_EQ(entry["from"], "in_progress");
  EXPECT_EQ(entry["to"], "paused");
  EXPECT_EQ(entry["hash"].get<std::string>().size(), 64u);
  ASSERT_EQ(tiltak_portfolio_verify_decision_log(context.get(), portfolio.get(), out.out(), out.out_length()), TILTAK_OK);
  EXPECT_EQ(Json::parse(out.str()), Json::parse(R"({"intact": true, "entries": 1, "first_broken": null,
      "pointer": null, "reason": null, "acknowledged": 0, "recorded": 0, "language": "nb", "findings": []})"));

  const std::string unknown_field = R"({"initiative": "T-1", "to": "in_progress", "body": "council", "date": "x", "who": 1})";
  EXPECT_EQ(tiltak_portfolio_advance(context.get(), portfolio.get(), nullptr, unknown_field.data(),
                                     unknown_field.size(), out.out(), out.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  const Json bad = Json::parse(error_json(context.get()));
  ASSERT_EQ(bad.size(), 2u);
  EXPECT_EQ(bad[0]["pointer"], "/who");
  EXPECT_EQ(bad[1]["pointer"], "/date");
}

// The same gate as Advance_LogsTheDecisionOrRefusesWithoutChange, asked before deciding.
TEST(CApiGovernance, CheckTransition_ListsTheUnmetRequirementsAndChangesNothing) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  const std::string refused = R"({"initiative": "T-2", "to": "anchored", "body": "secretariat", "date": "2026-11-23",
      "language": "en"})";
  CString out;
  ASSERT_EQ(tiltak_portfolio_check_transition(context.get(), portfolio.get(), nullptr, refused.data(), refused.size(),
                                              out.out(), out.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const Json check = Json::parse(out.str());
  EXPECT_EQ(check["allowed"], false);
  ASSERT_EQ(check["unmet"].size(), 1u);
  EXPECT_EQ(check["unmet"][0]["requirement"], "sector-leader");
  EXPECT_FALSE(check["unmet"][0]["message"].get<std::string>().empty());

  const std::string pause = R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-11-23"})";
  ASSERT_EQ(tiltak_portfolio_check_transition(context.get(), portfolio.get(), nullptr, pause.data(), pause.size(),
                                              out.out(), out.out_length()),
            TILTAK_OK);
  EXPECT_EQ(Json::parse(out.str())["allowed"], true);
  EXPECT_EQ(Json::parse(out.str())["unmet"], Json::array());
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);  // nothing logged

  const std::string unknown = R"({"initiative": "T-9", "to": "paused", "body": "council", "date": "2026-11-23"})";
  EXPECT_EQ(tiltak_portfolio_check_transition(context.get(), portfolio.get(), nullptr, unknown.data(), unknown.size(),
                                              out.out(), out.out_length()),
            TILTAK_E_NOT_FOUND);
}

TEST(CApiGovernance, Replay_ReproducesTheStagesOfTheLog) {
  auto context = new_context();
  auto initial = load_minimal(context.get());  // tests/data/governance/decided.json started from it
  auto decided = load(context.get(), data_path("governance/decided.json"));
  ASSERT_EQ(tiltak_portfolio_replay_decisions(context.get(), initial.get(), decided.get()), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  EXPECT_EQ(to_json(context.get(), initial.get()), to_json(context.get(), decided.get()));
  // A portfolio whose T-1 is paused does not fit the log's first decision (in_progress → paused).
  const std::string before = to_json(context.get(), decided.get());
  auto twice = load(context.get(), data_path("governance/decided.json"));
  const std::string pause = R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-07-01"})";
  CString out;
  ASSERT_EQ(tiltak_portfolio_advance(context.get(), twice.get(), nullptr, pause.data(), pause.size(), out.out(),
                                     out.out_length()),
            TILTAK_OK);
  EXPECT_EQ(tiltak_portfolio_replay_decisions(context.get(), twice.get(), decided.get()), TILTAK_E_VALIDATION);
  EXPECT_EQ(std::string(tiltak_context_error_pointer(context.get())), "/decisions/0");
  EXPECT_EQ(to_json(context.get(), decided.get()), before);
}

TEST(CApiGovernance, LogVerify_FindsTheTamperedEntry) {
  auto context = new_context();
  auto tampered = load(context.get(), data_path("governance/tampered.json"));
  CString out;
  ASSERT_EQ(tiltak_portfolio_verify_decision_log(context.get(), tampered.get(), out.out(), out.out_length()), TILTAK_OK);
  const Json result = Json::parse(out.str());
  EXPECT_EQ(result["intact"], false);
  EXPECT_EQ(result["first_broken"], 0);
  EXPECT_EQ(result["pointer"], "/decisions/0");
}

TEST(CApiGovernance, ArchiveMessagesAndReceipt) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  CString xml;
  ASSERT_EQ(tiltak_portfolio_archive_registration(context.get(), decided.get(), "T-1", "kommune-tiltak", xml.out(),
                                                  xml.out_length()),
            TILTAK_OK);
  EXPECT_NE(xml.str().find("<n5mdk:noekkel>kommune-tiltak/T-1/registrering</n5mdk:noekkel>"), std::string::npos);
  ASSERT_EQ(tiltak_portfolio_archive_decision(context.get(), decided.get(), 1, nullptr, xml.out(), xml.out_length()),
            TILTAK_OK);
  EXPECT_NE(xml.str().find("<n5mdk:noekkel>tiltak/T-1/vedtak/2</n5mdk:noekkel>"), std::string::npos);
  EXPECT_EQ(tiltak_portfolio_archive_decision(context.get(), decided.get(), 2, nullptr, xml.out(), xml.out_length()),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(tiltak_portfolio_archive_registration(context.get(), decided.get(), "T-9", nullptr, xml.out(),
                                                  xml.out_length()),
            TILTAK_E_NOT_FOUND);

  const std::string receipt = read_file(data_path("governance/kvittering-t1.xml"));
  CString out;
  ASSERT_EQ(tiltak_archive_receipt_read(context.get(), receipt.data(), receipt.size(), out.out(), out.out_length()),
            TILTAK_OK);
  const Json read = Json::parse(out.str());
  EXPECT_EQ(read["case_file"]["case_number"], "2026/1234");
  EXPECT_EQ(read["case_file"]["created"], false);
  EXPECT_EQ(read["entry"]["registry_number"], "2026/5678");
  ASSERT_EQ(tiltak_portfolio_apply_archive_receipt(context.get(), decided.get(), receipt.data(), receipt.size(), nullptr),
            TILTAK_OK);
  CString initiative;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context.get(), decided.get(), "T-1", initiative.out(),
                                            initiative.out_length()),
            TILTAK_OK);
  EXPECT_EQ(Json::parse(initiative.str())["registry_entry"], "2026/5678");
  const std::string before = to_json(context.get(), decided.get());
  EXPECT_EQ(tiltak_portfolio_apply_archive_receipt(context.get(), decided.get(), receipt.data(), receipt.size(), "annet"),
            TILTAK_E_NOT_FOUND);
  EXPECT_EQ(to_json(context.get(), decided.get()), before);
}

TEST(CApiGovernance, GarbageReceiptsAndDecisions_AreRefusedWithAStatus) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string before = to_json(context.get(), portfolio.get());
  std::mt19937_64 random(20261123);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 300);
  for (int round = 0; round < 500; ++round) {
    std::string text(static_cast<std::size_t>(length(random)), '\0');
    for (auto& c : text) c = static_cast<char>(byte(random));
    CString out;
    EXPECT_LT(tiltak_archive_receipt_read(context.get(), text.data(), text.size(), out.out(), out.out_length()), 0);
    EXPECT_LT(tiltak_portfolio_apply_archive_receipt(context.get(), portfolio.get(), text.data(), text.size(), nullptr), 0);
    EXPECT_LT(tiltak_portfolio_advance(context.get(), portfolio.get(), nullptr, text.data(), text.size(), out.out(),
                                       out.out_length()),
              0);
    EXPECT_LT(tiltak_portfolio_check_transition(context.get(), portfolio.get(), nullptr, text.data(), text.size(),
                                                out.out(), out.out_length()),
              0);
    if (HasFailure()) break;
  }
  EXPECT_EQ(to_json(context.get(), portfolio.get()), before);
}

// The decision record (issue 16): decisions checked, archive messages always valid, receipts
// read safely and never overwriting what the archive gave before.
TEST(CApiDecisionRecord, NegativeAmountAndEarlyDate_Refused_LateRegistrationAccepted) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  CString out;
  for (const std::string request :
       {R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-07-01", "amount": "-5"})",
        R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-05-15"})"}) {
    EXPECT_EQ(tiltak_portfolio_advance(context.get(), decided.get(), nullptr, request.data(), request.size(), out.out(),
                                       out.out_length()),
              TILTAK_E_VALIDATION)
        << request;
    EXPECT_EQ(out.get(), nullptr);
  }
  const std::string late =
      R"({"initiative": "T-1", "to": "paused", "body": "council", "date": "2026-05-15", "late_registration": true})";
  ASSERT_EQ(tiltak_portfolio_advance(context.get(), decided.get(), nullptr, late.data(), late.size(), out.out(),
                                     out.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context.get());
  EXPECT_NE(out.str().find("\"late_registration\": true"), std::string::npos) << out.str();
}

TEST(CApiDecisionRecord, ArchiveMessages_RefuseWhatXmlCannotCarry) {
  auto context = new_context();
  auto portfolio = load(context.get(), data_path("governance/control-characters.json"));
  CString xml;
  EXPECT_EQ(tiltak_portfolio_archive_registration(context.get(), portfolio.get(), "T-1", nullptr, xml.out(),
                                                  xml.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(xml.get(), nullptr);
  EXPECT_EQ(std::string(tiltak_context_error_pointer(context.get())), "/initiatives/0/title");
  EXPECT_EQ(tiltak_portfolio_archive_registration(context.get(), portfolio.get(), "T-2", "", xml.out(), xml.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
}

TEST(CApiDecisionRecord, Receipts_DoctypeRefusedAndConflictsKept) {
  auto context = new_context();
  auto decided = load(context.get(), data_path("governance/decided.json"));
  const std::string receipt = read_file(data_path("governance/kvittering-t1.xml"));
  CString out;
  std::string with_doctype = receipt;
  with_doctype.insert(with_doctype.find("<arkivmeldingKvittering"), "<!DOCTYPE k [<!ENTITY a \"aaaa\">]>\n");
  EXPECT_EQ(tiltak_archive_receipt_read(context.get(), with_doctype.data(), with_doctype.size(), out.out(),
                                        out.out_length()),
            TILTAK_E_PARSE);
  std::string other_case = receipt;
  other_case.replace(other_case.find("<sakssekvensnummer>1234"), 23, "<sakssekvensnummer>4321");
  EXPECT_EQ(tiltak_portfolio_apply_archive_receipt(context.get(), decided.get(), other_case.data(), other_case.size(),
                                                   nullptr),
            TILTAK_E_VALIDATION);
  EXPECT_EQ(std::string(tiltak_context_error_pointer(context.get())), "/initiatives/0/case_reference");
}

}  // namespace
