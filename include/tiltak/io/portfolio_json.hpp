#pragma once
// The portfolio document: versioned JSON ("schema_version": 1), described in docs/format.md
// and schemas/portfolio.schema.json.

#include <filesystem>
#include <string>
#include <string_view>

#include "tiltak/io/text_file.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// Parse and validate a whole document. Throws Error(parse_error) for malformed JSON (with
// line and column) and Error(validation_error) listing every problem found, each with its
// JSON Pointer, offending value and reason. Nothing is half-loaded: a portfolio is returned
// only when the document is entirely valid. `source` names the input in problems.
Portfolio parse_portfolio(std::string_view json, std::string_view source = "<memory>");
// Reads the file with read_text_file (tiltak/io/text_file.hpp): a regular file of at most
// `max_bytes`, or "-" for standard input; also Error(io_error).
Portfolio load_portfolio(const std::filesystem::path& path, std::uint64_t max_bytes = default_max_input_bytes);

// The document text: deterministic, two-space indented, UTF-8. Loading it gives back an
// equal portfolio (amounts and dates exact).
std::string to_json(const Portfolio& portfolio);

// Atomic save: writes a temporary file beside `path`, flushes it to disk and renames it over
// `path`, so a crash leaves either the old or the new file, never a truncated one. The file
// keeps its mode, owner and group; symbolic links, devices and hard links are handled as
// write_file_atomically (tiltak/io/atomic_file.hpp) says.
void save_portfolio(const Portfolio& portfolio, const std::filesystem::path& path);

// One initiative as it appears in the document's "initiatives" array. Parsing checks its
// shape only (amounts in `currency`); references are checked when it joins a portfolio.
Initiative parse_initiative(std::string_view json, Currency currency, std::string_view source = "<memory>");
std::string to_json(const Initiative& initiative);

}  // namespace tiltak
