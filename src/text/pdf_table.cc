// Stage 2c of Normalize: tables extracted from PDF, or pasted that way into a
// Markdown draft. Text extraction writes a table as lines whose columns are
// separated by runs of spaces:
//
//   指标    2023年    2024年
//   全社会研发经费投入    33357亿元    36327亿元
//
// A table is a header line of at least two years (2023年, 2023, 2024年一季度,
// 2024年1-9月), or of a label, a year and columns of changes from a year
// (指标  2022年  比2018年增长) or of changes that name no year, each after a
// year (项目  2023年  同比增长: the caller's ChangeColumnTest tells them, from
// the lexicon), optionally after one short label (指标, 主要指标), followed
// by one or more rows: a row label (a word or a short phrase without
// sentence punctuation) and, at the end of the line, as many values
// (33357亿元, 2.65%, 2.65, —) as the header has years. Up to two blank lines
// may separate the lines of a table; any other line ends it. A header with
// no row after it is no table.
//
// Every line of a table is marked as a table row (a paragraph of its own,
// recorded as TextBlock::kTableRow) and the runs of spaces between its cells
// are recorded in Doc::column_gaps, so that Emit writes the line as
// "|指标|2023年|2024年|": the same cells as a Markdown table, read by the same
// code (TimeScene). A header without a label gets an empty first cell so that
// its years stand above the values of the rows.
//
// Prose is not a table: a header holds nothing but the label and the years,
// a row's label holds no sentence punctuation and no value, and a header
// counts only when a row follows it. Inside a table a line that fits as a
// row is a row (基础研究经费 2023 2024 lists values); it starts a new table
// only when its years are written as years (2023年 2024年).
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include "text/normalize_internal.h"

namespace factlint::internal {

namespace {

constexpr int kMaxBlankLines = 2;     // between two lines of one table
constexpr int kMaxLabelChars = 20;    // code points of a row label

// A space-separated token of a line: text pieces [begin, end).
struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  icu::UnicodeString text;
};

struct Patterns {
  std::unique_ptr<icu::RegexPattern> year, written_year, year_within, header_label, value,
      sentence_mark;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = [] {
    auto* p = new Patterns;
    // A year, alone or with a part of it: 2023, 2023年, 2023年末, 2024年一季度,
    // 2024年前三季度, 2024年上半年, 2024年1-9月.
    p->year = CompileIcu(
        "(?:19|20)\\d\\d(?:年(?:[一二三四前后上下半全季度月份末底\\d\\-—–~至]{0,8}))?");
    p->written_year = CompileIcu("(?:19|20)\\d\\d年.*");
    // A column of changes from a year (比2018年增长): a year within its words.
    p->year_within = CompileIcu(".+(?:19|20)\\d\\d年.*");
    p->header_label = CompileIcu("[\\p{L}()/&]{1,10}");
    // A number with its unit (33357亿元, 2.65%, -0.3个百分点) or an empty cell.
    p->value = CompileIcu(
        "[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?(?:[%‰]|[\\p{L}/]{1,6})?|[—–\\-/…]{1,2}");
    p->sentence_mark = CompileIcu(".*[。,;:!?、].*");
    return p;
  }();
  return *patterns;
}

bool Matches(const icu::RegexPattern* pattern, const icu::UnicodeString& text) {
  if (pattern == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
  return U_SUCCESS(status) && m->matches(status) && U_SUCCESS(status);
}

// True when the line holds at least two tokens: text, a space, then text
// again. A line of one token is neither a header nor a row (both need two
// or more), and most lines of prose are one: they are not tokenized.
bool HasTwoTokens(const Doc& doc, const Line& line) {
  bool text = false, gap = false;
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    if (doc.pieces[i].kind == PieceKind::kSpace) {
      gap = text;
    } else if (gap) {
      return true;
    } else {
      text = true;
    }
  }
  return false;
}

std::vector<Token> Tokenize(const Doc& doc, const Line& line) {
  std::vector<Token> tokens;
  std::string utf8;
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    if (doc.pieces[i].kind == PieceKind::kSpace) continue;
    if (tokens.empty() || tokens.back().end != i) {
      if (!tokens.empty()) tokens.back().text = icu::UnicodeString::fromUTF8(utf8);
      utf8.clear();
      tokens.push_back(Token{i, i, {}});
    }
    utf8 += doc.PieceText(doc.pieces[i]);
    tokens.back().end = i + 1;
  }
  if (!tokens.empty()) tokens.back().text = icu::UnicodeString::fromUTF8(utf8);
  return tokens;
}

// A header cell of changes that names no year (同比增长), as
// `change_column` tells it.
bool IsChangeColumn(const ChangeColumnTest& change_column, const icu::UnicodeString& cell) {
  if (!change_column) return false;
  std::string utf8;
  cell.toUTF8String(utf8);
  return change_column(utf8);
}

