#pragma once
// The temporary file of an atomic save: FILE.tmp.XXXXXX beside FILE, locked (flock) for as
// long as the save runs, so that the next save of FILE can tell a temporary file left by a
// killed save (unlocked) from one that a live save is still writing (locked).

#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace tiltak::detail {

class TemporaryFile {
 public:
  // Created with mode 0666, so the process's umask (or the directory's default ACL) decides
  // a new file's permissions, as for any other file the user creates.
  explicit TemporaryFile(const std::filesystem::path& target);
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile();  // removes the file unless it was renamed into place

  // Gives the file the owner, group and permission bits of the file it will replace.
  void take_attributes_of(const struct stat& existing);
  void write(std::string_view bytes);
  // fsync, rename over the target, fsync of the directory.
  void commit();

  const std::string& name() const { return name_; }

 private:
  std::filesystem::path target_;
  std::string name_;
  int descriptor_ = -1;
  bool renamed_ = false;
};

// Removes the FILE.tmp.XXXXXX beside `target` that no live save holds locked: what a save
// killed before its rename left behind. Best effort: a file that cannot be removed stays.
void remove_stale_temporary_files(const std::filesystem::path& target);

}  // namespace tiltak::detail
