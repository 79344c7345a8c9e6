#include "store/pg_store.hpp"

#include "store/pg_connection.hpp"
#include "store/pg_schema.hpp"
#include "store/revision_store.hpp"

namespace tiltak::detail {

std::unique_ptr<StoreBackend> open_pg_store(const std::string& uri) {
  auto db = std::make_unique<PgConnection>(uri);
  open_pg_schema(*db);
  return make_revision_store(std::move(db));
}

std::unique_ptr<StoreBackend> create_pg_store(const std::string& uri) {
  auto db = std::make_unique<PgConnection>(uri);
  create_pg_schema(*db);
  return make_revision_store(std::move(db));
}

}  // namespace tiltak::detail
