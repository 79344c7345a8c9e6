// Writing output: a regular file is replaced atomically and keeps its mode, owner and group;
// a new file gets the umask's mode; symbolic links are followed and stay links; devices and
// pipes are written in place; hard links are refused; stale temporary files are removed.
// Once every save renamed a 0600 file over whatever the path named (/dev/null included).

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <fstream>
#include <future>

#include "unit/io/scratch_directory.hpp"
#include "support/document_fixture.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/atomic_file.hpp"

namespace tiltak {
namespace {

using FileOutput = testing::ScratchDirectory;
using testing::read_text;

class Umask {
 public:
  explicit Umask(mode_t mask) : previous_(::umask(mask)) {}
  ~Umask() { ::umask(previous_); }

 private:
  mode_t previous_;
};

Problem write_error(const std::filesystem::path& path, const std::string& content) {
  return testing::io_problem([&] { write_file_atomically(path, content); });
}

TEST_F(FileOutput, NewFileGetsTheModeTheUmaskAllows) {
  {
    const Umask mask(022);
    write_file_atomically(path("a.json"), "a");
  }
  {
    const Umask mask(027);
    write_file_atomically(path("b.json"), "b");
  }
  EXPECT_EQ(permissions_of(path("a.json")), 0644u);
  EXPECT_EQ(permissions_of(path("b.json")), 0640u);
}

TEST_F(FileOutput, ExistingFileKeepsItsModeWhateverTheUmask) {
  const Umask mask(077);
  for (const mode_t mode : {0644u, 0600u, 0755u, 0664u}) {
    write_file_atomically(path("p.json"), "old");
    ASSERT_EQ(::chmod(path("p.json").c_str(), mode), 0);
    write_file_atomically(path("p.json"), "new");
    EXPECT_EQ(permissions_of(path("p.json")), mode);
    EXPECT_EQ(read_text(path("p.json")), "new");
  }
}

TEST_F(FileOutput, ExistingFileKeepsItsOwnerAndGroup) {
  if (::geteuid() != 0) GTEST_SKIP() << "only root can give a file to another owner";
  write_file_atomically(path("p.json"), "old");
  ASSERT_EQ(::chown(path("p.json").c_str(), 1234, 5678), 0);
  ASSERT_EQ(::chmod(path("p.json").c_str(), 0640), 0);
  write_file_atomically(path("p.json"), "new");
  const struct stat status = status_of(path("p.json"));
  EXPECT_EQ(status.st_uid, 1234u);
  EXPECT_EQ(status.st_gid, 5678u);
  EXPECT_EQ(status.st_mode & 07777, 0640u);
}

TEST_F(FileOutput, SymbolicLinkChainIsFollowedAndKept) {
  std::filesystem::create_directories(path("data"));
  write_file_atomically(path("data/portfolio.json"), "old");
  std::filesystem::create_symlink("data/portfolio.json", path("second"));  // relative to its own directory
  std::filesystem::create_symlink(path("second"), path("first"));          // absolute
  write_file_atomically(path("first"), "new");
  EXPECT_TRUE(std::filesystem::is_symlink(path("first")));
  EXPECT_TRUE(std::filesystem::is_symlink(path("second")));
  EXPECT_EQ(std::filesystem::read_symlink(path("second")), "data/portfolio.json");
  EXPECT_EQ(read_text(path("data/portfolio.json")), "new");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(path("data")), {}), 1) << "a temporary file was left";
}

TEST_F(FileOutput, DanglingSymbolicLinkCreatesItsTarget) {
  std::filesystem::create_symlink("target.json", path("link.json"));
  write_file_atomically(path("link.json"), "new");
  EXPECT_TRUE(std::filesystem::is_symlink(path("link.json")));
  EXPECT_EQ(read_text(path("target.json")), "new");
}

TEST_F(FileOutput, SymbolicLinkLoopIsAnError) {
  std::filesystem::create_symlink("b", path("a"));
  std::filesystem::create_symlink("a", path("b"));
  EXPECT_EQ(write_error(path("a"), "x").message, "cannot write the file: Too many levels of symbolic links");
}

