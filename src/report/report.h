// Output formats. Each formatter writes a list of Diagnostics; none of them
// sees claims or documents, only diagnostics, rule descriptions and, for
// snippets, the text of source lines.
#ifndef FACTLINT_REPORT_REPORT_H_
#define FACTLINT_REPORT_REPORT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_list.h"
#include "diag/messages.h"
#include "text/line_index.h"

namespace factlint {

// Gives formatters the text of a source line (without its line end), valid
// until the next call.
class LineSource {
 public:
  virtual ~LineSource() = default;
  virtual std::optional<std::string_view> LineText(const std::string& path,
                                                   uint32_t line) const = 0;
};

struct ReportOptions {
  bool color = false;                 // ANSI colour (text format only)
  bool summary = true;                // text: the "2 errors, 1 warning" line
  // What the columns of the text and JSON formats count (--column-unit):
  // code points, or bytes (Vim, Emacs) or UTF-16 units (LSP) of the line.
  // SARIF and GitHub say code points (SARIF's columnKind) whatever this is;
  // snippets place their carets by display width.
  ColumnUnit column_unit = ColumnUnit::kCodePoint;
  std::vector<RuleInfo> rules;        // every rule id that may appear
  std::string tool_version;           // for SARIF tool.driver.version
  // Where the repository's files are read on the web (FACTLINT_DOCS_URL):
  // SARIF's informationUri is its README.md and each rule's helpUri
  // docs/rules.md#ID. "" leaves both out.
  std::string docs_url;
  std::string working_directory;      // SARIF URIs are made relative to it
  // Text format: source lines wider than this many display columns are cut
  // to a window around the carets, with "..." marking the cuts (useful for
  // terminals; PDF-extracted paragraphs are often hundreds of characters on
  // one line). 0 shows whole lines.
  int snippet_width = 0;
  // Text format: the catalogue its words come from (severity labels, the
  // count line, fix-it notes; keys severity.*, count.*, fixit.replace).
  // Null, as for errors met before a catalogue is loaded: the English level
  // names and wording. The other formats never read it: their level names
  // are a contract.
  const Messages* messages = nullptr;
};

enum class Format { kText, kJson, kSarif, kGithub };

// Parses "text", "json", "sarif", "github".
std::optional<Format> ParseFormat(std::string_view name);

void WriteReport(Format format, const DiagnosticList& diagnostics,
                 const LineSource& lines, const ReportOptions& options,
                 std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_REPORT_H_
