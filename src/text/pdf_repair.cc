// Stage 3 of Normalize: decide for every line break whether it ends a
// paragraph or only a hard-wrapped line (text extracted from PDF).
//
// Plain text heuristics, in order (A = previous non-blank line, B = next):
//  - B structural (heading, list item, table row), A a Markdown heading, a
//    row of a PDF table or a dateline (a short line ending with a date):
//    paragraph.
//  - A and B meet in numerals (digits, 十, 万 ...) across a blank line that
//    is more than the document's spacing, or both hold only a figure (a
//    list of numbers, one a line): paragraph. A number is never joined
//    across a paragraph break.
//  - Markdown: a single line break joins, a blank line ends the paragraph.
//  - "Spacing" documents (most lines followed by exactly one blank line, as
//    when extraction double-spaces text): one blank line is not a break.
//  - B a single Han character and A not sentence-final: join
//    (headings spread over lines: "研\n \n究\n \n背\n \n景").
//  - A ends with sentence-final punctuation: paragraph (";", ":" and ")"
//    only if A is not a full-width line, or is followed by a blank line
//    (";" excepted in double-spaced documents)).
//  - B starts with punctuation that cannot start a sentence, or its second
//    character is one ("劲。"), or A ends with "，"/"、": join.
//  - A (nearly) as wide as the nearby lines: join (a wrapped line; only in
//    documents whose median line is shorter than 80 columns);
//    A ends in a digit or Latin letter and B starts with Han or a digit:
//    join ("由 2020\n年的").
//  - Across one extra blank line (a page break), a long line (>= 80
//    columns) or a line of >= 40 columns holding a comma still continues.
//  - A joined to the line before it (the middle of a sentence cut over
//    lines): join.
//  - Otherwise (short line without final punctuation: a heading): paragraph.
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "text/normalize_internal.h"

namespace factlint::internal {

namespace {

constexpr int kWindow = 4;            // lines either side for the local width
constexpr int kFullPercent = 80;      // "full" line: >= 80% of local width
constexpr int kLongColumns = 80;      // never a heading
constexpr int kCommaColumns = 40;     // a clause, not a heading

struct LineStats {
  size_t line = 0;       // index into Doc::lines
  int blank_before = 0;  // blank lines between this and the previous one
  int width_spaced = 0;  // display width, first to last text character
  int width_text = 0;    // display width of text characters only
  int text_count = 0;
  bool has_comma = false;
  bool tiny = false;     // a single Han character
  bool dateline = false; // short and ends with a date ("科技日报 2025年12月20日")
  bool numeric = false;  // only ASCII digits (with , .): a list of figures
  UChar32 first = 0, second = 0, last = 0, before_last = 0;
};

UChar32 FirstCodePoint(std::string_view s) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i,
          static_cast<int32_t>(s.size()), c);
  return c;
}

// "…2025年12月20日", "…2025年12月20日星期六", "…2025-12-20 10:30" (spaces
// are not in `text`).
bool EndsWithDate(const std::string& text) {
  static const icu::RegexPattern* pattern = CompileIcu(
            "(?:(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日(?:星期[一二三四五六日天])?"
            "|(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\d{1,2}:\\d\\d(?::\\d\\d)?)?)$")
      .release();
  if (pattern == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(text);  // outlives the matcher
  std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(input, status));
  return U_SUCCESS(status) && m->find(status) && U_SUCCESS(status);
}

