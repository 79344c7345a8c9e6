#pragma once
// Crash-safe replacement of a file's contents.

#include <filesystem>
#include <string_view>

namespace tiltak {

// Write `content` to a temporary file in the same directory, fsync it, and rename it over
// `path` (then fsync the directory). On any failure the temporary file is removed, `path`
// is untouched and Error(io_error) names the file and the reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace tiltak
