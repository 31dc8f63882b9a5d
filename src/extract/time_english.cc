// Time expressions of English sentences: spans (from 2020 to 2024,
// 2018-2022), a year after a word (in 2024, by the end of 2024, since 2020,
// from 2020 as a base) and relative years (last year). The words are
// [time] english_* and relative_years in rules/lexicon.toml; the years they
// give follow the rules of the Chinese expressions (docs/claims.md).
#include <algorithm>
#include <cctype>
#include <string>

#include "extract/time.h"

namespace factlint {
namespace {

int Year(const re2::StringPiece& s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool Contains(const std::vector<std::string>& words, re2::StringPiece w) {
  std::string lower(w.data(), w.size());
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// Where the clause holding byte `pos` of `piece` begins: after the last
// , ; or : before it (not one between digits, as in 1,234).
size_t ClauseBegin(std::string_view piece, size_t pos) {
  for (size_t k = pos; k > 0; --k) {
    const char c = piece[k - 1];
    if (c != ',' && c != ';' && c != ':') continue;
    const bool digits = k >= 2 && k < piece.size() &&
                        std::isdigit(static_cast<unsigned char>(piece[k - 2])) &&
                        std::isdigit(static_cast<unsigned char>(piece[k]));
    if (!digits) return k;
  }
  return 0;
}

template <typename Fn>
void EachMatch(const re2::RE2& re, std::string_view piece, Fn fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(n);
  size_t pos = 0;
  const re2::StringPiece text(piece.data(), piece.size());
  while (pos < piece.size() && re.Match(text, pos, piece.size(), re2::RE2::UNANCHORED, g.data(), n)) {
    const size_t b = g[0].data() - piece.data();
    const size_t e = b + g[0].size();
    fn(b, e, g);
    pos = e > b ? e : b + 1;
  }
}

}  // namespace

bool IsEnglishSentence(std::string_view piece) {
  bool letter = false;
  for (unsigned char c : piece) {
    // Lead bytes of U+3000..U+9FFF (CJK punctuation, kana, ideographs) and
    // of U+FF00.. (full-width forms).
    if ((c >= 0xE3 && c <= 0xE9) || c == 0xEF) return false;
    letter = letter || std::isalpha(c);
  }
  return letter;
}

std::vector<TimeExpr> FindEnglishTimeExpressions(std::string_view piece, uint32_t offset,
                                                 const DocumentDate& date,
                                                 const TimeWords& words) {
  const TimeWords::Lists& lists = words.lists();
  std::vector<TimeExpr> out;
  auto taken = [&](size_t b, size_t e) {
    return std::any_of(out.begin(), out.end(), [&](const TimeExpr& t) {
      return t.span.begin < offset + e && offset + b < t.span.end;
    });
  };
  auto add = [&](size_t b, size_t e, int from, int to, TimeOrigin origin, bool base) {
    TimeExpr t;
    t.span = {static_cast<uint32_t>(offset + b), static_cast<uint32_t>(offset + e)};
    t.from_year = from;
    t.to_year = to;
    t.origin = origin;
    t.base = base;
    t.trails_from = static_cast<uint32_t>(offset + ClauseBegin(piece, b));
    out.push_back(t);
  };
  // from 2020 to 2024, 2018-2022
  EachMatch(words.english_span(), piece, [&](size_t b, size_t e, const auto& g) {
    const int a = Year(g[2]), z = Year(g[3]);
    if (z > a) add(b, e, a, z, TimeOrigin::kExplicit, false);
  });
  // in 2024, by the end of 2024; since 2020 (to the document's year); from
  // 2020 or compared with 2020 after a change: a base.
  EachMatch(words.english_year(), piece, [&](size_t b, size_t e, const auto& g) {
    if (taken(b, e)) return;
    // the 2025 EU Scoreboard: an edition of a publication, not the period of
    // the figures it gives (as 国家统计局2024年发布的): named, not resolved.
    if (Contains(lists.english_edition_before, g[1])) {
      if (e + 1 < piece.size() && piece[e] == ' ' && std::isupper(static_cast<unsigned char>(piece[e + 1])))
        add(b, e, 0, 0, TimeOrigin::kRelative, false);
      return;
    }
    int from = Year(g[2]), to = from;
    if (Contains(lists.english_since, g[1])) {
      if (date.year == 0) from = to = 0;
      else to = std::max(date.year, from);
    }
    add(b, e, from, to, from == 0 ? TimeOrigin::kRelative : TimeOrigin::kExplicit,
        Contains(lists.english_bases, g[1]));
  });
  // last year, this year
  EachMatch(words.relative_year(), piece, [&](size_t b, size_t e, const auto& g) {
    if (taken(b, e)) return;
    if (b > 0 && std::isalpha(static_cast<unsigned char>(piece[b - 1]))) return;
    std::string_view w(g[1].data(), g[1].size());
    int y = date.year;
    for (const auto& [word, shift] : lists.relative_years)
      if (w == word) y = date.year + shift;
    if (date.year == 0) y = 0;
    add(b, e, y, y, TimeOrigin::kRelative, false);
  });
  std::sort(out.begin(), out.end(),
            [](const TimeExpr& a, const TimeExpr& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace factlint
