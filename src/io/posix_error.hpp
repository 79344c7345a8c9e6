#pragma once
// Errors of file operations: Error(io_error) whose problem names the file.

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

[[noreturn]] inline void throw_io(const std::filesystem::path& path, const std::string& what) {
  Problem problem;
  problem.source = path.string();
  problem.message = what;
  throw Error(ErrorCode::io_error, std::move(problem));
}

// `what` followed by the system's reason for `error_number` (errno).
[[noreturn]] inline void throw_io(const std::filesystem::path& path, const std::string& what, int error_number) {
  throw_io(path, what + ": " + std::strerror(error_number));
}

// What a stat() mode names, for messages.
inline const char* file_kind(mode_t mode) {
  if (S_ISREG(mode)) return "a regular file";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

}  // namespace tiltak::detail
