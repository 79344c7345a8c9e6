// Hostile JSON through the C API (issue 14; duplicate keys from issue 16): a number beyond a
// double, ill-formed UTF-8 and a key given twice are TILTAK_E_PARSE with line and column (and
// the key's pointer) in the context, never TILTAK_E_INTERNAL; parameter-set years out of range
// are TILTAK_E_VALIDATION with their pointer; a sum beyond exact amounts names the initiative.

#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace tiltak_test {
namespace {

using Json = nlohmann::json;

Json first_problem(tiltak_context* context) {
  const Json problems = Json::parse(error_json(context));
  EXPECT_EQ(problems.size(), 1u) << problems.dump();
  return problems.empty() ? Json::object() : problems[0];
}

int load(tiltak_context* context, const std::string& json) {
  tiltak_portfolio* portfolio = nullptr;
  const int status = tiltak_portfolio_from_json(context, json.data(), json.size(), &portfolio);
  tiltak_portfolio_free(portfolio);
  return status;
}

TEST(HardeningBenefits, NumberBeyondADoubleIsAParseErrorWithLineAndColumn) {
  // Was TILTAK_E_INTERNAL "internal error: [json.exception.out_of_range.406] ...".
  auto context = new_context();
  ASSERT_EQ(load(context.get(), "{\n  \"schema_version\": 1e400\n}"), TILTAK_E_PARSE);
  const Json problem = first_problem(context.get());
  EXPECT_EQ(problem["line"], 2);
  EXPECT_EQ(problem["column"], 21);
  EXPECT_NE(problem["message"].get<std::string>().find("the number 1e400 is out of range"), std::string::npos);
}

TEST(HardeningBenefits, IllFormedUtf8IsAParseErrorNamingTheByteOffset) {
  auto context = new_context();
  ASSERT_EQ(load(context.get(), "{\"name\": \"Fjordvik \xE5 kommune\"}"), TILTAK_E_PARSE);
  const Json problem = first_problem(context.get());
  EXPECT_EQ(problem["line"], 1);
  EXPECT_EQ(problem["column"], 20);
  EXPECT_NE(problem["message"].get<std::string>().find("not UTF-8: 0xE5 0x20 at byte offset 19"), std::string::npos)
      << problem.dump();
}

TEST(HardeningBenefits, DuplicateKeyIsAParseErrorWithThePointerOfTheSecond) {
  std::string json = minimal_json();
  const auto at = json.find("\"title\": \"Min side\",");
  ASSERT_NE(at, std::string::npos);
  json.insert(at, "\"title\": \"Forrige\", ");
  auto context = new_context();
  ASSERT_EQ(load(context.get(), json), TILTAK_E_PARSE);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/initiatives/0/title");
  const Json problem = first_problem(context.get());
  EXPECT_GT(problem["line"].get<int>(), 1);
  EXPECT_NE(problem["message"].get<std::string>().find("given twice"), std::string::npos);
}

TEST(HardeningBenefits, ParameterSetWithDuplicateKeyOrOverflowIsAParseError) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString json;
  EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), "{\"id\": \"a\", \"id\": \"b\"}", nullptr,
                                       json.out(), json.out_length()),
            TILTAK_E_PARSE);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/id");
  EXPECT_EQ(json.get(), nullptr);
  EXPECT_EQ(tiltak_portfolio_uncertainty(context.get(), portfolio.get(), nullptr, "{\"draws\": 1e999}", 16,
                                         json.out(), json.out_length()),
            TILTAK_E_PARSE);
  EXPECT_EQ(first_problem(context.get())["column"], 11);
}

TEST(HardeningBenefits, ParameterSetYearOutOfRangeIsAValidationErrorNotAHang) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  for (const char* year : {"2147483647", "202"}) {
    const std::string parameters = std::string("{\"id\": \"x\", \"based_on\": \"no-2021\", \"discount_year\": ") + year + "}";
    CString json;
    EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), parameters.c_str(), nullptr, json.out(),
                                         json.out_length()),
              TILTAK_E_VALIDATION);
    EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/discount_year");
    EXPECT_STREQ(tiltak_context_error_value(context.get()), year);
  }
}

TEST(HardeningBenefits, SumBeyondExactAmountsNamesTheInitiative) {
  std::string json = minimal_json();
  for (const char* amount : {"\"1250000.50\"", "\"320000.00\""})
    json.replace(json.find(amount), std::string(amount).size(), "\"90000000000000000.00\"");
  auto context = new_context();
  tiltak_portfolio* loaded = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), json.data(), json.size(), &loaded), TILTAK_OK);
  Portfolio portfolio(loaded);
  CString out;
  EXPECT_EQ(tiltak_portfolio_appraisal(context.get(), portfolio.get(), nullptr, nullptr, out.out(), out.out_length()),
            TILTAK_E_OVERFLOW);
  EXPECT_STREQ(tiltak_context_error_pointer(context.get()), "/initiatives/0");
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("initiative \"T-1\""), std::string::npos);
}

}  // namespace
}  // namespace tiltak_test
