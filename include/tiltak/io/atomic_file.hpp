#pragma once
// Crash-safe replacement of a file's contents: every file tiltak writes goes through here.

#include <filesystem>
#include <string_view>

namespace tiltak {

// Saves `content` at `path` so that a crash at any moment leaves either the old or the new
// file, never a mixture:
// - a regular file is replaced atomically: a temporary FILE.tmp.XXXXXX beside it, flushed
//   (fsync), given the old file's permission bits, owner and group, renamed over it, and the
//   directory flushed. A new file gets the mode the umask allows (0666 & ~umask).
// - a symbolic link is followed (the whole chain) and the file it leads to is replaced; the
//   link stays a link.
// - a character device, FIFO or socket (/dev/null, a pipe, a terminal, /dev/stdout) cannot be
//   replaced, so it is opened and written in place.
// - a directory, a block device and a regular file with several hard links are refused: a
//   rename would give one name a new file and leave the other links with the old content.
// Temporary files of earlier saves of `path` that were killed before their rename are
// removed; those of saves still running (they hold a lock on them) are left alone.
// On any failure the temporary file is removed, `path` is untouched and Error(io_error)
// names the file and the reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace tiltak
