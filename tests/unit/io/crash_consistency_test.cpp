// A save killed (SIGKILL) at any moment leaves the file byte-equal to the old or the new
// document, with its mode; the next save removes what the killed one left behind.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
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

pid_t save_in_child(const std::filesystem::path& path, const std::string& content) {
  const pid_t child = ::fork();
  if (child == 0) {
    try {
      write_file_atomically(path, content);
    } catch (...) {
      ::_exit(1);
    }
    ::_exit(0);
  }
  return child;
}

int wait_for(pid_t child) {
  int status = 0;
  ::waitpid(child, &status, 0);
  return status;
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

  // How long a whole save takes in a child, from fork to exit: the span to kill in. The
  // shortest of five, as a busy machine stretches some of them.
  auto span = std::chrono::microseconds::max();
  for (int i = 0; i < 5; ++i) {
    const auto start = Clock::now();
    ASSERT_EQ(wait_for(save_in_child(file, new_document)), 0);
    span = std::min(span, std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start));
  }

  std::mt19937 random(14);
  std::uniform_int_distribution<long> offset(0, span.count() * 5 / 4);
  int old_seen = 0, new_seen = 0, left_behind = 0, trials = 0;
  const auto deadline = Clock::now() + std::chrono::seconds(5);
  for (; trials < 500 && Clock::now() < deadline; ++trials) {
    write_file_atomically(file, old_document);  // also removes what the last killed save left
    ASSERT_EQ(temporary_files(directory_), 0u) << "trial " << trials;
    const pid_t child = save_in_child(file, new_document);
    std::this_thread::sleep_for(std::chrono::microseconds(offset(random)));
    ::kill(child, SIGKILL);
    wait_for(child);

    const std::string content = testing::read_text(file.string());
    ASSERT_TRUE(content == old_document || content == new_document)
        << "trial " << trials << ": " << content.size() << " bytes, neither document";
    ASSERT_EQ(permissions_of(file), 0640u) << "trial " << trials;
    (content == old_document ? old_seen : new_seen)++;
    left_behind += temporary_files(directory_) > 0;
  }
  // The kills must have landed before, during and after the save for the test to mean anything.
  EXPECT_GT(old_seen, 0);
  EXPECT_GT(new_seen, 0);
  EXPECT_GT(left_behind, 0) << "no kill landed while a temporary file existed";
  RecordProperty("trials", trials);
  std::printf("%d trials in %.0f µs spans: old %d, new %d, temporary file left %d\n", trials,
              static_cast<double>(span.count()), old_seen, new_seen, left_behind);

  write_file_atomically(file, new_document);
  EXPECT_EQ(temporary_files(directory_), 0u);
}

}  // namespace
}  // namespace tiltak
