// The appraisal's one option through the C API (issue 19): {"internal_rates_of_return": false}
// beside the parameter set's reference skips the IRR search, whose place in the document is then
// null; everything else in the document stays as with the search.

#include <gtest/gtest.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

json appraisal(tiltak_context* context, const tiltak_portfolio* portfolio, const std::string& parameters,
               const char* initiative = nullptr) {
  CString text;
  const int status = tiltak_portfolio_appraisal_v2(context, portfolio, parameters.empty() ? nullptr : parameters.data(),
                                                   parameters.size(), initiative, text.out(), text.out_length());
  EXPECT_EQ(status, TILTAK_OK) << tiltak_context_error_message(context);
  return status == TILTAK_OK ? json::parse(text.str()) : json();
}

json without_irr(json document) {
  document.at("total").erase("irr");
  for (auto& row : document.at("initiatives")) row.at("appraisal").erase("irr");
  return document;
}

TEST(CApiAppraisalIrrOption, OffWithTheDefaultSet_IrrIsNullAndTheRestUnchanged) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const json searched = appraisal(context.get(), portfolio.get(), "");
  const json skipped = appraisal(context.get(), portfolio.get(), R"({"internal_rates_of_return": false})");
  EXPECT_EQ(searched.at("parameter_set"), "no-2021");
  EXPECT_EQ(skipped.at("parameter_set"), "no-2021");
  EXPECT_TRUE(searched.at("total").at("irr").is_object());
  EXPECT_TRUE(skipped.at("total").at("irr").is_null());
  EXPECT_TRUE(skipped.at("initiatives")[0].at("appraisal").at("irr").is_null());
  EXPECT_EQ(without_irr(searched), without_irr(skipped));
}

TEST(CApiAppraisalIrrOption, WithABuiltInAndForOneInitiative) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const json off =
      appraisal(context.get(), portfolio.get(), R"({"id": "dk-2023", "internal_rates_of_return": false})", "T-1");
  EXPECT_EQ(off.at("parameter_set"), "dk-2023");
  EXPECT_TRUE(off.at("appraisal").at("irr").is_null());
  const json on =
      appraisal(context.get(), portfolio.get(), R"({"internal_rates_of_return": true, "id": "dk-2023"})", "T-1");
  EXPECT_EQ(on.at("appraisal").at("irr").at("outcome"), "one");
}

TEST(CApiAppraisalIrrOption, NotABooleanIsAnInvalidArgument_UnknownIdStillNotFound) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  CString text;
  const std::string bad = R"({"internal_rates_of_return": "no"})";
  EXPECT_EQ(tiltak_portfolio_appraisal_v2(context.get(), portfolio.get(), bad.data(), bad.size(), nullptr, text.out(),
                                          text.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(text.get(), nullptr);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("internal_rates_of_return"),
            std::string::npos);
  const std::string unknown = R"({"id": "xx-1999", "internal_rates_of_return": false})";
  EXPECT_EQ(tiltak_portfolio_appraisal_v2(context.get(), portfolio.get(), unknown.data(), unknown.size(), nullptr,
                                          text.out(), text.out_length()),
            TILTAK_E_NOT_FOUND);
}

}  // namespace
