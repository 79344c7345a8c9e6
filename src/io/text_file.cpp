#include "io/text_file.hpp"

#include <fstream>
#include <sstream>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

[[noreturn]] void throw_io(const std::filesystem::path& path, const char* message) {
  Problem problem;
  problem.source = path.string();
  problem.message = message;
  throw Error(ErrorCode::io_error, std::move(problem));
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_io(path, "cannot open the file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw_io(path, "cannot read the file");
  return std::move(buffer).str();
}

}  // namespace tiltak::detail
