// LineSource over the texts a run has read (documents and rule files), so
// formatters can show snippets without seeing documents.
#ifndef FACTLINT_CLI_LINE_SOURCE_H_
#define FACTLINT_CLI_LINE_SOURCE_H_

#include <map>
#include <memory>
#include <string>

#include "report/report.h"
#include "text/line_index.h"

namespace factlint {

class TextLineSource : public LineSource {
 public:
  // `text` must outlive this object.
  void Add(const std::string& path, std::string_view text);
  // A document's own line index (and so its text); both must outlive this.
  void AddIndexed(const std::string& path, const LineIndex* lines);
  // Keeps its own copy of `text` (rule files read only for snippets).
  void AddOwned(const std::string& path, std::string text);

  std::optional<std::string_view> LineText(const std::string& path,
                                           uint32_t line) const override;

 private:
  std::map<std::string, const LineIndex*> index_;
  std::map<std::string, std::unique_ptr<LineIndex>> owned_index_;
  std::map<std::string, std::string> owned_;
};

}  // namespace factlint

#endif  // FACTLINT_CLI_LINE_SOURCE_H_
