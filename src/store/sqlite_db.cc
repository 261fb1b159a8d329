#include "store/sqlite_db.h"

#include <filesystem>

namespace news {

Statement::Statement(Db* db, sqlite3_stmt* stmt, bool* in_use, bool owned)
    : db_(db), stmt_(stmt), in_use_(in_use), owned_(owned) {}

Statement::Statement(Statement&& o) noexcept { *this = std::move(o); }

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    Release();
    db_ = o.db_;
    stmt_ = o.stmt_;
    in_use_ = o.in_use_;
    owned_ = o.owned_;
    o.stmt_ = nullptr;
    o.in_use_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { Release(); }

void Statement::Release() {
  if (!stmt_) return;
  if (owned_) {
    sqlite3_finalize(stmt_);
  } else {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (in_use_) *in_use_ = false;
  }
  stmt_ = nullptr;
  in_use_ = nullptr;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::BindPointer(int index, void* object, const char* type) {
  sqlite3_bind_pointer(stmt_, index, object, type, nullptr);
  return *this;
}

Statement& Statement::BindOptional(int index, std::string_view text) {
  return text.empty() ? BindNull(index) : Bind(index, text);
}

StatusOr<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->LastError("step");
}

Status Statement::Run() {
  while (true) {
    StatusOr<bool> row = Step();
    if (!row.ok() || !*row) {
      sqlite3_reset(stmt_);  // ready to bind again; bindings are kept or overwritten
      return row.ok() ? Status::Ok() : row.status();
    }
  }
}

int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::Double(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::string_view Statement::TextView(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col));
}

std::string_view Statement::BlobView(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  if (!p) return {};
  return std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, col));
}

std::string Statement::Text(int col) const { return std::string(TextView(col)); }

std::optional<double> Statement::OptDouble(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Double(col);
}

namespace {

// `path` as a SQLite URI file name with ?immutable=1 ('%', '?' and '#'
// percent-escaped).
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%') uri += "%25";
    else if (c == '?') uri += "%3f";
    else if (c == '#') uri += "%23";
    else uri += c;
  }
  return uri + "?immutable=1";
}

}  // namespace

StatusOr<std::unique_ptr<Db>> Db::Open(const std::string& path, const Options& options) {
  std::error_code ec;
  bool memory = path == ":memory:" || path.empty();
  bool create = options.create && !options.read_only;
  if (!memory && !create && !std::filesystem::exists(path, ec))
    return Status(StatusCode::kNotFound, "no such database (run 'newsminer ingest' first)");
  std::unique_ptr<Db> db(new Db());
  db->path_ = path;
  int flags = SQLITE_OPEN_NOMUTEX | (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
              (create ? SQLITE_OPEN_CREATE : 0);
  bool immutable = options.read_only && options.immutable && !memory;
  if (immutable) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(immutable ? ImmutableUri(path).c_str() : path.c_str(), &db->db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db->db_ ? sqlite3_errmsg(db->db_) : "out of memory";
    return Status(StatusCode::kIoError, "cannot open database: " + msg);
  }
  sqlite3_extended_result_codes(db->db_, 1);
  sqlite3_busy_timeout(db->db_, options.busy_timeout_ms);
  return db;
}

Db::~Db() {
  for (auto& [sql, entry] : cache_) sqlite3_finalize(entry->stmt);
  cache_.clear();
  if (db_) sqlite3_close(db_);
}

StatusOr<Statement> Db::Prepare(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end() && !it->second->in_use) {
    it->second->in_use = true;
    return Statement(this, it->second->stmt, &it->second->in_use, false);
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) return LastError("prepare");
  if (it != cache_.end()) return Statement(this, stmt, nullptr, true);  // nested use of the same SQL
  auto entry = std::make_unique<CacheEntry>();
  entry->stmt = stmt;
  entry->in_use = true;
  bool* flag = &entry->in_use;
  cache_.emplace(std::string(sql), std::move(entry));
  return Statement(this, stmt, flag, false);
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  StatusCode code = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? StatusCode::kBusy
                                                                               : StatusCode::kDataError;
  // The same words as LastError's, whichever statement meets the file first.
  if ((rc & 0xff) == SQLITE_NOTADB) return Status(StatusCode::kDataError, "not a newsminer database (file is not SQLite)");
  return Status(code, "database: " + msg);
}

int64_t Db::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Db::Changes() const { return sqlite3_changes(db_); }
std::string Db::ErrorMessage() const { return sqlite3_errmsg(db_); }

Status Db::LastError(std::string_view what) const {
  int rc = sqlite3_errcode(db_) & 0xff;
  std::string msg = "database " + std::string(what) + ": " + sqlite3_errmsg(db_);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    return Status(StatusCode::kBusy, msg + " (another process is writing; try again)");
  if (rc == SQLITE_NOTADB) return Status(StatusCode::kDataError, "not a newsminer database (file is not SQLite)");
  if (rc == SQLITE_IOERR || rc == SQLITE_FULL || rc == SQLITE_CANTOPEN) return Status(StatusCode::kIoError, msg);
  return Status(StatusCode::kDataError, msg);
}

StatusOr<std::unique_ptr<Transaction>> Transaction::Begin(Db& db) {
  NEWS_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction() {
  if (!done_) db_.Exec("ROLLBACK");
}

Status Transaction::Commit() {
  Status s = db_.Exec("COMMIT");
  if (s.ok()) done_ = true;
  return s;
}

StatusOr<std::unique_ptr<Savepoint>> Savepoint::Begin(Db& db, std::string name) {
  NEWS_RETURN_IF_ERROR(db.Exec("SAVEPOINT " + name));
  return std::unique_ptr<Savepoint>(new Savepoint(db, std::move(name)));
}

Savepoint::~Savepoint() {
  if (!done_) db_.Exec("ROLLBACK TO " + name_ + "; RELEASE " + name_);
}

Status Savepoint::Release() {
  Status s = db_.Exec("RELEASE " + name_);
  if (s.ok()) done_ = true;
  return s;
}

}  // namespace news
