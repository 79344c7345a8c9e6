#include "reporting/external_program.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "tiltak/core/error.hpp"

extern char** environ;

namespace tiltak::detail {
namespace {

bool executable(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::filesystem::path> on_path(std::string_view name) {
  if (name.find('/') != std::string_view::npos)
    return executable(name) ? std::optional<std::filesystem::path>(name) : std::nullopt;
  const char* path = std::getenv("PATH");
  std::stringstream directories(path ? path : "/usr/local/bin:/usr/bin:/bin");
  for (std::string directory; std::getline(directories, directory, ':');) {
    const auto candidate = std::filesystem::path(directory.empty() ? "." : directory) / name;
    if (executable(candidate)) return candidate;
  }
  return std::nullopt;
}

std::string tail_of(const std::filesystem::path& file, std::size_t limit) {
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > limit) text = "…" + text.substr(text.size() - limit);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// posix_spawn's attributes and file actions, released however the start ends.
struct SpawnSetup {
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_t actions;
  SpawnSetup() {
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_init(&actions);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
  }
};

}  // namespace

std::optional<std::filesystem::path> find_program(const char* variable, std::initializer_list<std::string_view> names) {
  if (const char* chosen = std::getenv(variable); chosen && *chosen) return on_path(chosen);
  for (const auto name : names)
    if (auto found = on_path(name)) return found;
  return std::nullopt;
}

TemporaryDirectory::TemporaryDirectory() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = (std::filesystem::path(base && *base ? base : "/tmp") / "tiltak-XXXXXX").string();
  if (!::mkdtemp(pattern.data()))
    throw Error(ErrorCode::io_error, "cannot make a temporary directory " + pattern + ": " + std::strerror(errno));
  path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code ignored;  // a destructor cannot report; what is left is in TMPDIR
  std::filesystem::remove_all(path_, ignored);
}

void run_program(const std::vector<std::string>& arguments, const std::filesystem::path& directory,
                 std::chrono::milliseconds timeout) {
  const std::string name = std::filesystem::path(arguments.at(0)).filename().string();
  const auto output = directory / (name + ".log");
  SpawnSetup setup;
  posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&setup.attributes, 0);
  posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&setup.actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addchdir_np(&setup.actions, directory.c_str());
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (const int error = ::posix_spawn(&pid, argv[0], &setup.actions, &setup.attributes, argv.data(), environ))
    throw Error(ErrorCode::io_error, "cannot start " + arguments[0] + ": " + std::strerror(error));

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  pid_t done = 0;
  while ((done = ::waitpid(pid, &status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  // The group goes too: a browser leaves helper processes behind when it is killed.
  ::kill(-pid, SIGKILL);
  if (done == 0) {
    ::waitpid(pid, &status, 0);
    throw Error(ErrorCode::io_error, name + " did not finish within " +
                                         std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) +
                                         " s and was stopped");
  }
  if (done < 0) throw Error(ErrorCode::io_error, "waiting for " + name + ": " + std::strerror(errno));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string how = WIFEXITED(status) ? "exit status " + std::to_string(WEXITSTATUS(status))
                                              : "signal " + std::to_string(WTERMSIG(status));
    throw Error(ErrorCode::io_error, name + " failed (" + how + "): " + tail_of(output, 600));
  }
}

}  // namespace tiltak::detail
