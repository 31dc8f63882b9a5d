// Turns command-line paths into Documents: expands directories, reads and
// decodes each file, normalizes and extracts it. Input problems become
// located diagnostics (rule ids input-*), never exceptions or crashes.
#ifndef FACTLINT_ENGINE_LOAD_DOCUMENTS_H_
#define FACTLINT_ENGINE_LOAD_DOCUMENTS_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "text/loader.h"
#include "engine/fact_groups.h"

namespace factlint {

Diagnostic InputErrorDiagnostic(const InputError& error);

// Which files a run reads and what configuration says about them.
struct LoadOptions {
  // Files found under a directory argument are read only when this returns
  // true (include/exclude globs); unset reads all.
  std::function<bool(const std::string& path)> select;
  // Metadata that overrides the document's own (date, source, period), and
  // a date from the file name (kFileNameDateKey, see BuildDocument) that
  // does not.
  std::function<std::map<std::string, std::string>(const std::string& path)>
      metadata;
  // The name standard input ("-") is read as (--stdin-filename): shown in
  // diagnostics and suppressions, and used for its format (Markdown) and
  // the configuration's [[document]] metadata as a file of that name would.
  std::string stdin_name = "-";
  // Entries a directory walk leaves out (.gitignore, .factlintignore);
  // unset walks everything but hidden entries.
  IgnoredFn ignored;
  // Threads that read and extract files (--jobs): see WorkerCount
  // (engine/parallel.h); 0 is one per core, 1 extracts on the calling
  // thread. The documents and everything made of them are the same for
  // any count.
  int jobs = 0;
  // Called on the calling thread as files are done: how many of how many
  // (for a progress bar); unset calls nothing.
  std::function<void(size_t done, size_t total)> progress;
  // Each document keeps its normalized text only where the checks read it
  // (KeepCheckedText, engine/claim_text.h): for runs that only check.
  bool keep_claim_text = false;
  // And of its source text only the positions of claims
  // (KeepSourcePositions; the lines a finding shows are read again from
  // the file, engine/source_lines.h), or for standard input the lines
  // around claims and directives (KeepClaimSource): for runs that check
  // but do not apply fixes.
  bool keep_claim_source = false;
};

// Calls `visit` with each document of `paths` in turn (in order; a file named
// twice, under any spelling, once), holding only a small batch in memory;
// files are read and extracted on all cores. Problems go to *errors.
void ForEachDocument(const std::vector<std::string>& paths,
                     const Extractor& extractor,
                     const std::function<void(std::unique_ptr<Document>)>& visit,
                     std::vector<Diagnostic>* errors,
                     const LoadOptions& options = {});

// Like ForEachDocument, but `render` runs on the worker that extracted each
// document (so that formatting output, `claims` for one, is parallel too)
// and `emit` receives the results in order; a document is released as soon
// as it is rendered.
void RenderEachDocument(const std::vector<std::string>& paths,
                        const Extractor& extractor,
                        const std::function<std::string(const Document&)>& render,
                        const std::function<void(const std::string&)>& emit,
                        std::vector<Diagnostic>* errors,
                        const LoadOptions& options = {});

// Appends the documents of `paths` to *docs (skipping files already loaded)
// with Document::target set to `target`; problems go to *errors.
void LoadDocuments(const std::vector<std::string>& paths, bool target,
                   const Extractor& extractor, Documents* docs,
                   std::vector<Diagnostic>* errors,
                   const LoadOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_ENGINE_LOAD_DOCUMENTS_H_
