// Byte offset <-> (line, column) for a SourceText. Columns are counted in
// code points; display columns count East Asian wide characters as two.
#ifndef FACTLINT_TEXT_LINE_INDEX_H_
#define FACTLINT_TEXT_LINE_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
  // Size of the whole text in bytes.
  uint32_t size() const { return size_; }

  // Keeps of the text only the whole lines (with their line ends) that hold
  // a byte of one of `ranges` ([begin, end], the end included, so an empty
  // range keeps its line), in storage of the index's own: from then on the
  // index no longer refers to the text it was built over. Position, Line
  // and Around answer as before where the kept lines allow; a position or
  // line outside them is a program error and aborts. Called once.
  void KeepLines(const std::vector<std::pair<uint32_t, uint32_t>>& ranges);
  // A run of text that holds bytes [begin, end) and where it starts in the
  // whole text: the whole text before KeepLines, after it the run of kept
  // lines around them; nullopt when they were not kept.
  struct Piece {
    std::string_view text;
    uint32_t begin = 0;
  };
  std::optional<Piece> Around(uint32_t begin, uint32_t end) const;

  // What an index keeps after KeepLines, in a form that can be stored and
  // built again (the archive index's reference form, store/reference_codec.h):
  // the whole text's size and line starts, and the kept runs of whole
  // lines, [begin, end) of the text one after another in `text`.
  struct KeptLines {
    uint32_t size = 0;
    std::vector<uint32_t> starts;
    std::vector<std::pair<uint32_t, uint32_t>> runs;
    std::string text;
  };
  // Only after KeepLines (aborts otherwise).
  KeptLines kept_lines() const;
  // An index that answers as the one whose kept_lines() `kept` is; nullptr when
  // `kept` is not such a form (starts not from 0 and increasing within the
  // size, runs not sorted and apart, of other bytes than `text` holds).
  static std::unique_ptr<LineIndex> FromKeptLines(KeptLines kept);

 private:
  LineIndex() = default;
  // Code points in text_[0, i * kStride): columns on a long line are
  // counted from the nearest checkpoint, not from the line's start. A
  // lookup walks fewer than kStride bytes (`claims` asks four per claim);
  // the checkpoints take a sixteenth of the text's size.
  static constexpr uint32_t kStride = 64;
  uint32_t CodePointsBefore(uint32_t offset) const;

  // Bytes [begin, end) of the text; aborts when they were not kept.
  std::string_view Bytes(uint32_t begin, uint32_t end) const;

  std::string_view text_;  // empty once KeepLines has run
  uint32_t size_ = 0;
  std::vector<uint32_t> starts_;
  std::vector<uint32_t> checkpoints_;
  // After KeepLines: runs of whole lines, [begin, end) of the text stored
  // from `at` in kept_text_, sorted and apart.
  struct Kept {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t at = 0;
  };
  std::vector<Kept> kept_;
  std::string kept_text_;
  bool keeps_lines_ = false;
};

// Instead of a line index, only the positions of some offsets of a text,
// its size and its line count: what a document whose lines are read again
// from its file when shown keeps (KeepSourcePositions,
// engine/claim_text.h). One block of a few bytes an offset (varints of the
// differences from the one before), and no index object of its own: every
// document of a run is held until its checks are done (docs/benchmarks.md).
class KeptPositions {
 public:
  KeptPositions() = default;
  // The positions in `index` (built over the whole text) of `offsets`; an
  // offset past the text's end stands for its end.
  KeptPositions(const LineIndex& index, std::vector<uint32_t> offsets);

  // Position of a kept offset (past the end: of the end); any other is a
  // program error and aborts.
  LinePosition Position(uint32_t offset) const;
  uint32_t size() const { return size_; }
  uint32_t line_count() const { return line_count_; }

 private:
  // The kept offsets, sorted and each once, in groups of kGroup: a group
  // holds its first offset, line and column, then for each next offset
  // its distance from the one before, the lines between them and its
  // column, as varints (store/byte_codec.h). `bytes_` holds the number of
  // groups and the size of all of them (4 bytes each), then for each
  // group but the first its first offset and where it starts (4 bytes
  // each, for a binary search), then the groups; null when no offset is
  // kept. A lookup reads at most one group.
  static constexpr uint32_t kGroup = 16;
  std::unique_ptr<char[]> bytes_;
  uint32_t size_ = 0;
  uint32_t line_count_ = 0;
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
