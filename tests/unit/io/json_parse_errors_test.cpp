// Every JSON input is parsed by one parser: a number beyond a double, ill-formed UTF-8 and a key
// given twice are parse errors that say where (file, line, column; the key's JSON Pointer), on
// the portfolio document and on every other JSON input the library reads.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "support/document_fixture.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/benefits/plus_minus.hpp"
#include "tiltak/benefits/realisation_json.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/prioritisation/criteria.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

Problem parse_problem(const std::function<void()>& parse) {
  try {
    parse();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::parse_error) << error.what();
    EXPECT_EQ(error.problems().size(), 1u) << error.what();
    if (!error.problems().empty()) return error.problems().front();
  }
  ADD_FAILURE() << "no parse error";
  return {};
}

Problem portfolio_problem(const std::string& text) {
  return parse_problem([&] { parse_portfolio(text, "portfolio.json"); });
}

TEST(JsonParseErrors, NumberBeyondADoubleIsAParseErrorAtItsLineAndColumn) {
  // Was "internal error: [json.exception.out_of_range.406] number overflow parsing '1e400'".
  const Problem problem = portfolio_problem("{\n  \"schema_version\": 1,\n  \"name\": 1e400\n}");
  EXPECT_EQ(problem.source, "portfolio.json");
  EXPECT_EQ(problem.line, 3u);
  EXPECT_EQ(problem.column, 11u);  // the '1' of 1e400
  EXPECT_EQ(problem.message, "not valid JSON: the number 1e400 is out of range (a number must lie within ±1.7e308)");
}

TEST(JsonParseErrors, NegativeNumberBeyondADoubleToo) {
  const Problem problem = portfolio_problem("[-2e999]");
  EXPECT_EQ(problem.line, 1u);
  EXPECT_EQ(problem.column, 2u);
  EXPECT_NE(problem.message.find("-2e999 is out of range"), std::string::npos) << problem.message;
}

TEST(JsonParseErrors, IllFormedUtf8NamesTheEncodingAndTheByteOffset) {
  // Was "not valid JSON: '"Fjordvik � '": the reason cut off, the bytes garbled.
  const std::string text = "{\n  \"name\": \"Fjordvik \xFF kommune\"\n}";
  const Problem problem = portfolio_problem(text);
  EXPECT_EQ(problem.line, 2u);
  EXPECT_EQ(problem.column, 21u);
  EXPECT_EQ(text.find('\xFF'), 22u);
  EXPECT_EQ(problem.message,
            "not valid JSON: not UTF-8: 0xFF at byte offset 22 is not a well-formed UTF-8 sequence (documents must "
            "be UTF-8; was the file saved as Latin-1 or Windows-1252?)");
}

TEST(JsonParseErrors, Utf8SequenceCutShortIsReportedFromItsFirstByte) {
  // "Tromsø" in Latin-1 would be a lone 0xF8; here a two-byte lead (0xC3) followed by a quote.
  const std::string text = "{\"name\": \"Troms\xC3\"}";
  const Problem problem = portfolio_problem(text);
  EXPECT_EQ(problem.column, 16u);  // the 0xC3, not the quote after it
  EXPECT_NE(problem.message.find("0xC3 0x22 at byte offset 15"), std::string::npos) << problem.message;
}

TEST(JsonParseErrors, Utf8SequenceCutShortByTheEndOfTheText) {
  const Problem problem = portfolio_problem("\"\xC3");
  EXPECT_EQ(problem.column, 2u);
  EXPECT_NE(problem.message.find("not UTF-8: 0xC3 at byte offset 1 "), std::string::npos) << problem.message;
}

TEST(JsonParseErrors, WellFormedUtf8BeforeABadByteIsNotBlamed) {
  const std::string text = "{\"name\": \"\xC3\xB8\x80\"}";  // "ø" then a stray continuation byte
  const Problem problem = portfolio_problem(text);
  EXPECT_NE(problem.message.find(": 0x80 at byte offset 12 "), std::string::npos) << problem.message;
}

