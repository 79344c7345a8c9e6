#include "store/revision_store.hpp"

#include <algorithm>
#include <utility>

#include "store/document_parts.hpp"
#include "store/entity_positions.hpp"
#include "store/latest_portfolio.hpp"
#include "store/portfolio_change.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak::detail {
namespace {

constexpr std::string_view revision_columns = "number, author, time, message, chain_head";

// "SELECT <the revision columns> <rest>"
std::string select_revisions(std::string_view rest) {
  return "SELECT " + std::string(revision_columns) + " " + std::string(rest);
}

std::vector<std::string> decision_hashes(const std::vector<Decision>& decisions) {
  std::vector<std::string> hashes;
  hashes.reserve(decisions.size());
  for (const auto& decision : decisions) hashes.push_back(decision.hash);
  return hashes;
}

Revision revision_from(const SqlRow& row) { return {row.number(0), row.text(1), row.text(2), row.text(3), row.text(4)}; }

class RevisionStore final : public StoreBackend {
 public:
  explicit RevisionStore(std::unique_ptr<SqlConnection> db) : db_(std::move(db)) {}

  const std::string& location() const noexcept override { return db_->location(); }
  bool keeps_history() const override { return true; }

  std::optional<std::string> document(const StoreAt& at) const override {
    SqlTransaction snapshot(*db_, false);  // one consistent state across the queries
    const auto revision = resolve(at);
    if (!revision) return std::nullopt;
    return join_document(parts_at(*revision));
  }

  Revision commit(const DocumentChange& change, const ChangeInfo& info) override {
    SqlTransaction transaction(*db_, true);
    const auto head = resolve({});
    std::optional<std::string> latest;
    if (head) latest = join_document(parts_at(*head));
    const std::string next = change(latest);
    if (head && next == *latest) return revision(*head);
    const auto parts = split_document(next);
    const Revision made = insert_revision(head, info, decision_hashes(parts));
    write_entities(parts, made.number);
    transaction.commit();
    return made;
  }

  // The handle keeps the latest portfolio it read or committed: while no other writer commits,
  // a change reads nothing of the portfolio from the database, and writes only the rows of the
  // entities it changed.
  Revision apply(const PortfolioChange& change, const ChangeInfo& info, const ChangeScope& scope) override {
    SqlTransaction transaction(*db_, true);
    const auto head = resolve({});
    if (!head) no_portfolio_to_change(location());
    LatestPortfolio& latest = latest_at(*head);
    ChangedEntities changed;
    Revision made;
    LastPositions positions;
    try {
      change(latest.working);
      changed = changed_entities(latest.committed, latest.working, scope);
      if (!changed.any()) return revision(*head);
      require_valid_change(latest.committed, latest.working, changed, latest.ids, location());
      made = insert_revision(head, info, decision_hashes(latest.working.decisions));
      if (changed.rearranged) {
        write_entities(split_portfolio(latest.working), made.number);
        positions = last_positions();
      } else {
        positions = write_changed(latest.working, changed, latest.last_positions, made.number);
      }
      transaction.commit();
    } catch (...) {
      forget_change();
      throw;
    }
    latest.accept(changed, made.number, std::move(positions));
    return made;
  }

  std::vector<Revision> history(const std::optional<InitiativeId>& initiative) const override {
    SqlTransaction snapshot(*db_, false);
    const auto rows =
        initiative ? db_->query(select_revisions("FROM revisions WHERE number IN ("
                                "SELECT valid_from FROM entities WHERE kind = 'initiative' AND id = ?1 UNION "
                                "SELECT valid_to FROM entities WHERE kind = 'initiative' AND id = ?1) ORDER BY number"),
                                {initiative->str()})
                   : db_->query(select_revisions("FROM revisions ORDER BY number"), {});
    std::vector<Revision> revisions;
    for (const auto& row : rows) revisions.push_back(revision_from(row));
    return revisions;
  }

  Revision revision(const StoreAt& at) const override {
    SqlTransaction snapshot(*db_, false);
    const auto number = resolve(at);
    if (!number) throw Error(ErrorCode::not_found, Problem{location(), "", 0, 0, "", "the store holds no revision yet"});
    return revision(*number);
  }

