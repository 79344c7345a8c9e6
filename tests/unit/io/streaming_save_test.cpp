// Saving writes the document's text as it goes (io/json_text_writer.hpp): the bytes are the
// ones nlohmann's dump gave when the document was built as a tree first, which is what every
// saved file and test fixture holds.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "io/json_text_writer.hpp"
#include "io/portfolio_writer.hpp"
#include "support/document_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

using detail::Json;
using detail::JsonTextWriter;

// Writes `value` with the text writer, the way a field of the document is written.
void write_json(JsonTextWriter& writer, const Json& value) {
  if (value.is_object()) {
    writer.begin_object();
    for (const auto& [key, member] : value.items()) {
      writer.key(key);
      write_json(writer, member);
    }
    writer.end_object();
  } else if (value.is_array()) {
    writer.begin_array();
    for (const auto& item : value) write_json(writer, item);
    writer.end_array();
  } else if (value.is_string()) {
    writer.string(value.get_ref<const std::string&>());
  } else if (value.is_boolean()) {
    writer.boolean(value.get<bool>());
  } else if (value.is_number_float()) {
    writer.number(value.get<double>());
  } else {
    writer.number(value.get<long long>());
  }
}

std::string written(const Json& value, int indent) {
  std::string text;
  JsonTextWriter writer(text, indent);
  write_json(writer, value);
  return text;
}

TEST(StreamingSave, WritesTheBytesNlohmannDumps) {
  Json document = Json::object();
  document["plain"] = "Fjordvik kommune";
  document["escapes"] = std::string("quote \" backslash \\ tab \t newline \n cr \r ff \f bs \b nul ") + '\0' + " \x01\x1f";
  document["unicode"] = "æøå – € 😀 \x7f";
  document["empty string"] = "";
  document["key with \"quote\""] = 1;
  document["integers"] = {0, -1, 42, std::numeric_limits<long long>::max(), std::numeric_limits<long long>::min()};
  document["doubles"] = {1.0, 0.1, -0.0, 2.5, 1e300, 5e-324, 123456789.125, 1e21, 1e-7, 3.14159265358979};
  document["booleans"] = {true, false};
  document["empty object"] = Json::object();
  document["empty array"] = Json::array();
  document["nested"] = {{"a", {{"b", Json::array({Json::object(), Json::array({1})})}}}};
  for (const int indent : {2, 4, -1}) {
    SCOPED_TRACE(indent);
    EXPECT_EQ(written(document, indent), document.dump(indent));
  }
  EXPECT_EQ(written(Json::object(), 2), "{}");
  EXPECT_EQ(written(Json::array(), 2), "[]");
}

// Not-a-number has no JSON form: written as null, as nlohmann writes it.
TEST(StreamingSave, WritesNonFiniteNumbersAsNull) {
  std::string text;
  JsonTextWriter writer(text);
  writer.begin_array();
  writer.number(std::nan(""));
  writer.number(std::numeric_limits<double>::infinity());
  writer.end_array();
  EXPECT_EQ(text, "[\n  null,\n  null\n]");
}

TEST(StreamingSave, RefusesTextThatIsNotUtf8AsDumpDid) {
  const std::string broken = "Bod\xF8";  // Latin-1
  std::string text;
  JsonTextWriter writer(text);
  std::string expected;
  try {
    (void)Json(broken).dump();
  } catch (const Json::type_error& error) {
    expected = error.what();
  }
  ASSERT_FALSE(expected.empty());
  try {
    writer.string(broken);
    FAIL() << "written";
  } catch (const Json::type_error& error) {
    EXPECT_EQ(std::string(error.what()), expected);
  }

  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.initiatives[0].title = broken;
  try {
    (void)to_json(portfolio);
    FAIL() << "written";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(std::string(error.what()).find("cannot write the document: "), 0u) << error.what();
  }
}

// The whole document: the text written as it goes is the tree's dump, for generated
// portfolios (every kind of field) and every valid document of the repository.
TEST(StreamingSave, ThePortfolioTextIsTheDumpOfItsDocument) {
  std::vector<Portfolio> portfolios;
  for (const std::uint64_t seed : {1u, 2u}) {
    SyntheticOptions options;
    options.initiatives = 200;
    options.seed = seed;
    options.cooperation_members = seed == 2 ? 3 : 0;
    portfolios.push_back(generate_portfolio(options));
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(TILTAK_TEST_DATA_DIR)) {
    if (entry.path().extension() != ".json") continue;
    try {
      portfolios.push_back(parse_portfolio(testing::read_text(entry.path().string())));
    } catch (const Error&) {
    }
  }
  portfolios.push_back(load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json"));
  ASSERT_GT(portfolios.size(), 6u);
  for (const Portfolio& portfolio : portfolios) {
    SCOPED_TRACE(portfolio.name);
    EXPECT_EQ(to_json(portfolio), detail::to_document(portfolio).dump(2) + "\n");
    for (const Initiative& initiative : portfolio.initiatives)
      ASSERT_EQ(to_json(initiative), detail::to_document(initiative).dump(2) + "\n");
  }
}

}  // namespace
}  // namespace tiltak
