#include "io/posix_file.hpp"

#include <cerrno>
#include <cstring>

namespace tiltak::detail {

void throw_io(const std::filesystem::path& path, const std::string& what) {
  Problem problem;
  problem.source = path.string();
  problem.message = what;
  throw Error(ErrorCode::io_error, std::move(problem));
}

void throw_io(const std::filesystem::path& path, const std::string& what, int error_number) {
  throw_io(path, what + ": " + std::strerror(error_number));
}

const char* file_kind(mode_t mode) {
  if (S_ISREG(mode)) return "a regular file";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

std::filesystem::path directory_of(const std::filesystem::path& path) {
  return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

void write_all(int descriptor, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      throw_io(path, "cannot write", errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

}  // namespace tiltak::detail
