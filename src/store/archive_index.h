// The archive index: what factlint extracted from each archive file, kept in
// an embedded SQLite database so that `factlint check --against-db PATH`
// need not re-read and re-extract years of articles. Updated incrementally:
// a file is re-read only when its bytes (64-bit content hash), the rule
// files (units.toml, lexicon.toml) or the factlint version changed.
// Documents loaded from the index equal those LoadDocuments builds from the
// files (source text, normalized text, date, claims, transitions), except
// that Normalized::to_source is empty (claims carry their source spans).
// See docs/archive-index.md.
#ifndef FACTLINT_STORE_ARCHIVE_INDEX_H_
#define FACTLINT_STORE_ARCHIVE_INDEX_H_

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "engine/fact_groups.h"
#include "engine/load_documents.h"
#include "extract/extractor.h"

namespace factlint {

class SqliteDb;
class Statement;
class WordWeights;

// True when every key of `overrides` (configured metadata) has its value in
// `stored` (a document's metadata as indexed).
bool HasMetadata(const std::map<std::string, std::string>& stored,
                 const std::map<std::string, std::string>& overrides);

// Version of the tables and of the claim encoding. An index with another
// version is refused when read and rebuilt from scratch by Update.
inline constexpr int kArchiveSchemaVersion = 11;

// The files filed under one grouping key, of any period, and of one period,
// each with the claims a reading of the entry needs (EncodeClaimIndices;
// a file is listed once per period of the key): what a draft's selection
// reads (AppendKeyDocuments, DraftSelection). The index on claim_keys(key,
// period, doc, claims) covers both; a file is named by its docs row
// (docs.id).
inline constexpr char kFilesOfKeySql[] = "SELECT doc, claims FROM claim_keys WHERE key = ?";
inline constexpr char kFilesOfKeyPeriodSql[] =
    "SELECT doc, claims FROM claim_keys WHERE key = ? AND period = ?";

struct UpdateStats {
  size_t added = 0;      // new paths
  size_t changed = 0;    // bytes, rules or factlint version changed
  size_t removed = 0;    // gone from under a given root, or now unreadable
  size_t unchanged = 0;  // same path and hash: not re-read
  size_t repaired = 0;   // same path and hash, but the stored row was damaged
  size_t indexed() const { return added + changed + unchanged + repaired; }
};

class ArchiveIndex {
 public:
  // Opens the index at `path`. With `create`, opens it for updating and
  // creates the file and its tables if needed, in write-ahead-log mode (so
  // readers are never blocked by an update, and a killed update leaves the
  // index as it was); an index of another schema version is emptied, and a
  // corrupt factlint index (PRAGMA quick_check) is deleted and started
  // again (it is only a cache; rebuilt() says why). Without `create`, opens
  // it read-only. Returns nullptr and sets *error (naming the file and saying
  // how to fix it; every "rebuild it with `factlint index`" is a command
  // `index` accepts) when the file is missing (read-only), is not SQLite, is
  // corrupt (read-only), is another program's database, or (read-only) has
  // another schema or factlint version; or says the index is busy when
  // another connection held its lock for kDefaultBusyTimeoutMs.
  static std::unique_ptr<ArchiveIndex> Open(const std::string& path,
                                            bool create, std::string* error);
  ~ArchiveIndex();

  // Brings the index up to date with the files under `archive_paths` (files
  // or directories, expanded like command-line PATHs), in one transaction.
  // `rules_dir` is the directory `extractor` was loaded from; when its rule
  // files changed since the last update every file is re-extracted. Rows of
  // files that disappeared under an existing root are deleted; rows outside
  // the given roots are kept. Unreadable or undecodable files become
  // *input_errors (and lose their rows). `options` are the configuration's
  // file selection and metadata (dates by glob), applied as `check` applies
  // them; a file whose configured metadata changed is re-extracted. Returns
  // false and sets *error only when the database itself fails (nothing is
  // changed then). Every stored row that is kept is checked (checksum and
  // decoding); a damaged one is extracted again and counted as repaired.
  bool Update(const std::vector<std::string>& archive_paths,
              const Extractor& extractor, const std::string& rules_dir,
              UpdateStats* stats, std::vector<Diagnostic>* input_errors,
              std::string* error, const LoadOptions& options = {});

  // The fact rules Update files claims under (GroupingKeys) and their
  // fingerprint (GroupingFingerprint); without a call, no fact rules and "".
  // When the fingerprint differs from the stored one, Update extracts every
  // file again. A reader sets them to decode the stored takes with
  // (AppendKeyDocuments), after CheckGrouping.
  void SetGrouping(const FactRuleSet* rules, std::string fingerprint) {
    grouping_rules_ = rules;
    grouping_fingerprint_ = std::move(fingerprint);
  }

  // Checks that the index was built with the rule files now in `rules_dir`;
  // otherwise sets *error (saying to re-run `factlint index`).
  bool CheckRules(const std::string& rules_dir, std::string* error) const;
  // Checks that the index filed its claims under the fact rules whose
  // fingerprint is `fingerprint`; otherwise sets *error (re-run `index`).
  bool CheckGrouping(const std::string& fingerprint, std::string* error) const;

