#include "store/pg_connection.hpp"

#include <libpq-fe.h>

#include <memory>
#include <vector>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

// How long a writer waits for another writer's transaction before giving up with a conflict,
// as in the SQLite store.
constexpr const char* lock_timeout = "SET lock_timeout = '60s'";

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// The store's SQL numbers its parameters ?1, ?2 ... (SQLite's way); PostgreSQL's are $1, $2 ...
// Only the statements in this program pass through here, and none has a '?' in a literal.
std::string numbered_for_postgresql(std::string_view sql) {
  std::string text(sql);
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '?' && text[i + 1] >= '0' && text[i + 1] <= '9') text[i] = '$';
  return text;
}

}  // namespace

std::string without_password(std::string_view uri) {
  std::string shown(uri);
  // postgresql://user:password@host/...
  const auto scheme = shown.find("://");
  if (scheme != std::string::npos) {
    const auto authority = scheme + 3;
    const auto end = std::min(shown.find_first_of("/?", authority), shown.size());
    const auto at = shown.rfind('@', end);
    if (at != std::string::npos && at >= authority) {
      const auto colon = shown.find(':', authority);
      if (colon < at) shown.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // ...?password=secret&...
  for (auto query = shown.find('?'); query != std::string::npos;) {
    const auto key = shown.find("password=", query);
    if (key == std::string::npos) break;
    const auto value = key + 9;
    if (shown[key - 1] == '?' || shown[key - 1] == '&') {
      const auto end = std::min(shown.find('&', value), shown.size());
      shown.replace(value, end - value, "***");
    }
    query = value;
  }
  return shown;
}

PgConnection::PgConnection(const std::string& uri) : location_(without_password(uri)) {
  const char* keys[] = {"dbname", "fallback_application_name", nullptr};
  const char* values[] = {uri.c_str(), "tiltak", nullptr};
  connection_ = PQconnectdbParams(keys, values, 1);
  if (!connection_) throw Error(ErrorCode::io_error, Problem{location_, "", 0, 0, "", "cannot connect to the store: out of memory"});
  try {  // the destructor does not run when the constructor throws
    if (PQstatus(connection_) != CONNECTION_OK)
      throw Error(ErrorCode::io_error,
                  Problem{location_, "", 0, 0, "", "cannot connect to the store: " + trimmed(PQerrorMessage(connection_))});
    // The schema's notices (e.g. that there is no tiltak_app role) are for the documentation,
    // not for the standard error of every program that uses the library.
    PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
    if (PQsetClientEncoding(connection_, "UTF8") != 0)
      throw Error(ErrorCode::io_error,
                  Problem{location_, "", 0, 0, "", "cannot use UTF-8 with the store: " + trimmed(PQerrorMessage(connection_))});
    execute(lock_timeout);
  } catch (...) {
    PQfinish(connection_);
    throw;
  }
}

PgConnection::~PgConnection() { PQfinish(connection_); }

void PgConnection::execute(const char* sql) const {
  const Result result(PQexec(connection_, sql), &PQclear);
  const auto status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result.get(), "cannot run the store's SQL");
}

std::vector<SqlRow> PgConnection::query(std::string_view sql, std::initializer_list<SqlValue> parameters) const {
  auto prepared = prepared_.find(sql);
  if (prepared == prepared_.end()) {
    const std::string name = "tiltak_" + std::to_string(prepared_.size() + 1);
    const std::string text = numbered_for_postgresql(sql);
    const Result made(PQprepare(connection_, name.c_str(), text.c_str(), 0, nullptr), &PQclear);
    if (PQresultStatus(made.get()) != PGRES_COMMAND_OK) fail(made.get(), "cannot prepare a statement of the store");
    prepared = prepared_.emplace(std::string(sql), name).first;
  }
  // Sent as text: PostgreSQL reads each as the type its place in the statement has.
  std::vector<std::string> texts;
  texts.reserve(parameters.size());
  for (const auto& value : parameters)
    texts.push_back(std::visit(
        [](const auto& v) {
          if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::int64_t>)
            return std::to_string(v);
          else
            return std::string(v);
        },
        value));
  std::vector<const char*> pointers;
  for (const auto& text : texts) pointers.push_back(text.c_str());
  const Result result(PQexecPrepared(connection_, prepared->second.c_str(), static_cast<int>(pointers.size()),
                                     pointers.data(), nullptr, nullptr, 0),
                      &PQclear);
  const auto status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result.get(), "the store refused a statement");
  std::vector<SqlRow> rows(static_cast<std::size_t>(PQntuples(result.get())));
  const int columns = PQnfields(result.get());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const int r = static_cast<int>(row);
    for (int column = 0; column < columns; ++column)
      rows[row].values.push_back(PQgetisnull(result.get(), r, column)
                                     ? std::nullopt
                                     : std::optional<std::string>(std::in_place, PQgetvalue(result.get(), r, column),
                                                                  static_cast<std::size_t>(PQgetlength(result.get(), r, column))));
  }
  return rows;
}

void PgConnection::begin(bool write) const {
  if (!write) return execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  execute("BEGIN ISOLATION LEVEL READ COMMITTED");
  query("SELECT held FROM writer_lock FOR UPDATE", {});
}

void PgConnection::commit() const { execute("COMMIT"); }

void PgConnection::rollback() const noexcept {
  if (PQtransactionStatus(connection_) != PQTRANS_IDLE) PQclear(PQexec(connection_, "ROLLBACK"));
}

void PgConnection::fail(PGresult* result, std::string_view doing) const {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  last_state_ = state ? state : "";
  const std::string reason = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(connection_));
  // lock_not_available (the 60 s), serialization_failure, deadlock_detected
  if (last_state_ == "55P03" || last_state_ == "40001" || last_state_ == "40P01")
    throw Error(ErrorCode::conflict, Problem{location_, "", 0, 0, "",
                                             std::string(doing) + ": another writer held the store for too long (" + reason + ")"});
  throw Error(last_state_ == "42P07" ? ErrorCode::duplicate : ErrorCode::io_error,
              Problem{location_, "", 0, 0, "", std::string(doing) + ": " + reason});
}

}  // namespace tiltak::detail
