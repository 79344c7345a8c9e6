#pragma once
// The atomic write with a seam for tests: `after_partial_write` runs when half of the content
// is in the temporary file, so a test can simulate a crash (by throwing) mid-write.

#include <filesystem>
#include <functional>
#include <string_view>

namespace tiltak::detail {

void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           const std::function<void()>& after_partial_write);

}  // namespace tiltak::detail
