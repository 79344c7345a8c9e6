// Report options that are not a JSON object, found by the report_options fuzz harness
// (fuzz/regressions/report_options/options-not-an-object.json): before, reading them called a
// member of a null object (a segmentation fault in report_request_from_json, and so in
// tiltak_portfolio_report).

#include <gtest/gtest.h>

#include "tiltak/core/error.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

TEST(ReportOptionsShape, ANonObjectIsAValidationErrorAtTheRoot) {
  for (const char* json : {R"("{id} mangler sagsnummer")", "[]", "42", "null"}) {
    try {
      report_request_from_json(json, "options.json");
      FAIL() << json << " was taken for report options";
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::validation_error) << json;
      ASSERT_FALSE(error.problems().empty()) << json;
      EXPECT_EQ(error.problems()[0].pointer, "/") << json;  // the reader's way of naming the root
      EXPECT_EQ(error.problems()[0].source, "options.json") << json;
      EXPECT_EQ(error.problems()[0].message, "expected an object") << json;
    }
  }
}

}  // namespace
}  // namespace tiltak