  // For one draft against the index: appends, in path order, only the stored
  // documents holding a claim of one of `keys` (DraftSelection of the
  // documents already in *docs: a key of any period, or a key with one
  // period) or a number problem, skipping files already in *docs,
  // and adds the index's word counts for generic matching to *weights (every
  // stored file's, minus those of files already in *docs), so that GroupFacts
  // over *docs with *weights forms every group holding a claim of the
  // earlier documents with every claim Compare can pair with one of them,
  // as it would with every stored document appended
  // (docs/archive-index.md). Errors as AppendDocuments, whose configured
  // metadata check covers every stored file.
  // *unread (if given) is the number of stored documents left unread, so a
  // run can say how much material it was checked against. `takes` (if
  // given, with the fact rules of SetGrouping): where the stored fact rule
  // takes of each document read are kept (RuleMatchCache::Put), so that
  // GroupFacts with that cache does not match the rules over it again.
  bool AppendGroupDocuments(const std::set<std::string>& keys, bool target,
                            Documents* docs, WordWeights* weights,
                            std::string* error,
                            const LoadOptions& options = {},
                            size_t* unread = nullptr,
                            RuleMatchCache* takes = nullptr) const;

  // The two halves of AppendGroupDocuments, for a caller that keeps the
  // documents of one set of keys while the words of its own documents
  // change (the language server): AppendKeyDocuments appends the stored
  // documents of `keys` (and those with a number problem) not already in
  // *docs; AddWordCounts adds to *weights the index's word counts of the
  // words of `docs`' weighable claims: every stored file's, less those of
  // the stored files whose identities are `from_disk` (documents read from
  // disk instead of the index).
  // `held`: documents of an earlier call on this index; a document to
  // append is moved from there instead of read again when one of the same
  // path is there (the others stay). `takes` as for AppendGroupDocuments,
  // for the documents read (those of `held` keep what the cache has).
  bool AppendKeyDocuments(const std::set<std::string>& keys, bool target,
                          Documents* docs, std::string* error,
                          const LoadOptions& options = {},
                          size_t* unread = nullptr, Documents* held = nullptr,
                          RuleMatchCache* takes = nullptr) const;
  bool AddWordCounts(const std::set<std::string>& from_disk, const Documents& docs,
                     WordWeights* weights, std::string* error) const;
  // What AddWordCounts adds, for `words` only: the number of eligible claims
  // of every stored file less those of `from_disk` (*claims), and for each
  // word of `words` how many of those claims hold it (*df; words none holds
  // are left out).
  bool WordCounts(const std::set<std::string>& from_disk, const std::set<std::string>& words,
                  int64_t* claims, std::map<std::string, int>* df, std::string* error) const;

  // Appends the stored documents in path order to *docs, skipping paths
  // already in *docs, with Document::target = `target` and order continuing
  // from docs->size() (as LoadDocuments does). Returns false and sets *error
  // when a stored row is damaged, or was indexed with other configured
  // metadata than `options` give it now (*docs is then unchanged).
  bool AppendDocuments(bool target, Documents* docs, std::string* error,
                       const LoadOptions& options = {}) const;
  // All stored documents, in path order; empty on error (see *error).
  Documents LoadAll(bool target, std::string* error) const;

  // Stored paths, sorted.
  std::vector<std::string> Paths() const;
  const std::string& path() const { return path_; }
  // Why Open deleted and recreated a corrupt index; "" when it did not.
  const std::string& rebuilt() const { return rebuilt_; }

 private:
  ArchiveIndex(std::string path, std::unique_ptr<SqliteDb> db);
  std::string Meta(const std::string& key) const;
  // Decodes a row of "SELECT path, encoding, markdown, source, normalized,
  // metadata, extraction, checksum"; nullptr and *error when it is damaged.
  std::unique_ptr<Document> RowDocument(const Statement& rows, std::string* error) const;
  // Decodes the reference form of `file` (its refs row's path), `form`, whose
  // stored checksum is `checksum`; nullptr and *error when it is damaged (the
  // checksum of the path and form differs, or the form does not decode). With `takes`
  // and the fact rules of SetGrouping, its stored takes are decoded under
  // those rules and kept there. *form_bytes (if given) grows by the form's
  // size.
  // `keep` (if given: claim indices, ascending): the document holds only
  // those claims and their takes (DecodeReference), and *stored_claims (if
  // given) grows by how many the form holds.
  std::unique_ptr<Document> ReferenceDocument(const std::string& file, std::string_view form,
                                              std::string_view checksum, std::string* error,
                                              RuleMatchCache* takes = nullptr,
                                              size_t* form_bytes = nullptr,
                                              const std::vector<uint32_t>* keep = nullptr,
                                              size_t* stored_claims = nullptr) const;
  std::string MetadataError(const std::string& file) const;
  std::string ReadError(const Statement& rows) const;
  // Rebuilds the words table and eligible_claims from file_words and docs.
  bool SumWords(std::string* error);

  const FactRuleSet* grouping_rules_ = nullptr;
  std::string grouping_fingerprint_;

  std::string path_;
  std::unique_ptr<SqliteDb> db_;
  std::string rebuilt_;
  // What AppendKeyDocuments looked up, kept for its next call on this index
  // (the language server's, when the buffer's keys change): the stored
  // files (docs.id) filed under each key, each with the claims the key's
  // entry needs (IndexEntries), and of each such file the file of its
  // identity a load reads (the first path; id 0 when none). Cleared by
  // Update.
  struct StoredFile {
    int64_t read_id = 0;
    std::string read_path;
  };
  mutable std::map<std::string, std::vector<std::pair<int64_t, std::vector<uint32_t>>>>
      key_files_;
  mutable std::map<int64_t, StoredFile> stored_files_;
};

// The words generic matching weighs in docs[begin, end): the context words
// of their claims it may take (GenericIneligibility), each once.
std::set<std::string> WeighedWords(const Documents& docs, size_t begin, size_t end);

}  // namespace factlint

#endif  // FACTLINT_STORE_ARCHIVE_INDEX_H_
