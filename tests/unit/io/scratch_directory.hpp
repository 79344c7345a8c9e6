#pragma once
// A fresh directory per test, removed afterwards, for tests that write files.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak::testing {

class ScratchDirectory : public ::testing::Test {
 protected:
  // Where the directory is made: the system's temporary directory unless a test says.
  virtual std::filesystem::path base() const { return std::filesystem::temp_directory_path(); }

  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    directory_ = base() /
                 ("tiltak-" + std::string(test->test_suite_name()) + "-" + test->name() + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }

  std::filesystem::path path(const std::string& name) const { return directory_ / name; }

  static struct stat status_of(const std::filesystem::path& path) {
    struct stat status {};
    EXPECT_EQ(::lstat(path.c_str(), &status), 0) << path;
    return status;
  }
  static mode_t permissions_of(const std::filesystem::path& path) { return status_of(path).st_mode & 07777; }

  std::filesystem::path directory_;
};

// The single problem of the Error(io_error) that `action` throws; fails the test when it
// throws none.
template <class Action>
Problem io_problem(Action&& action) {
  try {
    action();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::io_error);
    EXPECT_EQ(error.problems().size(), 1u);
    return error.problems().at(0);
  }
  ADD_FAILURE() << "no io_error";
  return {};
}

}  // namespace tiltak::testing
