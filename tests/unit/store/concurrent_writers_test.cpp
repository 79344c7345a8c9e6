// 8 processes make 4 gate decisions each on one store at once: every decision a process was
// told is committed is in the log afterwards, the log is N × M entries long and its chain
// verifies (issue 15: two concurrent `tiltak advance` runs lost one decision in 20 of 20 tries).

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <set>
#include <sstream>

#include "store_fixture.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak {
namespace {

using testing::StoreTest;

constexpr int processes = 8;
// Even, so each initiative ends in progress again; few, because every change re-reads the whole
// document (slow under ASan) and a writer waits at most 60 s for the lock.
constexpr int changes_per_process = 4;
// Initiatives of the example that are in progress: each process pauses and resumes its own.
constexpr std::array<const char*, processes> initiatives{"T-001", "T-004", "T-006", "T-007",
                                                         "T-009", "T-011", "T-013", "T-014"};

// The child's work: one line per committed decision, its hash; "error ..." and exit 1 on failure.
[[noreturn]] void make_decisions(const std::string& location, int process, int output) {
  std::string lines;
  int status = 0;
  try {
    Store store = Store::open(location);
    const Rulebook rulebook = default_rulebook(Currency::NOK);
    const InitiativeId id(initiatives[static_cast<std::size_t>(process)]);
    for (int change = 0; change < changes_per_process; ++change) {
      Decision decision;
      decision.body = DecisionBody::council;
      decision.date = Date(2026, 12, 1);
      decision.case_reference = "2026/" + std::to_string(process);
      decision.reason = "change " + std::to_string(change);
      const Stage to = change % 2 == 0 ? Stage::paused : Stage::in_progress;
      const Revision revision = store.apply([&](Portfolio& p) { advance(p, rulebook, id, to, decision); },
                                            {"process " + std::to_string(process), decision.reason, ""});
      lines += revision.chain_head + "\n";
    }
  } catch (const std::exception& error) {
    lines += std::string("error ") + error.what() + "\n";
    status = 1;
  }
  const char* data = lines.data();
  for (std::size_t left = lines.size(); left > 0;) {
    const ssize_t written = ::write(output, data, left);
    if (written <= 0) _exit(2);
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  _exit(status);
}

TEST_P(StoreTest, ConcurrentWriters_LoseNoDecision) {
  std::vector<pid_t> children;
  std::vector<int> outputs;
  for (int process = 0; process < processes; ++process) {
    std::array<int, 2> pipe_ends{};
    ASSERT_EQ(::pipe(pipe_ends.data()), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::close(pipe_ends[0]);
      make_decisions(location_, process, pipe_ends[1]);
    }
    ::close(pipe_ends[1]);
    children.push_back(child);
    outputs.push_back(pipe_ends[0]);
  }
  std::set<std::string> reported;
  for (int process = 0; process < processes; ++process) {
    std::string text;
    std::array<char, 4096> buffer{};
    for (ssize_t n; (n = ::read(outputs[static_cast<std::size_t>(process)], buffer.data(), buffer.size())) > 0;)
      text.append(buffer.data(), static_cast<std::size_t>(n));
    ::close(outputs[static_cast<std::size_t>(process)]);
    int status = 0;
    ::waitpid(children[static_cast<std::size_t>(process)], &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "process " << process << ":\n" << text;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) reported.insert(line);
  }
  EXPECT_EQ(reported.size(), std::size_t{processes * changes_per_process});

  const Portfolio after = Store::open(location_).read();
  ASSERT_EQ(after.decisions.size(), std::size_t{processes * changes_per_process});
  EXPECT_TRUE(verify_decision_log(after.decisions).intact);
  std::set<std::string> logged;
  for (const auto& decision : after.decisions) logged.insert(decision.hash);
  for (const auto& hash : reported) EXPECT_TRUE(logged.contains(hash)) << "reported as committed but missing: " << hash;
  if (keeps_history()) {
    EXPECT_EQ(Store::open(location_).history().size(), std::size_t{1 + processes * changes_per_process});
  }
  // Every process made an even number of changes: each initiative is back in progress.
  for (const char* id : initiatives) EXPECT_EQ(after.find_initiative(InitiativeId(id))->stage, Stage::in_progress);
}

}  // namespace
}  // namespace tiltak
