#include "io/temporary_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <system_error>

#include "io/posix_file.hpp"

namespace tiltak::detail {
namespace {

constexpr std::string_view suffix_characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::size_t suffix_length = 6;

std::string temporary_prefix(const std::filesystem::path& target) { return target.filename().string() + ".tmp."; }

bool is_temporary_name(std::string_view name, std::string_view prefix) {
  if (name.size() != prefix.size() + suffix_length || !name.starts_with(prefix)) return false;
  name.remove_prefix(prefix.size());
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return suffix_characters.find(c) != std::string_view::npos; });
}

std::string random_suffix() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, suffix_characters.size() - 1);
  std::string suffix(suffix_length, ' ');
  for (char& c : suffix) c = suffix_characters[pick(generator)];
  return suffix;
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// Takes `name` for our own temporary file and locks it. A cleaner may find the file in the
// moment between creating and locking it, take the lock and remove it; then the file we hold
// has no name any more (st_nlink 0) and another name is tried.
int create_locked(const std::filesystem::path& target, std::string& name) {
  const std::string base = (directory_of(target) / temporary_prefix(target)).string();
  for (int attempt = 0; attempt < 100; ++attempt) {
    name = base + random_suffix();
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      throw_io(target, "cannot create a temporary file beside it", errno);
    }
    struct stat status {};
    if (::flock(fd, LOCK_EX) != 0 || ::fstat(fd, &status) != 0) {
      const int error = errno;
      ::close(fd);
      ::unlink(name.c_str());
      throw_io(target, "cannot lock the temporary file " + name, error);
    }
    if (status.st_nlink > 0) return fd;
    ::close(fd);
  }
  throw_io(target, "cannot create a temporary file beside it: no free name after 100 attempts");
}

}  // namespace

TemporaryFile::TemporaryFile(const std::filesystem::path& target)
    : target_(target), descriptor_(create_locked(target, name_)) {}

TemporaryFile::~TemporaryFile() {
  if (!renamed_) ::unlink(name_.c_str());  // while still locked, so no cleaner races us
  if (descriptor_ >= 0) ::close(descriptor_);
}

void TemporaryFile::take_attributes_of(const struct stat& existing) {
  struct stat own {};
  if (::fstat(descriptor_, &own) != 0) throw_io(target_, "cannot inspect the temporary file", errno);
  if ((own.st_uid != existing.st_uid || own.st_gid != existing.st_gid) &&
      ::fchown(descriptor_, existing.st_uid, existing.st_gid) != 0)
    throw_io(target_,
             "cannot keep the file's owner and group (" + std::to_string(existing.st_uid) + ":" +
                 std::to_string(existing.st_gid) + ") in an atomic save; nothing was written",
             errno);
  // After fchown, which clears the set-user-ID and set-group-ID bits.
  if (::fchmod(descriptor_, existing.st_mode & 07777) != 0) throw_io(target_, "cannot keep the file's mode", errno);
}

void TemporaryFile::write(std::string_view bytes) { write_all(descriptor_, bytes, target_); }

void TemporaryFile::commit() {
  if (::fsync(descriptor_) != 0) throw_io(target_, "cannot flush to disk", errno);
  // Renamed while still open and locked: unlocked, it could be taken for a stale one.
  if (std::rename(name_.c_str(), target_.c_str()) != 0) throw_io(target_, "cannot replace", errno);
  renamed_ = true;
  // fsync has already reported any write error; closing can add none on a local file system.
  ::close(descriptor_);
  descriptor_ = -1;
  // Make the rename itself durable.
  if (const int dir = ::open(directory_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

void remove_stale_temporary_files(const std::filesystem::path& target) {
  const std::string prefix = temporary_prefix(target);
  std::error_code error;
  for (std::filesystem::directory_iterator it(directory_of(target), error), end; !error && it != end;
       it.increment(error)) {
    const auto& entry = *it;
    const std::string name = entry.path().filename().string();
    if (!is_temporary_name(name, prefix)) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) continue;
    struct stat held {};
    struct stat named {};
    // Locked means a live save is writing it. Compared after locking: the name must still be
    // the file we locked, not one a new save created after the old one was removed.
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 && S_ISREG(held.st_mode) &&
        ::lstat(entry.path().c_str(), &named) == 0 && same_file(held, named))
      ::unlink(entry.path().c_str());
    ::close(fd);
  }
}

}  // namespace tiltak::detail
