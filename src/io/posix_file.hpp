#pragma once
// What the file operations of src/io share: errors that name the file, an owned descriptor,
// writing all bytes, and the words for what a path names.

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

// Error(io_error) whose problem names the file.
[[noreturn]] void throw_io(const std::filesystem::path& path, const std::string& what);
// `what` followed by the system's reason for `error_number` (errno).
[[noreturn]] void throw_io(const std::filesystem::path& path, const std::string& what, int error_number);

// "a directory", "a character device", "a FIFO (named pipe)"...: what a stat() mode names.
const char* file_kind(mode_t mode);

// The directory a path is in: "." for a bare file name.
std::filesystem::path directory_of(const std::filesystem::path& path);

// Writes every byte, resuming after signals and short writes; Error(io_error) naming `path`.
void write_all(int descriptor, std::string_view bytes, const std::filesystem::path& path);

// Closes the descriptor when it goes out of scope (for reads and in-place writes, where a
// failing close loses nothing that the reads or writes have not reported).
class Descriptor {
 public:
  explicit Descriptor(int descriptor) : descriptor_(descriptor) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (descriptor_ >= 0) ::close(descriptor_);
  }
  int get() const { return descriptor_; }

 private:
  int descriptor_;
};

}  // namespace tiltak::detail
