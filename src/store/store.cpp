#include "tiltak/store/store.hpp"

#include <cctype>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>

#include "io/json_reader.hpp"
#include "io/portfolio_text.hpp"
#include "store/document_parts.hpp"
#include "store/json_file_store.hpp"
#include "store/pg_store.hpp"
#include "store/portfolio_change.hpp"
#include "store/sqlite_store.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/editing.hpp"

namespace tiltak {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool is_postgresql(std::string_view location) {
  return starts_with(location, "postgresql://") || starts_with(location, "postgres://");
}

// A path ending in ".json", standard input ("-"), anything that is not a regular file (a FIFO,
// a device, a directory: the document reader refuses it with its reason, and opening a FIFO to
// look at it would block), or a regular file that is not an SQLite database (whose files begin
// with "SQLite format 3" and a NUL) is a document; other paths name SQLite stores.
bool is_json_document(const std::string& location) {
  if (location == "-" || std::filesystem::path(location).extension() == ".json") return true;
  std::error_code error;
  const auto status = std::filesystem::status(location, error);
  if (error || !std::filesystem::exists(status)) return false;
  if (!std::filesystem::is_regular_file(status)) return true;
  std::ifstream file(location, std::ios::binary);
  if (!file) return false;
  constexpr std::string_view sqlite_header("SQLite format 3\0", 16);
  std::string header(sqlite_header.size(), '\0');
  file.read(header.data(), static_cast<std::streamsize>(header.size()));
  return file.gcount() > 0 && header != sqlite_header;
}

}  // namespace

namespace detail {

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

Revision StoreBackend::apply(const PortfolioChange& change, const ChangeInfo& info, const ChangeScope& scope) {
  return commit(
      [&](const std::optional<std::string>& latest) {
        if (!latest) no_portfolio_to_change(location());
        const Portfolio before = parse_portfolio(*latest, location());
        Portfolio after = before;
        change(after);
        require_valid_change(before, after, changed_entities(before, after, scope), index_entity_ids(before), location());
        return to_json(after);
      },
      info);
}

}  // namespace detail

namespace {

// The id of an initiative's document, to limit the comparison to it; nullopt when it has none
// (the change then reads it and says what is wrong).
std::optional<InitiativeId> initiative_id(std::string_view initiative_json) {
  try {
    const auto document = detail::parse_json(initiative_json, "<initiative>");
    const auto id = document.find("id");
    if (id != document.end() && id->is_string()) return InitiativeId(id->get<std::string>());
  } catch (const Error&) {
  }
  return std::nullopt;
}

// Revisions are found by date through their time's text, so it has exactly one form.
bool is_utc_time(std::string_view time) {
  if (time.size() != 20 || time[10] != 'T' || time[13] != ':' || time[16] != ':' || time[19] != 'Z') return false;
  const auto number = [&](std::size_t at) { return std::isdigit(static_cast<unsigned char>(time[at])) && std::isdigit(static_cast<unsigned char>(time[at + 1])); };
  return parse_iso_date(time.substr(0, 10)) && number(11) && number(14) && number(17) && time.substr(11, 2) < "24" &&
         time.substr(14, 2) < "60" && time.substr(17, 2) < "60";
}

// An empty time is filled in by the backend once it holds the write lock.
ChangeInfo checked(ChangeInfo info) {
  if (!info.time.empty() && !is_utc_time(info.time))
    throw Error(ErrorCode::invalid_argument,
                Problem{"", "", 0, 0, problem_value(info.time), "a revision's time is UTC in ISO 8601 to the second: 2026-12-07T09:30:00Z"});
  return info;
}

}  // namespace

StoreAt parse_store_at(std::string_view text) {
  StoreAt at;
  RevisionNumber number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (!text.empty() && error == std::errc() && end == text.data() + text.size() && number > 0) {
    at.revision = number;
  } else if (const auto date = parse_iso_date(text)) {
    at.date = *date;
  } else {
    throw Error(ErrorCode::invalid_argument,
                Problem{"", "", 0, 0, problem_value(text), "expected a revision number (1, 2, ...) or a date (YYYY-MM-DD)"});
  }
  return at;
}

