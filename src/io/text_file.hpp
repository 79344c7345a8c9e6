#pragma once
// Reading a whole input file, with errors that name it.

#include <filesystem>
#include <string>

namespace tiltak::detail {

// The file's bytes. Error(io_error) naming the file when it cannot be opened or read.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace tiltak::detail
