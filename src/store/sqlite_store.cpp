#include "store/sqlite_store.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "store/document_parts.hpp"
#include "store/entity_positions.hpp"
#include "store/sqlite_database.hpp"
#include "store/sqlite_schema.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

constexpr const char* revision_columns = "number, author, time, message, chain_head";

Revision revision_from(const SqliteStatement& row) {
  return {row.number(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

class SqliteStore final : public StoreBackend {
 public:
  SqliteStore(const std::string& path, bool create) : db_(path, create) {
    if (create)
      create_sqlite_schema(db_);
    else
      open_sqlite_schema(db_);
  }

  const std::string& location() const noexcept override { return db_.path(); }
  bool keeps_history() const override { return true; }

  std::optional<std::string> document(const StoreAt& at) const override {
    SqliteTransaction snapshot(db_, false);  // one consistent state across the queries
    const auto revision = resolve(at);
    if (!revision) return std::nullopt;
    return join_document(parts_at(*revision));
  }

  Revision commit(const DocumentChange& change, const ChangeInfo& info) override {
    SqliteTransaction transaction(db_, true);
    const auto head = resolve({});
    std::optional<std::string> latest;
    if (head) latest = join_document(parts_at(*head));
    const std::string next = change(latest);
    if (head && next == *latest) return revision(*head);
    const std::string latest_time = head ? revision(*head).time : "";
    std::string time = info.time.empty() ? std::max(utc_now(), latest_time) : info.time;
    if (time < latest_time)
      throw Error(ErrorCode::validation_error,
                  Problem{db_.path(), "", 0, 0, time, "a revision's time may not be before the latest one's (" + latest_time + ")"});
    const auto parts = split_document(next);
    const Revision made{head.value_or(0) + 1, info.author, std::move(time), info.message, chain_head(parts)};
    const auto chain_length =
        std::count_if(parts.begin(), parts.end(), [](const DocumentPart& p) { return p.kind == "decision"; });
    SqliteStatement(db_,
                    "INSERT INTO revisions (number, author, time, message, chain_head, chain_length) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, made.number)
        .bind(2, made.author)
        .bind(3, made.time)
        .bind(4, made.message)
        .bind(5, made.chain_head)
        .bind(6, static_cast<std::int64_t>(chain_length))
        .run();
    write_entities(parts, made.number);
    append_decisions(parts, made.number);
    transaction.commit();
    return made;
  }

  std::vector<Revision> history(const std::optional<InitiativeId>& initiative) const override {
    SqliteTransaction snapshot(db_, false);
    const std::string all = std::string("SELECT ") + revision_columns + " FROM revisions ORDER BY number";
    const std::string one = std::string("SELECT ") + revision_columns +
                            " FROM revisions WHERE number IN ("
                            "SELECT valid_from FROM entities WHERE kind = 'initiative' AND id = ?1 UNION "
                            "SELECT valid_to FROM entities WHERE kind = 'initiative' AND id = ?1) ORDER BY number";
    SqliteStatement query(db_, initiative ? one.c_str() : all.c_str());
    if (initiative) query.bind(1, initiative->str());
    std::vector<Revision> revisions;
    while (query.step()) revisions.push_back(revision_from(query));
    return revisions;
  }

  Revision revision(const StoreAt& at) const override {
    SqliteTransaction snapshot(db_, false);
    const auto number = resolve(at);
    if (!number) throw Error(ErrorCode::not_found, Problem{db_.path(), "", 0, 0, "", "the store holds no revision yet"});
    return revision(*number);
  }

  // Each head once, from the revision that first had it. Kept in the revisions, not derived
  // from the decision rows: those are what it is evidence against.
  std::vector<ChainAnchor> chain_history() const override {
    SqliteTransaction snapshot(db_, false);
    SqliteStatement query(db_,
                          "SELECT chain_length, chain_head FROM revisions WHERE chain_length > 0 "
                          "GROUP BY chain_length, chain_head ORDER BY min(number)");
    std::vector<ChainAnchor> heads;
    while (query.step()) {
      const auto length = static_cast<std::size_t>(query.number(0));
      heads.push_back({length, query.text(1), length, query.text(1)});
    }
    return heads;
  }

 private:
  // The revision `at` names; nullopt for the latest of an empty store.
  std::optional<RevisionNumber> resolve(const StoreAt& at) const {
    SqliteStatement latest(db_, "SELECT max(number) FROM revisions");
    latest.step();
    const std::optional<RevisionNumber> head = latest.is_null(0) ? std::nullopt : std::optional(latest.number(0));
    if (at.revision) {
      if (!head || *at.revision > *head)
        throw Error(ErrorCode::not_found,
                    Problem{db_.path(), "", 0, 0, std::to_string(*at.revision),
                            "no such revision (the store has " + (head ? "1 to " + std::to_string(*head) : "none") + ")"});
      return at.revision;
    }
    if (!at.date) return head;
    // The last revision of the day: before midnight (UTC) at its end.
    SqliteStatement on_date(db_, "SELECT max(number) FROM revisions WHERE time < ?1");
    on_date.bind(1, to_iso(*at.date + boost::gregorian::days(1)) + "T00:00:00Z");
    on_date.step();
    if (on_date.is_null(0))
      throw Error(ErrorCode::not_found, Problem{db_.path(), "", 0, 0, to_iso(*at.date), "the store has no revision on or before this date"});
    return on_date.number(0);
  }

  Revision revision(RevisionNumber number) const {
    SqliteStatement query(db_, (std::string("SELECT ") + revision_columns + " FROM revisions WHERE number = ?1").c_str());
    query.bind(1, number);
    if (!query.step()) throw Error(ErrorCode::internal, db_.path() + ": revision " + std::to_string(number) + " is missing");
    return revision_from(query);
  }

  std::vector<DocumentPart> parts_at(RevisionNumber revision) const {
    SqliteStatement query(db_,
                          "SELECT kind, id, content FROM entities "
                          "WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) ORDER BY "
                          "CASE kind WHEN 'portfolio' THEN 0 WHEN 'initiative' THEN 1 WHEN 'benefit' THEN 2 ELSE 3 END, "
                          "position");
    query.bind(1, revision);
    std::vector<DocumentPart> parts;
    while (query.step()) parts.push_back({query.text(0), query.text(1), query.text(2)});
    require_logged_decisions(parts, revision);
    return parts;
  }

  // The decisions in the entities' rows must be exactly those of the append-only log.
  void require_logged_decisions(const std::vector<DocumentPart>& parts, RevisionNumber revision) const {
    SqliteStatement logged(db_, "SELECT hash FROM decisions WHERE revision <= ?1 ORDER BY number");
    logged.bind(1, revision);
    std::size_t count = 0;
    auto part = parts.begin();
    for (;; ++count, ++part) {
      part = std::find_if(part, parts.end(), [](const DocumentPart& p) { return p.kind == "decision"; });
      const bool in_log = logged.step();
      if (!in_log && part == parts.end()) return;
      if (!in_log || part == parts.end() || decision_hash(*part) != logged.text(0)) break;
    }
    throw Error(ErrorCode::validation_error,
                Problem{db_.path(), "/decisions/" + std::to_string(count), 0, 0, "",
                        "the stored decision differs from the store's append-only decision log"});
  }

  void write_entities(const std::vector<DocumentPart>& parts, RevisionNumber revision) {
    std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::string>> live;
    SqliteStatement query(db_, "SELECT kind, id, position, content FROM entities WHERE valid_to IS NULL");
    while (query.step()) live[{query.text(0), query.text(1)}] = {query.number(2), query.text(3)};
    const auto positions = entity_positions(parts, live);
    SqliteStatement close(db_, "UPDATE entities SET valid_to = ?3 WHERE kind = ?1 AND id = ?2 AND valid_to IS NULL");
    SqliteStatement insert(db_, "INSERT INTO entities (kind, id, position, content, valid_from) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const auto& part = parts[i];
      const auto found = live.find({part.kind, part.id});
      if (found != live.end()) {
        const bool same = found->second == std::pair(positions[i], part.content);
        live.erase(found);
        if (same) continue;
        close.bind(1, part.kind).bind(2, part.id).bind(3, revision).run();
        close.reset();
      }
      insert.bind(1, part.kind).bind(2, part.id).bind(3, positions[i]).bind(4, part.content).bind(5, revision).run();
      insert.reset();
    }
    for (const auto& [key, state] : live) {
      close.bind(1, key.first).bind(2, key.second).bind(3, revision).run();
      close.reset();
    }
  }

  void append_decisions(const std::vector<DocumentPart>& parts, RevisionNumber revision) {
    SqliteStatement count(db_, "SELECT count(*) FROM decisions");
    count.step();
    const auto logged = count.number(0);
    SqliteStatement insert(db_, "INSERT INTO decisions (number, revision, hash) VALUES (?1, ?2, ?3)");
    std::int64_t number = 0;
    for (const auto& part : parts) {
      if (part.kind != "decision" || ++number <= logged) continue;
      insert.bind(1, number).bind(2, revision).bind(3, decision_hash(part)).run();
      insert.reset();
    }
  }

  SqliteDatabase db_;
};

}  // namespace

std::unique_ptr<StoreBackend> open_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path, false); }

std::unique_ptr<StoreBackend> create_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path, true); }

}  // namespace tiltak::detail
