// The decision record through the C API (issue 16): decisions checked, archive messages always
// valid, receipts read safely and never overwriting what the archive gave before.

#include <gtest/gtest.h>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;

Portfolio load(tiltak_context* context, const std::string& path) {
  tiltak_portfolio* portfolio = nullptr;
  EXPECT_EQ(tiltak_portfolio_load(context, path.c_str(), &portfolio), TILTAK_OK) << tiltak_context_error_message(context);
  return Portfolio(portfolio);
}

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
