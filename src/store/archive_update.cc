// ArchiveIndex::Update: incremental re-indexing by content hash.
#include <filesystem>
#include <map>
#include <set>

#include "base/file_identity.h"
#include "engine/load_documents.h"
#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/extraction_codec.h"
#include "store/sqlite_db.h"
#include "text/loader.h"

namespace factlint {
namespace {

// True when `file` is `root` itself or lies under the directory `root`.
bool UnderRoot(const std::string& file, const std::string& root, bool is_dir) {
  if (!is_dir) return file == root;
  std::string prefix = root;
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  return file.compare(0, prefix.size(), prefix) == 0;
}

bool Fail(const std::string& path, const std::string& what,
          std::string* error, int code = 0) {
  if (IsBusyCode(code)) {
    *error = path + ": archive index is busy: another program (a running "
                    "`factlint index`?) is writing it; waited " +
             std::to_string(kDefaultBusyTimeoutMs / 1000) +
             " s for it, try again when it is done";
    return false;
  }
  *error = path + ": cannot update archive index (" + what + ")";
  return false;
}

// True when a stored row reads back as what was written: its checksum
// matches and its blobs decode.
bool RowIsIntact(const Statement& row, int first) {
  std::string source = row.ColumnBlob(first), normalized = row.ColumnBlob(first + 1);
  std::string metadata = row.ColumnBlob(first + 2), extraction = row.ColumnBlob(first + 3);
  if (RowChecksum(source, normalized, metadata, extraction) != row.ColumnText(first + 4))
    return false;
  std::map<std::string, std::string> decoded_metadata;
  Extraction decoded;
  std::string ignored;
  return DecodeMetadata(metadata, &decoded_metadata, &ignored) &&
         DecodeExtraction(extraction, normalized.size(), source.size(), &decoded,
                          &ignored);
}

}  // namespace

bool HasMetadata(const std::map<std::string, std::string>& stored,
                 const std::map<std::string, std::string>& overrides) {
  for (const auto& [key, value] : overrides) {
    auto it = stored.find(key);
    if (it == stored.end() || it->second != value) return false;
  }
  return true;
}

bool ArchiveIndex::Update(const std::vector<std::string>& archive_paths,
                          const Extractor& extractor,
                          const std::string& rules_dir, UpdateStats* stats,
                          std::vector<Diagnostic>* input_errors,
                          std::string* error, const LoadOptions& options) {
  *stats = UpdateStats();
  std::string rules;
  if (!RulesFingerprint(rules_dir, &rules, error)) return false;
  // Everything is re-extracted when the rules or the extractor changed.
  bool force = Meta("rules_fingerprint") != rules ||
               Meta("factlint_version") != FACTLINT_VERSION;

  std::vector<std::string> files;
  std::vector<InputError> expand_errors;
  ExpandPaths(archive_paths, &files, &expand_errors);
  for (const InputError& e : expand_errors)
    input_errors->push_back(InputErrorDiagnostic(e));
  // Only roots that exist may lose rows: an unmounted archive must not
  // empty the index.
  std::vector<std::pair<std::string, bool>> roots;
  for (const std::string& root : archive_paths) {
    std::error_code ec;
    auto status = std::filesystem::status(root, ec);
    if (!ec && std::filesystem::exists(status))
      roots.emplace_back(root, std::filesystem::is_directory(status));
  }

  Transaction tx(db_.get());
  if (!tx.ok()) return Fail(path_, tx.error(), error, tx.code());
  std::map<std::string, std::string> stored;  // path -> hash
  std::map<std::string, std::map<std::string, std::string>> stored_meta;
  std::set<std::string> damaged;  // rows that do not read back
  {
    Statement list(db_.get(), "SELECT path, hash, metadata, source, normalized, "
                              "metadata, extraction, checksum FROM files");
    if (!list.ok()) return Fail(path_, list.error(), error, list.code());
    while (list.Step()) {
      stored[list.ColumnText(0)] = list.ColumnText(1);
      std::string ignored;
      DecodeMetadata(list.ColumnBlob(2), &stored_meta[list.ColumnText(0)], &ignored);
      if (!RowIsIntact(list, 3)) damaged.insert(list.ColumnText(0));
    }
    if (!list.error().empty()) return Fail(path_, list.error(), error, list.code());
  }
  std::set<std::string> named(archive_paths.begin(), archive_paths.end());
  Statement put(db_.get(),
                "INSERT OR REPLACE INTO files(path, hash, encoding, markdown, "
                "source, normalized, metadata, extraction, checksum) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!put.ok()) return Fail(path_, put.error(), error);

  std::set<std::string> present;
  // One file under two spellings (archive/a.md and ./archive/a.md) is one
  // row, under the first spelling met.
  std::set<std::string> present_ids;
  for (const std::string& file : files) {
    if (file == "-") {
      InputError e{"input-unreadable", "-",
                   "standard input cannot be indexed", 0, 0};
      input_errors->push_back(InputErrorDiagnostic(e));
      continue;
    }
    if (present.count(file) || present_ids.count(FileIdentity(file))) continue;
    if (options.select && !named.count(file) && !options.select(file)) continue;
    std::map<std::string, std::string> overrides;
    if (options.metadata) overrides = options.metadata(file);
    std::string bytes;
    if (!ReadFileBytes(file, &bytes)) {
      LoadResult failed = LoadFile(file);  // for its located message
      if (const InputError* e = std::get_if<InputError>(&failed))
        input_errors->push_back(InputErrorDiagnostic(*e));
      continue;
    }
    std::string hash = HashHex(Hash64(bytes));
    auto old = stored.find(file);
    bool intact = !damaged.count(file);
    if (!force && old != stored.end() && old->second == hash && intact &&
        HasMetadata(stored_meta[file], overrides)) {
      present.insert(file);
      present_ids.insert(FileIdentity(file));
      ++stats->unchanged;
      continue;
    }
    LoadResult loaded = DecodeBytes(file, bytes);
    if (const InputError* e = std::get_if<InputError>(&loaded)) {
      input_errors->push_back(InputErrorDiagnostic(*e));
      continue;
    }
    auto doc = BuildDocument(std::get<SourceText>(std::move(loaded)), extractor,
                             overrides);
    put.BindText(1, file);
    put.BindText(2, hash);
    put.BindText(3, doc->source.encoding);
    put.BindInt(4, doc->source.markdown ? 1 : 0);
    put.BindBlob(5, doc->source.text);
    put.BindBlob(6, doc->normalized.text);
    std::string metadata = EncodeMetadata(doc->normalized.metadata);
    std::string extraction = EncodeExtraction(doc->extraction);
    put.BindBlob(7, metadata);
    put.BindBlob(8, extraction);
    put.BindText(9, RowChecksum(doc->source.text, doc->normalized.text,
                                metadata, extraction));
    put.Step();
    if (!put.error().empty()) return Fail(path_, put.error(), error);
    put.Reset();
    present.insert(file);
    present_ids.insert(FileIdentity(file));
    if (old == stored.end())
      ++stats->added;
    else if (!force && old->second == hash && !intact)
      ++stats->repaired;
    else
      ++stats->changed;
  }

  Statement drop(db_.get(), "DELETE FROM files WHERE path = ?");
  if (!drop.ok()) return Fail(path_, drop.error(), error);
  for (const auto& [file, hash] : stored) {
    if (present.count(file)) continue;
    // A row of a file now indexed under another spelling goes too: it
    // would be a second, possibly stale, copy.
    bool under = present_ids.count(FileIdentity(file)) > 0;
    for (const auto& [root, is_dir] : roots)
      under = under || UnderRoot(file, root, is_dir);
    if (!under) continue;
    drop.BindText(1, file);
    drop.Step();
    if (!drop.error().empty()) return Fail(path_, drop.error(), error);
    drop.Reset();
    ++stats->removed;
  }

  Statement meta(db_.get(), "UPDATE meta SET value = ? WHERE key = ?");
  if (!meta.ok()) return Fail(path_, meta.error(), error);
  const std::pair<std::string, std::string> rows[] = {
      {"rules_fingerprint", rules}, {"factlint_version", FACTLINT_VERSION}};
  for (const auto& [key, value] : rows) {
    meta.BindText(1, value);
    meta.BindText(2, key);
    meta.Step();
    if (!meta.error().empty()) return Fail(path_, meta.error(), error);
    meta.Reset();
  }
  std::string message;
  if (!tx.Commit(&message)) return Fail(path_, message, error, tx.code());
  return true;
}

}  // namespace factlint
