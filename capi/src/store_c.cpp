// The C API of the portfolio store (docs/store.md).

#include <memory>
#include <string_view>

#include "context.hpp"
#include "portfolio_handle.hpp"
#include "store_handle.hpp"
#include "tiltak/store/store.hpp"
#include "tiltak/store/store_json.hpp"
#include "tiltak/tiltak.h"

namespace {

using tiltak::capi::guard;
using tiltak::capi::require;
using tiltak::capi::string_result;

tiltak::StoreAt at_of(const char* at) { return at ? tiltak::parse_store_at(at) : tiltak::StoreAt{}; }

tiltak::ChangeInfo info_of(const char* json, size_t length) {
  require(json, "info_json");
  return tiltak::change_info_from_json(std::string_view(json, length), "info_json");
}

template <class Make>
int store_result(tiltak_context* context, const char* location, tiltak_store** out_store, Make&& make) noexcept {
  if (out_store) *out_store = nullptr;
  return guard(context, [&](tiltak_context&) {
    require(location, "location");
    require(out_store, "out_store");
    *out_store = std::make_unique<tiltak_store>(tiltak_store{make(location)}).release();
    return TILTAK_OK;
  });
}

// A change given as a document (one initiative, or the whole portfolio), committed as a revision.
template <class Commit>
int commit_document(tiltak_context* context, tiltak_store* store, const char* json, size_t length,
                    const char* info_json, size_t info_length, char** out_revision, size_t* out_length,
                    const Commit& commit) {
  return string_result(context, out_revision, out_length, "out_revision", [&] {
    require(store, "store");
    require(json, "json");
    const auto info = info_of(info_json, info_length);
    return tiltak::revision_to_json(commit(store->value, std::string_view(json, length), info));
  });
}

}  // namespace

extern "C" {

int tiltak_store_open(tiltak_context* context, const char* location, tiltak_store** out_store) {
  return store_result(context, location, out_store, [](const char* at) { return tiltak::Store::open(at); });
}

int tiltak_store_create(tiltak_context* context, const char* location, tiltak_store** out_store) {
  return store_result(context, location, out_store, [](const char* at) { return tiltak::Store::create(at); });
}

void tiltak_store_close(tiltak_store* store) { delete store; }

int tiltak_store_read(tiltak_context* context, tiltak_store* store, const char* at, tiltak_portfolio** out_portfolio) {
  if (out_portfolio) *out_portfolio = nullptr;
  return guard(context, [&](tiltak_context&) {
    require(store, "store");
    require(out_portfolio, "out_portfolio");
    *out_portfolio = std::make_unique<tiltak_portfolio>(tiltak_portfolio{store->value.read(at_of(at))}).release();
    return TILTAK_OK;
  });
}

int tiltak_store_export(tiltak_context* context, tiltak_store* store, const char* at, char** out_json,
                        size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(store, "store");
    return store->value.export_json(at_of(at));
  });
}

int tiltak_store_apply(tiltak_context* context, tiltak_store* store, tiltak_store_change change, void* user_data,
                       const char* info_json, size_t info_length, char** out_revision, size_t* out_length) {
  return string_result(context, out_revision, out_length, "out_revision", [&] {
    require(store, "store");
    require(reinterpret_cast<const void*>(change), "change");
    const auto info = info_of(info_json, info_length);
    const auto revision = store->value.apply(
        [&](tiltak::Portfolio& latest) {
          tiltak_portfolio handle{std::move(latest)};
          const int status = change(user_data, &handle);
          latest = std::move(handle.value);
          if (status != TILTAK_OK)
            throw tiltak::Error(tiltak::ErrorCode::invalid_argument,
                                "the change returned status " + std::to_string(status) + "; nothing was committed");
        },
        info);
    return tiltak::revision_to_json(revision);
  });
}

int tiltak_store_update_initiative(tiltak_context* context, tiltak_store* store, const char* json, size_t length,
                                   const char* info_json, size_t info_length, char** out_revision, size_t* out_length) {
  return commit_document(context, store, json, length, info_json, info_length, out_revision, out_length,
                         [](tiltak::Store& s, std::string_view initiative, const tiltak::ChangeInfo& info) {
                           return s.update_initiative(initiative, info);
                         });
}

int tiltak_store_import(tiltak_context* context, tiltak_store* store, const char* json, size_t length,
                        const char* info_json, size_t info_length, char** out_revision, size_t* out_length) {
  return commit_document(context, store, json, length, info_json, info_length, out_revision, out_length,
                         [](tiltak::Store& s, std::string_view document, const tiltak::ChangeInfo& info) {
                           return s.import_json(document, info);
                         });
}

int tiltak_store_history(tiltak_context* context, tiltak_store* store, const char* initiative, char** out_json,
                         size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(store, "store");
    std::optional<tiltak::InitiativeId> id;
    if (initiative) id = tiltak::InitiativeId(initiative);
    return tiltak::revisions_to_json(store->value.history(id));
  });
}

}  // extern "C"
