#include "engine/load_documents.h"

#include <set>

#include "text/loader.h"

namespace factlint {

Diagnostic InputErrorDiagnostic(const InputError& error) {
  Diagnostic d;
  d.rule_id = error.rule_id;
  d.severity = Severity::kError;
  d.message = error.message;
  d.location.path = error.path;
  if (error.line > 0) {
    d.location.line = d.location.end_line = error.line;
    d.location.column = error.column;
    d.location.end_column = error.column + 1;
  }
  return d;
}

void ForEachDocument(const std::vector<std::string>& paths,
                     const Extractor& extractor,
                     const std::function<void(std::unique_ptr<Document>)>& visit,
                     std::vector<Diagnostic>* errors,
                     const LoadOptions& options) {
  std::set<std::string> named(paths.begin(), paths.end());
  std::vector<std::string> files;
  std::vector<InputError> input_errors;
  ExpandPaths(paths, &files, &input_errors);
  for (const InputError& e : input_errors)
    errors->push_back(InputErrorDiagnostic(e));
  std::set<std::string> seen;
  for (const std::string& file : files) {
    if (!seen.insert(file).second) continue;
    if (options.select && !named.count(file) && !options.select(file)) continue;
    LoadResult loaded = LoadFile(file);
    if (const InputError* e = std::get_if<InputError>(&loaded)) {
      errors->push_back(InputErrorDiagnostic(*e));
      continue;
    }
    std::map<std::string, std::string> metadata;
    if (options.metadata) metadata = options.metadata(file);
    visit(BuildDocument(std::get<SourceText>(std::move(loaded)), extractor,
                        metadata));
  }
}

void LoadDocuments(const std::vector<std::string>& paths, bool target,
                   const Extractor& extractor, Documents* docs,
                   std::vector<Diagnostic>* errors,
                   const LoadOptions& options) {
  std::set<std::string> loaded;
  for (const auto& doc : *docs) loaded.insert(doc->source.path);
  ForEachDocument(
      paths, extractor,
      [&](std::unique_ptr<Document> doc) {
        if (loaded.count(doc->source.path)) return;
        doc->target = target;
        doc->order = docs->size();
        docs->push_back(std::move(doc));
      },
      errors, options);
}

}  // namespace factlint
