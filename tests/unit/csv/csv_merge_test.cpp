// Merging imported initiatives into a portfolio: validated as a whole, all or nothing.

#include <gtest/gtest.h>

#include "csv_test_support.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

using csv_test::parse;

Portfolio small_portfolio() {
  Portfolio portfolio;
  portfolio.name = "Fjordvik digitalisering";
  portfolio.currency = Currency::NOK;
  portfolio.organisation.name = "Fjordvik kommune";
  portfolio.organisation.service_areas = {{ServiceAreaId("helse-omsorg"), "Helse og omsorg"},
                                          {ServiceAreaId("oppvekst"), "Oppvekst"},
                                          {ServiceAreaId("barnehage"), "Barnehage"},
                                          {ServiceAreaId("fellestjenester"), "Fellestjenester"}};
  portfolio.organisation.people = {{PersonId("p-tone"), "Tone", Role::owner, std::nullopt},
                                   {PersonId("p-geir"), "Geir", Role::owner, std::nullopt}};
  Initiative existing;
  existing.id = InitiativeId("T-001");
  existing.title = "Eksisterende";
  portfolio.initiatives.push_back(existing);
  return portfolio;
}

TEST(CsvMerge, Csv_MergeAppendsImportedInitiativesAfterTheExisting) {
  Portfolio portfolio = small_portfolio();
  ASSERT_TRUE(validate(portfolio).empty());
  merge_initiatives(portfolio, load_initiatives_csv(TILTAK_TEST_DATA_DIR "/csv/initiativer-nb.csv"));
  ASSERT_EQ(portfolio.initiatives.size(), 5u);
  EXPECT_EQ(portfolio.initiatives[0].id.str(), "T-001");
  EXPECT_EQ(portfolio.initiatives[1].id.str(), "T-101");
  EXPECT_EQ(portfolio.initiatives[4].id.str(), "T-104");
  EXPECT_TRUE(validate(portfolio).empty());
}

TEST(CsvMerge, Csv_MergeRejectsIdTakenInPortfolioAndLeavesItUnchanged) {
  Portfolio portfolio = small_portfolio();
  const Portfolio before = portfolio;
  try {
    merge_initiatives(portfolio, parse("id;title\nT-002;Ny\nT-001;Kollisjon\n"));
    FAIL() << "a duplicate id was merged";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].pointer, "/initiatives/2/id");
  }
  EXPECT_EQ(portfolio, before);
}

TEST(CsvMerge, Csv_MergeRejectsUnknownServiceAreaAndOwner) {
  Portfolio portfolio = small_portfolio();
  const Portfolio before = portfolio;
  try {
    merge_initiatives(portfolio, parse("id;title;tjenesteområde;eier\nT-002;Ny;skole;p-ukjent\n"));
    FAIL() << "unknown references were merged";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation_error);
    ASSERT_EQ(error.problems().size(), 2u);
    EXPECT_EQ(error.problems()[0].pointer, "/initiatives/1/service_areas/0");
    EXPECT_EQ(error.problems()[1].pointer, "/initiatives/1/owner");
  }
  EXPECT_EQ(portfolio, before);
}

TEST(CsvMerge, Csv_MergeRejectsAmountsInAnotherCurrencyThanThePortfolios) {
  Portfolio portfolio = small_portfolio();
  const Portfolio before = portfolio;
  CsvImportOptions options;
  options.currency = Currency::DKK;
  EXPECT_THROW(merge_initiatives(portfolio, parse("id;title;drift 2027\nT-002;Ny;1 000\n", options)), Error);
  EXPECT_EQ(portfolio, before);
}

TEST(CsvMerge, Csv_MergeOfNothingKeepsThePortfolio) {
  Portfolio portfolio = small_portfolio();
  const Portfolio before = portfolio;
  merge_initiatives(portfolio, {});
  EXPECT_EQ(portfolio, before);
}

}  // namespace
}  // namespace tiltak
