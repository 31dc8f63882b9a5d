// Internal stages of Normalize (normalize.h), shared by normalize.cc,
// markdown.cc, char_stream.cc, line_kind.cc, pdf_table.cc, pdf_repair.cc
// and spacing.cc:
//   1. SplitLines + markdown/removal ranges (markdown.cc)
//   2. BuildPieces: one Piece per kept source character, NFKC applied
//      (char_stream.cc); line markers and structural starts (line_kind.cc);
//      tables extracted from PDF (pdf_table.cc)
//   3. DecideBreaks: which line breaks join and which end a paragraph
//      (pdf_repair.cc)
//   4. Emit: whitespace collapsing, output text and offsets (spacing.cc)
#ifndef FACTLINT_TEXT_NORMALIZE_INTERNAL_H_
#define FACTLINT_TEXT_NORMALIZE_INTERNAL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/regex.h>

#include <memory>

#include "text/normalize.h"

namespace factlint::internal {

enum class PieceKind : uint8_t { kText, kSpace };

// One kept source character after NFKC.
struct Piece {
  uint32_t src = 0;      // byte offset of the source character
  uint32_t out = 0;      // offset of its NFKC output in Doc::buf
  uint16_t out_len = 0;  // byte length of that output
  uint8_t width = 0;     // display width of the source character
  PieceKind kind = PieceKind::kText;
  bool cjk = false;      // Han/kana/Hangul, CJK or full-width punctuation
};

enum class BreakKind : uint8_t { kParagraph, kJoin };

struct Line {
  uint32_t begin = 0;  // source byte range of the content, no terminator
  uint32_t end = 0;
  uint32_t piece_begin = 0;  // [piece_begin, piece_end) in Doc::pieces
  uint32_t piece_end = 0;
  bool removed = false;      // whole line dropped (front matter, code fence)
  bool md_heading = false;   // "# ..." in Markdown
  bool list_item = false;    // "- ", "* ", "1. " ...
  int marker_chars = 0;      // a numbered item's marker kept as text (1.): its characters but spaces
  bool table_row = false;    // "| … |" in Markdown, or a row of a PDF table
  bool pdf_table = false;    // a PDF table row: its cells are split at Doc::column_gaps
  bool table_header = false; // the header line of a PDF table (its row of years)
  bool empty_label = false;  // a PDF table header without a label before its years
  int heading_level = 0;     // # count, 1 for 一、, 2 for (一); 0 if no heading
  bool structural = false;   // starts its own paragraph (headings, lists)
  // Filled by DecideBreaks for the break *before* this line.
  BreakKind break_before = BreakKind::kParagraph;
};

struct Doc {
  const std::string* source = nullptr;
  bool markdown = false;
  std::string buf;  // NFKC output of all pieces
  std::vector<Piece> pieces;
  std::vector<Line> lines;
  // Sorted, non-overlapping source byte ranges to drop (comments, code, URLs,
  // list and heading markers).
  std::vector<std::pair<uint32_t, uint32_t>> removed;
  // Sorted piece ranges [first, second) of the runs of spaces that separate
  // the columns of PDF table rows; each is written as "|".
  std::vector<std::pair<uint32_t, uint32_t>> column_gaps;
  std::map<std::string, std::string> metadata;

  std::string_view PieceText(const Piece& p) const {
    return std::string_view(buf).substr(p.out, p.out_len);
  }
};

// An ICU regular expression compiled once by its user; null if the
// pattern does not compile (the patterns are the code's own).
std::unique_ptr<icu::RegexPattern> CompileIcu(const char* pattern);

// Stage 1 (markdown.cc).
void SplitLines(Doc* doc);
void ApplyMarkdown(Doc* doc);    // front matter, fences, comments, code spans
void MarkUrls(Doc* doc);         // http(s):// and www. URLs, in all documents
void NormalizeRemoved(Doc* doc); // sort and merge `removed`

// Stage 2 (char_stream.cc, line_kind.cc).
void BuildPieces(Doc* doc);
// What BuildPieces makes of one source character, decided alone (NFKC is
// applied character by character): dropped (default-ignorable, control, or
// empty after NFKC), a space, its own bytes (NFKC-inert, ASCII, enclosed
// numbers), or its NFKC form.
struct CharOutcome {
  enum Kind : uint8_t { kDrop, kSpace, kCopy, kReplace };
  Kind kind = kDrop;
  bool cjk = false;     // Piece::cjk of a kCopy or kReplace piece
  uint8_t width = 0;    // display width of the source character
  std::string replacement;  // kReplace: the NFKC form, UTF-8
  bool operator==(const CharOutcome&) const = default;
};
// Asks ICU, every call.
CharOutcome DecideCharOutcome(UChar32 c);
// The same outcome from a table filled once per process for the characters
// of most Chinese text (ASCII, general and CJK punctuation, the CJK Unified
// Ideographs, half- and full-width forms); null for any other character.
const CharOutcome* CachedCharOutcome(UChar32 c);
// The outcome as BuildPieces reads it from the same table: kind, cjk and
// width packed into one byte per character (so that the table read for
// every character stays in the cache), a three-byte character's found by
// its first two bytes in blocks of 64 (all the ideographs share one), the
// replacement of a kReplace; nullopt for any character CachedCharOutcome
// gives null.
std::optional<CharOutcome> PackedCharOutcome(UChar32 c);
void ClassifyLines(Doc* doc);    // markers dropped, structural flags set
// The first code point of `utf8` (-1 if empty, U+FFFD-like negative if bad).
UChar32 FirstCodePointOf(std::string_view utf8);
// False for a character no line marker (heading, quote, bullet, numbered
// item, table row) can start with after spaces: such lines skip the
// patterns. LineMarkerPatterns are those patterns, for the test.
bool LineMarkerMayStartWith(UChar32 c);
std::vector<const icu::RegexPattern*> LineMarkerPatterns();
// PDF table rows marked, column gaps found; `change_column` tells header
// cells of changes (null: none).
void FindPdfTables(Doc* doc, const ChangeColumnTest& change_column);

// Stage 3 (pdf_repair.cc).
void DecideBreaks(Doc* doc);

// Stage 4 (spacing.cc).
void Emit(const Doc& doc, Normalized* out);

// Character classes used by several stages.
bool IsCjkCodePoint(int32_t c);
bool IsBlankLine(const Doc& doc, const Line& line);
// A line of nothing but default-ignorable characters (a zero-width space
// left by a PDF page break, 国内生产总值达到74.4⏎\u200b⏎万亿元): no line
// at all, neither text nor a blank that ends a paragraph.
bool IsInvisibleLine(const Doc& doc, const Line& line);

}  // namespace factlint::internal

#endif  // FACTLINT_TEXT_NORMALIZE_INTERNAL_H_
