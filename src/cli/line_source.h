// LineSource over the texts a run has read (documents and rule files), so
// formatters can show snippets without seeing documents.
#ifndef FACTLINT_CLI_LINE_SOURCE_H_
#define FACTLINT_CLI_LINE_SOURCE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/source_lines.h"
#include "report/report.h"
#include "text/line_index.h"

namespace factlint {

class TextLineSource : public LineSource {
 public:
  // `text` must outlive this object.
  void Add(const std::string& path, std::string_view text);
  // A document's lines, through SourceLines: from the text it holds, or
  // read again from its file (engine/source_lines.h). It must outlive this.
  void AddDocument(const Document& doc);
  // Keeps its own copy of `text` (rule files read only for snippets).
  void AddOwned(const std::string& path, std::string text);

  // Valid until the next call.
  std::optional<std::string_view> LineText(const std::string& path,
                                           uint32_t line) const override;

  // The files found changed since they were extracted: their lines are
  // not shown (SourceLines::changed).
  const std::vector<std::string>& changed() const { return documents_.changed(); }

 private:
  std::map<std::string, const LineIndex*> index_;
  std::map<std::string, const Document*> docs_;
  mutable SourceLines documents_;
  std::map<std::string, std::unique_ptr<LineIndex>> owned_index_;
  std::map<std::string, std::string> owned_;
};

}  // namespace factlint

#endif  // FACTLINT_CLI_LINE_SOURCE_H_
