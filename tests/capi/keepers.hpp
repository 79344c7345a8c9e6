#pragma once
// RAII keepers for the C API's handles and strings, and small helpers shared by the C API
// tests. Only tiltak.h (the C API) is used: these tests see the library as a vendor does.

#include <gtest/gtest.h>

#include <cstddef>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "tiltak/tiltak.h"

namespace tiltak_test {

struct ContextFree {
  void operator()(tiltak_context* context) const noexcept { tiltak_context_free(context); }
};
struct PortfolioFree {
  void operator()(tiltak_portfolio* portfolio) const noexcept { tiltak_portfolio_free(portfolio); }
};
struct StoreClose {
  void operator()(tiltak_store* store) const noexcept { tiltak_store_close(store); }
};
struct StringFree {
  void operator()(char* string) const noexcept { tiltak_string_free(string); }
};

using Context = std::unique_ptr<tiltak_context, ContextFree>;
using Portfolio = std::unique_ptr<tiltak_portfolio, PortfolioFree>;
using Store = std::unique_ptr<tiltak_store, StoreClose>;

inline Context new_context() { return Context(tiltak_context_new()); }

// Receives a `char** out_json, size_t* out_length` pair and frees the string afterwards:
//   CString json;
//   tiltak_portfolio_to_json(ctx, p, json.out(), json.out_length());
class CString {
 public:
  CString() = default;
  char** out() {
    reset();
    return &data_;
  }
  std::size_t* out_length() { return &length_; }
  const char* get() const { return data_; }
  std::size_t length() const { return length_; }
  std::string str() const { return data_ ? std::string(data_, length_) : std::string(); }
  void reset() {
    tiltak_string_free(data_);
    data_ = nullptr;
    length_ = 0;
  }
  ~CString() { tiltak_string_free(data_); }
  CString(const CString&) = delete;
  CString& operator=(const CString&) = delete;

 private:
  char* data_ = nullptr;
  std::size_t length_ = 0;
};

inline std::string data_path(std::string_view name) { return std::string(TILTAK_TEST_DATA_DIR) + "/" + std::string(name); }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

inline std::string minimal_json() { return read_file(data_path("minimal.json")); }

// Loads a portfolio file, failing the test when it cannot.
inline Portfolio load(tiltak_context* context, const std::string& path) {
  tiltak_portfolio* portfolio = nullptr;
  EXPECT_EQ(tiltak_portfolio_load(context, path.c_str(), &portfolio), TILTAK_OK) << tiltak_context_error_message(context);
  return Portfolio(portfolio);
}

// Loads a portfolio document, failing the test when it cannot.
inline Portfolio load_document(tiltak_context* context, const std::string& json) {
  tiltak_portfolio* portfolio = nullptr;
  EXPECT_EQ(tiltak_portfolio_from_json(context, json.data(), json.size(), &portfolio), TILTAK_OK)
      << tiltak_context_error_message(context);
  return Portfolio(portfolio);
}

// tests/data/minimal.json and the bundled example, examples/fjordvik.json.
inline Portfolio load_minimal(tiltak_context* context) { return load_document(context, minimal_json()); }
inline Portfolio load_example(tiltak_context* context) {
  return load_document(context, read_file(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json"));
}

inline std::string to_json(tiltak_context* context, const tiltak_portfolio* portfolio) {
  CString json;
  EXPECT_EQ(tiltak_portfolio_to_json(context, portfolio, json.out(), json.out_length()), TILTAK_OK)
      << tiltak_context_error_message(context);
  return json.str();
}

inline std::string error_json(tiltak_context* context) {
  CString json;
  EXPECT_EQ(tiltak_context_error_json(context, json.out(), json.out_length()), TILTAK_OK);
  return json.str();
}

}  // namespace tiltak_test
