#include "tiltak/io/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "io/atomic_file_detail.hpp"
#include "io/output_target.hpp"
#include "io/posix_file.hpp"
#include "io/temporary_file.hpp"

namespace tiltak {
namespace detail {
namespace {

// A device or pipe has no directory entry to rename over (renaming over /dev/null would
// replace the device with a file), so it is opened and written like a shell's `>>` does:
// appending keeps what a caller's redirection already holds when /dev/stdout leads to a file.
void write_in_place(const std::filesystem::path& path, std::string_view content) {
  const Descriptor target(::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC));
  if (target.get() < 0) throw_io(path, "cannot open for writing", errno);
  write_all(target.get(), content, path);
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           const std::function<void()>& after_partial_write) {
  const OutputTarget target = resolve_output_target(path);
  if (target.kind == OutputTarget::Kind::in_place) {
    write_in_place(target.path, content);
    return;
  }
  remove_stale_temporary_files(target.path);
  TemporaryFile file(target.path);
  if (target.kind == OutputTarget::Kind::regular) file.take_attributes_of(target.status);
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
