#pragma once
// The JSON document as a store: one state, no history; writers take an advisory lock on a
// sidecar file "<document>.lock" (the document itself is replaced by each atomic save, so a
// lock on it would be held on a file that is no longer there).

#include <memory>
#include <string>

#include "store/store_backend.hpp"

namespace tiltak::detail {

std::unique_ptr<StoreBackend> open_json_file_store(const std::string& path);

}  // namespace tiltak::detail
