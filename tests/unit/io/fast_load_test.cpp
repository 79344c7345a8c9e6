// The two readers of a portfolio document agree (docs/architecture.md, "Loading"): the fast
// reader (simdjson On-Demand, straight into the model) either gives up or builds exactly the
// model the shape reader (nlohmann document, every problem with its pointer) builds, and it
// gives up on nothing the shape reader reads without a problem. Held on every JSON document of
// the repository (tests, examples, the fuzz corpus) and on edits of a valid one that stress
// the places where two JSON parsers could differ.

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/json_reader.hpp"
#include "io/portfolio_fast_reader.hpp"
#include "io/portfolio_reader.hpp"
#include "support/document_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

namespace fs = std::filesystem;
using testing::read_text;

// The shape reader's result: the model when the document parses and reads without a problem.
std::optional<Portfolio> read_by_shape(const std::string& text) {
  try {
    const detail::Json document = detail::parse_json(text, "test.json");
    detail::DocumentReader reader("test.json", Currency::NOK);
    Portfolio portfolio;
    detail::read_value(reader, document, "", portfolio);
    if (!reader.problems().empty()) return std::nullopt;
    return portfolio;
  } catch (const Error&) {
    return std::nullopt;  // not JSON the parser accepts
  }
}

std::optional<Portfolio> read_fast(const std::string& text) {
  return detail::read_portfolio_fast(text, text.size());
}

// Both readers on `text`: the same model, or both refuse it.
void expect_same_reading(const std::string& text, const std::string& what) {
  SCOPED_TRACE(what);
  const auto slow = read_by_shape(text);
  const auto fast = read_fast(text);
  ASSERT_EQ(fast.has_value(), slow.has_value()) << (fast ? "only the fast reader read it" : "the fast reader gave up");
  if (!fast) return;
  EXPECT_TRUE(*fast == *slow);
  EXPECT_EQ(to_json(*fast), to_json(*slow));
}

std::vector<fs::path> json_files_under(const fs::path& directory) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory))
    if (entry.is_regular_file()) files.push_back(entry.path());
  return files;
}

TEST(FastLoad, ReadsEveryDocumentOfTheRepositoryAsTheShapeReaderDoes) {
  const fs::path examples = TILTAK_EXAMPLES_DIR;
  std::size_t documents = 0, read = 0;
  for (const fs::path& directory :
       {fs::path(TILTAK_TEST_DATA_DIR), examples, examples / ".." / "fuzz" / "corpus" / "portfolio",
        examples / ".." / "fuzz" / "regressions" / "portfolio"}) {
    for (const auto& file : json_files_under(directory)) {
      if (directory != examples / ".." / "fuzz" / "corpus" / "portfolio" && file.extension() != ".json") continue;
      const std::string text = read_text(file.string());
      expect_same_reading(text, file.string());
      ++documents;
      read += read_fast(text).has_value();
    }
  }
  // The corpus is mostly broken documents; enough of them are read to mean something.
  EXPECT_GT(documents, 400u);
  EXPECT_GE(read, 20u);
}

TEST(FastLoad, ReadsGeneratedPortfoliosAsTheShapeReaderDoes) {
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    SyntheticOptions options;
    options.initiatives = 300;
    options.seed = seed;
    options.cooperation_members = seed == 2 ? 4 : 0;
    options.currency = seed == 3 ? Currency::DKK : Currency::NOK;
    const Portfolio generated = generate_portfolio(options);
    const std::string text = to_json(generated);
    expect_same_reading(text, "seed " + std::to_string(seed));
    const auto fast = read_fast(text);
    ASSERT_TRUE(fast.has_value());
    EXPECT_TRUE(*fast == generated);
  }
}

