#include "report/snippet.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "text/line_index.h"

namespace factlint {
namespace {

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD

// " 12 | " for a line, "    | " (same width) for the caret line.
std::string Gutter(uint32_t line, bool show_number) {
  std::string number = std::to_string(line);
  size_t width = std::max<size_t>(kGutterWidth, number.size());
  if (!show_number) number.clear();
  return std::string(width - number.size(), ' ') + number + " | ";
}

constexpr std::string_view kEllipsis = "...";

// The part of a line that is shown: code points [lo, hi), with "..." before
// it when lo > 0 and after it when hi < code_points().
struct Window {
  const DisplayLine& line;
  int lo = 0;
  int hi = 0;

  std::string Text() const {
    std::string out;
    if (lo > 0) out += kEllipsis;
    out += line.text.substr(line.bytes[lo], line.bytes[hi] - line.bytes[lo]);
    if (hi < line.code_points()) out += kEllipsis;
    return out;
  }
  // Maps an absolute display column to the column in Text(), clamped.
  int Map(int column) const {
    int prefix = lo > 0 ? static_cast<int>(kEllipsis.size()) : 0;
    int clamped = std::clamp(column, line.starts[lo], line.starts[hi]);
    return prefix + clamped - line.starts[lo];
  }
};

// Picks a window of at most about `max_width` columns in which `begin`
// (a display column) sits near the left third.
Window PickWindow(const DisplayLine& line, int begin, int max_width) {
  int n = line.code_points();
  Window w{line, 0, n};
  if (max_width <= 0 || line.starts[n] <= max_width) return w;
  int budget = std::max(10, max_width - 2 * static_cast<int>(kEllipsis.size()));
  int left = std::max(0, begin - budget / 3);
  while (w.lo < n && line.starts[w.lo] < left) ++w.lo;
  w.hi = w.lo;
  while (w.hi < n && line.starts[w.hi + 1] - line.starts[w.lo] <= budget) ++w.hi;
  while (w.hi == n && w.lo > 0 &&
         line.starts[n] - line.starts[w.lo - 1] <= budget) {
    --w.lo;
  }
  return w;
}

}  // namespace

int DisplayLine::ColumnStart(uint32_t column) const {
  int index = column == 0 ? 0 : static_cast<int>(column) - 1;
  index = std::min(index, code_points());
  return starts[index];
}

DisplayLine PrepareLine(std::string_view utf8) {
  DisplayLine out;
  out.starts.push_back(0);
  out.bytes.push_back(0);
  int col = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c == '\t') {
      int next = (col / kTabWidth + 1) * kTabWidth;
      out.text.append(next - col, ' ');
      col = next;
    } else if (c < 0 || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      // Invalid byte or control character: one visible replacement.
      out.text.append(kReplacementChar);
      col += std::max(1, DisplayWidth(kReplacementChar));
      if (c < 0) i = start + 1;  // exactly one byte per invalid unit
    } else {
      std::string_view cp = utf8.substr(start, i - start);
      out.text.append(cp);
      col += std::max(0, DisplayWidth(cp));
    }
    out.starts.push_back(col);
    out.bytes.push_back(out.text.size());
  }
  return out;
}

std::string RenderSnippet(const Location& location, const LineSource& lines,
                          bool color, const std::vector<SnippetFix>& fixes,
                          int max_width) {
  if (!location.has_region()) return "";
  std::optional<std::string_view> text =
      lines.LineText(location.path, location.line);
  if (!text) return "";
  DisplayLine line = PrepareLine(*text);

  int begin = line.ColumnStart(location.column);
  int end;
  if (location.end_line == location.line && location.end_column > location.column) {
    end = line.ColumnStart(location.end_column);
  } else if (location.end_line > location.line) {
    end = line.starts.back();  // multi-line: to the end of the first line
  } else {
    end = begin;  // empty or malformed range: a single caret
  }
  Window window = PickWindow(line, begin, max_width);
  begin = window.Map(begin);
  end = window.Map(end);
  int underline = std::max(1, end - begin);

  std::string gutter = Gutter(location.line, true);
  std::string blank = Gutter(location.line, false);
  std::string out = gutter + window.Text() + "\n";
  out += blank + std::string(begin, ' ');
  if (color) out += kAnsiGreen;
  out += std::string(underline, '^');
  if (color) out += kAnsiReset;
  out += "\n";
  for (const SnippetFix& fix : fixes) {
    DisplayLine replacement = PrepareLine(fix.replacement);
    out += blank + std::string(window.Map(line.ColumnStart(fix.column)), ' ');
    if (color) out += kAnsiGreen;
    out += replacement.text;
    if (color) out += kAnsiReset;
    out += "\n";
  }
  return out;
}

}  // namespace factlint
