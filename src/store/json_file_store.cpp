#include "store/json_file_store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "tiltak/io/text_file.hpp"
#include "store/document_parts.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/atomic_file.hpp"

namespace tiltak::detail {
namespace {

[[noreturn]] void throw_io(const std::string& path, const std::string& what, int error_number) {
  Problem problem;
  problem.source = path;
  problem.message = what + ": " + std::strerror(error_number);
  throw Error(ErrorCode::io_error, std::move(problem));
}

// An exclusive flock on the sidecar lock file, held for the object's life. Every tiltak
// writer of the document takes it, so read–change–write runs one at a time.
class DocumentLock {
 public:
  explicit DocumentLock(const std::string& document) {
    const std::string path = document + ".lock";
    descriptor_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (descriptor_ < 0) throw_io(path, "cannot open the lock file", errno);
    while (::flock(descriptor_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      const int error_number = errno;
      ::close(descriptor_);
      throw_io(path, "cannot lock", error_number);
    }
  }
  DocumentLock(const DocumentLock&) = delete;
  DocumentLock& operator=(const DocumentLock&) = delete;
  ~DocumentLock() { ::close(descriptor_); }  // closing releases the lock

 private:
  int descriptor_ = -1;
};

class JsonFileStore final : public StoreBackend {
 public:
  explicit JsonFileStore(std::string path) : path_(std::move(path)) {}

  const std::string& location() const noexcept override { return path_; }
  bool keeps_history() const override { return false; }

  std::optional<std::string> document(const StoreAt& at) const override {
    if (at.revision || at.date) no_revisions();
    return read_text_file(path_);
  }

  Revision revision(const StoreAt&) const override { no_revisions(); }

  Revision commit(const DocumentChange& change, const ChangeInfo& info) override {
    const DocumentLock lock(path_);
    std::optional<std::string> latest;
    if (std::filesystem::exists(path_)) latest = read_text_file(path_);
    const std::string next = change(latest);
    Revision revision{0, info.author, info.time.empty() ? utc_now() : info.time, info.message,
                      chain_head(split_document(next))};
    if (next == latest) return revision;
    // Under the lock no tiltak writer can have changed it; anything else (an editor, a copy
    // from another machine) has, and its change must not be overwritten unseen.
    const std::optional<std::string> now =
        std::filesystem::exists(path_) ? std::optional(read_text_file(path_)) : std::nullopt;
    if (now != latest)
      throw Error(ErrorCode::conflict, Problem{path_, "", 0, 0, "",
                                               "the file was changed by another program while this change was made; "
                                               "nothing was written, run the command again"});
    write_file_atomically(path_, next);
    return revision;
  }

  std::vector<Revision> history(const std::optional<InitiativeId>&) const override { return {}; }
  std::vector<ChainAnchor> chain_history() const override { return {}; }

 private:
  [[noreturn]] void no_revisions() const {
    throw Error(ErrorCode::not_found, Problem{path_, "", 0, 0, "",
                                              "a JSON document keeps no earlier states or revisions; import it into "
                                              "a store (tiltak store import) to keep its history"});
  }

  std::string path_;
};

}  // namespace

std::unique_ptr<StoreBackend> open_json_file_store(const std::string& path) {
  return std::make_unique<JsonFileStore>(path);
}

}  // namespace tiltak::detail
