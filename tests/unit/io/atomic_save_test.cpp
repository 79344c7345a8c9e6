// Saving is atomic: a failure in the middle of writing leaves the old file intact and no
// temporary file behind.

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "support/document_fixture.hpp"
#include "io/atomic_file_detail.hpp"
#include "tiltak/io/atomic_file.hpp"

namespace tiltak {
namespace {

namespace fs = std::filesystem;
using testing::read_text;

class AtomicSave : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() /
                 ("tiltak-atomic-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(directory_);
    fs::create_directories(directory_);
  }
  void TearDown() override { fs::remove_all(directory_); }

  std::size_t files_in_directory() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory_), fs::directory_iterator{}));
  }

  fs::path directory_;
};

TEST_F(AtomicSave, FailureMidWriteLeavesTheOldFileIntact) {
  const auto path = directory_ / "portfolio.json";
  write_file_atomically(path, "old contents\n");
  const std::string large(1 << 20, 'x');
  EXPECT_THROW(detail::write_file_atomically(path, large, [] { throw std::runtime_error("simulated crash"); }),
               std::runtime_error);
  EXPECT_EQ(read_text(path.string()), "old contents\n");
  EXPECT_EQ(files_in_directory(), 1u) << "the temporary file was left behind";
}

TEST_F(AtomicSave, SuccessfulWriteReplacesTheFile) {
  const auto path = directory_ / "portfolio.json";
  write_file_atomically(path, "old\n");
  write_file_atomically(path, "new\n");
  EXPECT_EQ(read_text(path.string()), "new\n");
  EXPECT_EQ(files_in_directory(), 1u);
}

TEST_F(AtomicSave, UnwritableDirectoryIsAnIoErrorNamingTheFile) {
  const auto path = directory_ / "missing-subdirectory" / "portfolio.json";
  try {
    write_file_atomically(path, "x");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::io_error);
    EXPECT_EQ(error.problems()[0].source, path.string());
  }
}

TEST_F(AtomicSave, InvalidUtf8InTheModelIsRefusedBeforeWriting) {
  const auto path = directory_ / "portfolio.json";
  write_file_atomically(path, "old\n");
  Portfolio portfolio = parse_portfolio(testing::minimal_document().dump());
  portfolio.name = "bad \xC3";
  EXPECT_THROW(save_portfolio(portfolio, path), Error);
  EXPECT_EQ(read_text(path.string()), "old\n");
}

}  // namespace
}  // namespace tiltak
