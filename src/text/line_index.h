// Byte offset <-> (line, column) for a SourceText. Columns are counted in
// code points; display columns count East Asian wide characters as two.
#ifndef FACTLINT_TEXT_LINE_INDEX_H_
#define FACTLINT_TEXT_LINE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct LinePosition {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, code points
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);  // text must outlive the index

  // Position of a byte offset (0 <= offset <= text.size()). "\n", "\r\n" and
  // a lone "\r" each end a line.
  LinePosition Position(uint32_t offset) const;
  // Text of a 1-based line without its line end; empty if out of range.
  std::string_view Line(uint32_t line) const;
  uint32_t line_count() const;
  // Byte offset where a 1-based line starts.
  uint32_t LineStart(uint32_t line) const;

 private:
  // Code points in text_[0, i * kStride): columns on a long line are
  // counted from the nearest checkpoint, not from the line's start. A
  // lookup walks fewer than kStride bytes (`claims` asks four per claim);
  // the checkpoints take a sixteenth of the text's size.
  static constexpr uint32_t kStride = 64;
  uint32_t CodePointsBefore(uint32_t offset) const;

  std::string_view text_;
  std::vector<uint32_t> starts_;
  std::vector<uint32_t> checkpoints_;
};

// The unit a column is counted in. factlint counts code points (SARIF and
// the text format); editors and protocols count bytes (Vim, Emacs) or UTF-16
// code units (LSP).
enum class ColumnUnit { kCodePoint, kByte, kUtf16 };

// The 1-based column, counted in `unit`, of the character at 1-based
// code-point column `code_point_column` of `line` (one line's text). A
// column past the line's end counts the missing characters as one unit each.
uint32_t ConvertColumn(std::string_view line, uint32_t code_point_column,
                       ColumnUnit unit);

// Byte offset within `line` of the 1-based column `column` counted in `unit`;
// clamped to the line's end. A column that falls inside a character (a byte
// inside a multi-byte sequence, the second half of a surrogate pair) gives
// that character's start.
uint32_t ColumnToByteOffset(std::string_view line, uint32_t column,
                            ColumnUnit unit);

// Terminal width of a string: 2 for East Asian Wide and Fullwidth
// characters, 0 for combining marks, 1 otherwise.
int DisplayWidth(std::string_view utf8);

// Width of one code point by the same rules; a negative value (an ill-formed
// byte) counts as one column.
int CodePointWidth(int32_t c);

}  // namespace factlint

#endif  // FACTLINT_TEXT_LINE_INDEX_H_
