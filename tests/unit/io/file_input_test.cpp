// Reading input: only regular files (or "-"), refused before reading when they are larger
// than the limit, with errors that name the file. Each of these once blocked forever (a
// FIFO), grew without bound (/dev/zero) or said "unexpected end of input" (a directory).

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <functional>
#include <vector>

#include "unit/io/scratch_directory.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/io/csv_import.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/io/text_file.hpp"

namespace tiltak {
namespace {

using FileInput = testing::ScratchDirectory;

using testing::io_problem;

Problem read_error(const std::filesystem::path& path, std::uint64_t limit = default_max_input_bytes) {
  return io_problem([&] { read_text_file(path, limit); });
}

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

TEST_F(FileInput, RegularFileIsReadWhole) {
  write(path("a.json"), "{\"a\": 1}\n");
  EXPECT_EQ(read_text_file(path("a.json")), "{\"a\": 1}\n");
}

TEST_F(FileInput, FifoIsRefusedWithoutWaitingForAWriter) {
  ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
  const Problem problem = read_error(path("pipe"));
  EXPECT_EQ(problem.source, path("pipe").string());
  EXPECT_EQ(problem.message, "cannot read a FIFO (named pipe): only regular files, or - for standard input, are read");
}

TEST_F(FileInput, DirectoryIsRefusedByName) {
  const Problem problem = read_error(directory_);
  EXPECT_EQ(problem.source, directory_.string());
  EXPECT_EQ(problem.message, "cannot read a directory: only regular files, or - for standard input, are read");
}

TEST_F(FileInput, EndlessDeviceIsRefusedBeforeReading) {
  const Problem problem = read_error("/dev/zero");
  EXPECT_EQ(problem.source, "/dev/zero");
  EXPECT_EQ(problem.message, "cannot read a character device: only regular files, or - for standard input, are read");
}

TEST_F(FileInput, SymbolicLinkToARegularFileIsRead) {
  write(path("target.json"), "x");
  std::filesystem::create_symlink("target.json", path("link.json"));
  EXPECT_EQ(read_text_file(path("link.json")), "x");
}

TEST_F(FileInput, FileAtTheLimitIsReadAndOneByteMoreIsRefused) {
  write(path("hundred.json"), std::string(100, 'x'));
  EXPECT_EQ(read_text_file(path("hundred.json"), 100).size(), 100u);
  EXPECT_EQ(read_error(path("hundred.json"), 99).message, "the input is 100 bytes, larger than the limit of 99 bytes");
}

// Standard input has no size to look at: it is refused as soon as it passes the limit.
TEST_F(FileInput, StandardInputIsReadForDashAndRefusedPastTheLimit) {
  const int saved = ::dup(STDIN_FILENO);
  auto read_stdin = [&](const std::string& bytes, std::uint64_t limit) {
    int ends[2];
    EXPECT_EQ(::pipe(ends), 0);
    EXPECT_EQ(::write(ends[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    ::close(ends[1]);
    ::dup2(ends[0], STDIN_FILENO);
    ::close(ends[0]);
    return read_text_file("-", limit);
  };
  EXPECT_EQ(read_stdin(std::string(100, 'x'), 100), std::string(100, 'x'));
  try {
    read_stdin(std::string(101, 'x'), 100);
    ADD_FAILURE() << "read past the limit";
  } catch (const Error& error) {
    EXPECT_EQ(error.problems().at(0).source, "-");
    EXPECT_EQ(error.problems().at(0).message, "the input is larger than the limit of 100 bytes");
  }
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
}

// A sparse file takes no disk space, so the default limit can be tried for real: refused
// from its size, without reading 3 GiB.
TEST_F(FileInput, FileBeyondTheDefaultLimitIsRefusedFromItsSize) {
  const auto big = path("big.json");
  write(big, "");
  std::filesystem::resize_file(big, std::uint64_t{3} << 30);
  EXPECT_EQ(read_error(big).message, "the input is 3221225472 bytes, larger than the limit of 2147483648 bytes");
}

// The loaders of the library's file inputs, each reading `path` with the limit `limit`.
std::vector<std::function<void(const std::filesystem::path&, std::uint64_t)>> loaders() {
  return {
      [](const auto& path, std::uint64_t limit) { load_portfolio(path, limit); },
      [](const auto& path, std::uint64_t limit) { load_rulebook(path, limit); },
      [](const auto& path, std::uint64_t limit) { load_initiatives_csv(path, {}, limit); },
  };
}

Problem load_error(const std::function<void(const std::filesystem::path&, std::uint64_t)>& load,
                   const std::filesystem::path& path, std::uint64_t limit) {
  return io_problem([&] { load(path, limit); });
}

TEST_F(FileInput, EveryLoaderPassesItsLimitOn) {
  write(path("big"), std::string(1000, ' '));
  for (const auto& load : loaders())
    EXPECT_EQ(load_error(load, path("big"), 999).message, "the input is 1000 bytes, larger than the limit of 999 bytes");
}

TEST_F(FileInput, EveryLoaderRefusesDevices) {
  for (const auto& load : loaders()) {
    const Problem problem = load_error(load, "/dev/zero", default_max_input_bytes);
    EXPECT_EQ(problem.source, "/dev/zero");
    EXPECT_EQ(problem.message, "cannot read a character device: only regular files, or - for standard input, are read");
  }
}

}  // namespace
}  // namespace tiltak
