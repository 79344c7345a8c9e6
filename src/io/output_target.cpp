#include "io/output_target.hpp"

#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <climits>

#include <string>

#include "io/posix_file.hpp"

namespace tiltak::detail {
namespace {

constexpr int max_symbolic_links = 40;  // the kernel's MAXSYMLINKS

bool in_procfs(const std::filesystem::path& link) {
  struct statfs filesystem {};
  return ::statfs(directory_of(link).c_str(), &filesystem) == 0 && filesystem.f_type == PROC_SUPER_MAGIC;
}

std::filesystem::path link_target(const std::filesystem::path& given, const std::filesystem::path& link) {
  std::string target(PATH_MAX, '\0');
  const ssize_t length = ::readlink(link.c_str(), target.data(), target.size());
  if (length < 0) throw_io(given, "cannot follow the symbolic link " + link.string(), errno);
  target.resize(static_cast<std::size_t>(length));
  const std::filesystem::path next(target);
  return next.is_absolute() ? next : directory_of(link) / next;
}

}  // namespace

OutputTarget resolve_output_target(const std::filesystem::path& path) {
  // "" or "reports/": the temporary file would be named ".tmp.XXXXXX", beside nothing.
  if (!path.has_filename()) throw_io(path, "cannot write: the path names no file");
  std::filesystem::path current = path;
  for (int links = 0;; ++links) {
    struct stat status {};
    if (::lstat(current.c_str(), &status) != 0) {
      if (errno == ENOENT) return {OutputTarget::Kind::new_file, current, {}};
      throw_io(path, "cannot write the file", errno);
    }
    if (S_ISLNK(status.st_mode)) {
      if (links == max_symbolic_links) throw_io(path, "cannot write the file", ELOOP);
      if (in_procfs(current)) return {OutputTarget::Kind::in_place, path, {}};
      current = link_target(path, current);
      continue;
    }
    if (S_ISREG(status.st_mode)) {
      if (status.st_nlink > 1)
        throw_io(path, "the file has " + std::to_string(status.st_nlink) +
                           " hard links, and an atomic save would give this name a new file and leave the "
                           "others with the old content; save to a new name, or keep one link (cp, then rm)");
      return {OutputTarget::Kind::regular, current, status};
    }
    if (S_ISDIR(status.st_mode) || S_ISBLK(status.st_mode))
      throw_io(path, std::string("cannot write to ") + file_kind(status.st_mode));
    return {OutputTarget::Kind::in_place, path, {}};
  }
}

}  // namespace tiltak::detail
