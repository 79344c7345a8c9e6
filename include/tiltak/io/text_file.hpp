#pragma once
// Reading a whole input file (a portfolio, rulebook, parameter set, CSV export, receipt...),
// with errors that name it. Every file tiltak reads goes through here.

#include <cstdint>
#include <filesystem>
#include <string>

namespace tiltak {

// 2 GiB: far above any real portfolio (the 100 000-initiative load test is about 100 MB),
// far below what would exhaust a machine.
inline constexpr std::uint64_t default_max_input_bytes = std::uint64_t{2} << 30;

// The file's bytes. Only a regular file is read, or standard input when `path` is "-": a
// directory, device (/dev/zero), FIFO or socket is refused before anything is read, so a
// read neither blocks forever nor grows without bound. A file larger than `max_bytes` is
// refused from its size before reading; standard input is refused as soon as it passes the
// limit. Error(io_error) names the file and says why.
std::string read_text_file(const std::filesystem::path& path, std::uint64_t max_bytes = default_max_input_bytes);

}  // namespace tiltak