LineStats Measure(const Doc& doc, size_t index) {
  const Line& line = doc.lines[index];
  LineStats st;
  st.line = index;
  int pending_space = 0;
  bool first_han = false;  // the first text piece is a Han letter
  // The text pieces, spaces left out, are read piece by piece: whole text
  // is put together only for a line short enough to be a dateline, and the
  // first and last two code points are read from the first and last two
  // pieces (every piece holds at least one).
  uint32_t firsts[2] = {0, 0}, lasts[2] = {0, 0};  // piece indices
  bool numeric = true;
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    const Piece& p = doc.pieces[i];
    if (p.kind == PieceKind::kSpace) {
      if (st.text_count > 0) pending_space += p.width;
      continue;
    }
    // Chinese fonts set quotes and dashes (East Asian ambiguous) full width.
    int width = p.cjk ? 2 : p.width;
    st.width_spaced += pending_space + width;
    pending_space = 0;
    st.width_text += width;
    // Only a line of one text piece can be tiny: only the first is asked.
    if (++st.text_count == 1)
      first_han = p.cjk && u_charType(FirstCodePoint(doc.PieceText(p))) == U_OTHER_LETTER;
    if (st.text_count <= 2) firsts[st.text_count - 1] = i;
    lasts[0] = lasts[1];
    lasts[1] = i;
    const std::string_view t = doc.PieceText(p);
    // A whole character is one piece: "、" is found within one.
    if (numeric && t.find_first_not_of("0123456789,.") != std::string_view::npos) numeric = false;
    if (!st.has_comma)
      st.has_comma = t.find(',') != std::string_view::npos ||
                     t.find("\u3001") != std::string_view::npos;  // "、"
  }
  st.tiny = st.text_count == 1 && first_han;
  st.numeric = st.text_count > 0 && numeric;
  if (st.width_spaced <= kCommaColumns && st.text_count > 0) {
    std::string text;
    for (uint32_t i = line.piece_begin; i < line.piece_end; ++i)
      if (doc.pieces[i].kind != PieceKind::kSpace) text += doc.PieceText(doc.pieces[i]);
    st.dateline = EndsWithDate(text);
  }
  if (st.text_count == 0) return st;
  std::string head(doc.PieceText(doc.pieces[firsts[0]]));
  if (st.text_count > 1) head += doc.PieceText(doc.pieces[firsts[1]]);
  std::string tail;
  if (st.text_count > 1) tail = doc.PieceText(doc.pieces[lasts[0]]);
  tail += doc.PieceText(doc.pieces[lasts[1]]);
  const uint8_t* s = reinterpret_cast<const uint8_t*>(head.data());
  int32_t n = static_cast<int32_t>(head.size());
  st.first = FirstCodePoint(head);
  int32_t i = 0;
  U8_FWD_1(s, i, n);
  if (i < n) U8_NEXT(s, i, n, st.second);
  s = reinterpret_cast<const uint8_t*>(tail.data());
  n = static_cast<int32_t>(tail.size());
  i = n;
  U8_PREV(s, 0, i, st.last);
  if (i > 0) U8_PREV(s, 0, i, st.before_last);
  return st;
}

bool IsFinalMark(UChar32 c) {
  switch (c) {
    case 0x3002: case '!': case '?': case ';': case ':': case 0x2026:
    case 0xFF61:  // halfwidth ideographic full stop
      return true;
    default:
      return false;
  }
}

bool EndsSentence(const LineStats& st) {
  if (IsFinalMark(st.last)) return true;
  if (st.last == '.') return !u_isdigit(st.before_last);
  // A closing quote or bracket ends a sentence only after a final mark.
  if (st.last == ')') return true;
  if (st.last == 0x201D || st.last == 0x300D || st.last == 0x300F ||
      st.last == 0x2019 || st.last == 0x3011) {
    return IsFinalMark(st.before_last) || st.before_last == '.';
  }
  return false;
}

bool StartsContinuation(UChar32 c) {
  switch (c) {
    case ',': case 0x3001: case 0x3002: case '.': case ';': case ':':
    case '!': case '?': case ')': case ']': case '}': case 0x300D:
    case 0x300F: case 0x201D: case 0x2019: case '%': case 0x3011:
      return true;
    default:
      return false;
  }
}

// A digit or a Chinese numeral (十, 万, 拾 ...: ICU numeric values).
bool IsNumeral(UChar32 c) { return u_getNumericValue(c) != U_NO_NUMERIC_VALUE; }

bool IsHan(UChar32 c) { return u_charType(c) == U_OTHER_LETTER && c >= 0x2E80; }
bool IsAsciiAlnum(UChar32 c) { return c < 0x80 && (u_isdigit(c) || u_isalpha(c)); }

}  // namespace

