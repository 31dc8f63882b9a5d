// Normalization for analysis. Produces text that the extractor can read
// (NFKC: full-width digits and punctuation become ASCII; PDF artefacts
// repaired: hard-wrapped lines inside a paragraph joined, spaces that split
// CJK words or numbers dropped; tables whose columns are runs of spaces
// written as "|"-separated cells, one row a paragraph; Markdown front matter,
// code, HTML comments and URLs removed) together with a map from every
// normalized byte back to the byte of the original text it came from.
// Enclosed footnote numbers (①②) are kept as they are, not turned into
// digits. The stages and their heuristics are described in
// normalize_internal.h, pdf_repair.cc and pdf_table.cc.
#ifndef FACTLINT_TEXT_NORMALIZE_H_
#define FACTLINT_TEXT_NORMALIZE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"
#include "text/source.h"

namespace factlint {

// A line that structures the text, with its range in the source text
// (markers included): a heading, a list item or a table row (a Markdown
// table row, or a line of a table extracted from PDF, whose cells the
// normalized text writes between pipes: "|指标|2023年|2024年|").
struct TextBlock {
  enum class Kind : uint8_t { kHeading, kListItem, kTableRow };
  Kind kind = Kind::kHeading;
  int level = 0;  // headings: the number of # in Markdown; 1 for 一、, 2 for (一)
  // Table rows: the header line of a PDF table (its row of years), which
  // starts a table even right after the rows of another one.
  bool header = false;
  // List items: the characters (spaces aside) of the number that opens the
  // item and stays in the text (1., (2), 第三条); 0 for a bullet, dropped.
  int marker_chars = 0;
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
};

// The source offset of every normalized byte, held as runs rather than one
// entry a byte: the bytes of one normalized character (or space, pipe,
// paragraph break) share its source offset, and a run is a series of
// characters of the same byte length whose source offsets are equally far
// apart (copied text: Han characters three bytes apart, ASCII one; full-
// width digits one byte each, three apart in the source).
class OffsetMap {
 public:
  // Maps the next `len` bytes (one character's) to `src`.
  void Append(uint32_t len, uint32_t src) {
    if (len == 0) return;
    if (!runs_.empty()) {
      Run& r = runs_.back();
      if (r.len == len && src >= last_src_ && (r.count == 1 || src - last_src_ == r.stride)) {
        r.stride = src - last_src_;
        ++r.count;
        last_src_ = src;
        size_ += len;
        return;
      }
    }
    runs_.push_back(Run{size_, src, 0, len, 1});
    last_src_ = src;
    size_ += len;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The source offset of byte i (i < size()).
  uint32_t operator[](size_t i) const;
  uint32_t back() const { return (*this)[size_ - 1]; }
  size_t runs() const { return runs_.size(); }

 private:
  struct Run {
    uint32_t out;     // first byte
    uint32_t src;     // source offset of its first character
    uint32_t stride;  // source bytes from one character to the next
    uint32_t len;     // bytes a character
    uint32_t count;   // characters
  };
  std::vector<Run> runs_;
  uint32_t size_ = 0;
  uint32_t last_src_ = 0;
};

struct Normalized {
  std::string text;  // UTF-8; paragraphs separated by "\n"
  // to_source[i] is the offset in SourceText::text of the character that
  // normalized byte i came from; to_source.size() == text.size() + 1, the
  // last entry maps the end of text.
  OffsetMap to_source;
  // Front matter keys (date, title, source) from Markdown documents.
  std::map<std::string, std::string> metadata;
  // Headings, list items and table rows, in source order.
  std::vector<TextBlock> blocks;

  // The block of the line holding source offset `source_offset`, or null.
  const TextBlock* BlockAt(uint32_t source_offset) const;

  // Maps a non-empty normalized byte range to the source range it covers:
  // from the start of its first character's source to the end of its last
  // character's source character. `source_text` is SourceText::text.
  Span ToSource(Span normalized, const std::string& source_text) const;
};

// What the normalizer asks of the language when it finds tables extracted
// from PDF: whether a header cell that names no year heads a column of
// changes (同比增长). The extractor's lexicon answers
// (Lexicon::IsChangeColumn); without one, no cell does.
using ChangeColumnTest = std::function<bool(std::string_view cell)>;

Normalized Normalize(const SourceText& source, const ChangeColumnTest& change_column = nullptr);

}  // namespace factlint

#endif  // FACTLINT_TEXT_NORMALIZE_H_
