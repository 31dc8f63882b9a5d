#include "cli/index_command.h"

#include "cli/line_source.h"
#include "report/report.h"
#include "store/archive_index.h"
#include "store/content_hash.h"

namespace factlint {

int RunIndex(const std::vector<std::string>& archive_paths,
             const std::string& db_path, const std::string& rules_dir,
             const Extractor& extractor, std::ostream& out, std::ostream& err,
             const LoadOptions& options, const FactRuleSet* fact_rules,
             const std::vector<std::string>& rule_paths) {
  if (archive_paths.empty() || db_path.empty()) {
    err << "factlint: error: usage: factlint index ARCHIVE... --db PATH\n";
    return 2;
  }
  std::string error;
  auto index = ArchiveIndex::Open(db_path, /*create=*/true, &error);
  if (!index) {
    err << "factlint: error: " << error << "\n";
    return 2;
  }
  if (!index->rebuilt().empty())
    err << "factlint: warning: " << index->rebuilt()
        << "; it was deleted and is built again from scratch\n";
  index->SetGrouping(fact_rules, GroupingFingerprint(rule_paths));
  UpdateStats stats;
  std::vector<Diagnostic> input_errors;
  if (!index->Update(archive_paths, extractor, rules_dir, &stats,
                     &input_errors, &error, options)) {
    err << "factlint: error: " << error << "\n";
    return 2;
  }
  if (!input_errors.empty()) {
    TextLineSource no_lines;
    WriteReport(Format::kText, input_errors, no_lines, ReportOptions(), err);
  }
  out << "indexed " << stats.indexed() << " files (" << stats.added
      << " added, " << stats.changed << " changed, " << stats.removed
      << " removed, " << stats.unchanged << " unchanged";
  if (stats.repaired) out << ", " << stats.repaired << " repaired";
  out << ")\n";
  return input_errors.empty() ? 0 : 2;
}

bool AppendIndexedDocuments(const std::string& db_path,
                            const std::string& rules_dir, bool target,
                            Documents* docs, std::string* error,
                            const LoadOptions& options) {
  auto index = ArchiveIndex::Open(db_path, /*create=*/false, error);
  return index && index->CheckRules(rules_dir, error) &&
         index->AppendDocuments(target, docs, error, options);
}

std::unique_ptr<ArchiveIndex> OpenIndexForGroups(const std::string& db_path,
                                                const std::string& rules_dir,
                                                const std::vector<std::string>& rule_paths,
                                                std::string* error,
                                                const FactRuleSet* rules) {
  auto index = ArchiveIndex::Open(db_path, /*create=*/false, error);
  const std::string fingerprint = GroupingFingerprint(rule_paths);
  if (!index || !index->CheckRules(rules_dir, error) ||
      !index->CheckGrouping(fingerprint, error))
    return nullptr;
  index->SetGrouping(rules, fingerprint);
  return index;
}

bool AppendIndexedGroups(const std::string& db_path, const std::string& rules_dir,
                         const std::vector<std::string>& rule_paths,
                         const std::set<std::string>& keys, Documents* docs,
                         WordWeights* weights, std::string* error,
                         const LoadOptions& options, size_t* unread,
                         const FactRuleSet* rules, RuleMatchCache* takes) {
  auto index = OpenIndexForGroups(db_path, rules_dir, rule_paths, error, rules);
  return index && index->AppendGroupDocuments(keys, /*target=*/false, docs, weights,
                                              error, options, unread, takes);
}

}  // namespace factlint
