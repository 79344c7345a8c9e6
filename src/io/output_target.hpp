#pragma once
// What a path to be written names, decided before writing: a file to replace atomically (the
// end of any chain of symbolic links), a new file, or something written in place.

#include <sys/stat.h>

#include <filesystem>

namespace tiltak::detail {

struct OutputTarget {
  enum class Kind {
    new_file,  // nothing there yet: created with the umask's mode
    regular,   // an existing regular file: replaced atomically, keeping its mode and owner
    in_place,  // a character device, FIFO or socket (/dev/null, a pipe, a terminal): opened and written
  };
  Kind kind = Kind::new_file;
  std::filesystem::path path;  // where the file is (at the end of any symbolic links)
  struct stat status {};       // of the existing regular file
};

// Follows symbolic links one by one (at most 40, as the kernel does). A link in /proc (the
// target of /dev/stdout, /dev/fd/N) stands for an open descriptor, not for a name, so what it
// leads to is written in place. Error(io_error) for a directory, a block device and a regular
// file with more than one hard link (replacing one name would split it from the others).
OutputTarget resolve_output_target(const std::filesystem::path& path);

}  // namespace tiltak::detail