// A header line: [label] year year ...; returns the number of columns after
// the label (0 if the line is no header). After a label, a column may also
// be one of changes from a year (比2018年增长) or, after a year, one of
// changes that names none (同比增长). `labelled`: whether a label comes
// first; `written`: whether the years are written as years (2023年).
int FitHeader(const std::vector<Token>& tokens, const ChangeColumnTest& change_column,
              bool* labelled, bool* written) {
  const Patterns& p = GetPatterns();
  if (tokens.size() < 2) return 0;
  *labelled = !Matches(p.year.get(), tokens[0].text);
  if (*labelled && !Matches(p.header_label.get(), tokens[0].text)) return 0;
  *written = true;
  bool year = false;
  for (size_t k = *labelled ? 1 : 0; k < tokens.size(); ++k) {
    if (Matches(p.year.get(), tokens[k].text)) {
      year = true;
      if (!Matches(p.written_year.get(), tokens[k].text)) *written = false;
    } else if (!*labelled || !(Matches(p.year_within.get(), tokens[k].text) ||
                               (year && IsChangeColumn(change_column, tokens[k].text)))) {
      return 0;
    }
  }
  const int columns = static_cast<int>(tokens.size()) - (*labelled ? 1 : 0);
  return year && columns >= 2 ? columns : 0;
}

// A row of `columns` values after its label.
bool FitsRow(const std::vector<Token>& tokens, int columns) {
  const Patterns& p = GetPatterns();
  const size_t n = static_cast<size_t>(columns);
  if (tokens.size() < n + 1) return false;
  const size_t label_end = tokens.size() - n;
  bool number = false;
  for (size_t k = label_end; k < tokens.size(); ++k) {
    if (!Matches(p.value.get(), tokens[k].text)) return false;
    const icu::UnicodeString& t = tokens[k].text;
    for (int32_t i = 0; i < t.length() && !number; ++i) number = u_isdigit(t.charAt(i));
  }
  if (!number) return false;
  int32_t chars = 0;
  bool letter = false;
  for (size_t k = 0; k < label_end; ++k) {
    const icu::UnicodeString& t = tokens[k].text;
    if (Matches(p.value.get(), t) || Matches(p.sentence_mark.get(), t)) return false;
    chars += t.countChar32();
    for (int32_t i = 0; i < t.length(); i = t.moveIndex32(i, 1)) {
      if (u_isalpha(t.char32At(i))) letter = true;
    }
  }
  return letter && chars <= kMaxLabelChars;
}

// Records the runs of spaces before tokens [first, tokens.size()) as
// column gaps.
void AddGaps(const std::vector<Token>& tokens, size_t first, Doc* doc) {
  for (size_t k = first < 1 ? 1 : first; k < tokens.size(); ++k) {
    doc->column_gaps.emplace_back(tokens[k - 1].end, tokens[k].begin);
  }
}

void MarkRow(Line* line) {
  line->table_row = line->pdf_table = line->structural = true;
}

}  // namespace

void FindPdfTables(Doc* doc, const ChangeColumnTest& change_column) {
  int columns = 0;           // value columns of the open table; 0 if none
  Line* header = nullptr;    // a header waiting for its first row
  std::vector<Token> header_tokens;
  bool header_labelled = false;
  int blanks = 0;
  for (Line& line : doc->lines) {
    if (IsBlankLine(*doc, line)) {
      if (++blanks > kMaxBlankLines) columns = 0, header = nullptr;
      continue;
    }
    blanks = 0;
    if (line.structural || !HasTwoTokens(*doc, line)) {
      // Headings and list items end a table, and so does a line that
      // cannot be one of its lines.
      columns = 0;
      header = nullptr;
      continue;
    }
    std::vector<Token> tokens = Tokenize(*doc, line);
    bool labelled = false, written = false;
    const int header_columns = FitHeader(tokens, change_column, &labelled, &written);
    const bool row = columns > 0 && FitsRow(tokens, columns);
    if (header_columns > 0 && (!row || written)) {
      columns = header_columns;
      header = &line;
      header_tokens = std::move(tokens);
      header_labelled = labelled;
      continue;
    }
    if (!row) {
      columns = 0;
      header = nullptr;
      continue;
    }
    if (header != nullptr) {
      MarkRow(header);
      header->table_header = true;
      header->empty_label = !header_labelled;
      AddGaps(header_tokens, 1, doc);
      header = nullptr;
    }
    MarkRow(&line);
    AddGaps(tokens, tokens.size() - static_cast<size_t>(columns), doc);
  }
}

}  // namespace factlint::internal
