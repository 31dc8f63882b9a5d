// `factlint index ARCHIVE... --db PATH` and the reading side of
// `factlint check --against-db PATH`: the command-line ends of the archive
// index (src/store). The lead wires the options; these functions do the work
// and map outcomes to exit codes (0 done, 2 usage, input or database error).
#ifndef FACTLINT_CLI_INDEX_COMMAND_H_
#define FACTLINT_CLI_INDEX_COMMAND_H_

#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "engine/fact_groups.h"
#include "engine/load_documents.h"
#include "extract/extractor.h"
#include "store/archive_index.h"

namespace factlint {

// Creates or updates the index at `db_path` from the files under
// `archive_paths`. `rules_dir` is the directory `extractor` was loaded from
// (its rule files are fingerprinted). Prints
// "indexed N files (A added, C changed, R removed, U unchanged)" to `out`;
// input errors (rendered as text diagnostics) and database errors go to
// `err`. Returns 0, or 2 if any input or database error occurred (the
// readable files are still indexed in that case). `options` carry the
// configuration's file selection and metadata, as for `check`.
// `fact_rules` (may be null) and `rule_paths` (the paths they were loaded
// from, fingerprinted) are the fact rules claims are filed under, as `check`
// loads them.
int RunIndex(const std::vector<std::string>& archive_paths,
             const std::string& db_path, const std::string& rules_dir,
             const Extractor& extractor, std::ostream& out, std::ostream& err,
             const LoadOptions& options = {},
             const FactRuleSet* fact_rules = nullptr,
             const std::vector<std::string>& rule_paths = {});

// For `check --against-db`: opens the index read-only, checks that it was
// built with the rules in `rules_dir`, and appends its documents to *docs
// (target = `target`, skipping paths already loaded). Returns false and sets
// *error (naming the file, saying how to rebuild it) otherwise, also when a
// document was indexed with other configured metadata than `options` give.
bool AppendIndexedDocuments(const std::string& db_path,
                            const std::string& rules_dir, bool target,
                            Documents* docs, std::string* error,
                            const LoadOptions& options = {});

// Opens the index read-only for reading by grouping keys: checks that it was
// built with the rules in `rules_dir` and filed its claims under the fact
// rules loaded from `rule_paths`. nullptr and *error (saying how to rebuild
// it) otherwise. `rules` (may be null): those fact rules, loaded, under
// which the stored takes are read (ArchiveIndex::SetGrouping).
std::unique_ptr<ArchiveIndex> OpenIndexForGroups(const std::string& db_path,
                                                const std::string& rules_dir,
                                                const std::vector<std::string>& rule_paths,
                                                std::string* error,
                                                const FactRuleSet* rules = nullptr);

// For `check --against-db` with one index: as AppendIndexedDocuments, but
// appends only the stored documents that the groups of the claims already
// in *docs need (ArchiveIndex::AppendGroupDocuments: `keys` are their
// GroupingKeys under the fact rules loaded from `rule_paths`), and adds the
// index's word counts to *weights. Also an error when the index filed its
// claims under other fact rules. With `rules` (those fact rules) and
// `takes`, the stored fact rule takes of the documents read are kept in
// *takes, so grouping with it matches the rules over none of them.
bool AppendIndexedGroups(const std::string& db_path, const std::string& rules_dir,
                         const std::vector<std::string>& rule_paths,
                         const std::set<std::string>& keys, Documents* docs,
                         WordWeights* weights, std::string* error,
                         const LoadOptions& options = {}, size_t* unread = nullptr,
                         const FactRuleSet* rules = nullptr,
                         RuleMatchCache* takes = nullptr);

}  // namespace factlint

#endif  // FACTLINT_CLI_INDEX_COMMAND_H_
