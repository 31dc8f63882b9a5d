// One check run, shared by `check` and `explain`: the configuration and
// severities in force, then the extractor, fact rules, canonical facts,
// documents (targets, --against, --against-db), fact groups and the
// diagnostics after severities and suppressions. `explain` must see exactly
// what `check` saw, so both build their run here and nowhere else.
#ifndef FACTLINT_CLI_CHECK_RUN_H_
#define FACTLINT_CLI_CHECK_RUN_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/quotation.h"
#include "cli/options.h"
#include "config/config.h"
#include "diag/diagnostic_list.h"
#include "diag/severity_map.h"
#include "engine/canonical_facts.h"
#include "engine/fact_groups.h"
#include "engine/fact_rules.h"
#include "engine/generic_match.h"
#include "extract/extractor.h"
#include "store/archive_index.h"

namespace factlint {

// What the configuration and the command line decide before any file is
// read: the configuration, severities (--severity over [severity]) and the
// failing level.
struct RunSetup {
  Config config;
  SeverityMap severities;
  FailOn fail_on = FailOn::kError;
  // Threads that read and extract files (--jobs over `jobs`; 0: one per
  // core), and what is told as they are read (a progress bar; may be unset).
  int jobs = 0;
  std::function<void(size_t done, size_t total)> progress;
  std::set<std::string> known_rules;  // every rule id a run can report
  // `history`: reference material (--against, --against-db) is reported on
  // like the targets, so that contradictions and revisions between two
  // archive statements are found too. When set, a run may have no targets.
  bool report_on_reference = false;
  // The language asked for: --lang, else the configuration's lang; "" when
  // neither says (RunLanguage then reads the locale).
  std::string lang;
  // Whether the fact groups record why each claim is in them
  // (FactGroup::reasons, for explain); `check` shows no reason, and so does
  // not hold them (GroupFacts).
  bool match_reasons = true;
};

// The language of the run's messages: setup.lang, else the locale's
// language when rules_dir/messages has a catalogue of it, else "en".
std::string RunLanguage(const RunSetup& setup, const std::string& rules_dir);

// nullopt after printing the error (exit 2).
std::optional<RunSetup> LoadRunSetup(const Options& options);

struct CheckRun {
  std::unique_ptr<Extractor> extractor;
  std::unique_ptr<FactRuleSet> rules;
  std::optional<std::vector<CanonicalFact>> canonical;
  std::string facts_path;  // --facts, else the configuration's; "" = none
  std::optional<QuotationRules> quotation;  // rules/quotation.toml, if any
  std::optional<Messages> messages;  // rules/messages/LANG.toml (RunLanguage)
  Documents docs;
  std::vector<Diagnostic> input_errors;  // files that could not be read
  std::vector<FactGroup> facts;
  // With one --against-db, the index's word counts for generic matching:
  // only the groups of the targets' claims were read (docs/archive-index.md).
  std::optional<WordWeights> index_weights;
  // Without an index, the word weights of the documents read (FinishRun).
  std::optional<WordWeights> read_weights;
  // The word weights the run groups and checks with, once FinishRun has run
  // (and until check's ReleaseAllButReport: after it the run serves the
  // report only, and neither these nor facts nor claims are left).
  const WordWeights& weights() const {
    return index_weights ? *index_weights : *read_weights;
  }
  // Documents of that index left unread: material the run was still
  // checked against (none of their groups holds a target claim).
  size_t unread_reference = 0;
  int same_time_window_days = 183;
  // Diagnostics of the checks in target documents, severities applied and
  // suppressions honoured (findings about directives appended), held
  // compactly until the report writes them.
  DiagnosticList found;

  // Kept by the language server's runs (LoadReferenceRun, CheckBuffer):
  // how many of input_errors are the reference material's, and the
  // reference document the buffer stands in for, with its place in docs.
  size_t reference_errors = 0;
  std::unique_ptr<Document> set_aside;
  size_t set_aside_at = 0;
  // With one --against-db (and no report on the reference), the language
  // server's index stays open and each buffer reads only the documents of
  // its claims' grouping keys, as `check --against-db` does: the last
  // index_docs of docs, read for subset_keys with the documents of
  // subset_own (identities) loaded; when those change, the documents the
  // new keys select again are kept and only the others read.
  std::unique_ptr<ArchiveIndex> buffer_index;
  LoadOptions buffer_index_load;
  size_t index_docs = 0;
  bool subset_read = false;
  std::set<std::string> subset_keys, subset_own;
  // The fact rules' takes and the generic buckets of the reference
  // documents, computed once: kept while those documents are (when the keys
  // change, for the index documents the new keys select again; cleared when
  // the index documents are dropped), so a change matches only the buffer. Used by the language server's runs only
  // (keep_reference_work); a one-off run groups each document once.
  RuleMatchCache rule_matches;
  bool keep_reference_work = false;
  // The index's word counts (ArchiveIndex::WordCounts) for the documents
  // loaded from disk `counts_own`: its number of claims and each word's
  // count looked up so far (0 included), kept while those documents are the
  // same, so a change looks up only words not seen before; and the counts
  // of the index documents' words, summed once per reading of them.
  std::set<std::string> counts_own;
  std::optional<int64_t> index_claims;
  std::map<std::string, int> looked_up_counts;
  std::optional<WordWeights> reference_counts;
  std::set<std::string> reference_words;

  // Refers to this run, which must outlive it.
  CheckContext context() const;
};

// Loads everything `targets` and `options` (--against, --against-db,
// --facts) and the configuration (against, against_db, facts) name and runs
// the checks; --facts replaces the configuration's facts, the others add. nullptr after printing an error in the
// rules, canonical facts or an index (exit 2); unreadable inputs are not
// fatal and are kept in input_errors.
std::unique_ptr<CheckRun> RunCheckPipeline(const Options& options,
                                           const RunSetup& setup,
                                           const std::vector<std::string>& targets,
                                           const std::string& rules_dir);

// The language server's runs: the reference material `options` and the
// configuration name (against, --against, --against-db) and the rules,
// loaded once; no target yet. One --against-db is opened and checked here
// but read per buffer (CheckBuffer). nullptr after printing an error.
std::unique_ptr<CheckRun> LoadReferenceRun(const Options& options,
                                           const RunSetup& setup,
                                           const std::string& rules_dir);

// Checks `text`, the editor's buffer of the file `path`, as the one target of
// `run` (from LoadReferenceRun), as `check path` would check the file with
// that text: only the buffer is extracted; the buffer of a previous call is
// replaced. With one --against-db, the index documents of the buffer's
// grouping keys are read when those keys change (and kept otherwise); a
// failure to read them is reported as a config-error at the buffer. Afterwards run->docs[0] is the buffer's document (unless it
// could not be decoded: then input_errors says why) and run->found and
// run->input_errors hold the run's diagnostics.
void CheckBuffer(const RunSetup& setup, const std::string& path,
                 const std::string& text, CheckRun* run);

}  // namespace factlint

#endif  // FACTLINT_CLI_CHECK_RUN_H_
