// The text of line N of document D: the one place every reader of a
// document's source lines asks once the document is extracted (the report's
// snippets and columns, fact-canonical's quotation test and the figure its
// fix-it rewrites, explain's time evidence). A `check` run keeps of a file
// it read only the positions of its claims (KeepSourcePositions,
// engine/claim_text.h), so the lines a finding shows are read again from
// the file, and used only when the file still decodes to the text the
// claims were extracted from (its size and hash, recorded at extraction).
// A file changed since is named in changed() and its lines are not given:
// a finding is then shown without its line, never with another text.
#ifndef FACTLINT_ENGINE_SOURCE_LINES_H_
#define FACTLINT_ENGINE_SOURCE_LINES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"
#include "engine/document.h"
#include "text/line_index.h"

namespace factlint {

class SourceLines {
 public:
  // Keeps the text of the last `files_kept` files it read again, so that
  // the findings of one file (sorted together) read it once.
  explicit SourceLines(size_t files_kept = 4) : files_kept_(files_kept) {}

  // Text of 1-based line `line` of `doc` without its line end; nullopt when
  // out of range or when the file changed since it was extracted. Valid
  // until the next call.
  std::optional<std::string_view> Line(const Document& doc, uint32_t line);
  // A run of `doc`'s source text holding the whole lines of `source_span`,
  // and where it starts in the whole text (LineIndex::Around); nullopt
  // when the file changed. Valid until the next call.
  std::optional<LineIndex::Piece> Around(const Document& doc, Span source_span);

  // The paths of files found changed since they were extracted, in the
  // order found, each once.
  const std::vector<std::string>& changed() const { return changed_; }

 private:
  struct File {
    const Document* doc = nullptr;
    std::string text;                 // as decoded again
    std::unique_ptr<LineIndex> index;  // over text; null when changed
  };
  // The line index that answers for `doc`: its own unless its text was
  // dropped, else that of its file read again; null when the file changed.
  const LineIndex* Lines(const Document& doc);

  size_t files_kept_;
  std::vector<File> files_;  // most recently used first
  std::vector<std::string> changed_;
};

// What KeepSourcePositions records of a text and SourceLines compares.
size_t SourceHash(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_SOURCE_LINES_H_