Store::Store(std::unique_ptr<detail::StoreBackend> backend) : backend_(std::move(backend)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& location) {
  if (is_postgresql(location)) return Store(detail::open_pg_store(location));
  if (is_json_document(location)) return Store(detail::open_json_file_store(location));
  return Store(detail::open_sqlite_store(location));
}

Store Store::create(const std::string& location) {
  if (is_postgresql(location)) return Store(detail::create_pg_store(location));
  if (std::filesystem::path(location).extension() == ".json")
    throw Error(ErrorCode::invalid_argument, Problem{location, "", 0, 0, "",
                                                     "a JSON document is not created as a store; name a database file "
                                                     "(portfolio.db) or save the document itself"});
  return Store(detail::create_sqlite_store(location));
}

const std::string& Store::location() const noexcept { return backend_->location(); }

bool Store::keeps_history() const { return backend_->keeps_history(); }

std::string Store::export_json(const StoreAt& at) const {
  auto document = backend_->document(at);
  if (!document) throw Error(ErrorCode::not_found, Problem{location(), "", 0, 0, "", "the store holds no portfolio yet"});
  return std::move(*document);
}

Portfolio Store::read(const StoreAt& at) const { return detail::parse_portfolio_text(export_json(at), location()); }

Revision Store::apply(const std::function<void(Portfolio&)>& change, const ChangeInfo& info) {
  return backend_->apply(change, checked(info), {});
}

Revision Store::update_initiative(const Initiative& initiative, const ChangeInfo& info) {
  return backend_->apply([&](Portfolio& latest) { replace_initiative(latest, initiative); }, checked(info),
                         {initiative.id});
}

Revision Store::update_initiative(std::string_view initiative_json, const ChangeInfo& info) {
  return backend_->apply(
      [&](Portfolio& latest) {
        replace_initiative(latest, parse_initiative(initiative_json, latest.currency, "<initiative>"));
      },
      checked(info), {initiative_id(initiative_json)});
}

Revision Store::import_json(std::string_view document, const ChangeInfo& info) {
  const Portfolio imported = parse_portfolio(document, "<import>");
  return backend_->commit(
      [&](const std::optional<std::string>& latest) {
        if (latest) detail::require_appended(parse_portfolio(*latest, location()).decisions, imported.decisions, "<import>");
        return to_json(imported);
      },
      checked(info));
}

std::vector<Revision> Store::history(const std::optional<InitiativeId>& initiative) const {
  return backend_->history(initiative);
}

Revision Store::revision(const StoreAt& at) const { return backend_->revision(at); }

std::vector<ChainAnchor> Store::chain_history() const {
  std::vector<ChainAnchor> heads = backend_->chain_history();
  for (ChainAnchor& head : heads) head.source = AnchorSource::store_history;
  return heads;
}

std::vector<EntityChange> Store::diff(const StoreAt& from, const StoreAt& to) const {
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::string> before;
  if (from != StoreAt{0, {}})
    for (auto& part : detail::split_document(export_json(from)))
      before.emplace(Key{part.kind, part.id}, std::move(part.content));
  std::vector<EntityChange> changes;
  for (auto& part : detail::split_document(export_json(to))) {
    const auto found = before.find({part.kind, part.id});
    if (found == before.end())
      changes.push_back({part.kind, part.id, EntityChange::Kind::added});
    else if (found->second != part.content)
      changes.push_back({part.kind, part.id, EntityChange::Kind::changed});
    if (found != before.end()) before.erase(found);
  }
  for (const auto& [key, content] : before) changes.push_back({key.first, key.second, EntityChange::Kind::removed});
  return changes;
}

}  // namespace tiltak
