#include "tiltak/io/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <string>

#include "io/posix_file.hpp"

namespace tiltak {
namespace {

using detail::Descriptor;
using detail::throw_io;

// `size` when known beforehand (a regular file); standard input's is not.
[[noreturn]] void throw_too_large(const std::filesystem::path& path, std::uint64_t limit,
                                  std::optional<std::uint64_t> size = {}) {
  throw_io(path, "the input is " + (size ? std::to_string(*size) + " bytes, " : std::string()) +
                     "larger than the limit of " + std::to_string(limit) + " bytes");
}

[[noreturn]] void throw_not_regular(const std::filesystem::path& path, mode_t mode) {
  throw_io(path, std::string("cannot read ") + detail::file_kind(mode) +
                     ": only regular files, or - for standard input, are read");
}

// Reads until the end, refusing more than `limit` bytes (an input that grows while it is
// read, or standard input, whose size is not known beforehand).
std::string read_all(int fd, const std::filesystem::path& path, std::uint64_t limit, std::size_t expected) {
  std::string text;
  // Room for a parser's padding after the text (simdjson reads up to 64 bytes past the end;
  // portfolio_fast_reader.hpp), so that the text need not be copied to be parsed.
  text.reserve(expected + 64);
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw_io(path, "cannot read the file", errno);
    }
    if (got == 0) return text;
    if (text.size() + static_cast<std::size_t>(got) > limit) throw_too_large(path, limit);
    text.append(buffer, static_cast<std::size_t>(got));
  }
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  if (path == "-") return read_all(STDIN_FILENO, path, max_bytes, 0);
  // Looked at before opening: opening a FIFO blocks until a writer comes, and opening some
  // devices has effects of its own.
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) throw_io(path, "cannot open the file for reading", errno);
  if (!S_ISREG(before.st_mode)) throw_not_regular(path, before.st_mode);
  const Descriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (file.get() < 0) throw_io(path, "cannot open the file for reading", errno);
  struct stat status {};  // again on what was opened: the name may have been replaced meanwhile
  if (::fstat(file.get(), &status) != 0) throw_io(path, "cannot read the file", errno);
  if (!S_ISREG(status.st_mode)) throw_not_regular(path, status.st_mode);
  const auto size = static_cast<std::uint64_t>(status.st_size);
  if (size > max_bytes) throw_too_large(path, max_bytes, size);
  return read_all(file.get(), path, max_bytes, static_cast<std::size_t>(size));
}

}  // namespace tiltak