TEST(JsonParseErrors, OtherSyntaxErrorsKeepTheirReason) {
  const Problem problem = portfolio_problem("{\"schema_version\": tru}");
  EXPECT_EQ(problem.line, 1u);
  EXPECT_NE(problem.message.find("invalid literal"), std::string::npos) << problem.message;
}

TEST(JsonParseErrors, DuplicateKeyIsRefusedWithThePointerAndPlaceOfTheSecond) {
  auto document = testing::minimal_document();
  std::string text = document.dump(2);
  // Give the second initiative's title twice; the JSON library alone would keep the last.
  const std::string title = "\"title\": \"" + document["initiatives"][1]["title"].get<std::string>() + "\"";
  const auto second = text.find(title, text.find("\"initiatives\""));
  ASSERT_NE(second, std::string::npos);
  text.insert(second + title.size(), ",\n      \"title\": \"Overstyrt\"");
  const Problem problem = portfolio_problem(text);
  EXPECT_EQ(problem.pointer, "/initiatives/1/title");
  EXPECT_EQ(problem.value, "\"title\"");
  EXPECT_EQ(problem.message,
            "this key is given twice in one object (the second would silently replace the first)");
  const auto at = second + title.size() + 8;  // the opening quote of the second "title"
  ASSERT_EQ(text.substr(at, 7), "\"title\"");
  const auto line_start = text.rfind('\n', at) + 1;
  EXPECT_EQ(problem.line, static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n')) + 1);
  EXPECT_EQ(problem.column, at - line_start + 1);
}

TEST(JsonParseErrors, DuplicateKeyWithEscapesIsLocatedAtItsOpeningQuote) {
  const Problem problem = portfolio_problem("{\"a\\\"b\": 1, \"a\\\"b\": 2}");
  EXPECT_EQ(problem.pointer, "/a\"b");
  EXPECT_EQ(problem.column, 13u);
}

TEST(JsonParseErrors, DuplicateKeyInsideArraysAndEscapedPointerTokens) {
  const Problem problem = portfolio_problem("{\"x/y\": [{}, {\"k~\": [1, {\"z\": 1, \"z\": 2}]}]}");
  EXPECT_EQ(problem.pointer, "/x~1y/1/k~0/1/z");
}

TEST(JsonParseErrors, SameKeyInDifferentObjectsIsFine) {
  EXPECT_NO_THROW(parse_portfolio(testing::minimal_document().dump()));
}

// Every JSON input of the library goes through the same parser.
TEST(JsonParseErrors, EveryJsonInputRefusesDuplicatesOverflowAndBadUtf8) {
  const std::vector<std::pair<std::string, std::function<void(const std::string&)>>> inputs = {
      {"parameters", [](const std::string& t) { parameters_from_json(t, "p.json"); }},
      {"uncertainty", [](const std::string& t) { uncertainty_input_from_json(t, "u.json"); }},
      {"plus-minus", [](const std::string& t) { plus_minus_input_from_json(t, "a.json"); }},
      {"realisation", [](const std::string& t) { realisation_options_from_json(t, "r.json"); }},
      {"rulebook", [](const std::string& t) { rulebook_from_json(t, "rules.json"); }},
      {"criteria", [](const std::string& t) { criteria_from_json(t, "c.json"); }},
      {"report options", [](const std::string& t) { report_request_from_json(t, "o.json"); }},
  };
  for (const auto& [name, parse] : inputs) {
    SCOPED_TRACE(name);
    const Problem duplicate = parse_problem([&] { parse("{\"id\": \"a\",\n \"id\": \"b\"}"); });
    EXPECT_EQ(duplicate.pointer, "/id");
    EXPECT_EQ(duplicate.line, 2u);
    EXPECT_EQ(duplicate.column, 2u);
    const Problem overflow = parse_problem([&] { parse("{\"draws\": 1e400}"); });
    EXPECT_EQ(overflow.column, 11u);
    const Problem encoding = parse_problem([&] { parse("{\"id\": \"\xE6\"}"); });
    EXPECT_NE(encoding.message.find("not UTF-8: 0xE6 0x22 at byte offset 8"), std::string::npos) << encoding.message;
  }
}

}  // namespace
}  // namespace tiltak
