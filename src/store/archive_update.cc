// ArchiveIndex::Update: incremental re-indexing by content hash.
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <variant>

#include "base/file_identity.h"
#include "check/index_periods.h"
#include "engine/claim_text.h"
#include "engine/generic_match.h"
#include "engine/load_documents.h"
#include "engine/parallel.h"
#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/extraction_codec.h"
#include "store/reference_codec.h"
#include "store/sqlite_db.h"
#include "store/takes_codec.h"
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

// True when the stored file `path` reads back as what was written: the
// checksums of its row and of its reference form (with the form's path)
// match, its form's row names its path and says what its docs row says of
// its being the first path of its identity, and their blobs decode (the
// takes are decoded where they are read, under the run's fact rules). A
// file without its reference form is damaged too. `row` holds from column
// `first` on: source, normalized, metadata, extraction, checksum, form,
// refs.checksum, refs.path, refs.first, docs.first.
bool RowIsIntact(const Statement& row, int first, const std::string& path) {
  std::string source = row.ColumnBlob(first), normalized = row.ColumnBlob(first + 1);
  std::string metadata = row.ColumnBlob(first + 2), extraction = row.ColumnBlob(first + 3);
  std::string form = row.ColumnBlob(first + 5);
  if (RowChecksum({source, normalized, metadata, extraction}) != row.ColumnText(first + 4) ||
      row.ColumnText(first + 7) != path ||
      RowChecksum({path, form}) != row.ColumnText(first + 6) ||
      row.ColumnInt(first + 8) != row.ColumnInt(first + 9))
    return false;
  std::map<std::string, std::string> decoded_metadata;
  Extraction decoded;
  std::string ignored, takes;
  return DecodeMetadata(metadata, &decoded_metadata, &ignored) &&
         DecodeExtraction(extraction, normalized.size(), source.size(), &decoded,
                          &ignored) &&
         DecodeReference(form, "", &takes, &ignored) != nullptr;
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
  key_files_.clear();  // what the stored files were
  stored_files_.clear();
  std::string rules;
  if (!RulesFingerprint(rules_dir, &rules, error)) return false;
  // Everything is re-extracted when the rules or the extractor changed.
  // So is every file when the fact rules its claims are filed under changed.
  bool force = Meta("rules_fingerprint") != rules ||
               Meta("factlint_version") != FACTLINT_VERSION ||
               Meta("grouping_fingerprint") != grouping_fingerprint_;

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
    Statement list(db_.get(),
                   "SELECT files.path, hash, files.metadata, source, normalized, "
                   "files.metadata, extraction, files.checksum, form, refs.checksum, "
                   "refs.path, refs.first, docs.first "
                   "FROM files LEFT JOIN docs ON docs.path = files.path "
                   "LEFT JOIN refs ON refs.doc = docs.id");
    if (!list.ok()) return Fail(path_, list.error(), error, list.code());
    while (list.Step()) {
      stored[list.ColumnText(0)] = list.ColumnText(1);
      std::string ignored;
      DecodeMetadata(list.ColumnBlob(2), &stored_meta[list.ColumnText(0)], &ignored);
      if (!RowIsIntact(list, 3, list.ColumnText(0))) damaged.insert(list.ColumnText(0));
    }
    if (!list.error().empty()) return Fail(path_, list.error(), error, list.code());
  }
  std::set<std::string> named(archive_paths.begin(), archive_paths.end());
  Statement put(db_.get(),
                "INSERT OR REPLACE INTO files(path, hash, encoding, markdown, "
                "source, normalized, metadata, extraction, checksum) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!put.ok()) return Fail(path_, put.error(), error);
  Statement put_ref(db_.get(),
                    "INSERT OR REPLACE INTO refs(doc, path, first, form, checksum) "
                    "VALUES (?, ?, 0, ?, ?)");
  if (!put_ref.ok()) return Fail(path_, put_ref.error(), error);
  // The small tables `check --against-db` selects by (archive_index.cc).
  // A file's docs row is written first: its rowid names the file in
  // claim_keys and refs. Whether it is the first path of its identity is
  // decided when every row is in (SumWords, in docs and refs alike).
  Statement put_doc(db_.get(),
                    "INSERT INTO docs(path, identity, first, metadata, "
                    "eligible, problems) VALUES (?, ?, 0, ?, ?, ?)");
  Statement put_key(db_.get(), "INSERT INTO claim_keys(key, period, doc, claims) VALUES (?, ?, ?, ?)");
  Statement put_word(db_.get(), "INSERT INTO file_words(path, word, n) VALUES (?, ?, ?)");
  Statement drop_keys(db_.get(),
                      "DELETE FROM claim_keys WHERE doc = (SELECT id FROM docs WHERE path = ?)");
  Statement drop_ref(db_.get(), "DELETE FROM refs WHERE doc = (SELECT id FROM docs WHERE path = ?)");
  Statement drop_words(db_.get(), "DELETE FROM file_words WHERE path = ?");
  Statement drop_doc(db_.get(), "DELETE FROM docs WHERE path = ?");
  for (const Statement* st :
       {&put_doc, &put_key, &put_word, &drop_keys, &drop_words, &drop_doc, &drop_ref})
    if (!st->ok()) return Fail(path_, st->error(), error);
  auto run = [&](Statement& st) {
    st.Step();
    std::string message = st.error();
    st.Reset();
    return message;
  };
  // Removes what the small tables hold of `file` (its docs row last: the
  // others are found by its rowid).
  auto forget = [&](const std::string& file) {
    for (Statement* st : {&drop_keys, &drop_ref, &drop_words, &drop_doc}) {
      st->BindText(1, file);
      if (std::string message = run(*st); !message.empty()) return message;
    }
    return std::string();
  };
  bool modified = force;

  std::set<std::string> present;
  // One file under two spellings (archive/a.md and ./archive/a.md) is one
  // row, under the first spelling met.
  std::set<std::string> present_ids;
  // Files to extract again: decided in order, extracted a batch at a time
  // on options.jobs threads (engine/parallel.h), stored in order, so the
  // index is the same for any number of threads. A file that cannot be read
  // waits in the batch too, with its error, so that errors are reported in
  // file order whatever the size of a batch.
  struct Pending {
    std::string file, hash, bytes;
    std::map<std::string, std::string> overrides;
    bool added = false, repaired = false;
    bool extract = true;  // false: `result` holds the error already
    std::variant<InputError, std::unique_ptr<Document>> result;
  };
  std::vector<Pending> batch;
  auto unreadable = [&](const std::string& file, InputError e) {
    Pending p;
    p.file = file;
    p.extract = false;
    p.result = std::move(e);
    batch.push_back(std::move(p));
  };
  const size_t threads = WorkerCount(options.jobs);
  size_t done = 0;
  auto report = [&] {
    if (options.progress) options.progress(done, files.size());
  };
  // Stores one extracted document (its row and the small tables); false
  // after Fail.
  auto store = [&](const Pending& p, const Documents& one) {
    const std::string& file = p.file;
    Document* doc = one.front().get();
    // Each key with the periods of its claims (IndexEntries), so that a
    // draft selects only the periods it can be compared with; and the fact
    // rules' takes the keys were found with, stored so that a check need
    // not match the rules over the document again.
    RuleMatchCache takes;
    const IndexEntryClaims entries =
        IndexEntries(one, grouping_rules_, &extractor.scanner().units(), &takes);
    const std::vector<RuleTake>* taken = takes.Find(*doc);
    const std::string stored_takes = EncodeRuleTakes(taken ? *taken : std::vector<RuleTake>{});
    put.BindText(1, file);
    put.BindText(2, p.hash);
    put.BindText(3, doc->source.encoding);
    put.BindInt(4, doc->source.markdown ? 1 : 0);
    put.BindBlob(5, doc->source.text);
    put.BindBlob(6, doc->normalized.text);
    std::string metadata = EncodeMetadata(doc->normalized.metadata);
    std::string extraction = EncodeExtraction(doc->extraction);
    put.BindBlob(7, metadata);
    put.BindBlob(8, extraction);
    put.BindText(9, RowChecksum({doc->source.text, doc->normalized.text, metadata, extraction}));
    put.Step();
    if (!put.error().empty()) return Fail(path_, put.error(), error);
    put.Reset();
    if (std::string message = forget(file); !message.empty())
      return Fail(path_, message, error);
    // Every claim generic matching weighs, rule-filed or not (GenericWeights).
    WordWeights words;
    for (const Claim& c : doc->extraction.claims)
      if (GenericIneligibility(c).empty()) words.Add(c.context);
    put_doc.BindText(1, file);
    put_doc.BindText(2, FileIdentity(file));
    put_doc.BindBlob(3, metadata);
    put_doc.BindInt(4, words.claims());
    put_doc.BindInt(5, static_cast<int64_t>(doc->extraction.problems.size()));
    if (std::string message = run(put_doc); !message.empty())
      return Fail(path_, message, error);
    const int64_t id = db_->LastInsertRowid();
    for (const auto& [entry, claims] : entries) {
      put_key.BindText(1, entry.first);
      put_key.BindText(2, entry.second);
      put_key.BindInt(3, id);
      put_key.BindBlob(4, EncodeClaimIndices(claims));
      if (std::string message = run(put_key); !message.empty())
        return Fail(path_, message, error);
    }
    for (const auto& [word, n] : words.counts()) {
      put_word.BindText(1, file);
      put_word.BindText(2, word);
      put_word.BindInt(3, n);
      if (std::string message = run(put_word); !message.empty())
        return Fail(path_, message, error);
    }
    // Last, as it drops the rest of the document's texts: the reference
    // form, what a check holds of a document it reads (KeepCheckedText,
    // KeepClaimSource), with the takes.
    KeepCheckedText(doc, extractor.lexicon());
    KeepClaimSource(doc);
    const std::string form = EncodeReference(*doc, stored_takes);
    put_ref.BindInt(1, id);
    put_ref.BindText(2, file);
    put_ref.BindBlob(3, form);
    put_ref.BindText(4, RowChecksum({file, form}));
    if (std::string message = run(put_ref); !message.empty())
      return Fail(path_, message, error);
    return true;
  };
  // Extracts the batch and stores it in order; false after Fail.
  auto flush = [&] {
    ParallelFor(batch.size(), threads, [&](size_t i) {
      Pending& p = batch[i];
      if (!p.extract) return;
      LoadResult loaded = DecodeBytes(p.file, p.bytes);
      std::string().swap(p.bytes);
      if (InputError* e = std::get_if<InputError>(&loaded))
        p.result = std::move(*e);
      else
        p.result = BuildDocument(std::get<SourceText>(std::move(loaded)), extractor,
                                 p.overrides);
    });
    for (Pending& p : batch) {
      ++done;
      if (const InputError* e = std::get_if<InputError>(&p.result)) {
        input_errors->push_back(InputErrorDiagnostic(*e));
        continue;
      }
      Documents one;
      one.push_back(std::move(std::get<std::unique_ptr<Document>>(p.result)));
      if (!store(p, one)) return false;
      modified = true;
      present.insert(p.file);
      if (p.added)
        ++stats->added;
      else if (p.repaired)
        ++stats->repaired;
      else
        ++stats->changed;
    }
    batch.clear();
    report();
    return true;
  };
  report();
  for (const std::string& file : files) {
    if (file == "-") {
      unreadable(file, {"input-unreadable", "-", "standard input cannot be indexed", 0, 0});
      continue;
    }
    if (present.count(file) || present_ids.count(FileIdentity(file)) ||
        (options.select && !named.count(file) && !options.select(file))) {
      ++done;
      continue;
    }
    std::map<std::string, std::string> overrides;
    if (options.metadata) overrides = options.metadata(file);
    std::string bytes;
    if (!ReadFileBytes(file, &bytes)) {
      LoadResult failed = LoadFile(file);  // for its located message
      if (InputError* e = std::get_if<InputError>(&failed))
        unreadable(file, std::move(*e));
      else
        ++done;  // readable after all: left for the next run
      continue;
    }
    std::string hash = HashHex(Hash64(bytes));
    auto old = stored.find(file);
    bool intact = !damaged.count(file);
    present_ids.insert(FileIdentity(file));
    if (!force && old != stored.end() && old->second == hash && intact &&
        HasMetadata(stored_meta[file], overrides)) {
      present.insert(file);
      ++stats->unchanged;
      ++done;
      continue;
    }
    Pending p;
    p.file = file;
    p.hash = std::move(hash);
    p.bytes = std::move(bytes);
    p.overrides = std::move(overrides);
    p.added = old == stored.end();
    p.repaired = !p.added && !force && old->second == p.hash && !intact;
    batch.push_back(std::move(p));
    if (batch.size() >= threads * 4 && !flush()) return false;
  }
  if (!flush()) return false;

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
    if (std::string message = forget(file); !message.empty())
      return Fail(path_, message, error);
    modified = true;
    ++stats->removed;
  }
  if (modified && !SumWords(error)) return false;

  Statement meta(db_.get(), "UPDATE meta SET value = ? WHERE key = ?");
  if (!meta.ok()) return Fail(path_, meta.error(), error);
  const std::pair<std::string, std::string> rows[] = {
      {"rules_fingerprint", rules}, {"factlint_version", FACTLINT_VERSION},
      {"grouping_fingerprint", grouping_fingerprint_}};
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

