#include "store/sqlite_db.h"

#include <sqlite3.h>

namespace factlint {

std::unique_ptr<SqliteDb> SqliteDb::Open(const std::string& path,
                                         bool writable, bool create,
                                         std::string* error,
                                         int busy_timeout_ms) {
  int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  // A database that is created or written is never reached through a link.
  if (writable && create) flags |= SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    *error = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db));
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

bool SqliteDb::Exec(const std::string& sql, std::string* error, int* code) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return true;
  if (code) *code = rc & 0xff;
  *error = message ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return false;
}

std::string SqliteDb::LastError() const { return sqlite3_errmsg(db_); }

int64_t SqliteDb::PagesRead() const {
  int current = 0, highest = 0;
  if (sqlite3_db_status(db_, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 0) != SQLITE_OK)
    return -1;
  return current;
}

int64_t SqliteDb::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(SqliteDb* db, const std::string& sql) : db_(db) {
  if (sqlite3_prepare_v2(db->handle(), sql.c_str(),
                         static_cast<int>(sql.size()), &stmt_,
                         nullptr) != SQLITE_OK) {
    error_ = db->LastError();
    code_ = sqlite3_errcode(db->handle()) & 0xff;
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
  }
}

Statement::~Statement() {
  CountFullScanSteps();
  sqlite3_finalize(stmt_);
}

void Statement::CountFullScanSteps() {
  if (stmt_)
    db_->full_scan_steps_ += sqlite3_stmt_status(stmt_, SQLITE_STMTSTATUS_FULLSCAN_STEP,
                                                 /*resetFlg=*/1);
}

void Statement::BindInt(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}

void Statement::BindText(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                      SQLITE_UTF8);
}

void Statement::BindBlob(int index, std::string_view bytes) {
  // A zero-length blob must not be bound as NULL.
  static const char kEmpty = 0;
  sqlite3_bind_blob64(stmt_, index, bytes.empty() ? &kEmpty : bytes.data(),
                      bytes.size(), SQLITE_TRANSIENT);
}

bool Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    error_ = db_->LastError();
    code_ = rc & 0xff;
  }
  return false;
}

void Statement::Reset() {
  CountFullScanSteps();
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::ColumnInt(int index) const {
  return sqlite3_column_int64(stmt_, index);
}

std::string Statement::ColumnText(int index) const {
  const unsigned char* p = sqlite3_column_text(stmt_, index);
  int n = sqlite3_column_bytes(stmt_, index);
  return p ? std::string(reinterpret_cast<const char*>(p), n) : std::string();
}

std::string Statement::ColumnBlob(int index) const {
  const void* p = sqlite3_column_blob(stmt_, index);
  int n = sqlite3_column_bytes(stmt_, index);
  return p ? std::string(static_cast<const char*>(p), n) : std::string();
}

Transaction::Transaction(SqliteDb* db) : db_(db) {
  began_ = db_->Exec("BEGIN IMMEDIATE", &error_, &code_);
}

Transaction::~Transaction() {
  if (began_ && !done_) {
    std::string ignored;
    db_->Exec("ROLLBACK", &ignored);
  }
}

bool Transaction::Commit(std::string* error) {
  if (!began_ || done_) return false;
  if (!db_->Exec("COMMIT", error, &code_)) return false;
  done_ = true;
  return true;
}

}  // namespace factlint
