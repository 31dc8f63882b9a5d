// Stage 2b of Normalize: what kind of line each line is. Markdown heading
// markers, block quote markers and bullet markers are dropped; headings,
// list items and Chinese numbered headings ("一、", "（二）", "第1章",
// "1.1 ") are marked structural so they start their own paragraph. The first
// Markdown heading becomes the metadata "title" when front matter has none.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <string_view>
#include <vector>

#include "text/normalize_internal.h"

namespace factlint::internal {

std::unique_ptr<icu::RegexPattern> CompileIcu(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), error, status));
  return U_SUCCESS(status) ? std::move(p) : nullptr;
}

namespace {

struct Patterns {
  std::unique_ptr<icu::RegexPattern> md_heading, md_quote, bullet, numbered;
  std::unique_ptr<icu::RegexPattern> chinese_heading, chinese_subheading;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = [] {
    auto* p = new Patterns;
    p->md_heading = CompileIcu("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    p->md_quote = CompileIcu("^ {0,3}>[ \\t]?");
    // Bullets are dropped; numbered list markers stay as text.
    p->bullet = CompileIcu("^[ \\t]*[-*+•▪][ \\t]+");
    p->numbered = CompileIcu(
        "^[ \\t]*(?:[一二三四五六七八九十百]+[、.]"
        "|\\([一二三四五六七八九十百\\d]{1,3}\\)"
        "|第[一二三四五六七八九十百千零〇\\d]+[章节篇部条]"
        "|\\d{1,2}(?:\\.\\d{1,2})+[ \\t]"
        "|\\d{1,2}[.)、][ \\t]*(?=\\D)|[\\u2460-\\u2473][ \\t]*"
        "|[◆◇★☆▶►●○■□▪]|【)");
    p->chinese_heading = CompileIcu("^[ \\t]*[一二三四五六七八九十百]+[、.]");
    p->chinese_subheading = CompileIcu("^[ \\t]*\\([一二三四五六七八九十百]{1,3}\\)");
    return p;
  }();
  return *patterns;
}

// Length in UTF-16 units of the match of `pattern` at the start of `text`,
// or -1.
int32_t MatchPrefix(const icu::RegexPattern* pattern, const icu::UnicodeString& text) {
  if (pattern == nullptr) return -1;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
  if (U_FAILURE(status) || !m->lookingAt(status) || U_FAILURE(status)) return -1;
  return m->end(status);
}

// Drops the pieces covering the first `units` UTF-16 units of the line.
void DropPrefix(const Doc& doc, Line* line, int32_t units) {
  int32_t seen = 0;
  while (line->piece_begin < line->piece_end && seen < units) {
    std::string_view t = doc.PieceText(doc.pieces[line->piece_begin]);
    seen += icu::UnicodeString::fromUTF8(t).length();
    ++line->piece_begin;
  }
}

// The Han characters a marker above can start with (after spaces and tabs).
// A line that starts with any other Han character, as most prose does, can
// match none of the patterns, and is not converted to UTF-16 for them
// (line_kind_test.cc checks this list against the patterns).
constexpr UChar32 kMarkerHan[] = {U'一', U'二', U'三', U'四', U'五', U'六', U'七',
                                  U'八', U'九', U'十', U'百', U'第'};

// True when the line's first character after spaces and tabs is a Han
// ideograph that no marker starts with.
bool StartsWithProse(const Doc& doc, const Line& line) {
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    const std::string_view t = doc.PieceText(doc.pieces[i]);
    const size_t k = t.find_first_not_of(" \t");
    if (k == std::string_view::npos) continue;
    return !LineMarkerMayStartWith(FirstCodePointOf(t.substr(k)));
  }
  return false;
}

icu::UnicodeString LineString(const Doc& doc, const Line& line) {
  std::string utf8;
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    utf8 += doc.PieceText(doc.pieces[i]);
  }
  return icu::UnicodeString::fromUTF8(utf8);
}

}  // namespace

UChar32 FirstCodePointOf(std::string_view utf8) {
  if (utf8.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(utf8.data(), i, static_cast<int32_t>(utf8.size()), c);
  return c;
}

bool LineMarkerMayStartWith(UChar32 c) {
  return !(c >= 0x4E00 && c <= 0x9FFF &&
           std::find(std::begin(kMarkerHan), std::end(kMarkerHan), c) == std::end(kMarkerHan));
}

std::vector<const icu::RegexPattern*> LineMarkerPatterns() {
  const Patterns& p = GetPatterns();
  return {p.md_heading.get(), p.md_quote.get(), p.bullet.get(), p.numbered.get(),
          p.chinese_heading.get(), p.chinese_subheading.get()};
}

void ClassifyLines(Doc* doc) {
  const Patterns& p = GetPatterns();
  for (Line& line : doc->lines) {
    if (IsBlankLine(*doc, line) || StartsWithProse(*doc, line)) continue;
    int32_t n;
    // The line in UTF-16, made again only when a marker is dropped from it.
    icu::UnicodeString text = LineString(*doc, line);
    if (doc->markdown) {
      n = MatchPrefix(p.md_quote.get(), text);
      if (n > 0) {
        DropPrefix(*doc, &line, n);
        text = LineString(*doc, line);
      }
      n = MatchPrefix(p.md_heading.get(), text);
      if (n > 0) {
        icu::UnicodeString marker = text.tempSubString(0, n);
        line.heading_level = marker.trim().length();
        DropPrefix(*doc, &line, n);
        line.md_heading = line.structural = true;
        // The first heading titles the document unless front matter did.
        if (!doc->metadata.count("title")) {
          std::string title;
          LineString(*doc, line).toUTF8String(title);
          while (!title.empty() && (title.back() == ' ' || title.back() == '\t' ||
                                    title.back() == '\r'))
            title.pop_back();
          if (!title.empty()) doc->metadata["title"] = title;
        }
        continue;
      }
    }
    // A Markdown table row is a paragraph of its own: rows joined into one
    // sentence would give every cell the header's year.
    if (doc->markdown && icu::UnicodeString(text).trim().startsWith(icu::UnicodeString(u'|'))) {
      line.structural = line.table_row = true;
      continue;
    }
    n = MatchPrefix(p.bullet.get(), text);
    if (n > 0) {
      DropPrefix(*doc, &line, n);
      line.list_item = line.structural = true;
      continue;
    }
    if (const int32_t marker = MatchPrefix(p.numbered.get(), text); marker > 0) {
      line.structural = true;
      if (MatchPrefix(p.chinese_heading.get(), text) > 0) line.heading_level = 1;
      else if (MatchPrefix(p.chinese_subheading.get(), text) > 0) line.heading_level = 2;
      else line.list_item = true;
      // The item's number stays as text (1., (2)): how many characters of
      // it, spaces aside, so that the item's words can be told from it.
      if (line.list_item) {
        const icu::UnicodeString m = text.tempSubString(0, marker);
        for (int32_t i = 0; i < m.length(); i = m.moveIndex32(i, 1)) {
          const UChar32 c = m.char32At(i);
          if (c != ' ' && c != '\t' && c != 0x3010) ++line.marker_chars;  // not 【, a bracket
        }
      }
    }
  }
}

}  // namespace factlint::internal