TEST_F(FileOutput, FifoIsWrittenInPlace) {
  ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
  auto reader = std::async(std::launch::async, [&] { return read_text(path("pipe")); });
  write_file_atomically(path("pipe"), "through the pipe");
  EXPECT_EQ(reader.get(), "through the pipe");
  EXPECT_TRUE(S_ISFIFO(status_of(path("pipe")).st_mode));
}

// A device node of our own with /dev/null's numbers: the real one is never put at risk.
TEST_F(FileOutput, CharacterDeviceIsWrittenInPlace) {
  if (::mknod(path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) GTEST_SKIP() << "cannot create a device node here";
  write_file_atomically(path("null"), "into the void");
  const struct stat status = status_of(path("null"));
  EXPECT_TRUE(S_ISCHR(status.st_mode));
  EXPECT_EQ(status.st_rdev, makedev(1, 3));
}

// /dev/stdout and /dev/fd/N lead through /proc, where a link stands for an open descriptor:
// written through, not replaced (there is no directory to rename in).
TEST_F(FileOutput, DescriptorLinkInProcIsWrittenThrough) {
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  write_file_atomically("/dev/fd/" + std::to_string(ends[1]), "via /dev/fd");
  ::close(ends[1]);
  char buffer[64] = {};
  EXPECT_EQ(::read(ends[0], buffer, sizeof buffer), 11);
  EXPECT_STREQ(buffer, "via /dev/fd");
  ::close(ends[0]);

  // A redirection to a regular file (`tiltak ... -o /dev/stdout > out`) keeps its file.
  const int file = ::open(path("out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ASSERT_GE(file, 0);
  const ino_t inode = status_of(path("out")).st_ino;
  write_file_atomically("/proc/self/fd/" + std::to_string(file), "via /proc");
  ::close(file);
  EXPECT_EQ(read_text(path("out")), "via /proc");
  EXPECT_EQ(status_of(path("out")).st_ino, inode);
}

TEST_F(FileOutput, HardLinkedFileIsRefusedAndUntouched) {
  write_file_atomically(path("a.json"), "old");
  std::filesystem::create_hard_link(path("a.json"), path("b.json"));
  const Problem problem = write_error(path("a.json"), "new");
  EXPECT_EQ(problem.source, path("a.json").string());
  EXPECT_EQ(problem.message.rfind("the file has 2 hard links, and an atomic save would give this name a new file", 0), 0u)
      << problem.message;
  EXPECT_EQ(read_text(path("a.json")), "old");
  EXPECT_EQ(status_of(path("b.json")).st_nlink, 2u);
}

TEST_F(FileOutput, DirectoryIsRefused) {
  std::filesystem::create_directories(path("reports"));
  EXPECT_EQ(write_error(path("reports"), "x").message, "cannot write to a directory");
  EXPECT_EQ(write_error(directory_ / "reports/", "x").message, "cannot write: the path names no file");
  EXPECT_EQ(write_error("", "x").message, "cannot write: the path names no file");
}

TEST_F(FileOutput, StaleTemporaryFilesOfThisFileAreRemovedAndLiveOnesKept) {
  for (const char* name : {"p.json.tmp.AbC123", "p.json.tmp.live00", "p.json.tmp.keep-me", "q.json.tmp.AbC123"})
    std::ofstream(path(name)) << "partial";
  // A save still running holds its temporary file locked.
  const int live = ::open(path("p.json.tmp.live00").c_str(), O_RDONLY);
  ASSERT_EQ(::flock(live, LOCK_EX), 0);
  write_file_atomically(path("p.json"), "new");
  ::close(live);
  EXPECT_FALSE(std::filesystem::exists(path("p.json.tmp.AbC123"))) << "left by a killed save";
  EXPECT_TRUE(std::filesystem::exists(path("p.json.tmp.live00"))) << "a live save's file";
  EXPECT_TRUE(std::filesystem::exists(path("p.json.tmp.keep-me"))) << "not a name a save makes";
  EXPECT_TRUE(std::filesystem::exists(path("q.json.tmp.AbC123"))) << "another file's";
  EXPECT_EQ(read_text(path("p.json")), "new");
}

}  // namespace
}  // namespace tiltak
