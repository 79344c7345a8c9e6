// Files through the C API: what tiltak_portfolio_load reads (regular files within the
// context's size limit) and what tiltak_portfolio_save does to the file it replaces.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

using namespace tiltak_test;
namespace fs = std::filesystem;

class CapiFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() / ("tiltak-capi-files-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }

  Context context_ = new_context();
  fs::path directory_;
};

TEST_F(CapiFiles, DeviceIsAnIoErrorNamingIt) {
  tiltak_portfolio* raw = nullptr;
  EXPECT_EQ(tiltak_portfolio_load(context_.get(), "/dev/zero", &raw), TILTAK_E_IO);
  EXPECT_EQ(raw, nullptr);
  EXPECT_STREQ(tiltak_context_error_source(context_.get()), "/dev/zero");
  EXPECT_STREQ(tiltak_context_error_message(context_.get()),
               "/dev/zero: cannot read a character device: only regular files, or - for standard input, are read");
}

TEST_F(CapiFiles, InputLargerThanTheContextsLimitIsRefused) {
  const std::string minimal = data_path("minimal.json");
  const auto size = fs::file_size(minimal);
  ASSERT_EQ(tiltak_context_set_max_input_bytes(context_.get(), size - 1), TILTAK_OK);
  tiltak_portfolio* raw = nullptr;
  EXPECT_EQ(tiltak_portfolio_load(context_.get(), minimal.c_str(), &raw), TILTAK_E_IO);
  EXPECT_EQ(std::string(tiltak_context_error_message(context_.get())),
            minimal + ": the input is " + std::to_string(size) + " bytes, larger than the limit of " + std::to_string(size - 1) +
                " bytes");
  // The limit is a setting of the context: it outlives the error, and can be raised again.
  ASSERT_EQ(tiltak_context_set_max_input_bytes(context_.get(), size), TILTAK_OK);
  ASSERT_EQ(tiltak_portfolio_load(context_.get(), minimal.c_str(), &raw), TILTAK_OK);
  tiltak_portfolio_free(raw);
  EXPECT_EQ(tiltak_context_set_max_input_bytes(nullptr, 1), TILTAK_E_INVALID_ARGUMENT);
}

TEST_F(CapiFiles, SaveKeepsTheModeAndTheSymbolicLink) {
  tiltak_portfolio* raw = nullptr;
  ASSERT_EQ(tiltak_portfolio_load(context_.get(), data_path("minimal.json").c_str(), &raw), TILTAK_OK);
  const Portfolio portfolio(raw);
  const fs::path target = directory_ / "portfolio.json", link = directory_ / "link.json";
  ASSERT_EQ(tiltak_portfolio_save(context_.get(), portfolio.get(), target.c_str()), TILTAK_OK);
  ASSERT_EQ(::chmod(target.c_str(), 0644), 0);
  fs::create_symlink("portfolio.json", link);
  const mode_t mask = ::umask(077);
  const int status = tiltak_portfolio_save(context_.get(), portfolio.get(), link.c_str());
  ::umask(mask);
  ASSERT_EQ(status, TILTAK_OK) << tiltak_context_error_message(context_.get());
  EXPECT_TRUE(fs::is_symlink(link));
  struct stat after {};
  ASSERT_EQ(::stat(target.c_str(), &after), 0);
  EXPECT_EQ(after.st_mode & 07777, 0644u);
}

}  // namespace
