#include "store/archive_index.h"

#include <sys/stat.h>

#include <filesystem>
#include <set>

#include "base/file_identity.h"
#include "diag/read_file.h"
#include "store/content_hash.h"
#include "store/extraction_codec.h"
#include "store/reference_codec.h"
#include "store/sqlite_db.h"
#include "store/takes_codec.h"

namespace factlint {
namespace {

const char kSchema[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE files("
    "  path TEXT PRIMARY KEY,"      // as expanded from the given roots
    "  hash TEXT NOT NULL,"         // Hash64 of the file's bytes, hex
    "  encoding TEXT NOT NULL,"     // SourceText::encoding
    "  markdown INTEGER NOT NULL,"  // SourceText::markdown
    "  source BLOB NOT NULL,"       // SourceText::text (decoded UTF-8)
    "  normalized BLOB NOT NULL,"   // Normalized::text
    "  metadata BLOB NOT NULL,"     // Normalized::metadata, EncodeMetadata
    "  extraction BLOB NOT NULL,"   // EncodeExtraction
    "  checksum TEXT NOT NULL);"    // RowChecksum of the four blobs above
    // The reference form of each file (store/reference_codec.h): its claims,
    // the text around them and the fact rules' takes of its claims
    // (MatchDocumentRules under the rules of meta grouping_fingerprint,
    // EncodeRuleTakes; none when the index files claims under no fact
    // rules): all that `check --against-db` reads of a file it compares a
    // draft with, about a third of the file's row.
    // With the form, its file's path (docs.path) and whether that is the
    // first path of its identity (docs.first: SumWords writes both), so
    // that reading a file is this one row: its docs row is looked up only
    // for a file stored under two paths.
    "CREATE TABLE refs("
    "  doc INTEGER PRIMARY KEY,"    // docs.id: the one B-tree looked up per file read
    "  path TEXT NOT NULL,"         // docs.path
    "  first INTEGER NOT NULL,"     // docs.first
    "  form BLOB NOT NULL,"         // EncodeReference
    "  checksum TEXT NOT NULL);"    // RowChecksum of the path and the form
    // What `check --against-db` reads without decoding every row
    // (docs/archive-index.md, "Loading only what a draft needs"): one small
    // row per file, under the rowid that refs and claim_keys name it by,
    "CREATE TABLE docs("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  identity TEXT NOT NULL,"     // FileIdentity(path) when indexed
    "  first INTEGER NOT NULL,"     // 1: the first path (in path order) of its
                                    // identity, the one a load reads (SumWords)
    "  metadata BLOB NOT NULL,"     // as in files, for the configuration check
    "  eligible INTEGER NOT NULL,"  // claims generic matching weighs
    "  problems INTEGER NOT NULL);" // Extraction::problems (input-number-range)
    "CREATE INDEX docs_identity ON docs(identity);"
    "CREATE INDEX docs_problems ON docs(problems) WHERE problems > 0;"
    // each file (docs.id) once under every grouping key its claims have
    // (GroupingKeys), with the period of the claims filed under it for a
    // fact rule's key (StoredPeriod, check/index_periods.h; "" for a bucket)
    // and which of its claims a reading of the entry needs (IndexEntries,
    // EncodeClaimIndices),
    "CREATE TABLE claim_keys(key TEXT NOT NULL, period TEXT NOT NULL, doc INTEGER NOT NULL, "
    "  claims BLOB NOT NULL);"
    // covering (key, period, doc, claims): a draft's keys and periods select
    // their files and claims from the index's own pages, with no lookup of
    // the table's rows,
    "CREATE INDEX claim_keys_key ON claim_keys(key, period, doc, claims);"
    "CREATE INDEX claim_keys_doc ON claim_keys(doc);"
    // the word counts of generic matching's weights per file,
    "CREATE TABLE file_words(path TEXT NOT NULL, word TEXT NOT NULL, "
    "  n INTEGER NOT NULL);"
    "CREATE INDEX file_words_path ON file_words(path);"
    // and summed over the files (one row per identity, as a load takes it).
    "CREATE TABLE words(word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;"
    ;

std::string RebuildHint(const std::string& path) {
  return "; rebuild it with `factlint index ARCHIVE... --db " + path + "`";
}

// For files that are not factlint indexes at all: `factlint index` will not
// overwrite them (the path may be a mistake), so the hint says to delete
// the file first, and `index` refuses.
std::string ForeignHint(const std::string& path, bool create) {
  if (!create)
    return "; check the path, or if it is a damaged index, delete it and "
           "rebuild it with `factlint index ARCHIVE... --db " + path + "`";
  return "; refusing to overwrite it: delete it or choose another --db path";
}

std::string BusyError(const std::string& path) {
  return path + ": archive index is busy: another program (a running "
                "`factlint index`?) is writing it; waited " +
         std::to_string(kDefaultBusyTimeoutMs / 1000) +
         " s for it, try again when it is done";
}

// True when the meta table of a factlint index can still be read.
bool HasFactlintMeta(SqliteDb* db) {
  Statement meta(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  return meta.ok() && meta.Step() && !meta.ColumnText(0).empty();
}

// Runs PRAGMA quick_check and reads the schema version ("" when there is no
// meta table). Returns false with *error for non-SQLite or corrupt files;
// *corrupt_index is set when the file is a factlint index that is corrupt
// (`factlint index` rebuilds those: an index is only a cache).
bool Inspect(SqliteDb* db, const std::string& path, bool create,
             bool* has_tables, std::string* version, std::string* error,
             bool* corrupt_index) {
  *corrupt_index = false;
  // The whole-file check reads every page: `factlint index` runs it (and
  // rebuilds a corrupt index); a reader only probes that the file is a
  // database, and finds damage in what it reads (row checksums, SQLite's
  // own errors), so that its cost does not grow with the archive.
  Statement check(db, create ? "PRAGMA quick_check"
                             : "SELECT 'ok' FROM (SELECT count(*) FROM sqlite_master)");
  if (!check.ok()) {
    if (IsBusyCode(check.code())) return *error = BusyError(path), false;
    *error = path + ": not a factlint archive index (" + check.error() + ")" +
             ForeignHint(path, create);
    return false;
  }
  std::string problem;
  if (check.Step()) {
    std::string row = check.ColumnText(0);
    if (row != "ok") problem = row;
  } else {
    problem = check.error().empty() ? "no result" : check.error();
  }
  if (IsBusyCode(check.code())) return *error = BusyError(path), false;
  if (check.code() == kSqliteNotADb) {
    *error = path + ": not a factlint archive index (" + problem + ")" +
             ForeignHint(path, create);
    return false;
  }
  if (!problem.empty()) {
    *corrupt_index = HasFactlintMeta(db);
    *error = path + ": archive index is corrupt (" + problem + ")" +
             (*corrupt_index ? RebuildHint(path)
                             : "; delete the file and rebuild it with "
                               "`factlint index ARCHIVE... --db " + path + "`");
    return false;
  }
  Statement tables(db, "SELECT count(*) FROM sqlite_master");
  if (!tables.ok() || !tables.Step()) {
    *error = path + ": cannot read archive index (" + db->LastError() + ")" +
             RebuildHint(path);
    return false;
  }
  *has_tables = tables.ColumnInt(0) > 0;
  version->clear();
  Statement meta(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (meta.ok() && meta.Step()) *version = meta.ColumnText(0);
  Statement files(db, "SELECT path, hash, encoding, markdown, source, "
                      "normalized, metadata, extraction, checksum FROM files LIMIT 0");
  if (*has_tables && (!meta.ok() || !files.ok())) {
    *error = path + ": not a factlint archive index (an SQLite database "
                    "without its tables)" + ForeignHint(path, create);
    return false;
  }
  return true;
}

bool CreateSchema(SqliteDb* db, std::string* error) {
  Transaction tx(db);
  if (!tx.ok()) return *error = tx.error(), false;
  if (!db->Exec("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta; "
                "DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS claim_keys; "
                "DROP TABLE IF EXISTS file_words; DROP TABLE IF EXISTS words; "
                "DROP TABLE IF EXISTS refs;",
                error) ||
      !db->Exec(kSchema, error))
    return false;
  Statement put(db, "INSERT INTO meta(key, value) VALUES (?, ?)");
  const std::pair<std::string, std::string> rows[] = {
      {"schema_version", std::to_string(kArchiveSchemaVersion)},
      {"factlint_version", FACTLINT_VERSION},
      {"rules_fingerprint", ""},
      {"grouping_fingerprint", ""},
      {"eligible_claims", "0"}};
  for (const auto& [key, value] : rows) {
    put.BindText(1, key);
    put.BindText(2, value);
    put.Step();
    if (!put.error().empty()) return *error = put.error(), false;
    put.Reset();
  }
  return tx.Commit(error);
}

}  // namespace

ArchiveIndex::ArchiveIndex(std::string path, std::unique_ptr<SqliteDb> db)
    : path_(std::move(path)), db_(std::move(db)) {}

ArchiveIndex::~ArchiveIndex() = default;

std::unique_ptr<ArchiveIndex> ArchiveIndex::Open(const std::string& path,
                                                 bool create,
                                                 std::string* error) {
  std::error_code ec;
  struct stat st;
  if (create && ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    *error = path + ": is a symbolic link; `factlint index` never writes "
                    "through a link: give the index file's own path";
    return nullptr;
  }
  // SQLite would block reading a FIFO, or read a device.
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    *error = path + ": " + NotRegularReason(st.st_mode) + "; not an archive index";
    return nullptr;
  }
  if (!create && !std::filesystem::is_regular_file(path, ec)) {
    *error = path + ": no archive index here; build it with `factlint index "
                    "ARCHIVE... --db " + path + "`";
    return nullptr;
  }
  std::string message;
  // A reader opens the file read-write when it may, with every write
  // forbidden (query_only): then, as the last connection, it can recover
  // after a killed `index` and remove SQLite's -wal and -shm side files on
  // close. On read-only storage it opens read-only.
  auto db = SqliteDb::Open(path, true, create, &message);
  if (db && !create && !db->Exec("PRAGMA query_only = 1", &message)) db.reset();
  if (!db && !create) db = SqliteDb::Open(path, false, false, &message);
  if (!db) {
    *error = path + ": cannot open archive index (" + message + ")";
    return nullptr;
  }
  bool has_tables = false, corrupt_index = false;
  std::string version, rebuilt;
  if (!Inspect(db.get(), path, create, &has_tables, &version, error,
               &corrupt_index)) {
    if (!create || !corrupt_index) return nullptr;
    // A corrupt factlint index is only a cache: start it again.
    rebuilt = error->substr(0, error->find("; "));
    db.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::filesystem::remove(path + suffix, ec);
    db = SqliteDb::Open(path, true, true, &message);
    if (!db) {
      *error = path + ": cannot open archive index (" + message + ")";
      return nullptr;
    }
    if (!Inspect(db.get(), path, create, &has_tables, &version, error,
                 &corrupt_index))
      return nullptr;
  }
  const std::string want = std::to_string(kArchiveSchemaVersion);
  if (create) {
    if ((!has_tables || version != want) && !CreateSchema(db.get(), &message)) {
      *error = path + ": cannot create archive index (" + message + ")";
      return nullptr;
    }
    // Write-ahead logging: `check --against-db` reads while `index` writes,
    // and a killed `index` leaves only uncommitted frames that the next
    // reader ignores. The setting is stored in the file.
    int code = 0;
    if (!db->Exec("PRAGMA journal_mode=WAL", &message, &code)) {
      *error = IsBusyCode(code) ? BusyError(path)
                                : path + ": cannot open archive index (" +
                                      message + ")";
      return nullptr;
    }
  } else if (version.empty()) {
    *error = path + ": empty, not a factlint archive index" + RebuildHint(path);
    return nullptr;
  } else if (version != want) {
    *error = path + ": archive index has schema version " + version +
             ", this factlint reads version " + want + RebuildHint(path);
    return nullptr;
  }
  std::unique_ptr<ArchiveIndex> index(new ArchiveIndex(path, std::move(db)));
  index->rebuilt_ = rebuilt;
  if (!create && index->Meta("factlint_version") != FACTLINT_VERSION) {
    *error = path + ": archive index was built by factlint " +
             index->Meta("factlint_version") + ", this is " +
             FACTLINT_VERSION + RebuildHint(path);
    return nullptr;
  }
  return index;
}

std::string ArchiveIndex::Meta(const std::string& key) const {
  Statement get(db_.get(), "SELECT value FROM meta WHERE key = ?");
  if (!get.ok()) return "";
  get.BindText(1, key);
  return get.Step() ? get.ColumnText(0) : "";
}

bool ArchiveIndex::CheckRules(const std::string& rules_dir,
                              std::string* error) const {
  std::string fingerprint;
  if (!RulesFingerprint(rules_dir, &fingerprint, error)) return false;
  if (Meta("rules_fingerprint") == fingerprint) return true;
  *error = path_ + ": archive index was built by another factlint build or with other rules than those in " +
           rules_dir + RebuildHint(path_);
  return false;
}

bool ArchiveIndex::CheckGrouping(const std::string& fingerprint,
                                 std::string* error) const {
  if (Meta("grouping_fingerprint") == fingerprint) return true;
  *error = path_ + ": archive index filed its claims under other fact rules "
                   "than those in use" + RebuildHint(path_);
  return false;
}

std::vector<std::string> ArchiveIndex::Paths() const {
  std::vector<std::string> paths;
  Statement list(db_.get(), "SELECT path FROM files ORDER BY path");
  while (list.ok() && list.Step()) paths.push_back(list.ColumnText(0));
  return paths;
}

std::string ArchiveIndex::MetadataError(const std::string& file) const {
  return path_ + ": " + file +
         " was indexed with other metadata than the configuration gives it "
         "now" + RebuildHint(path_);
}

std::string ArchiveIndex::ReadError(const Statement& rows) const {
  return IsBusyCode(rows.code())
             ? BusyError(path_)
             : path_ + ": cannot read archive index (" + rows.error() + ")" +
                   RebuildHint(path_);
}

std::unique_ptr<Document> ArchiveIndex::RowDocument(const Statement& rows,
                                                    std::string* error) const {
  auto doc = std::make_unique<Document>();
  doc->source.path = rows.ColumnText(0);
  doc->source.encoding = rows.ColumnText(1);
  doc->source.markdown = rows.ColumnInt(2) != 0;
  doc->source.text = rows.ColumnBlob(3);
  doc->normalized.text = rows.ColumnBlob(4);
  std::string metadata = rows.ColumnBlob(5);
  std::string extraction = rows.ColumnBlob(6);
  std::string message;
  if (RowChecksum({doc->source.text, doc->normalized.text, metadata, extraction}) !=
      rows.ColumnText(7))
    message = "checksum mismatch";
  if (!message.empty() ||
      !DecodeMetadata(metadata, &doc->normalized.metadata, &message) ||
      !DecodeExtraction(extraction, doc->normalized.text.size(),
                        doc->source.text.size(), &doc->extraction, &message)) {
    // Update checks every row it keeps and extracts a damaged one again.
    *error = path_ + ": damaged entry for " + doc->source.path + " (" +
             message + ")" + RebuildHint(path_);
    return nullptr;
  }
  doc->lines = std::make_unique<LineIndex>(doc->source.text);
  IndexTransitions(doc.get());
  return doc;
}

std::unique_ptr<Document> ArchiveIndex::ReferenceDocument(const std::string& file,
                                                          std::string_view form,
                                                          std::string_view checksum,
                                                          std::string* error,
                                                          RuleMatchCache* takes,
                                                          size_t* form_bytes,
                                                          const std::vector<uint32_t>* keep,
                                                          size_t* stored_claims) const {
  if (form_bytes) *form_bytes += form.size();
  std::string message, stored_takes;
  size_t stored = 0;  // claims in the form
  std::unique_ptr<Document> doc;
  std::vector<RuleTake> decoded_takes;
  if (RowChecksum({file, form}) != checksum)
    message = "checksum mismatch";
  else
    doc = DecodeReference(form, file, &stored_takes, &message, keep, &stored);
  if (!doc || (takes && grouping_rules_ &&
               !DecodeRuleTakes(stored_takes, *grouping_rules_, stored, &decoded_takes,
                                &message, keep))) {
    // Update checks every row it keeps and extracts a damaged one again.
    *error = path_ + ": damaged entry for " + file + " (" + message + ")" + RebuildHint(path_);
    return nullptr;
  }
  if (takes && grouping_rules_) takes->Put(*doc, std::move(decoded_takes));
  if (stored_claims) *stored_claims += stored;
  return doc;
}

bool ArchiveIndex::AppendDocuments(bool target, Documents* docs,
                                   std::string* error,
                                   const LoadOptions& options) const {
  Statement rows(db_.get(),
                 "SELECT path, encoding, markdown, source, normalized, "
                 "metadata, extraction, checksum FROM files ORDER BY path");
  if (!rows.ok()) return *error = path_ + ": " + rows.error(), false;
  // A file already loaded, or stored under two spellings (indexed once as
  // archive/a.md, once as /abs/archive/a.md), is taken once.
  auto key = FileIdentity;
  std::set<std::string> seen;
  for (const auto& doc : *docs) seen.insert(key(doc->source.path));
  Documents loaded;
  while (rows.Step()) {
    if (!seen.insert(key(rows.ColumnText(0))).second) continue;
    std::unique_ptr<Document> doc = RowDocument(rows, error);
    if (!doc) return false;
    if (options.metadata &&
        !HasMetadata(doc->normalized.metadata, options.metadata(doc->source.path))) {
      *error = MetadataError(doc->source.path);
      return false;
    }
    doc->target = target;
    doc->order = docs->size() + loaded.size();
    loaded.push_back(std::move(doc));
  }
  if (!rows.error().empty()) return *error = ReadError(rows), false;
  for (auto& doc : loaded) docs->push_back(std::move(doc));
  return true;
}

Documents ArchiveIndex::LoadAll(bool target, std::string* error) const {
  Documents docs;
  if (!AppendDocuments(target, &docs, error)) docs.clear();
  return docs;
}

}  // namespace factlint
