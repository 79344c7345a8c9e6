#pragma once
// Import of an initiative list exported from a spreadsheet (Excel in Norway and Denmark):
// UTF-8 with or without BOM, ';' or ',' separated, decimal comma or point, quoted cells.
// The columns (English names and Norwegian and Danish synonyms), the stage words and the
// rules for amounts and dates are documented in docs/format.md ("CSV import").

#include <filesystem>
#include <string_view>
#include <vector>

#include "tiltak/io/text_file.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct CsvImportOptions {
  Currency currency = Currency::NOK;  // of every amount; a cell marked with another currency is an error
  char separator = 0;  // ';' or ','; 0 = detect from the header line (a "sep=;" first line also counts)
};

// Parse the CSV into initiatives, in row order. Throws Error(validation_error) listing every
// bad cell, each with its line (where the row begins in the file: the header is line 1) and
// 1-based column; Error(parse_error) when the text is not UTF-8 (e.g. Windows-1252: the
// message asks for "CSV UTF-8") or its quoting is broken; Error(invalid_argument) for a
// separator other than ';', ',' or 0. Nothing is returned half-read. A header-only file
// gives no initiatives; an empty file is an error. Thread-safe: no shared state.
std::vector<Initiative> parse_initiatives_csv(std::string_view text, const CsvImportOptions& options = {},
                                              std::string_view source = "<memory>");
// As parse_initiatives_csv, with the path as the problems' source; the file is read with
// read_text_file (a regular file of at most `max_bytes`, or "-"); also Error(io_error).
std::vector<Initiative> load_initiatives_csv(const std::filesystem::path& path, const CsvImportOptions& options = {},
                                             std::uint64_t max_bytes = default_max_input_bytes);

// Add imported initiatives to a portfolio; the result is validated as a whole (duplicate
// ids, unknown service areas or owners are errors, reported with JSON Pointers into the
// merged portfolio). `portfolio` is unchanged on error (strong guarantee).
void merge_initiatives(Portfolio& portfolio, std::vector<Initiative> initiatives);

}  // namespace tiltak
