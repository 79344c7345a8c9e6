// Optional JSON arguments honour their length: NULL with length 0 means the defaults, NULL
// with any other length is TILTAK_E_INVALID_ARGUMENT naming both parameters (issue 18: select
// ignored the length when the options were NULL and quietly used the defaults).

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

using namespace tiltak_test;

struct Call {
  std::string name;         // the function
  std::string null_option;  // the parameter given as NULL, as the message must name it
  std::function<int(tiltak_context*, const tiltak_portfolio*, size_t, CString&)> run;  // with that length
};

const double factors[] = {1.0};

std::vector<Call> calls() {
  return {
      {"prioritise", "criteria_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_prioritise(c, p, nullptr, n, out.out(), out.out_length());
       }},
      {"select", "options_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_select(c, p, nullptr, n, out.out(), out.out_length());
       }},
      {"plan", "options_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_plan(c, p, nullptr, n, out.out(), out.out_length());
       }},
      {"frontier", "options_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_frontier(c, p, nullptr, n, factors, 1, out.out(), out.out_length());
       }},
      {"compare_selections (a)", "options_a_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_compare_selections(c, p, nullptr, n, nullptr, 0, out.out(), out.out_length());
       }},
      {"compare_selections (b)", "options_b_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_compare_selections(c, p, nullptr, 0, nullptr, n, out.out(), out.out_length());
       }},
      {"weight_thresholds", "criteria_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_weight_thresholds(c, p, nullptr, n, out.out(), out.out_length());
       }},
      {"weight_uncertainty (options)", "options_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_weight_uncertainty(c, p, nullptr, n, nullptr, 0, out.out(), out.out_length());
       }},
      {"weight_uncertainty (uncertainty)", "uncertainty_json",
       [](tiltak_context* c, const tiltak_portfolio* p, size_t n, CString& out) {
         return tiltak_portfolio_weight_uncertainty(c, p, nullptr, 0, nullptr, n, out.out(), out.out_length());
       }},
  };
}

TEST(OptionalJsonLength, NullWithALengthIsRefusedNamingBothParameters) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  for (const Call& call : calls()) {
    CString out;
    EXPECT_EQ(call.run(context.get(), portfolio.get(), 12, out), TILTAK_E_INVALID_ARGUMENT) << call.name;
    EXPECT_EQ(out.get(), nullptr) << call.name;
    const std::string message = tiltak_context_error_message(context.get());
    const std::string length = call.null_option.substr(0, call.null_option.size() - 4) + "length";
    EXPECT_NE(message.find(call.null_option + " is NULL but " + length + " is 12"), std::string::npos)
        << call.name << ": " << message;
  }
}

TEST(OptionalJsonLength, NullWithLengthZeroStillMeansTheDefaults) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  for (const Call& call : calls()) {
    CString out;
    EXPECT_EQ(call.run(context.get(), portfolio.get(), 0, out), TILTAK_OK)
        << call.name << ": " << tiltak_context_error_message(context.get());
    EXPECT_NE(out.get(), nullptr) << call.name;
  }
}

}  // namespace
