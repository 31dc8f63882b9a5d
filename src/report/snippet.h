// Source snippets with carets, shared by the text formatter (and any future
// human-readable format). A snippet is the source line of a location in a
// gutter, followed by a caret line underlining the located characters:
//
//    12 | 在全球工业研发投入2000强企业中，中国大陆企业有525家。
//       |                                              ^^^^^
//
// Carets are aligned by display width (East Asian wide characters count two,
// combining marks zero); tabs are expanded to tab stops of kTabWidth in both
// the source line and the caret line; other control characters are shown as
// U+FFFD so the terminal sees no raw escape sequences. Invalid UTF-8 bytes
// count as one code point each and are shown as U+FFFD too.
#ifndef FACTLINT_REPORT_SNIPPET_H_
#define FACTLINT_REPORT_SNIPPET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "report/report.h"

namespace factlint {

inline constexpr int kTabWidth = 8;
// Minimum width of the line-number field of the gutter (as in clang).
inline constexpr int kGutterWidth = 5;

// ANSI styles used by the text formatter. Empty strings when colour is off
// are chosen by the caller.
inline constexpr std::string_view kAnsiReset = "\x1b[0m";
inline constexpr std::string_view kAnsiBold = "\x1b[1m";
inline constexpr std::string_view kAnsiRed = "\x1b[1;31m";
inline constexpr std::string_view kAnsiYellow = "\x1b[1;33m";
inline constexpr std::string_view kAnsiCyan = "\x1b[1;36m";
inline constexpr std::string_view kAnsiGreen = "\x1b[1;32m";

// One source line prepared for display.
struct DisplayLine {
  std::string text;  // tab-expanded, control characters replaced
  // starts[i] is the display column (0-based) where code point i begins;
  // starts.back() is the display width of the whole line, so starts has one
  // entry more than the line has code points.
  std::vector<int> starts;
  // bytes[i] is the offset in `text` where code point i begins; same size as
  // `starts`.
  std::vector<size_t> bytes;

  int code_points() const { return static_cast<int>(starts.size()) - 1; }
  // Display column (0-based) of a 1-based code-point column, clamped to the
  // end of the line (column 0 counts as 1).
  int ColumnStart(uint32_t column) const;
};

DisplayLine PrepareLine(std::string_view utf8);

// A fix-it to show under the caret line of a snippet (clang style): the
// replacement text printed at the display column where the fix starts.
struct SnippetFix {
  uint32_t column = 1;
  std::string replacement;
};

// Renders the snippet of `location` (gutter, line, caret line and one line
// per fix), each line ending in "\n". Returns "" when the location has no
// region or `lines` cannot give the text of its first line. Multi-line
// locations are underlined to the end of their first line. When
// `max_width` > 0 and the line is wider, only a window of about `max_width`
// display columns around the start of the carets is shown, with "..." where
// the line was cut; carets and fixes are clipped to the window.
std::string RenderSnippet(const Location& location, const LineSource& lines,
                          bool color, const std::vector<SnippetFix>& fixes = {},
                          int max_width = 0);

}  // namespace factlint

#endif  // FACTLINT_REPORT_SNIPPET_H_
