// Stage 2 of Normalize: one Piece per kept source character, with ICU NFKC
// applied character by character so that every output byte keeps the offset
// of the character it came from.
#include <algorithm>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "text/line_index.h"
#include "text/normalize_internal.h"

namespace factlint::internal {

namespace {

// Enclosed numbers (①, ⑴, ⒈, ❶, ㉑ ...) are footnote and list markers in
// Chinese documents. NFKC would turn "共识①" into "共识1", a fake number, so
// they are kept as they are.
bool IsEnclosedNumber(UChar32 c) {
  return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) ||
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

bool IsSpaceLike(UChar32 c) {
  return c == '\t' || c == '\f' || c == '\v' || c == 0x2028 || c == 0x2029 ||
         u_isUWhiteSpace(c);
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, error);
  if (!error) out->append(buf, n);
}

// What BuildPieces asks ICU about one character, asked once per process for
// the characters of most text (ASCII and the CJK Unified Ideographs) instead
// of about eight property look-ups per character.
struct CharFacts {
  bool ignorable, space, control, inert, cjk;
  uint8_t width;
};

constexpr UChar32 kHanFirst = 0x4E00, kHanLast = 0x9FFF;

CharFacts AskIcu(const icu::Normalizer2* nfkc, UChar32 c);

// The facts of `c`, or null when it is outside the cached ranges.
const CharFacts* CachedFacts(const icu::Normalizer2* nfkc, UChar32 c) {
  static const std::vector<CharFacts>* table = [nfkc] {
    auto* t = new std::vector<CharFacts>();
    t->reserve(0x80 + kHanLast - kHanFirst + 1);
    for (UChar32 a = 0; a < 0x80; ++a) t->push_back(AskIcu(nfkc, a));
    for (UChar32 h = kHanFirst; h <= kHanLast; ++h) t->push_back(AskIcu(nfkc, h));
    return t;
  }();
  if (c >= 0 && c < 0x80) return &(*table)[c];
  if (c >= kHanFirst && c <= kHanLast) return &(*table)[0x80 + (c - kHanFirst)];
  return nullptr;
}

}  // namespace

bool IsCjkCodePoint(int32_t c) {
  if (c < 0x2000) return c == 0x00B7;  // middle dot in names
  if ((c >= 0x2014 && c <= 0x2015) || (c >= 0x2018 && c <= 0x201F) ||
      c == 0x2026) {
    return true;  // dashes, curly quotes and ellipsis used in Chinese text
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
      script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL ||
      script == USCRIPT_BOPOMOFO) {
    return true;
  }
  int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) && !u_isUWhiteSpace(c);
}

bool IsBlankLine(const Doc& doc, const Line& line) {
  if (line.removed) return true;
  for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
    if (doc.pieces[i].kind == PieceKind::kText) return false;
  }
  return true;
}

bool IsInvisibleLine(const Doc& doc, const Line& line) {
  if (line.removed || line.end <= line.begin) return false;
  const std::string& src = *doc.source;
  bool ignorable = false;
  for (int32_t i = static_cast<int32_t>(line.begin); i < static_cast<int32_t>(line.end);) {
    UChar32 c;
    U8_NEXT(src.data(), i, static_cast<int32_t>(line.end), c);
    if (c >= 0 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      ignorable = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return ignorable;
}

namespace {

CharFacts AskIcu(const icu::Normalizer2* nfkc, UChar32 c) {
  CharFacts f;
  f.ignorable = u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
  f.space = IsSpaceLike(c);
  f.control = u_charType(c) == U_CONTROL_CHAR;
  f.inert = c < 0x80 || IsEnclosedNumber(c) || nfkc->isInert(c);
  f.cjk = IsCjkCodePoint(c);
  f.width = static_cast<uint8_t>(CodePointWidth(c));
  return f;
}

}  // namespace

void BuildPieces(Doc* doc) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const std::string& s = *doc->source;
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(s.data());
  // At most one piece per source character, and about one output byte per
  // source byte: room for both up front rather than grown piece by piece.
  doc->pieces.reserve(doc->pieces.size() +
                      std::count_if(s.begin(), s.end(), [](char b) {
                        return (static_cast<unsigned char>(b) & 0xC0) != 0x80;
                      }));
  doc->buf.reserve(doc->buf.size() + s.size());
  size_t removed_at = 0;
  const auto& removed = doc->removed;
  std::string utf8;
  for (Line& line : doc->lines) {
    line.piece_begin = line.piece_end = static_cast<uint32_t>(doc->pieces.size());
    if (line.removed) continue;
    uint32_t i = line.begin;
    while (i < line.end) {
      while (removed_at < removed.size() && removed[removed_at].second <= i) {
        ++removed_at;
      }
      if (removed_at < removed.size() && removed[removed_at].first <= i) {
        i = std::min(removed[removed_at].second, line.end);
        continue;
      }
      uint32_t start = i;
      int32_t j = 0;
      int32_t window = static_cast<int32_t>(std::min<uint32_t>(line.end - i, 4));
      UChar32 c;
      U8_NEXT(bytes + i, j, window, c);
      i += j > 0 ? j : 1;
      if (c < 0) continue;  // cannot happen for loaded text
      const CharFacts* cached = CachedFacts(nfkc, c);
      const CharFacts facts = cached ? *cached : AskIcu(nfkc, c);
      if (facts.ignorable) continue;
      Piece piece;
      piece.src = start;
      piece.out = static_cast<uint32_t>(doc->buf.size());
      piece.width = facts.width;
      if (facts.space) {
        piece.kind = PieceKind::kSpace;
        doc->buf.push_back(' ');
      } else if (facts.control) {
        continue;
      } else if (facts.inert) {
        doc->buf.append(s, start, i - start);
        piece.cjk = facts.cjk;
      } else {
        icu::UnicodeString normalized;
        status = U_ZERO_ERROR;
        nfkc->normalize(icu::UnicodeString(c), normalized, status);
        utf8.clear();
        if (U_FAILURE(status)) {
          AppendUtf8(c, &utf8);
        } else {
          normalized.toUTF8String(utf8);
        }
        bool all_space = !utf8.empty();
        for (int32_t k = 0; k < normalized.length(); ++k) {
          if (!u_isUWhiteSpace(normalized.charAt(k))) all_space = false;
        }
        if (utf8.empty()) continue;
        if (all_space) {
          piece.kind = PieceKind::kSpace;
          doc->buf.push_back(' ');
        } else {
          doc->buf += utf8;
          piece.cjk = facts.cjk;
        }
      }
      piece.out_len = static_cast<uint16_t>(doc->buf.size() - piece.out);
      doc->pieces.push_back(piece);
    }
    line.piece_end = static_cast<uint32_t>(doc->pieces.size());
  }
}

}  // namespace factlint::internal
