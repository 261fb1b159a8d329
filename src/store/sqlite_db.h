// A thin layer over the sqlite3 C API for the files in src/store/ only:
// a connection with a cache of prepared statements, a statement handle that
// binds and reads typed values, and RAII transactions and savepoints.
// Nothing outside src/store/ includes this header (sqlite3 types stay here).
//
//   NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT id FROM articles WHERE content_hash = ?"));
//   st.Bind(1, hash);
//   NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
//   if (row) id = st.Int(0);
//
// Every SQL text is prepared once per connection and reused; user values only
// ever reach SQLite through Bind(). A Db and its statements belong to one
// thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"

namespace news {

class Db;

// A prepared statement borrowed from the Db's cache (or owned, when the cached
// one is already in use by an enclosing loop). Reset on destruction.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& o) noexcept;
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, const std::string& text) { return Bind(index, std::string_view(text)); }
  Statement& BindNull(int index);
  // Binds bytes as a BLOB (compressed bodies, see store/stored_values.h).
  Statement& BindBlob(int index, std::string_view bytes);
  // Binds NULL for an empty string, the text otherwise.
  Statement& BindOptional(int index, std::string_view text);

  // Advances: true when a row is ready, false when done; kBusy when the
  // database stayed locked past the busy timeout, kDataError otherwise.
  StatusOr<bool> Step();
  // Steps until done (for INSERT/UPDATE/DELETE), then resets the statement
  // so it can be bound and run again.
  Status Run();
  // Passes a C++ object to an SQL function (sqlite3_bind_pointer: NULL to
  // SQL itself, readable only under `type`); it must outlive the statement's
  // next Step(). Used by store/fts_rank.h's newsminer_top.
  Statement& BindPointer(int index, void* object, const char* type);

  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;
  std::string_view TextView(int col) const;  // valid until the next Step()
  std::string_view BlobView(int col) const;  // the bytes of a BLOB (or text); valid until the next Step()
  bool IsNull(int col) const;
  std::optional<double> OptDouble(int col) const;

 private:
  friend class Db;
  Statement(Db* db, sqlite3_stmt* stmt, bool* in_use, bool owned);
  void Release();

  Db* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool* in_use_ = nullptr;  // the cache slot's flag, when borrowed
  bool owned_ = false;
};

class Db {
 public:
  struct Options {
    bool create = true;           // create the file when missing
    int busy_timeout_ms = 10000;  // how long to wait for another writer
    bool read_only = false;       // SQLITE_OPEN_READONLY (implies !create)
    bool immutable = false;       // with read_only: no locks, no -shm (file:...?immutable=1)
  };

  // Opens a connection (":memory:" works). kNotFound when the file is missing
  // and create is false; kIoError when it cannot be opened.
  static StatusOr<std::unique_ptr<Db>> Open(const std::string& path, const Options& options);
  ~Db();

  // A cached prepared statement for `sql`. kDataError with SQLite's message
  // when the SQL does not compile.
  StatusOr<Statement> Prepare(std::string_view sql);

  // Runs one or more statements without parameters (DDL, pragmas).
  Status Exec(const std::string& sql);

  int64_t LastInsertId() const;
  int Changes() const;
  std::string ErrorMessage() const;
  sqlite3* raw() { return db_; }
  const std::string& path() const { return path_; }

  // Maps the last SQLite error to a Status (kBusy for locks).
  Status LastError(std::string_view what) const;

 private:
  Db() = default;
  struct CacheEntry {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<CacheEntry>> cache_;
};

// BEGIN IMMEDIATE .. COMMIT; rolls back when destroyed uncommitted.
class Transaction {
 public:
  static StatusOr<std::unique_ptr<Transaction>> Begin(Db& db);
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Db& db) : db_(db) {}
  Db& db_;
  bool done_ = false;
};

// SAVEPOINT name .. RELEASE; rolls back to the savepoint when destroyed
// unreleased, so one article's rows vanish together without ending the batch.
class Savepoint {
 public:
  static StatusOr<std::unique_ptr<Savepoint>> Begin(Db& db, std::string name);
  ~Savepoint();
  Status Release();

 private:
  Savepoint(Db& db, std::string name) : db_(db), name_(std::move(name)) {}
  Db& db_;
  std::string name_;
  bool done_ = false;
};

}  // namespace news
