#include "engine/load_documents.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <variant>

#include "base/file_identity.h"
#include "engine/claim_text.h"
#include "engine/parallel.h"
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

namespace {

// ForEachDocument and RenderEachDocument: with `render`, each document is
// rendered on its worker and the text handed to `emit`; else it is visited.
void LoadInBatches(const std::vector<std::string>& paths, const Extractor& extractor,
                   const std::function<void(std::unique_ptr<Document>)>& visit,
                   const std::function<std::string(const Document&)>* render,
                   const std::function<void(const std::string&)>* emit,
                   std::vector<Diagnostic>* errors, const LoadOptions& options) {
  std::set<std::string> named(paths.begin(), paths.end());
  std::vector<std::string> files;
  std::vector<InputError> input_errors;
  ExpandPaths(paths, &files, &input_errors, options.ignored);
  for (const InputError& e : input_errors)
    errors->push_back(InputErrorDiagnostic(e));
  // One file under two spellings (seeds/a.txt, ./seeds/a.txt, a symlink)
  // is read once, under the first.
  std::set<std::string> seen;
  std::vector<std::string> todo;
  for (const std::string& file : files) {
    if (!seen.insert(FileIdentity(file)).second) continue;
    if (options.select && !named.count(file) && !options.select(file)) continue;
    todo.push_back(file);
  }
  // Files are read, normalized and extracted on options.jobs threads, a
  // batch at a time (so memory stays bounded), and visited in order.
  struct Job {
    std::string file;
    std::map<std::string, std::string> metadata;
    std::variant<InputError, std::unique_ptr<Document>> result;
    std::string rendered;
  };
  const size_t threads = WorkerCount(options.jobs);
  const size_t batch = threads * 4;
  if (options.progress && !todo.empty()) options.progress(0, todo.size());
  for (size_t first = 0; first < todo.size(); first += batch) {
    std::vector<Job> jobs(std::min(batch, todo.size() - first));
    for (size_t j = 0; j < jobs.size(); ++j) {
      jobs[j].file = todo[first + j];
      const std::string& shown = jobs[j].file == "-" ? options.stdin_name : jobs[j].file;
      if (options.metadata) jobs[j].metadata = options.metadata(shown);
    }
    auto work = [&](size_t j) {
      LoadResult loaded = LoadFile(jobs[j].file, options.stdin_name);
      if (InputError* e = std::get_if<InputError>(&loaded)) {
        jobs[j].result = std::move(*e);
      } else {
        jobs[j].result = BuildDocument(std::get<SourceText>(std::move(loaded)),
                                       extractor, jobs[j].metadata);
        if (options.keep_claim_text && render == nullptr)
          KeepCheckedText(std::get<std::unique_ptr<Document>>(jobs[j].result).get(),
                          extractor.lexicon());
        if (options.keep_claim_source && render == nullptr) {
          // A file is read again for the lines a finding shows; standard
          // input cannot be, so it keeps the lines around its claims.
          Document* doc = std::get<std::unique_ptr<Document>>(jobs[j].result).get();
          if (jobs[j].file == "-")
            KeepClaimSource(doc);
          else
            KeepSourcePositions(doc);
        }
        if (render != nullptr) {
          auto& doc = std::get<std::unique_ptr<Document>>(jobs[j].result);
          jobs[j].rendered = (*render)(*doc);
          doc.reset();
        }
      }
    };
    ParallelFor(jobs.size(), threads, work);
    for (Job& job : jobs) {
      if (InputError* e = std::get_if<InputError>(&job.result)) {
        errors->push_back(InputErrorDiagnostic(*e));
      } else if (render != nullptr) {
        (*emit)(job.rendered);
      } else {
        visit(std::move(std::get<std::unique_ptr<Document>>(job.result)));
      }
    }
    if (options.progress) options.progress(first + jobs.size(), todo.size());
  }
}

}  // namespace

void ForEachDocument(const std::vector<std::string>& paths,
                     const Extractor& extractor,
                     const std::function<void(std::unique_ptr<Document>)>& visit,
                     std::vector<Diagnostic>* errors,
                     const LoadOptions& options) {
  LoadInBatches(paths, extractor, visit, nullptr, nullptr, errors, options);
}

void RenderEachDocument(const std::vector<std::string>& paths,
                        const Extractor& extractor,
                        const std::function<std::string(const Document&)>& render,
                        const std::function<void(const std::string&)>& emit,
                        std::vector<Diagnostic>* errors,
                        const LoadOptions& options) {
  LoadInBatches(paths, extractor, nullptr, &render, &emit, errors, options);
}

void LoadDocuments(const std::vector<std::string>& paths, bool target,
                   const Extractor& extractor, Documents* docs,
                   std::vector<Diagnostic>* errors,
                   const LoadOptions& options) {
  // A file already loaded under any spelling (a target named again as
  // reference material) is not read again.
  std::set<std::string> loaded;
  for (const auto& doc : *docs) loaded.insert(FileIdentity(doc->source.path));
  ForEachDocument(
      paths, extractor,
      [&](std::unique_ptr<Document> doc) {
        if (loaded.count(FileIdentity(doc->source.path))) return;
        doc->target = target;
        doc->order = docs->size();
        docs->push_back(std::move(doc));
      },
      errors, options);
}

}  // namespace factlint
