// The CSV import (tiltak import-csv): the first byte chooses the options a caller could pass
// (separator: detect, ';' or ','; currency NOK or DKK), the rest is the file; what parses is
// merged into the fixture portfolio, which validates the result as a whole.

#include "harness.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/csv_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  constexpr char separators[] = {0, ';', ','};
  tiltak::CsvImportOptions options;
  options.separator = separators[data[0] % 3];
  options.currency = (data[0] & 0x10) != 0 ? tiltak::Currency::DKK : tiltak::Currency::NOK;
  try {
    auto initiatives = tiltak::parse_initiatives_csv(tiltak_fuzz::text(data + 1, size - 1), options, "fuzz.csv");
    tiltak::Portfolio portfolio = tiltak_fuzz::fixture_portfolio();
    tiltak::merge_initiatives(portfolio, std::move(initiatives));
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
