// Cell values: amounts in every Nordic and English form (exact minor units), dates, stage
// words, yes/no, service area lists.

#include <gtest/gtest.h>

#include <string>

#include "csv_test_support.hpp"
#include "support/test_values.hpp"

namespace tiltak {
namespace {

using csv_test::only_problem;
using csv_test::parse;

// A one-row file with `cell` as the 2026 investment. With ',' as separator the cell is
// quoted, as Excel quotes any cell containing the separator.
std::string cost_csv(std::string_view cell, char separator) {
  if (separator == ',') return "id,title,investment_2026\nT1,x,\"" + std::string(cell) + "\"\n";
  return "id;title;investering 2026\nT1;x;" + std::string(cell) + "\n";
}

// The minor units of the one cost line; -1 when the cell gave no cost line.
long long minor_units(std::string_view cell, char separator = ';', Currency currency = Currency::NOK) {
  const auto initiatives = parse(cost_csv(cell, separator), {currency, 0});
  EXPECT_EQ(initiatives.size(), 1u);
  if (initiatives.empty() || initiatives[0].costs.empty()) return -1;
  EXPECT_EQ(initiatives[0].costs.size(), 1u);
  EXPECT_EQ(initiatives[0].costs[0].amount.currency(), currency);
  return initiatives[0].costs[0].amount.minor_units();
}

Problem amount_problem(std::string_view cell, char separator = ';', Currency currency = Currency::NOK) {
  return only_problem(cost_csv(cell, separator), {currency, 0});
}

TEST(CsvAmounts, Csv_ReadsEveryCommonAmountFormatExactly) {
  EXPECT_EQ(minor_units("1 250 000,50"), 125000050);
  EXPECT_EQ(minor_units("1250000,50"), 125000050);
  EXPECT_EQ(minor_units("1250000.50"), 125000050);
  EXPECT_EQ(minor_units("1.250.000,50"), 125000050);
  EXPECT_EQ(minor_units("1,250,000.50"), 125000050);
  EXPECT_EQ(minor_units("1\xC2\xA0" "250\xC2\xA0" "000,50"), 125000050);           // NBSP (Windows nb-NO)
  EXPECT_EQ(minor_units("1\xE2\x80\xAF" "250\xE2\x80\xAF" "000,50"), 125000050);   // narrow NBSP
  EXPECT_EQ(minor_units("1 250 000"), 125000000);
  EXPECT_EQ(minor_units("1.250.000"), 125000000);
  EXPECT_EQ(minor_units("300"), 30000);
  EXPECT_EQ(minor_units("12,5"), 1250);
  EXPECT_EQ(minor_units("0,05"), 5);
  EXPECT_EQ(minor_units("0.250"), 25);  // a leading 0 cannot start a thousands group
  EXPECT_EQ(minor_units("+750"), 75000);
  EXPECT_EQ(minor_units("92233720368547758.07"), 9223372036854775807);  // the largest amount
}

TEST(CsvAmounts, Csv_ReadsAmountsInCommaSeparatedFiles) {
  EXPECT_EQ(minor_units("1,250,000.50", ','), 125000050);
  EXPECT_EQ(minor_units("1,250,000", ','), 125000000);
  EXPECT_EQ(minor_units("1250000.5", ','), 125000050);
  EXPECT_EQ(minor_units("1 250 000,50", ','), 125000050);
  EXPECT_EQ(minor_units("1.250.000,50", ','), 125000050);
  EXPECT_EQ(minor_units("12,5", ','), 1250);
  // Unquoted, an amount without a comma is fine too.
  const auto initiatives = parse("id,title,operating_2027\nT1,x,1250000.50\n");
  EXPECT_EQ(initiatives[0].costs[0].amount.minor_units(), 125000050);
}

TEST(CsvAmounts, Csv_AcceptsCurrencyMarkOfTheImportCurrency) {
  EXPECT_EQ(minor_units("1 250 000,50 kr"), 125000050);
  EXPECT_EQ(minor_units("kr 1 250 000,50"), 125000050);
  EXPECT_EQ(minor_units("1250kr"), 125000);
  EXPECT_EQ(minor_units("NOK 1 250"), 125000);
  EXPECT_EQ(minor_units("1 250 nok"), 125000);
  EXPECT_EQ(minor_units("kr. 1.250,00", ';', Currency::DKK), 125000);
  EXPECT_EQ(minor_units("1.250,00 kr.", ';', Currency::DKK), 125000);
  EXPECT_EQ(minor_units("1.250,00 DKK", ';', Currency::DKK), 125000);
  EXPECT_EQ(minor_units("€ 1.250,00", ';', Currency::EUR), 125000);
}

TEST(CsvAmounts, Csv_RejectsCurrencyOtherThanTheImportCurrency) {
  const Problem sek = amount_problem("1 250 SEK");
  EXPECT_EQ(sek.message, "the amount is in SEK, but the import is in NOK");
  EXPECT_EQ(amount_problem("1 250 DKK").message, "the amount is in DKK, but the import is in NOK");
  EXPECT_EQ(amount_problem("1 250 kr", ';', Currency::EUR).message,
            "the amount is in kroner, but the import is in EUR");
}

TEST(CsvAmounts, Csv_EmptyZeroAndDashCellsGiveNoCostLine) {
  EXPECT_EQ(minor_units(""), -1);
  EXPECT_EQ(minor_units("   "), -1);
  EXPECT_EQ(minor_units("0"), -1);
  EXPECT_EQ(minor_units("0,00"), -1);
  EXPECT_EQ(minor_units("-"), -1);       // Excel's accounting format shows zero as a dash
  EXPECT_EQ(minor_units("kr -"), -1);
  EXPECT_EQ(minor_units("-0"), -1);
}

TEST(CsvAmounts, Csv_CommaBeforeThreeDigitsIsDecimalInSemicolonFiles) {
  // Excel writes ';' exactly in the locales where the comma is the decimal mark.
  EXPECT_EQ(minor_units("1,250"), 125);
  EXPECT_EQ(minor_units("1 250,000"), 125000);
  EXPECT_EQ(amount_problem("1,255").message, "more decimals than the currency has (at most 2)");
}

TEST(CsvAmounts, Csv_RejectsAmbiguousThousandsOrDecimals) {
  // "1,250" in a ',' file: 1250 in English, 1.25 in Norwegian.
  const Problem comma = amount_problem("1,250", ',');
  EXPECT_EQ(comma.line, 2u);
  EXPECT_EQ(comma.column, 3u);
  EXPECT_EQ(comma.value, "1,250");
  EXPECT_EQ(comma.message,
            "ambiguous amount: the ',' could group thousands or mark decimals; write a whole amount without it "
            "(1250 or 1 250), or decimals with at most two digits (e.g. 1,25)");
  // "1.250" is 1250 in Danish and 1.25 in English, whatever the separator.
  EXPECT_NE(amount_problem("1.250").message.find("ambiguous"), std::string::npos);
  EXPECT_NE(amount_problem("1.250", ',').message.find("ambiguous"), std::string::npos);
  EXPECT_NE(amount_problem("999.999").message.find("ambiguous"), std::string::npos);
  EXPECT_NE(amount_problem("1 250.000").message.find("ambiguous"), std::string::npos);
  // Not ambiguous: more than three digits before, or other than three after.
  EXPECT_EQ(minor_units("1250.500"), 125050);
  EXPECT_EQ(minor_units("1.25"), 125);
  EXPECT_EQ(minor_units("1250,5", ','), 125050);
}

TEST(CsvAmounts, Csv_RejectsMalformedAmounts) {
  EXPECT_EQ(amount_problem("abc").message,
            "not an amount: write digits with an optional decimal comma or point, e.g. 1 250 000,50");
  EXPECT_EQ(amount_problem("1,25E+06").message,
            "not an amount: write digits with an optional decimal comma or point, e.g. 1 250 000,50");
  EXPECT_EQ(amount_problem("1 25 000").message, "thousands are grouped by three digits, e.g. 1 250 000");
  EXPECT_EQ(amount_problem("1.250,000,50").message,
            "unclear which of '.' and ',' is the decimal mark; write 1 250 000,50 or 1250000.50");
  EXPECT_EQ(amount_problem("1 250.000,50").message, "mixed thousands separators; write 1 250 000 or 1.250.000");
  EXPECT_EQ(amount_problem("1 250,505").message, "more decimals than the currency has (at most 2)");
  EXPECT_EQ(amount_problem(",50").message, "an amount starts with a digit, e.g. 0,50");
  EXPECT_EQ(amount_problem("1250,").message, "an amount ends with a digit");
  EXPECT_EQ(amount_problem("1 ,5").message, "two separators in a row");
  EXPECT_EQ(amount_problem("kr").message, "a currency without an amount");
  EXPECT_EQ(amount_problem("92233720368547758.08").message, "amount out of range");
  EXPECT_EQ(amount_problem("99999999999999999999").message, "amount out of range");
}

TEST(CsvAmounts, Csv_RejectsNegativeCosts) {
  const Problem problem = amount_problem("-1 250");
  EXPECT_EQ(problem.message, "a planned cost cannot be negative");
  EXPECT_EQ(amount_problem("\xE2\x88\x92" "500").message, "a planned cost cannot be negative");  // U+2212
}

TEST(CsvAmounts, Csv_OneCostLinePerNonZeroCellInColumnOrder) {
  const auto initiatives = parse("id;title;drift 2028;investering 2026;investering 2027;drift 2027\nT1;x;3;1;;0\n");
  const auto& costs = initiatives[0].costs;
  ASSERT_EQ(costs.size(), 2u);
  EXPECT_EQ(costs[0].kind, CostKind::operating);
  EXPECT_EQ(costs[0].year, 2028);
  EXPECT_EQ(costs[0].amount, Money(300, Currency::NOK));
  EXPECT_EQ(costs[1].kind, CostKind::investment);
  EXPECT_EQ(costs[1].year, 2026);
  for (const auto& cost : costs) {
    EXPECT_EQ(cost.basis, CostBasis::plan);
    EXPECT_EQ(cost.hours, 0);
    EXPECT_FALSE(cost.bearer.has_value());
  }
}

std::optional<Date> start_of(std::string_view cell) {
  const auto initiatives = parse("id;title;planlagt start\nT1;x;" + std::string(cell) + "\n");
  return initiatives.at(0).planned.start;
}

TEST(CsvDates, Csv_ReadsIsoNorwegianAndDanishDates) {
  EXPECT_EQ(start_of("2026-11-23"), ymd(2026, 11, 23));
  EXPECT_EQ(start_of("23.11.2026"), ymd(2026, 11, 23));
  EXPECT_EQ(start_of("23-11-2026"), ymd(2026, 11, 23));
  EXPECT_EQ(start_of("1.2.2026"), ymd(2026, 2, 1));
  EXPECT_EQ(start_of("29.02.2028"), ymd(2028, 2, 29));
  EXPECT_EQ(start_of(""), std::nullopt);
}

TEST(CsvDates, Csv_RejectsOtherDateForms) {
  const auto problem_of = [](std::string_view cell) {
    return only_problem("id;title;startdato\nT1;x;" + std::string(cell) + "\n");
  };
  const Problem slash = problem_of("23/11/2026");
  EXPECT_EQ(slash.line, 2u);
  EXPECT_EQ(slash.column, 3u);
  EXPECT_EQ(slash.value, "23/11/2026");
  EXPECT_EQ(slash.message,
            "dates with '/' are ambiguous (day/month or month/day); write 23.11.2026, 23-11-2026 or 2026-11-23");
  EXPECT_EQ(problem_of("30.02.2026").message, "no such date");
  EXPECT_EQ(problem_of("2026-02-30").message, "no such date");
  EXPECT_NE(problem_of("46349").message.find("serial date"), std::string::npos);
  EXPECT_EQ(problem_of("23.11.26").message, "not a date; write 23.11.2026, 23-11-2026 or 2026-11-23 (four-digit year)");
  EXPECT_EQ(problem_of("november 2026").message,
            "not a date; write 23.11.2026, 23-11-2026 or 2026-11-23 (four-digit year)");
  EXPECT_EQ(problem_of("23.11-2026").message,
            "not a date; write 23.11.2026, 23-11-2026 or 2026-11-23 (four-digit year)");
}

TEST(CsvDates, Csv_RejectsPlannedEndBeforeStart) {
  const Problem problem = only_problem("id;title;startdato;sluttdato\nT1;x;01.07.2026;30.06.2026\n");
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 4u);
  EXPECT_EQ(problem.value, "30.06.2026");
  EXPECT_EQ(problem.message, "the planned end is before the planned start (2026-07-01)");
}

Stage stage_of(std::string_view cell) {
  const auto initiatives = parse("id;title;status\nT1;x;" + std::string(cell) + "\n");
  return initiatives.at(0).stage;
}

TEST(CsvStages, Csv_ReadsEnglishStageNames) {
  for (const Stage stage : all_stages) EXPECT_EQ(stage_of(stage_name(stage)), stage) << stage_name(stage);
  EXPECT_EQ(stage_of("In Progress"), Stage::in_progress);
  EXPECT_EQ(stage_of("in-council"), Stage::in_council);
  EXPECT_EQ(stage_of("canceled"), Stage::cancelled);
}

TEST(CsvStages, Csv_ReadsNorwegianAndDanishStageWords) {
  const std::pair<std::string_view, Stage> words[] = {
      {"Idé", Stage::idea},
      {"ide", Stage::idea},
      {"IDÉ", Stage::idea},
      {"Registrert", Stage::registered},
      {"registreret", Stage::registered},
      {"Forankret", Stage::anchored},
      {"Til behandling i rådet", Stage::in_council},
      {"Til behandling", Stage::in_council},
      {"Anbefalt", Stage::recommended},
      {"anbefalet", Stage::recommended},
      {"Godkjent", Stage::approved},
      {"Godkendt", Stage::approved},
      {"Vedtatt", Stage::approved},
      {"PÅGÅR", Stage::in_progress},
      {"Igangværende", Stage::in_progress},
      {"I gang", Stage::in_progress},
      {"Fullført", Stage::completed},
      {"Gennemført", Stage::completed},
      {"Avsluttet", Stage::closed},
      {"Afsluttet", Stage::closed},
      {"Lukket", Stage::closed},
      {"Avvist", Stage::rejected},
      {"Afvist", Stage::rejected},
      {"Satt på vent", Stage::paused},
      {"Pause", Stage::paused},
      {"Kansellert", Stage::cancelled},
      {"Annulleret", Stage::cancelled},
  };
  for (const auto& [word, stage] : words) EXPECT_EQ(stage_of(word), stage) << word;
}

TEST(CsvStages, Csv_ReportsUnknownStageWithSuggestion) {
  const Problem problem = only_problem("id;title;status\nT1;x;Godkjennt\n");
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 3u);
  EXPECT_EQ(problem.value, "Godkjennt");
  EXPECT_EQ(problem.message.rfind("unknown stage; did you mean \"godkjent\"? (the stages are idea, registered,", 0), 0u)
      << problem.message;
}

