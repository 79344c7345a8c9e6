// A save killed (SIGKILL) at any moment leaves the file byte-equal to the old or the new
// document, with its mode; the next save removes what the killed one left behind.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "unit/io/scratch_directory.hpp"
#include "support/document_fixture.hpp"
#include "tiltak/io/atomic_file.hpp"

namespace tiltak {
namespace {

// In memory (tmpfs) where there is one: a process killed loses nothing the kernel already
// has, so fsync adds nothing to what is tested here, only milliseconds to every trial.
class CrashConsistency : public testing::ScratchDirectory {
 protected:
  std::filesystem::path base() const override {
    return std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : ScratchDirectory::base();
  }
};
using Clock = std::chrono::steady_clock;

// A child that saves the two documents in turn until it is killed, so that a kill at any
// moment lands inside some save: creating, writing, flushing or renaming.
pid_t save_in_a_loop(const std::filesystem::path& path, const std::string& first, const std::string& second) {
  const pid_t child = ::fork();
  if (child == 0) {
    try {
      for (bool odd = false;; odd = !odd) write_file_atomically(path, odd ? second : first);
    } catch (...) {
      ::_exit(1);
    }
  }
  return child;
}

std::size_t temporary_files(const std::filesystem::path& directory) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(directory), {})) - 1;
}

TEST_F(CrashConsistency, SaveKilledAtRandomMomentsLeavesTheOldOrTheNewFile) {
  const auto file = path("portfolio.json");
  // Different lengths and bytes, so that a truncated, mixed or empty file shows.
  const std::string old_document(192 * 1024, 'o');
  const std::string new_document(320 * 1024, 'n');
  write_file_atomically(file, old_document);
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);

  std::mt19937 random(14);
  std::uniform_int_distribution<long> offset(0, 3000);  // µs: from before the first save to many saves in
  int old_seen = 0, new_seen = 0, left_behind = 0, trials = 0;
  const auto deadline = Clock::now() + std::chrono::seconds(5);
  for (; trials < 500 && Clock::now() < deadline; ++trials) {
    const pid_t child = save_in_a_loop(file, new_document, old_document);
    std::this_thread::sleep_for(std::chrono::microseconds(offset(random)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "trial " << trials << ": the saving child failed";

    const std::string content = testing::read_text(file.string());
    ASSERT_TRUE(content == old_document || content == new_document)
        << "trial " << trials << ": " << content.size() << " bytes, neither document";
    ASSERT_EQ(permissions_of(file), 0640u) << "trial " << trials;
    (content == old_document ? old_seen : new_seen)++;
    // The next child's first save removes what this one left: never more than one at a time.
    const std::size_t left = temporary_files(directory_);
    ASSERT_LE(left, 1u) << "trial " << trials << ": stale temporary files pile up";
    left_behind += left > 0;
  }
  // The kills must have landed before and after renames, and inside saves, to mean anything.
  EXPECT_GT(old_seen, 0);
  EXPECT_GT(new_seen, 0);
  EXPECT_GT(left_behind, 0) << "no kill landed while a temporary file existed";
  std::printf("%d trials: old %d, new %d, a temporary file left %d\n", trials, old_seen, new_seen, left_behind);

  write_file_atomically(file, new_document);
  EXPECT_EQ(temporary_files(directory_), 0u);
}

}  // namespace
}  // namespace tiltak