bool ArchiveIndex::SumWords(std::string* error) {
  // A file stored under two spellings counts once, under the first path, as
  // AppendDocuments takes it: docs.first marks that path (rewritten only
  // where it changed), and refs.first with it, so that a check reads the
  // first path of an identity without looking the identity up.
  std::string message;
  if (!db_->Exec(
          "DELETE FROM words;"
          "CREATE TEMP TABLE counted AS SELECT min(path) AS path FROM docs "
          "  GROUP BY identity;"
          "CREATE TEMP TABLE flipped AS SELECT id FROM docs "
          "  WHERE first != (path IN (SELECT path FROM temp.counted));"
          "UPDATE docs SET first = NOT first WHERE id IN (SELECT id FROM temp.flipped);"
          "UPDATE refs SET first = NOT first WHERE doc IN (SELECT id FROM temp.flipped);"
          "DROP TABLE temp.counted; DROP TABLE temp.flipped;"
          "INSERT INTO words(word, df) SELECT word, sum(n) FROM file_words "
          "  WHERE path IN (SELECT path FROM docs WHERE first) GROUP BY word;"
          "UPDATE meta SET value = (SELECT coalesce(sum(eligible), 0) FROM docs "
          "  WHERE first) WHERE key = 'eligible_claims';"
          "INSERT OR REPLACE INTO meta(key, value) "
          "  SELECT 'identities', count(*) FROM docs WHERE first;",
          &message))
    return Fail(path_, message, error);
  return true;
}

}  // namespace factlint
