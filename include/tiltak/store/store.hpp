#pragma once
// The portfolio store: one interface over where a portfolio is kept (docs/store.md).
//
//   "portfolio.json"          the JSON document itself: one state, no history, writers
//                             serialised by an advisory lock (the file workflow made safe);
//   "portfolio.db"            an SQLite store (the embedded default): every change a
//                             revision with author, time and message, any earlier state at hand;
//   "postgresql://host/db"    the same in a PostgreSQL database (the shared store, many users).
//
// Every change is a function from the latest portfolio to the new one, applied while the store
// holds its write lock, so it never works on a stale copy; concurrent writers wait for each
// other. A store handle is used by one thread at a time; open one per thread or process.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

namespace detail {
class StoreBackend;
}

// Revisions are numbered 1, 2, 3 ... in the order they were committed.
using RevisionNumber = std::int64_t;

// One committed change.
struct Revision {
  RevisionNumber number = 0;
  std::string author;
  std::string time;        // UTC, ISO 8601 to the second: "2026-12-07T09:30:00Z"
  std::string message;
  std::string chain_head;  // the decision log's last hash after this change; "" while the log is empty
  bool operator==(const Revision&) const = default;
};

// Which state to read: the latest, the one a revision made, or the last one of a day (UTC).
struct StoreAt {
  std::optional<RevisionNumber> revision;
  std::optional<Date> date;
  bool operator==(const StoreAt&) const = default;
};

// "12" (a revision) or "2026-11-23" (a date). Error(invalid_argument) naming the text otherwise.
StoreAt parse_store_at(std::string_view text);

// Who makes a change and why.
struct ChangeInfo {
  std::string author;
  std::string message;
  std::string time;  // as in Revision; empty: now
};

// What changed between two states, one line per entity (the portfolio's own fields count as
// one entity, "portfolio").
struct EntityChange {
  enum class Kind { added, removed, changed };
  std::string entity;  // "portfolio", "initiative", "benefit", "decision"
  std::string id;      // the entity's id (a decision's number, 1-based); "" for "portfolio"
  Kind kind = Kind::changed;
  bool operator==(const EntityChange&) const = default;
};

class Store {
 public:
  // Opens the store a location names: a path ending in ".json", or an existing file that is
  // not an SQLite database, is the JSON document; a "postgresql://" or "postgres://" URI (libpq's)
  // a PostgreSQL store made by `create`; any other path an SQLite store made by `create`.
  // Error(io_error) naming the location (a password in a URI replaced by "***") when it cannot
  // be opened or connected to, Error(validation_error) for a database that is not a tiltak
  // store or comes from a newer tiltak.
  static Store open(const std::string& location);
  // Makes a new, empty SQLite store, or a PostgreSQL store's tables in the first schema of the
  // connection's search_path (sql/postgresql/schema.sql). Error(duplicate) when the file exists
  // or the schema holds a tiltak store already.
  static Store create(const std::string& location);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& location() const noexcept;
  // False for the JSON document: it holds one state, and history() has one entry at most.
  bool keeps_history() const;

  // The portfolio document (docs/format.md) as it was at `at`: byte for byte what export
  // after import gives. Error(not_found) for an empty store, an unknown revision or a date
  // before the first revision.
  std::string export_json(const StoreAt& at = {}) const;
  Portfolio read(const StoreAt& at = {}) const;

  // Applies `change` to the latest portfolio and commits the result as a new revision, under
  // the store's write lock. The result must be valid (Error(validation_error) otherwise); an
  // exception from `change` commits nothing. A change that alters nothing commits nothing and
  // returns the latest revision. Error(conflict) when the store changed under the lock (the
  // JSON file edited by something that does not take the lock); nothing is written then.
  Revision apply(const std::function<void(Portfolio&)>& change, const ChangeInfo& info);
  // Replaces the initiative with `initiative`'s id, as apply() would; but only that initiative
  // is compared, checked and written, so that on a handle whose last change made the latest
  // revision its cost hardly grows with the portfolio (docs/store.md, "What a change costs").
  // Error(not_found) when no initiative has the id.
  Revision update_initiative(const Initiative& initiative, const ChangeInfo& info);
  // The same with the initiative as the document's "initiatives" array holds it (docs/format.md),
  // its amounts in the portfolio's currency.
  Revision update_initiative(std::string_view initiative_json, const ChangeInfo& info);
  // Replaces the whole portfolio with `document` (also into an empty store).
  Revision import_json(std::string_view document, const ChangeInfo& info);

  // Every revision, oldest first; with an initiative id, those that added, changed or removed it.
  std::vector<Revision> history(const std::optional<InitiativeId>& initiative = {}) const;

  // The decision log's head after each revision that appended decisions, oldest first: the
  // store's own record of the chain, kept in its revisions apart from the decisions, to pass
  // to verify_decision_log() beside the archive's anchors, so that decisions rewritten in the
  // store are found against its history (docs/governance.md, "What the chain proves"). Empty
  // for the JSON document, which keeps no history.
  std::vector<ChainAnchor> chain_history() const;

  // The revision `at` names (the latest by default). Error(not_found) when there is none, and
  // always for the JSON document, which has no revisions.
  Revision revision(const StoreAt& at = {}) const;

  // What changed from one state to another; `from` may be revision 0, the empty store before
  // the first revision, from which everything is added.
  std::vector<EntityChange> diff(const StoreAt& from, const StoreAt& to) const;

 private:
  explicit Store(std::unique_ptr<detail::StoreBackend> backend);
  std::unique_ptr<detail::StoreBackend> backend_;
};

}  // namespace tiltak