  // Each head once, from the revision that first had it. Kept in the revisions, not derived
  // from the decision rows: those are what it is evidence against.
  std::vector<ChainAnchor> chain_history() const override {
    SqlTransaction snapshot(*db_, false);
    std::vector<ChainAnchor> heads;
    for (const auto& row : db_->query("SELECT chain_length, chain_head FROM revisions WHERE chain_length > 0 "
                                      "GROUP BY chain_length, chain_head ORDER BY min(number)",
                                      {})) {
      const auto length = static_cast<std::size_t>(row.number(0));
      heads.push_back({length, row.text(1), length, row.text(1)});
    }
    return heads;
  }

 private:
  // The revision `at` names; nullopt for the latest of an empty store.
  std::optional<RevisionNumber> resolve(const StoreAt& at) const {
    const auto latest = db_->query("SELECT max(number) FROM revisions", {});
    const std::optional<RevisionNumber> head = latest.at(0).is_null(0) ? std::nullopt : std::optional(latest.at(0).number(0));
    if (at.revision) {
      if (!head || *at.revision > *head)
        throw Error(ErrorCode::not_found,
                    Problem{location(), "", 0, 0, std::to_string(*at.revision),
                            "no such revision (the store has " + (head ? "1 to " + std::to_string(*head) : "none") + ")"});
      return at.revision;
    }
    if (!at.date) return head;
    // The last revision of the day: before midnight (UTC) at its end.
    const auto on_date = db_->query("SELECT max(number) FROM revisions WHERE time < ?1",
                                    {to_iso(*at.date + boost::gregorian::days(1)) + "T00:00:00Z"});
    if (on_date.at(0).is_null(0))
      throw Error(ErrorCode::not_found, Problem{location(), "", 0, 0, problem_value(to_iso(*at.date)), "the store has no revision on or before this date"});
    return on_date.at(0).number(0);
  }

  Revision revision(RevisionNumber number) const {
    const auto rows = db_->query(select_revisions("FROM revisions WHERE number = ?1"), {number});
    if (rows.empty()) throw Error(ErrorCode::internal, location() + ": revision " + std::to_string(number) + " is missing");
    return revision_from(rows.front());
  }

  std::vector<DocumentPart> parts_at(RevisionNumber revision) const {
    std::vector<DocumentPart> parts;
    for (auto& row : db_->query("SELECT kind, id, content FROM entities "
                                "WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) ORDER BY "
                                "CASE kind WHEN 'portfolio' THEN 0 WHEN 'initiative' THEN 1 WHEN 'benefit' THEN 2 ELSE 3 END, "
                                "position",
                                {revision}))
      parts.push_back({std::move(*row.values.at(0)), std::move(*row.values.at(1)), std::move(*row.values.at(2))});
    require_logged_decisions(parts, revision);
    return parts;
  }

  // The decisions in the entities' rows must be exactly those of the append-only log.
  void require_logged_decisions(const std::vector<DocumentPart>& parts, RevisionNumber revision) const {
    const auto logged = db_->query("SELECT hash FROM decisions WHERE revision <= ?1 ORDER BY number", {revision});
    std::size_t count = 0;
    auto part = parts.begin();
    for (;; ++count, ++part) {
      part = std::find_if(part, parts.end(), [](const DocumentPart& p) { return p.kind == "decision"; });
      const bool in_log = count < logged.size();
      if (!in_log && part == parts.end()) return;
      if (!in_log || part == parts.end() || decision_hash(*part) != logged[count].text(0)) break;
    }
    throw Error(ErrorCode::validation_error,
                Problem{location(), "/decisions/" + std::to_string(count), 0, 0, "",
                        "the stored decision differs from the store's append-only decision log"});
  }

  void write_entities(const std::vector<DocumentPart>& parts, RevisionNumber revision) {
    LiveEntities live;
    for (auto& row : db_->query("SELECT kind, id, position, content FROM entities WHERE valid_to IS NULL", {}))
      live[{row.text(0), row.text(1)}] = {row.number(2), std::move(*row.values.at(3))};
    const auto positions = entity_positions(parts, live);
    const auto close = [&](std::string_view kind, std::string_view id) {
      db_->query("UPDATE entities SET valid_to = ?3 WHERE kind = ?1 AND id = ?2 AND valid_to IS NULL", {kind, id, revision});
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const auto& part = parts[i];
      const auto found = live.find({part.kind, part.id});
      if (found != live.end()) {
        const bool same = found->second == std::pair(positions[i], part.content);
        live.erase(found);
        if (same) continue;
        close(part.kind, part.id);
      }
      db_->query("INSERT INTO entities (kind, id, position, content, valid_from) VALUES (?1, ?2, ?3, ?4, ?5)",
                 {part.kind, part.id, positions[i], part.content, revision});
    }
    for (const auto& [key, state] : live) close(key.first, key.second);
  }

