#include "cli/fix_command.h"

#include <map>

#include "fix/apply.h"
#include "fix/unified_diff.h"

namespace factlint {
namespace {

// Byte offset of a 1-based line and code-point column in `doc`'s text.
uint32_t ByteOffset(const Document& doc, uint32_t line, uint32_t column) {
  return doc.lines->LineStart(line) +
         ColumnToByteOffset(doc.lines->Line(line), column, ColumnUnit::kCodePoint);
}

}  // namespace

FixOutcome ApplyDiagnosticFixes(const Documents& docs, bool dry_run,
                                std::vector<Diagnostic>* diagnostics,
                                std::ostream& out, std::ostream& err) {
  std::map<std::string, const Document*> by_path;
  for (const auto& doc : docs)
    if (doc->target) by_path[doc->source.path] = doc.get();
  std::map<std::string, std::vector<Edit>> edits;
  std::map<std::string, std::vector<size_t>> fixed_by;
  for (size_t i = 0; i < diagnostics->size(); ++i) {
    for (const FixIt& f : (*diagnostics)[i].fixits) {
      auto it = by_path.find(f.location.path);
      if (it == by_path.end() || !f.location.has_region()) continue;
      const Document& doc = *it->second;
      edits[doc.source.path].push_back(
          {ByteOffset(doc, f.location.line, f.location.column),
           ByteOffset(doc, f.location.end_line, f.location.end_column),
           f.replacement});
      fixed_by[doc.source.path].push_back(i);
    }
  }
  FixOutcome outcome;
  std::vector<bool> applied(diagnostics->size(), false);
  for (const auto& [path, file_edits] : edits) {
    const Document& doc = *by_path[path];
    std::string error;
    if (dry_run) {
      std::optional<std::string> after = ApplyFixes(doc.source.text, file_edits, &error);
      if (!after) {
        err << "factlint: error: " << path << ": " << error << "\n";
        outcome.failed = true;
        continue;
      }
      out << UnifiedDiff(path, doc.source.text, *after);
    } else if (!WriteFixedFile(doc.source, file_edits, &error)) {
      err << "factlint: error: " << error << "\n";
      outcome.failed = true;
      continue;
    }
    ++outcome.files_changed;
    outcome.fixes_applied += static_cast<int>(file_edits.size());
    for (size_t i : fixed_by[path]) applied[i] = true;
  }
  if (!dry_run) {
    std::vector<Diagnostic> remaining;
    for (size_t i = 0; i < diagnostics->size(); ++i)
      if (!applied[i]) remaining.push_back(std::move((*diagnostics)[i]));
    *diagnostics = std::move(remaining);
  }
  return outcome;
}

}  // namespace factlint
