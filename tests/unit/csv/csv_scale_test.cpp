// Large files: a 100 000-row export reads completely and exactly (the reader is linear).

#include <gtest/gtest.h>

#include <string>

#include "csv_test_support.hpp"

namespace tiltak {
namespace {

TEST(CsvScale, Csv_Reads100000RowsExactly) {
  constexpr int rows = 100000;
  std::string text = "\xEF\xBB\xBFTiltaksnummer;Tittel;Beskrivelse;Tjenesteområde;Status;Startdato;Investering 2026;"
                     "Drift 2027\r\n";
  text.reserve(static_cast<std::size_t>(rows) * 120);
  for (int i = 1; i <= rows; ++i) {
    const std::string n = std::to_string(i);
    text += "T-" + n + ";Tiltak nummer " + n + ";\"Beskrivelse; med \"\"sitat\"\"\";helse|skole;Pågår;01.03.2026;";
    text += n + "250,50;" + std::to_string(i % 7) + "\r\n";
  }
  const auto initiatives = parse_initiatives_csv(text);
  ASSERT_EQ(initiatives.size(), static_cast<std::size_t>(rows));
  long long investment = 0, operating_lines = 0;
  for (const auto& initiative : initiatives) {
    investment += initiative.costs.at(0).amount.minor_units();
    operating_lines += static_cast<long long>(initiative.costs.size()) - 1;
  }
  // Σ (i·1000 + 250.50) kr = 1000·n(n+1)/2 + 250.50·n kr, in øre.
  const long long n = rows;
  EXPECT_EQ(investment, (1000 * n * (n + 1) / 2) * 100 + 25050 * n);
  EXPECT_EQ(operating_lines, n - n / 7);  // i % 7 == 0 gives no cost line
  EXPECT_EQ(initiatives.back().id.str(), "T-100000");
}

}  // namespace
}  // namespace tiltak
