// KS Fiks Arkiv messages validate against the published v1 schemas (libxml2 here; xmllint in
// tests/cli), and the receipt's numbers are read back where the keys point.

#include <gtest/gtest.h>

#include "support/governance_fixture.hpp"
#include "support/document_fixture.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak {
namespace {

using testing::compliant_portfolio;
using testing::day;

const std::string schemas = std::string(TILTAK_EXAMPLES_DIR) + "/../schemas/fiks-arkiv/";
const std::string create_xsd = schemas + "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd";
const std::string receipt_xsd = schemas + "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd";

std::string messages_of(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.describe() + "\n";
  return out;
}

Portfolio with_decision() {
  auto p = compliant_portfolio();
  p.initiatives[0].title = "Digital søknad om SFO-plass & <skolefritid>";
  p.initiatives[0].description = "Søknad, svar og fakturagrunnlag i én flyt.";
  p.initiatives[0].stage = Stage::recommended;
  Decision d;
  d.body = DecisionBody::council;
  d.decided_by = "Leder";
  d.date = day("2026-03-12");
  d.amount = Money::parse("500000", Currency::NOK);
  d.reason = "Godkjent med budsjett.";
  d.conditions = "Rapport hvert kvartal.";
  advance(p, builtin_rulebook("no-default"), InitiativeId("T-1"), Stage::approved, d);
  return p;
}

TEST(FiksArkiv, ShippedExamplesValidate_SoTheValidatorWorks) {
  for (const char* name : {"example-minimal.xml", "example-raadsvedtak.xml"})
    EXPECT_EQ(messages_of(schema_problems(testing::read_text(std::string(TILTAK_TEST_DATA_DIR) + "/fiks-arkiv/" + name),
                                          create_xsd)),
              "");
  EXPECT_EQ(messages_of(schema_problems(
                testing::read_text(std::string(TILTAK_TEST_DATA_DIR) + "/fiks-arkiv/example-kvittering.xml"), receipt_xsd)),
            "");
  // ... and it does find a broken message: journalposttype is required.
  const auto broken = schema_problems(R"(<?xml version="1.0"?>
<arkivmelding xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1">
  <system>tiltak</system><antallFiler>0</antallFiler>
  <registrering xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="journalpost"><tittel>x</tittel></registrering>
</arkivmelding>)", create_xsd);
  ASSERT_FALSE(broken.empty());
  EXPECT_EQ(broken[0].line, 4u);
  EXPECT_THROW(schema_problems("<a/>", schemas + "missing.xsd"), Error);
}

TEST(FiksArkiv, RegistrationMessage_IsASchemaValidCaseWithItsEntry) {
  const auto p = with_decision();
  const std::string xml = arkivmelding_for_registration(p, InitiativeId("T-1"));
  EXPECT_EQ(messages_of(schema_problems(xml, create_xsd)), "");
  EXPECT_NE(xml.find("<mappe xsi:type=\"saksmappe\">"), std::string::npos);
  EXPECT_NE(xml.find("<tittel>Digitaliseringstiltak: Digital søknad om SFO-plass &amp; &lt;skolefritid&gt;</tittel>"),
            std::string::npos);
  EXPECT_NE(xml.find("<n5mdk:noekkel>tiltak/T-1</n5mdk:noekkel>"), std::string::npos);
  EXPECT_NE(xml.find("<n5mdk:noekkel>tiltak/T-1/registrering</n5mdk:noekkel>"), std::string::npos);
  EXPECT_THROW(arkivmelding_for_registration(p, InitiativeId("T-9")), Error);
  // Every initiative of the bundled example, whatever its text.
  const Portfolio fjordvik = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  for (const auto& initiative : fjordvik.initiatives)
    EXPECT_EQ(messages_of(schema_problems(arkivmelding_for_registration(fjordvik, initiative.id, "fjordvik-tiltak"),
                                          create_xsd)),
              "")
        << initiative.id.str();
}

TEST(FiksArkiv, DecisionMessage_FilesIntoTheExistingCase) {
  const auto p = with_decision();
  const std::string xml = arkivmelding_for_decision(p, 0);
  EXPECT_EQ(messages_of(schema_problems(xml, create_xsd)), "");
  EXPECT_EQ(xml.find("<mappe"), std::string::npos);
  EXPECT_NE(xml.find("<n5mdk:saksaar>2026</n5mdk:saksaar>"), std::string::npos);
  EXPECT_NE(xml.find("<n5mdk:sakssekvensnummer>1234</n5mdk:sakssekvensnummer>"), std::string::npos);
  EXPECT_NE(xml.find("<n5mdk:noekkel>tiltak/T-1/vedtak/1</n5mdk:noekkel>"), std::string::npos);
  EXPECT_NE(xml.find("<tittel>Vedtak i digitaliseringsrådet: Digital søknad om SFO-plass &amp; &lt;skolefritid&gt; "
                     "(Anbefalt → Godkjent)</tittel>"),
            std::string::npos);
  EXPECT_NE(xml.find("<dokumentetsDato>2026-03-12</dokumentetsDato>"), std::string::npos);
  auto no_case = p;
  no_case.initiatives[0].case_reference.clear();
  no_case.decisions[0].case_reference.clear();
  const std::string by_key = arkivmelding_for_decision(no_case, 0);
  EXPECT_EQ(messages_of(schema_problems(by_key, create_xsd)), "");
  EXPECT_EQ(by_key.find("saksnummer"), std::string::npos);
  EXPECT_THROW(arkivmelding_for_decision(p, 1), Error);
}

TEST(FiksArkiv, Receipt_NumbersAreReadBackWhereTheKeysPoint) {
  const auto receipt =
      read_archive_receipt(testing::read_text(std::string(TILTAK_TEST_DATA_DIR) + "/fiks-arkiv/example-kvittering.xml"));
  ASSERT_TRUE(receipt.case_file && receipt.entry);
  EXPECT_EQ(*receipt.case_file,
            (ArchivedCase{"tiltak/2025-0042", "6f1c2f3e-8d4b-4c1a-9e2f-3b5a7d9c1e20", true, 2025, 1234}));
  EXPECT_EQ(receipt.case_file->case_number(), "2025/1234");
  EXPECT_EQ(*receipt.entry,
            (ArchivedEntry{"tiltak/2025-0042/registrering/1", "0b7e4a52-2c9d-4f7e-8a13-5d6c4b3a2f10", true, 2025, 5678, 1}));
  EXPECT_EQ(receipt.entry->registry_number(), "2025/5678");

  auto p = with_decision();
  p.initiatives[0].case_reference.clear();
  ArchiveReceipt mine{ArchivedCase{"tiltak/T-1", "s1", true, 2026, 4321},
                      ArchivedEntry{"tiltak/T-1/registrering", "s2", true, 2026, 8765, 1}};
  apply_archive_receipt(p, mine);
  EXPECT_EQ(p.initiatives[0].case_reference, "2026/4321");
  EXPECT_EQ(p.initiatives[0].registry_entry, "2026/8765");
  apply_archive_receipt(p, ArchiveReceipt{std::nullopt, ArchivedEntry{"tiltak/T-1/vedtak/1", "s3", true, 2026, 9000, 2}});
  EXPECT_EQ(p.decisions[0].registry_entry, "2026/9000");

  const auto before = p;
  for (const char* key : {"tiltak/T-9/registrering", "tiltak/T-1/vedtak/2", "tiltak/T-1/other", "annet/T-1/registrering"})
    EXPECT_THROW(apply_archive_receipt(p, ArchiveReceipt{ArchivedCase{"tiltak/T-1", "s", true, 2026, 1},
                                                         ArchivedEntry{key, "s", true, 2026, 1, 1}}),
                 Error)
        << key;
  EXPECT_EQ(p, before);
}

TEST(FiksArkiv, BadReceipt_SaysWhatIsWrong) {
  EXPECT_THROW(read_archive_receipt("not xml"), Error);
  try {
    read_archive_receipt(R"(<arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1">
  <mappeKvittering><systemID>x</systemID></mappeKvittering></arkivmeldingKvittering>)");
    FAIL();
  } catch (const Error& error) {  // the receipt schema says what is missing, with the line
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    EXPECT_EQ(error.problems()[0].line, 2u);
    EXPECT_NE(error.problems()[0].message.find("systemID"), std::string::npos) << error.what();
  }
  EXPECT_THROW(read_archive_receipt("<arkivmelding/>"), Error);
}

}  // namespace
}  // namespace tiltak
