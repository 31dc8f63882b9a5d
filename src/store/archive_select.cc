// ArchiveIndex::AppendGroupDocuments: one draft against the index reads the
// rows its claims' groups need, not the whole archive (docs/archive-index.md,
// "Loading only what a draft needs").
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/file_identity.h"
#include "base/phase_log.h"
#include "check/index_periods.h"
#include "engine/generic_match.h"
#include "store/archive_index.h"
#include "store/extraction_codec.h"
#include "store/sqlite_db.h"

namespace factlint {

bool ArchiveIndex::AppendGroupDocuments(const std::set<std::string>& keys,
                                        bool target, Documents* docs,
                                        WordWeights* weights, std::string* error,
                                        const LoadOptions& options, size_t* unread,
                                        RuleMatchCache* takes) const {
  std::set<std::string> seen;  // identities of the documents already loaded
  for (const auto& doc : *docs) seen.insert(FileIdentity(doc->source.path));
  if (!AppendKeyDocuments(keys, target, docs, error, options, unread, nullptr, takes) ||
      !AddWordCounts(seen, *docs, weights, error))
    return false;
  // Every page this reading needed, from opening the index on: what a run
  // reads from storage when none of the index is in the page cache; and the
  // rows stepped over in full scans, none unless the configuration gives
  // stored files metadata (its check reads every file's row).
  LogCount("index: pages read", db_->PagesRead());
  LogCount("index: rows scanned", db_->FullScanSteps());
  return true;
}

bool ArchiveIndex::AppendKeyDocuments(const std::set<std::string>& keys, bool target,
                                      Documents* docs, std::string* error,
                                      const LoadOptions& options, size_t* unread,
                                      Documents* held, RuleMatchCache* takes) const {
  PhaseLog phases;
  std::set<std::string> seen;  // identities of the documents already loaded
  for (const auto& doc : *docs) seen.insert(FileIdentity(doc->source.path));

  // The configured metadata of every stored file must still be what it was
  // indexed with, as AppendDocuments checks: a small row per file, read only
  // when the configuration gives metadata.
  if (options.metadata) {
    Statement all(db_.get(), "SELECT path, identity, metadata FROM docs ORDER BY path");
    if (!all.ok()) return *error = ReadError(all), false;
    std::set<std::string> taken = seen;
    while (all.Step()) {
      if (!taken.insert(all.ColumnText(1)).second) continue;
      std::map<std::string, std::string> metadata;
      std::string message;
      const std::string file = all.ColumnText(0);
      if (!DecodeMetadata(all.ColumnBlob(2), &metadata, &message) ||
          !HasMetadata(metadata, options.metadata(file)))
        return *error = MetadataError(file), false;
    }
    if (!all.error().empty()) return *error = ReadError(all), false;
    phases.Mark("index: configured metadata of every file");
  }

  // The stored files of the identities already loaded (from disk: read
  // there, not here), and how many of those identities the index holds.
  std::set<int64_t> loaded_ids;
  size_t loaded_stored = 0;
  {
    Statement ids_of(db_.get(), "SELECT id FROM docs WHERE identity = ?");
    if (!ids_of.ok()) return *error = ReadError(ids_of), false;
    for (const std::string& identity : seen) {
      ids_of.BindText(1, identity);
      bool stored = false;
      while (ids_of.Step()) stored = loaded_ids.insert(ids_of.ColumnInt(0)).second || stored;
      if (!ids_of.error().empty()) return *error = ReadError(ids_of), false;
      ids_of.Reset();
      loaded_stored += stored;
    }
  }

  // The files to read: those with a claim under one of the keys, and those
  // with a number problem (reported as input-number-range, target or not),
  // each named by its docs row, with the claims the keys' entries need
  // (IndexEntries): every claim that can share a group with one of the
  // loaded documents' claims. A file is read under the first path of its
  // identity, as AppendDocuments reads it, and not at all when it is
  // already loaded. Its refs row says which (refs.first) and holds its path
  // and form, so a file is one row read; its docs row (its identity) is
  // looked up only for a file stored under two paths.
  std::map<int64_t, std::set<uint32_t>> candidates;
  Statement by_key(db_.get(), kFilesOfKeySql);
  Statement by_period(db_.get(), kFilesOfKeyPeriodSql);
  Statement with_problems(db_.get(), "SELECT id FROM docs WHERE problems > 0");
  Statement file_of(db_.get(), "SELECT path, first, form, checksum FROM refs WHERE doc = ?");
  Statement identity_of(db_.get(), "SELECT identity FROM docs WHERE id = ?");
  Statement first_of(db_.get(), "SELECT id, path FROM docs WHERE identity = ? AND first");
  for (const Statement* st :
       {&by_key, &by_period, &with_problems, &file_of, &identity_of, &first_of})
    if (!st->ok()) return *error = ReadError(*st), false;
  // An entry is a key (every period) or a key with one period
  // (DraftSelection).
  for (const std::string& entry : keys) {
    auto [listed, fresh] = key_files_.try_emplace(entry);
    if (fresh) {
      const auto [key, period] = SplitSelection(entry);
      Statement& st = period ? by_period : by_key;
      st.BindText(1, key);
      if (period) st.BindText(2, *period);
      bool intact = true;
      while (st.Step()) {
        std::vector<uint32_t> claims;
        intact = intact && DecodeClaimIndices(st.ColumnBlob(1), &claims);
        listed->second.emplace_back(st.ColumnInt(0), std::move(claims));
      }
      if (!intact) {
        key_files_.erase(listed);
        *error = path_ + ": damaged key entry (malformed claim list); rebuild it with "
                 "`factlint index ARCHIVE... --db " + path_ + "`";
        return false;
      }
      if (!st.error().empty()) {
        key_files_.erase(listed);
        return *error = ReadError(st), false;
      }
      st.Reset();
    }
    for (const auto& [id, claims] : listed->second)
      candidates[id].insert(claims.begin(), claims.end());
  }
  while (with_problems.Step()) candidates[with_problems.ColumnInt(0)];
  if (!with_problems.error().empty()) return *error = ReadError(with_problems), false;
  // Documents of an earlier reading, by path: taken as they are.
  std::map<std::string, std::unique_ptr<Document>*> kept;
  if (held)
    for (auto& doc : *held)
      if (doc) kept[doc->source.path] = &doc;
  // The files to read, by path: each file's docs.id, the claims to decode
  // of it (nullopt for every claim), and its form and checksum when they
  // were read with its path. A file read under another path of its
  // identity than the one selected (whose claims are numbered in that
  // row), or to be kept for another reading (`held`: the language server's
  // next buffer may select its other claims), is read whole.
  struct Reading {
    int64_t id = 0;
    std::optional<std::set<uint32_t>> claims;
    std::optional<std::pair<std::string, std::string>> form;
  };
  std::map<std::string, Reading> paths;
  std::set<int64_t> read;  // the files to read (one per identity)
  for (const auto& [id, claims] : candidates) {
    if (loaded_ids.count(id)) continue;
    auto [resolved, fresh] = stored_files_.try_emplace(id);
    StoredFile& stored = resolved->second;
    std::optional<std::pair<std::string, std::string>> form;
    if (fresh) {
      file_of.BindInt(1, id);
      if (!file_of.Step()) {
        stored_files_.erase(resolved);
        if (!file_of.error().empty()) return *error = ReadError(file_of), false;
        *error = path_ + ": damaged key entry (it names a file the index does not hold); "
                 "rebuild it with `factlint index ARCHIVE... --db " + path_ + "`";
        return false;
      }
      if (file_of.ColumnInt(1) != 0) {
        stored.read_id = id;
        stored.read_path = file_of.ColumnText(0);
        // The form is on the row's pages already read (or its overflow).
        if (!kept.count(stored.read_path))
          form.emplace(file_of.ColumnBlob(2), file_of.ColumnText(3));
      } else {
        identity_of.BindInt(1, id);
        if (identity_of.Step()) {
          first_of.BindText(1, identity_of.ColumnText(0));
          if (first_of.Step()) {
            stored.read_id = first_of.ColumnInt(0);
            stored.read_path = first_of.ColumnText(1);
          }
          first_of.Reset();
        }
        identity_of.Reset();
      }
      file_of.Reset();
    }
    if (stored.read_id == 0) continue;
    read.insert(stored.read_id);
    auto [reading, first_reading] =
        paths.try_emplace(stored.read_path, Reading{stored.read_id, claims, std::nullopt});
    if (reading->second.id != stored.read_id) {  // paths are unique
      *error = path_ + ": damaged entry for " + stored.read_path +
               " (two files under its path); rebuild it with `factlint index ARCHIVE... --db " +
               path_ + "`";
      return false;
    }
    if (held || stored.read_id != id || !first_reading) reading->second.claims.reset();
    if (form) reading->second.form = std::move(form);
  }

  phases.Mark("index: files of the keys (SQL)");
  LogCount("index: keys", static_cast<long long>(keys.size()));
  LogCount("index: files selected", static_cast<long long>(paths.size()));
  // Unread: the stored identities neither loaded nor read. Update keeps
  // their number (meta `identities`, the files that are the first of their
  // identity), so a run need not scan every file's row.
  if (unread) {
    const std::string identities = Meta("identities");
    *unread = identities.empty()
                  ? 0  // no file stored
                  : static_cast<size_t>(std::stoll(identities)) - loaded_stored - read.size();
  }

  // Each file's reference form: its claims and the text around them, not
  // its whole texts (store/reference_codec.h).
  Statement row(db_.get(), "SELECT form, checksum FROM refs WHERE doc = ?");
  if (!row.ok()) return *error = ReadError(row), false;
  Documents loaded;
  double sql_ms = 0, decode_ms = 0;
  long long claims_read = 0, documents_kept = 0;
  size_t form_bytes = 0, claims_stored = 0;
  for (auto& [file, reading] : paths) {  // sorted, as AppendDocuments
    if (auto it = kept.find(file); it != kept.end()) {
      std::unique_ptr<Document> doc = std::move(*it->second);
      doc->target = target;
      doc->order = docs->size() + loaded.size();
      loaded.push_back(std::move(doc));
      ++documents_kept;
      continue;
    }
    if (!reading.form) {
      row.BindInt(1, reading.id);
      if (!row.Step()) {
        if (!row.error().empty()) return *error = ReadError(row), false;
        *error = path_ + ": damaged entry for " + file +
                 " (listed without its row); rebuild it with `factlint index "
                 "ARCHIVE... --db " + path_ + "`";
        return false;
      }
      reading.form.emplace(row.ColumnBlob(0), row.ColumnText(1));
      row.Reset();
    }
    sql_ms += phases.Lap();
    std::optional<std::vector<uint32_t>> keep;
    if (reading.claims) keep.emplace(reading.claims->begin(), reading.claims->end());
    std::unique_ptr<Document> doc =
        ReferenceDocument(file, reading.form->first, reading.form->second, error, takes,
                          &form_bytes, keep ? &*keep : nullptr, &claims_stored);
    reading.form.reset();
    decode_ms += phases.Lap();
    if (!doc) return false;
    claims_read += static_cast<long long>(doc->extraction.claims.size());
    doc->target = target;
    doc->order = docs->size() + loaded.size();
    loaded.push_back(std::move(doc));
  }

  PhaseLog::Print("index: read rows (SQL)", sql_ms);
  PhaseLog::Print("index: decode rows", decode_ms);
  LogCount("index: claims read", claims_read);
  LogCount("index: claims left in the forms read",
           static_cast<long long>(claims_stored) - claims_read);
  LogCount("index: bytes of reference forms read", static_cast<long long>(form_bytes));
  if (held) LogCount("index: documents kept from the last reading", documents_kept);
  for (auto& doc : loaded) docs->push_back(std::move(doc));
  return true;
}

bool ArchiveIndex::AddWordCounts(const std::set<std::string>& from_disk,
                                 const Documents& docs, WordWeights* weights,
                                 std::string* error) const {
  int64_t claims = 0;
  std::map<std::string, int> df;
  if (!WordCounts(from_disk, WeighedWords(docs, 0, docs.size()), &claims, &df, error))
    return false;
  weights->AddCounts(static_cast<int>(claims), df);
  return true;
}

bool ArchiveIndex::WordCounts(const std::set<std::string>& from_disk,
                              const std::set<std::string>& words, int64_t* claims,
                              std::map<std::string, int>* df, std::string* error) const {
  PhaseLog phases;
  // Word counts: every stored file's (summed by Update, one row per
  // identity), less those of the files read from disk instead.
  std::map<std::string, int> less;
  int64_t less_claims = 0;
  Statement first_of(db_.get(), "SELECT path, eligible FROM docs WHERE identity = ? AND first");
  Statement words_of(db_.get(), "SELECT word, n FROM file_words WHERE path = ?");
  for (const Statement* st : {&first_of, &words_of})
    if (!st->ok()) return *error = ReadError(*st), false;
  for (const std::string& identity : from_disk) {
    first_of.BindText(1, identity);
    if (first_of.Step()) {
      const std::string file = first_of.ColumnText(0);
      less_claims += first_of.ColumnInt(1);
      words_of.BindText(1, file);
      while (words_of.Step())
        less[words_of.ColumnText(0)] += static_cast<int>(words_of.ColumnInt(1));
      words_of.Reset();
    }
    first_of.Reset();
  }
  Statement df_of(db_.get(), "SELECT df FROM words WHERE word = ?");
  if (!df_of.ok()) return *error = ReadError(df_of), false;
  for (const std::string& word : words) {
    df_of.BindText(1, word);
    int n = df_of.Step() ? static_cast<int>(df_of.ColumnInt(0)) : 0;
    df_of.Reset();
    auto it = less.find(word);
    if (it != less.end()) n -= it->second;
    if (n > 0) (*df)[word] = n;
  }
  *claims = std::stoll("0" + Meta("eligible_claims")) - less_claims;
  phases.Mark("index: word counts (SQL)");
  return true;
}

std::set<std::string> WeighedWords(const Documents& docs, size_t begin, size_t end) {
  // Only the words of claims that can be weighed matter.
  std::set<std::string> words;
  for (size_t d = begin; d < end; ++d)
    for (const Claim& c : docs[d]->extraction.claims)
      if (GenericIneligibility(c).empty()) words.insert(c.context.begin(), c.context.end());
  return words;
}

}  // namespace factlint