  // Adds the revision after `head` with the decision log's head after it, and logs the
  // decisions beyond those logged already.
  Revision insert_revision(std::optional<RevisionNumber> head, const ChangeInfo& info,
                           const std::vector<std::string>& decisions) {
    const std::string latest_time = head ? revision(*head).time : "";
    std::string time = info.time.empty() ? std::max(utc_now(), latest_time) : info.time;
    if (time < latest_time)
      throw Error(ErrorCode::validation_error,
                  Problem{location(), "", 0, 0, problem_value(time), "a revision's time may not be before the latest one's (" + latest_time + ")"});
    const Revision made{head.value_or(0) + 1, info.author, std::move(time), info.message,
                        decisions.empty() ? "" : decisions.back()};
    db_->query("INSERT INTO revisions (number, author, time, message, chain_head, chain_length) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
               {made.number, made.author, made.time, made.message, made.chain_head,
                static_cast<std::int64_t>(decisions.size())});
    const auto logged = db_->query("SELECT count(*) FROM decisions", {}).at(0).number(0);
    for (auto number = logged + 1; number <= static_cast<std::int64_t>(decisions.size()); ++number)
      db_->query("INSERT INTO decisions (number, revision, hash) VALUES (?1, ?2, ?3)",
                 {number, made.number, decisions[static_cast<std::size_t>(number - 1)]});
    return made;
  }

  // The latest portfolio, read again when another writer committed since this handle did.
  LatestPortfolio& latest_at(RevisionNumber head) {
    if (latest_ && latest_->revision == head) return *latest_;
    latest_.reset();
    LatestPortfolio loaded;
    loaded.revision = head;
    loaded.committed = parse_portfolio(join_document(parts_at(head)), location());
    loaded.working = loaded.committed;
    loaded.ids = index_entity_ids(loaded.committed);
    loaded.last_positions = last_positions();
    return latest_.emplace(std::move(loaded));
  }

  void forget_change() noexcept {
    try {
      if (latest_) latest_->discard_change();
    } catch (...) {
      latest_.reset();
    }
  }

  LastPositions last_positions() const {
    LastPositions positions;
    for (const auto& row : db_->query("SELECT kind, max(position) FROM entities WHERE valid_to IS NULL GROUP BY kind", {}))
      positions[row.text(0)] = row.number(1);
    return positions;
  }

  // Closes the rows of the entities `changed` names and adds their new states in the same
  // places; an appended entity goes after the last of its kind. The positions after it.
  LastPositions write_changed(const Portfolio& after, const ChangedEntities& changed, LastPositions positions,
                              RevisionNumber revision) {
    const auto write = [&](const DocumentPart& part) {
      const auto closed = db_->query("UPDATE entities SET valid_to = ?3 WHERE kind = ?1 AND id = ?2 AND valid_to IS NULL "
                                     "RETURNING position",
                                     {part.kind, part.id, revision});
      std::int64_t& last = positions.try_emplace(part.kind, -1).first->second;
      const std::int64_t position = closed.empty() ? ++last : closed.front().number(0);
      db_->query("INSERT INTO entities (kind, id, position, content, valid_from) VALUES (?1, ?2, ?3, ?4, ?5)",
                 {part.kind, part.id, position, part.content, revision});
    };
    if (changed.portfolio_entity()) write(portfolio_part(after));
    for (const std::size_t i : changed.entities.initiatives) write(entity_part(after.initiatives[i]));
    for (const std::size_t i : changed.entities.benefits) write(entity_part(after.benefits[i]));
    for (const std::size_t i : changed.entities.decisions) write(entity_part(after.decisions[i], i));
    return positions;
  }

  std::unique_ptr<SqlConnection> db_;
  std::optional<LatestPortfolio> latest_;
};

}  // namespace

std::unique_ptr<StoreBackend> make_revision_store(std::unique_ptr<SqlConnection> connection) {
  return std::make_unique<RevisionStore>(std::move(connection));
}

}  // namespace tiltak::detail