// One edit of tests/data/minimal.json: `from` replaced by `to` (the first occurrence).
std::string edited(const std::string& from, const std::string& to) {
  std::string text = read_text(std::string(TILTAK_TEST_DATA_DIR) + "/minimal.json");
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(FastLoad, AgreesWhereTwoJsonParsersCouldDiffer) {
  const std::string minimal = read_text(std::string(TILTAK_TEST_DATA_DIR) + "/minimal.json");
  ASSERT_TRUE(read_fast(minimal).has_value());
  const std::vector<std::pair<std::string, std::string>> edits = {
      {"\"schema_version\": 1", "\"schema_version\": 1, \"schema_version\": 1"},  // a duplicate key
      {"\"schema_version\": 1", "\"schema_version\": 1.0"},                       // a whole number as a float
      {"\"schema_version\": 1", "\"schema_version\": -0"},
      {"\"schema_version\": 1", "\"schema_version\": 18446744073709551617"},
      {"\"schema_version\": 1", "\"schema_version\": 1e400"},
      {"\"schema_version\": 1", "\"schema_versio\": 1"},          // an unknown key
      {"\"name\": \"", "\"name\": \"\\u00e6\\ud83d\\ude00 "},      // escapes, a surrogate pair
      {"\"name\": \"", "\"name\": \"\\ud800 "},                   // a lone surrogate
      {"\"name\": \"", "\"name\": \"\\u0000 "},                   // an escaped NUL
      {"\"name\": \"", "\"name\": \"\x01 "},                      // an unescaped control character
      {"\"name\": \"", "\"name\": \"\xC3\x28 "},                  // ill-formed UTF-8
      {"\"name\": \"", "\"name\": null, \"x\": \""},
      {"\"share\": \"60\"", "\"share\": 60.0"},
  };
  for (const auto& [from, to] : edits) expect_same_reading(edited(from, to), to);
  // A key written with an escape is the one thing the fast reader leaves to the shape reader
  // although it is valid (tiltak never writes one).
  const std::string escaped = edited("\"schema_version\": 1", "\"sch\\u0065ma_version\": 1");
  EXPECT_FALSE(read_fast(escaped).has_value());
  EXPECT_TRUE(parse_portfolio(escaped) == *read_fast(minimal));
  for (const std::string& tail : std::vector<std::string>{" ", "\n\n", " x", "}", " {}", std::string(1, '\0')})
    expect_same_reading(minimal + tail, "followed by \"" + tail + "\"");
  expect_same_reading(minimal.substr(0, minimal.size() / 2), "cut in half");
}

TEST(FastLoad, PercentagesAreReadAsTheShapeReaderReadsThem) {
  // A contributor's share in tests/data/minimal.json; each form both ways.
  for (const std::string share : {"\"50\"", "\"33.33\"", "50", "33.33", "33.333", "1e2", "5E1", "-0", "0.5",
                                  "12345678901234567890", "\"\"", "\" 50\"", "true"}) {
    const std::string text = edited("\"share\": \"60\"", "\"share\": " + share);
    expect_same_reading(text, share);
  }
}

TEST(FastLoad, CostLinesWithoutAnAmountAreInternalHoursOnly) {
  expect_same_reading(edited("\"amount\": \"1250000.50\"", "\"hours\": 3"), "an investment without its amount");
  expect_same_reading(edited(", \"amount\": \"320000.00\"", ""), "internal hours without their amount");
}

// A load gives the problems it gave before the fast reader: a broken document is read again by
// the shape reader, with pointers, lines and columns.
TEST(FastLoad, ABrokenDocumentStillGetsEveryProblemWithItsPointer) {
  const std::string text = edited("\"schema_version\": 1", "\"schema_version\": 1, \"schema_version\": 1");
  try {
    parse_portfolio(text, "dup.json");
    FAIL() << "a duplicate key was accepted";
  } catch (const Error& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_EQ(error.problems()[0].pointer, "/schema_version");
    EXPECT_EQ(error.problems()[0].line, 2u);
  }
}

}  // namespace
}  // namespace tiltak