bool mandatory_of(std::string_view cell) {
  const auto initiatives = parse("id;title;lovpålagt\nT1;x;" + std::string(cell) + "\n");
  return initiatives.at(0).mandatory.has_value();
}

TEST(CsvValues, Csv_ReadsMandatoryYesNoWords) {
  for (std::string_view yes : {"ja", "Ja", "JA", "yes", "true", "TRUE", "SANN", "sand", "1", "x", "X"})
    EXPECT_TRUE(mandatory_of(yes)) << yes;
  for (std::string_view no : {"", "nei", "Nej", "no", "false", "USANN", "falsk", "0"})
    EXPECT_FALSE(mandatory_of(no)) << no;
  const auto initiatives = parse("id;title;lovpligtig\nT1;x;Ja\n");
  EXPECT_EQ(initiatives[0].mandatory, (Mandate{MandatoryReason::law, ""}));
  const Problem problem = only_problem("id;title;mandatory\nT1;x;kanskje\n");
  EXPECT_EQ(problem.column, 3u);
  EXPECT_EQ(problem.message, "expected ja/nei, ja/nej, yes/no, true/false, 1/0 or x (or empty for no)");
}

TEST(CsvValues, Csv_SplitsServiceAreasAtBars) {
  const auto initiatives = parse("id;title;tjenesteområde\nT1;x; helse | skole ||barnehage|\n");
  const auto& areas = initiatives[0].service_areas;
  ASSERT_EQ(areas.size(), 3u);
  EXPECT_EQ(areas[0].str(), "helse");
  EXPECT_EQ(areas[1].str(), "skole");
  EXPECT_EQ(areas[2].str(), "barnehage");
  const Problem twice = only_problem("id;title;fagområde\nT1;x;helse|skole|helse\n");
  EXPECT_EQ(twice.message, "the service area \"helse\" is listed twice");
}

TEST(CsvValues, Csv_KeepsTextFieldsAsWritten) {
  const auto initiatives = parse(
      "id;title;beskrivelse;eier;fase;saksnummer;program\n"
      "T-7;Chatbot «Spør kommunen»;Første linje;p-ola;Konsept;2026/00123;Innbyggerdialog\n");
  const Initiative& t = initiatives.at(0);
  EXPECT_EQ(t.id.str(), "T-7");
  EXPECT_EQ(t.title, "Chatbot «Spør kommunen»");
  EXPECT_EQ(t.owner->str(), "p-ola");
  EXPECT_EQ(t.phase, "Konsept");
  EXPECT_EQ(t.case_reference, "2026/00123");  // not a date, not a number
  EXPECT_EQ(t.programme, "Innbyggerdialog");
}

}  // namespace
}  // namespace tiltak
