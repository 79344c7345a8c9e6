#pragma once
// Running another program (Chromium, Ghostscript) for the library: found on PATH or by an
// environment variable, started with posix_spawn and an argument vector (never a shell), in
// a private temporary directory, with a time limit.

#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tiltak::detail {

// The program named by the environment variable `variable` when it is set (a path, or a name
// looked up on PATH), else the first of `names` found on PATH; none when there is none.
std::optional<std::filesystem::path> find_program(const char* variable, std::initializer_list<std::string_view> names);

// A directory of its own (mkdtemp under TMPDIR or /tmp, mode 0700), removed with its content.
class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const std::filesystem::path& path() const noexcept { return path_; }

 private:
  std::filesystem::path path_;
};

// Runs `arguments` (the program first) in `directory` with standard input from /dev/null and
// standard output and error into a file there, in a process group of its own. Returns when
// the program has exited; Error(io_error) when it cannot be started, is killed (the whole
// group) after `timeout`, or exits other than 0, naming the program and the end of what it
// wrote to standard error.
void run_program(const std::vector<std::string>& arguments, const std::filesystem::path& directory,
                 std::chrono::milliseconds timeout);

}  // namespace tiltak::detail
