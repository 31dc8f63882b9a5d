// Small RAII helpers over the SQLite C API: a connection, a prepared
// statement and a transaction that rolls back unless committed. Every
// failure is returned (false / nullptr plus a message), never thrown.
#ifndef FACTLINT_STORE_SQLITE_DB_H_
#define FACTLINT_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace factlint {

// How long a connection retries when another one holds the lock it needs
// before it reports SQLITE_BUSY.
inline constexpr int kDefaultBusyTimeoutMs = 5000;
// Primary SQLite result codes callers tell apart.
inline constexpr int kSqliteBusy = 5;     // SQLITE_BUSY: another connection holds the lock
inline constexpr int kSqliteLocked = 6;   // SQLITE_LOCKED
inline constexpr int kSqliteNotADb = 26;  // SQLITE_NOTADB

// True for the codes that mean "another writer is busy with the file".
inline bool IsBusyCode(int code) { return code == kSqliteBusy || code == kSqliteLocked; }

class SqliteDb {
 public:
  // Opens `path` read-only (the file must exist) or read-write, creating it
  // when `create` is set; a lock held by another connection is retried for
  // `busy_timeout_ms`. On failure returns nullptr and sets *error.
  static std::unique_ptr<SqliteDb> Open(const std::string& path, bool writable,
                                        bool create, std::string* error,
                                        int busy_timeout_ms = kDefaultBusyTimeoutMs);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements without results; on failure sets *error
  // and, when given, *code to the primary result code.
  bool Exec(const std::string& sql, std::string* error, int* code = nullptr);
  // The latest error message of the connection.
  std::string LastError() const;
  // Pages the connection has read from the database file so far (misses of
  // its page cache: SQLITE_DBSTATUS_CACHE_MISS), whether the operating
  // system served them from memory or from storage.
  int64_t PagesRead() const;
  // Rows the connection's statements have stepped over in full scans of a
  // table or index (SQLITE_STMTSTATUS_FULLSCAN_STEP), counted when a
  // statement is reset or finalized: 0 when every statement so far looked
  // its rows up by a key.
  int64_t FullScanSteps() const { return full_scan_steps_; }
  // The rowid of the row the connection's latest INSERT added.
  int64_t LastInsertRowid() const;
  sqlite3* handle() const { return db_; }

 private:
  friend class Statement;
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  int64_t full_scan_steps_ = 0;
};

class Statement {
 public:
  // Check ok() (and error()) after construction.
  Statement(SqliteDb* db, const std::string& sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  const std::string& error() const { return error_; }
  // Primary SQLite result code of the last failure (0 if none).
  int code() const { return code_; }

  // Parameters are 1-based, as in SQLite.
  void BindInt(int index, int64_t value);
  void BindText(int index, std::string_view text);
  void BindBlob(int index, std::string_view bytes);

  // Advances: true when a row is available; false when done or on error
  // (then error() is non-empty).
  bool Step();
  // Clears bindings and rewinds for another execution.
  void Reset();

  // Columns are 0-based, as in SQLite.
  int64_t ColumnInt(int index) const;
  std::string ColumnText(int index) const;
  std::string ColumnBlob(int index) const;

 private:
  // Adds the statement's full-scan steps since the last count to db_'s.
  void CountFullScanSteps();

  SqliteDb* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
  int code_ = 0;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit()
// succeeded.
class Transaction {
 public:
  explicit Transaction(SqliteDb* db);
  ~Transaction();
  bool ok() const { return began_; }
  const std::string& error() const { return error_; }
  // Primary result code of the failed BEGIN or COMMIT (0 if none).
  int code() const { return code_; }
  bool Commit(std::string* error);

 private:
  SqliteDb* db_;
  bool began_ = false;
  bool done_ = false;
  std::string error_;
  int code_ = 0;
};

}  // namespace factlint

#endif  // FACTLINT_STORE_SQLITE_DB_H_
