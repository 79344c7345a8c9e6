#include "tiltak/io/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "io/atomic_file_detail.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {
namespace detail {
namespace {

[[noreturn]] void throw_io(const std::filesystem::path& path, const std::string& what, int error_number) {
  Problem problem;
  problem.source = path.string();
  problem.message = what + ": " + std::strerror(error_number);
  throw Error(ErrorCode::io_error, std::move(problem));
}

// Owns the temporary file until it has been renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) : target_(target) {
    name_ = target.string() + ".tmp.XXXXXX";
    descriptor_ = ::mkstemp(name_.data());
    if (descriptor_ < 0) throw_io(target, "cannot create a temporary file beside it", errno);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (descriptor_ >= 0) ::close(descriptor_);
    if (!renamed_) ::unlink(name_.c_str());
  }

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t written = ::write(descriptor_, bytes.data(), bytes.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        throw_io(target_, "cannot write", errno);
      }
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
  }

  void commit() {
    if (::fsync(descriptor_) != 0) throw_io(target_, "cannot flush to disk", errno);
    if (::close(descriptor_) != 0) {
      descriptor_ = -1;
      throw_io(target_, "cannot close", errno);
    }
    descriptor_ = -1;
    if (std::rename(name_.c_str(), target_.c_str()) != 0) throw_io(target_, "cannot replace", errno);
    renamed_ = true;
    // Make the rename itself durable.
    const auto directory = target_.has_parent_path() ? target_.parent_path() : std::filesystem::path(".");
    if (const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
  }

 private:
  std::filesystem::path target_;
  std::string name_;
  int descriptor_ = -1;
  bool renamed_ = false;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           const std::function<void()>& after_partial_write) {
  TemporaryFile file(path);
  const auto half = content.size() / 2;
  file.write(content.substr(0, half));
  if (after_partial_write) after_partial_write();
  file.write(content.substr(half));
  file.commit();
}

}  // namespace detail

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  detail::write_file_atomically(path, content, {});
}

}  // namespace tiltak
