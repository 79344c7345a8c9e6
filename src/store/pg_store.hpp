#pragma once
// The PostgreSQL store (the shared store for many users): the same revisions and entity states
// as the SQLite store, in a database a URI names (docs/store.md).

#include <memory>
#include <string>

#include "store/store_backend.hpp"

namespace tiltak::detail {

std::unique_ptr<StoreBackend> open_pg_store(const std::string& uri);
std::unique_ptr<StoreBackend> create_pg_store(const std::string& uri);

}  // namespace tiltak::detail
