// The archive's receipt is hostile input until checked (issue 16): no DTD and so no entities,
// a size cap, the receipt schema, ranges, line and column in every refusal, and a receipt that
// contradicts a stored number is a conflict, never an overwrite.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>

#include "support/document_fixture.hpp"
#include "support/governance_fixture.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak {
namespace {

const std::string header =
    R"(<?xml version="1.0" encoding="UTF-8"?>
)";
const std::string open_receipt =
    R"(<arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1"
 xmlns:n5mdk="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
)";

// A schema-valid receipt for the case of T-1 with the given year (and key text).
std::string case_receipt(const std::string& year, const std::string& key = "tiltak/T-1") {
  return header + open_receipt + R"(  <mappeKvittering xsi:type="saksmappeKvittering">
    <systemID>6f1c2f3e-8d4b-4c1a-9e2f-3b5a7d9c1e20</systemID>
    <opprettetDato>2026-03-01T10:15:00+01:00</opprettetDato>
    <referanseEksternNoekkel><n5mdk:fagsystem>tiltak</n5mdk:fagsystem><n5mdk:noekkel>)" +
         key + R"(</n5mdk:noekkel></referanseEksternNoekkel>
    <opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>
    <saksaar>)" + year + R"(</saksaar>
    <sakssekvensnummer>3</sakssekvensnummer>
    <saksdato>2026-03-01</saksdato>
  </mappeKvittering>
</arkivmeldingKvittering>
)";
}

Problem refusal(const std::string& xml, ErrorCode code) {
  try {
    read_archive_receipt(xml);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), code) << error.what();
    return error.problems().at(0);
  }
  ADD_FAILURE() << "accepted:\n" << xml;
  return {};
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(ArchiveReceiptSafety, ValidReceipt_IsRead) {
  const auto receipt = read_archive_receipt(case_receipt("2026"));
  ASSERT_TRUE(receipt.case_file);
  EXPECT_EQ(receipt.case_file->case_number(), "2026/3");
  EXPECT_EQ(receipt.case_file->key, "tiltak/T-1");
}

// The issue's attack: one internal entity referenced 20 000 times in the key (160 KB), which
// took 3.9 GB and 16 s and was then applied. Refused at the DOCTYPE, before any expansion.
TEST(ArchiveReceiptSafety, EntityExpansion_RefusedFastAndSmall) {
  std::string references;
  for (int i = 0; i < 20000; ++i) references += "&a;";
  std::string xml = header + "<!DOCTYPE arkivmeldingKvittering [<!ENTITY a \"aaaaaaaa\">]>\n" +
                    case_receipt("2026", "tiltak/T-1" + references).substr(header.size());
  ASSERT_GT(xml.size(), 60000u);
  const long before = peak_rss_kib();
  const auto start = std::chrono::steady_clock::now();
  const Problem problem = refusal(xml, ErrorCode::parse_error);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 0.1);
  EXPECT_LT(peak_rss_kib() - before, 50 * 1024);
  EXPECT_EQ(problem.line, 2u);
  EXPECT_NE(problem.message.find("document type declaration"), std::string::npos) << problem.message;

  // The classic nested form ("billion laughs") too.
  std::string nested = header + "<!DOCTYPE k [<!ENTITY l0 \"lol\">";
  for (int level = 1; level < 10; ++level) {
    nested += "<!ENTITY l" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) nested += "&l" + std::to_string(level - 1) + ";";
    nested += "\">";
  }
  nested += "]><k>&l9;</k>";
  const auto nested_start = std::chrono::steady_clock::now();
  refusal(nested, ErrorCode::parse_error);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - nested_start).count(), 0.1);
}

TEST(ArchiveReceiptSafety, ExternalAndParameterEntities_Refused) {
  for (const std::string doctype :
       {"<!DOCTYPE k SYSTEM \"file:///etc/passwd\">", "<!DOCTYPE k [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>",
        "<!DOCTYPE k [<!ENTITY % p SYSTEM \"http://example.invalid/p.dtd\"> %p;]>"}) {
    const Problem problem = refusal(header + doctype + "\n" + case_receipt("2026").substr(header.size()),
                                    ErrorCode::parse_error);
    EXPECT_EQ(problem.line, 2u) << doctype;
    EXPECT_NE(problem.message.find("document type declaration"), std::string::npos) << problem.message;
  }
}

TEST(ArchiveReceiptSafety, TooLarge_RefusedBeforeParsing) {
  std::string xml = case_receipt("2026");
  xml.insert(xml.size() - 1, std::string(std::size_t{1} << 20, ' '));
  const Problem problem = refusal(xml, ErrorCode::parse_error);
  EXPECT_NE(problem.message.find("at most 1048576 are read"), std::string::npos) << problem.message;
}

TEST(ArchiveReceiptSafety, NotWellFormed_SaysLineAndColumn) {
  const Problem problem = refusal("<a>\n  <b></c>\n</a>", ErrorCode::parse_error);
  EXPECT_EQ(problem.line, 2u);
  EXPECT_GT(problem.column, 0u);
  EXPECT_NE(problem.message.find("not well-formed XML"), std::string::npos);
}

// Schema-valid (saksaar is an xs:int) but no case number: stored as "-7/3" before.
TEST(ArchiveReceiptSafety, NegativeYear_OutOfRangeWithItsLine) {
  const Problem problem = refusal(case_receipt("-7"), ErrorCode::validation_error);
  EXPECT_EQ(problem.line, 10u);  // <saksaar> is the tenth line of case_receipt()
  EXPECT_EQ(problem.value, "\"-7\"");
  EXPECT_EQ(problem.message, "mappeKvittering/saksaar must be a whole number from 1000 to 9999, not \"-7\"");
}

TEST(ArchiveReceiptSafety, SchemaInvalid_ListsWhatBreaksTheSchema) {
  std::string xml = case_receipt("2026");
  const auto at = xml.find("    <opprettetEllerEksisterende>");
  xml.erase(at, xml.find('\n', at) - at + 1);
  const Problem problem = refusal(xml, ErrorCode::validation_error);
  EXPECT_EQ(problem.line, 9u);  // where <opprettetEllerEksisterende> was missing
  EXPECT_NE(problem.message.find("opprettetEllerEksisterende"), std::string::npos) << problem.message;
}

TEST(ArchiveReceiptSafety, ContradictingCaseNumber_IsAConflictNotAnOverwrite) {
  Portfolio p = testing::compliant_portfolio();
  p.initiatives[0].case_reference = "2026/1234";
  const Portfolio before = p;
  try {
    apply_archive_receipt(p, read_archive_receipt(case_receipt("2026")));
    FAIL() << "overwritten";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.pointer(), "/initiatives/0/case_reference");
    EXPECT_EQ(error.value(), "\"2026/3\"");
    EXPECT_NE(std::string(error.what()).find("2026/1234 is stored"), std::string::npos) << error.what();
  }
  EXPECT_EQ(p, before);
  p.initiatives[0].case_reference = "2026/3";  // the same number again: a resend, accepted
  EXPECT_NO_THROW(apply_archive_receipt(p, read_archive_receipt(case_receipt("2026"))));
}

}  // namespace
}  // namespace tiltak