void DecideBreaks(Doc* doc) {
  std::vector<LineStats> stats;
  int blanks = 0;
  for (size_t i = 0; i < doc->lines.size(); ++i) {
    if (IsInvisibleLine(*doc, doc->lines[i])) continue;
    if (IsBlankLine(*doc, doc->lines[i])) {
      ++blanks;
      continue;
    }
    LineStats st = Measure(*doc, i);
    st.blank_before = blanks;
    stats.push_back(st);
    blanks = 0;
  }
  // Spacing style: most lines are followed by exactly one blank line.
  size_t single_blank = 0;
  for (size_t k = 1; k < stats.size(); ++k) {
    if (stats[k].blank_before == 1) ++single_blank;
  }
  const bool spacing = stats.size() >= 4 && single_blank * 2 > stats.size();
  const int spacing_blanks = spacing ? 1 : 0;
  // Hard-wrapped documents have short lines; when the median line is long,
  // lines are whole paragraphs and line width says nothing.
  std::vector<int> widths;
  for (const LineStats& st : stats) widths.push_back(st.width_text);
  std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
  const bool wrapped = !widths.empty() && widths[widths.size() / 2] < kLongColumns;

  for (size_t k = 1; k < stats.size(); ++k) {
    const LineStats& a = stats[k - 1];
    const LineStats& b = stats[k];
    const Line& line_a = doc->lines[a.line];
    Line& line_b = doc->lines[b.line];
    const int gap = b.blank_before;
    // Local column width: second widest line nearby (one outlier, such as a
    // line of duplicated PDF text, does not count).
    int widest = 0, local = 0;
    size_t lo = k - 1 >= kWindow ? k - 1 - kWindow : 0;
    size_t hi = std::min(stats.size() - 1, k - 1 + kWindow);
    for (size_t m = lo; m <= hi; ++m) {
      int w = stats[m].width_text;
      if (w > widest) {
        local = widest;
        widest = w;
      } else if (w > local) {
        local = w;
      }
    }
    if (local == 0) local = widest;
    const bool full = wrapped && a.width_spaced * 100 >= local * kFullPercent;
    const bool weak_final = a.last == ';' || a.last == ':' || a.last == ')';
    bool join = false;
    if (line_b.structural || line_a.md_heading || line_a.pdf_table || a.dateline) {
      join = false;
    } else if (IsNumeral(a.last) && IsNumeral(b.first) &&
               (gap > spacing_blanks || (a.numeric && b.numeric))) {
      // A number broken by a line end joins ("52\n4家"), but not across a
      // paragraph break ("拾万零五十六", two blank lines, "十"), and a line
      // holding only a figure followed by another is a list of figures.
      join = false;
    } else if (doc->markdown) {
      join = gap == 0;
    } else if (b.tiny && !EndsSentence(a) && gap <= 2) {
      join = true;
    } else if (gap > spacing_blanks + 1) {
      join = false;
    } else if (weak_final && full && (gap == 0 || (gap <= spacing_blanks && a.last == ';'))) {
      // A full line ending in ; : ) wraps; across a blank line only ";"
      // does: "…主要数据如下:" or "…(2025年9月18日)" before a blank line
      // ends its paragraph even in a double-spaced document.
      join = true;
    } else if (EndsSentence(a)) {
      join = false;
    } else if (StartsContinuation(b.first) || StartsContinuation(b.second) ||
               a.last == ',' || a.last == 0x3001) {
      join = true;  // "，\n", "\n，" or "\n劲。": mid-sentence
    } else {
      if (gap <= spacing_blanks) {
        if (full) join = true;
        if (IsAsciiAlnum(a.last) && (IsHan(b.first) || u_isdigit(b.first)) &&
            !line_a.structural) {
          join = true;
        }
      }
      if (!line_a.structural &&
          (a.width_spaced >= kLongColumns ||
           (a.has_comma && a.width_spaced >= kCommaColumns))) {
        join = true;
      }
      // A short line that a sentence was cut before (…推动⏎区域全面经济伙伴
      // 关系协定⏎(RCEP)生效实施) is that sentence's middle, not a heading:
      // it was joined to the line before, and does not end the sentence
      // (unlike the last character of a heading spread over lines).
      if (line_a.break_before == BreakKind::kJoin && !a.tiny && gap <= spacing_blanks) join = true;
    }
    line_b.break_before = join ? BreakKind::kJoin : BreakKind::kParagraph;
  }
}

}  // namespace factlint::internal
