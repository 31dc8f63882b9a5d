// Stage 2 of Normalize: one Piece per kept source character, with ICU NFKC
// applied character by character so that every output byte keeps the offset
// of the character it came from.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "base/strings.h"
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

// The ranges of code points whose outcomes are decided once per process:
// ASCII, general punctuation (curly quotes, dashes, ellipsis), CJK symbols
// and punctuation (、。「」), the CJK Unified Ideographs and the half- and
// full-width forms (,:;()%0-9A-Z): nearly every character of a Chinese
// document, each otherwise about eight ICU property look-ups and, for the
// full-width forms, one NFKC call.
struct CachedRange {
  UChar32 first, last;
};
constexpr CachedRange kCachedRanges[] = {
    {0x0000, 0x007F}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF}};

// The outcomes of the cached ranges laid end to end, decided by ICU once per
// process. Each is also packed into one byte (kind, cjk, width), so that
// the table read for every character fits the cache: the full outcomes are
// about a megabyte, the packed ones 27 KB.
class OutcomeTable {
 public:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  OutcomeTable() {
    for (const CachedRange& r : kCachedRanges)
      for (UChar32 a = r.first; a <= r.last; ++a) {
        entries_.push_back(DecideCharOutcome(a));
        const CharOutcome& o = entries_.back();
        packed_.push_back(static_cast<uint8_t>(o.kind | (o.cjk ? kCjkBit : 0) |
                                               (o.width << kWidthShift)));
      }
    // The blocks of 64 three-byte characters wholly inside the ranges.
    std::map<std::array<uint8_t, 64>, uint16_t> seen;
    block_of_prefix_.assign(1024, kNoBlock);
    for (UChar32 first = 0x800; first <= 0xFFFF; first += 64) {
      std::array<uint8_t, 64> block;
      bool whole = true;
      for (UChar32 k = 0; k < 64 && whole; ++k) {
        const size_t index = Index(first + k);
        whole = index != kNone;
        if (whole) block[k] = packed_[index];
      }
      if (!whole) continue;
      auto [it, added] = seen.emplace(block, static_cast<uint16_t>(seen.size()));
      if (added) blocks_.insert(blocks_.end(), block.begin(), block.end());
      block_of_prefix_[first >> 6] = it->second;
    }
  }

  // The index of c's outcome, or kNone. ASCII and the CJK Unified
  // Ideographs, most characters of Chinese text, are found without walking
  // the ranges.
  size_t Index(UChar32 c) const {
    if (c < 0x80) return static_cast<size_t>(c);
    if (c >= kIdeographs.first && c <= kIdeographs.last)
      return kIdeographsAt + static_cast<size_t>(c - kIdeographs.first);
    size_t base = 0;
    for (const CachedRange& r : kCachedRanges) {
      if (c < r.first) return kNone;
      if (c <= r.last) return base + static_cast<size_t>(c - r.first);
      base += r.last - r.first + 1;
    }
    return kNone;
  }

  // The packed outcomes of the 64 three-byte characters whose first two
  // bytes are b0 and b1 (lead byte 0xE0-0xEF, continuation byte), or null
  // when some of them are outside the ranges (or the bytes are an overlong
  // form or a surrogate, which no block holds). Indexed by the low six bits
  // of the third byte; the one look-up of nearly every character of
  // Chinese text, in a table of a few kilobytes (the 20,992 ideographs
  // share one block).
  const uint8_t* Block(uint8_t b0, uint8_t b1) const {
    const uint16_t id = block_of_prefix_[((b0 & 0x0Fu) << 6) | (b1 & 0x3Fu)];
    return id == kNoBlock ? nullptr : blocks_.data() + size_t{id} * 64;
  }
  uint8_t Packed(size_t index) const { return packed_[index]; }
  static CharOutcome::Kind KindOf(uint8_t packed) {
    return static_cast<CharOutcome::Kind>(packed & kKindMask);
  }
  static bool CjkOf(uint8_t packed) { return packed & kCjkBit; }
  static uint8_t WidthOf(uint8_t packed) { return packed >> kWidthShift; }

  const CharOutcome& Outcome(size_t index) const { return entries_[index]; }
 private:
  static constexpr uint16_t kNoBlock = 0xFFFF;
  static constexpr uint8_t kKindMask = 0x3, kCjkBit = 0x4, kWidthShift = 3;
  static constexpr CachedRange kIdeographs = kCachedRanges[3];
  static_assert(kCachedRanges[0].first == 0 && kCachedRanges[0].last >= 0x7F);
  static constexpr size_t kIdeographsAt = [] {
    size_t base = 0;
    for (size_t k = 0; k < 3; ++k) base += kCachedRanges[k].last - kCachedRanges[k].first + 1;
    return base;
  }();
  std::vector<CharOutcome> entries_;
  std::vector<uint8_t> packed_;
  std::vector<uint16_t> block_of_prefix_;  // by code point >> 6, U+0000-FFFF
  std::vector<uint8_t> blocks_;            // 64 packed outcomes a block
};

const OutcomeTable& Outcomes() {
  static const OutcomeTable* table = new OutcomeTable();
  return *table;
}

// One source character as BuildPieces reads it: its code point (negative
// if malformed), the offset after it, and its packed outcome (-1 when the
// table does not hold it). ASCII and well-formed three-byte characters are
// decoded here and looked up without walking the ranges; anything else as
// U8_NEXT reads it, `end` being where its line ends. Always inlined: a
// call returns the struct through memory, and reading it back stalled the
// loop of BuildPieces more than the look-up costs.
struct ReadChar {
  UChar32 c;
  uint32_t next;
  int packed;
};

[[gnu::always_inline]] inline ReadChar ReadAt(const OutcomeTable& table, const uint8_t* bytes, uint32_t i, uint32_t end) {
  const uint8_t b = bytes[i];
  if (b < 0x80) return {b, i + 1, table.Packed(b)};
  if ((b & 0xF0) == 0xE0 && end - i >= 3 && (bytes[i + 1] & 0xC0) == 0x80 &&
      (bytes[i + 2] & 0xC0) == 0x80) {
    if (const uint8_t* block = table.Block(b, bytes[i + 1])) {
      const UChar32 c = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
      return {c, i + 3, block[bytes[i + 2] & 0x3F]};
    }
  }
  int32_t j = 0;
  const int32_t window = static_cast<int32_t>(std::min<uint32_t>(end - i, 4));
  UChar32 c;
  U8_NEXT(bytes + i, j, window, c);
  const uint32_t next = i + (j > 0 ? j : 1);
  if (c < 0) return {c, next, -1};
  const size_t index = table.Index(c);
  return {c, next, index == OutcomeTable::kNone ? -1 : table.Packed(index)};
}

}  // namespace

const CharOutcome* CachedCharOutcome(UChar32 c) {
  const OutcomeTable& table = Outcomes();
  const size_t index = table.Index(c);
  return index == OutcomeTable::kNone ? nullptr : &table.Outcome(index);
}

std::optional<CharOutcome> PackedCharOutcome(UChar32 c) {
  const OutcomeTable& table = Outcomes();
  uint8_t utf8[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(utf8, n, 4, c, error);
  if (error) return std::nullopt;
  const ReadChar read = ReadAt(table, utf8, 0, static_cast<uint32_t>(n));
  if (read.packed < 0 || read.c != c || read.next != static_cast<uint32_t>(n)) return std::nullopt;
  const uint8_t packed = static_cast<uint8_t>(read.packed);
  CharOutcome o;
  o.kind = OutcomeTable::KindOf(packed);
  o.cjk = OutcomeTable::CjkOf(packed);
  o.width = OutcomeTable::WidthOf(packed);
  if (o.kind == CharOutcome::kReplace) o.replacement = table.Outcome(table.Index(c)).replacement;
  return o;
}

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

CharOutcome DecideCharOutcome(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  CharOutcome o;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return o;
  o.width = static_cast<uint8_t>(CodePointWidth(c));
  if (IsSpaceLike(c)) {
    o.kind = CharOutcome::kSpace;
    return o;
  }
  if (u_charType(c) == U_CONTROL_CHAR) return o;
  o.cjk = IsCjkCodePoint(c);
  if (c < 0x80 || IsEnclosedNumber(c) || (U_SUCCESS(status) && nfkc->isInert(c))) {
    o.kind = CharOutcome::kCopy;
    return o;
  }
  icu::UnicodeString normalized;
  if (U_SUCCESS(status)) nfkc->normalize(icu::UnicodeString(c), normalized, status);
  if (U_FAILURE(status)) {
    // Kept as it is; with no normalized characters to say otherwise it
    // counts as a space, as it always has.
    normalized.remove();
    AppendUtf8(c, &o.replacement);
  } else {
    normalized.toUTF8String(o.replacement);
  }
  if (o.replacement.empty()) {
    o.kind = CharOutcome::kDrop;
    return o;
  }
  bool all_space = true;
  for (int32_t k = 0; k < normalized.length(); ++k) {
    if (!u_isUWhiteSpace(normalized.charAt(k))) all_space = false;
  }
  o.kind = all_space ? CharOutcome::kSpace : CharOutcome::kReplace;
  if (all_space) o.replacement.clear();
  return o;
}

void BuildPieces(Doc* doc) {
  const std::string& s = *doc->source;
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const OutcomeTable& outcomes = Outcomes();
  std::string& buf = doc->buf;
  std::vector<Piece>& pieces = doc->pieces;
  // At most one piece per source character, and about one output byte per
  // source byte: room for both up front rather than grown piece by piece.
  pieces.reserve(pieces.size() + CountCodePoints(s));
  buf.reserve(buf.size() + s.size());
  size_t removed_at = 0;
  const auto& removed = doc->removed;
  CharOutcome decided;  // of a character the table does not hold
  for (Line& line : doc->lines) {
    line.piece_begin = line.piece_end = static_cast<uint32_t>(pieces.size());
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
      // The characters up to the next removed range need no look at it.
      const uint32_t stop =
          removed_at < removed.size() ? std::min(removed[removed_at].first, line.end) : line.end;
      // Characters copied as they are (most of them) are appended a run at
      // a time: [copied, start) is the run not yet in `buf`.
      uint32_t copied = i;
      while (i < stop) {
        const uint32_t start = i;
        const ReadChar read = ReadAt(outcomes, bytes, i, line.end);
        i = read.next;
        if (read.c < 0) {  // cannot happen for loaded text
          buf.append(s.data() + copied, start - copied);
          copied = i;
          continue;
        }
        CharOutcome::Kind kind;
        bool cjk;
        uint8_t width;
        const std::string* replacement = nullptr;
        if (read.packed >= 0) {
          const uint8_t packed = static_cast<uint8_t>(read.packed);
          kind = OutcomeTable::KindOf(packed);
          cjk = OutcomeTable::CjkOf(packed);
          width = OutcomeTable::WidthOf(packed);
          if (kind == CharOutcome::kCopy) {
            pieces.push_back(Piece{start, static_cast<uint32_t>(buf.size() + (start - copied)),
                                   static_cast<uint16_t>(i - start), width, PieceKind::kText,
                                   cjk});
            continue;
          }
          if (kind == CharOutcome::kReplace)
            replacement = &outcomes.Outcome(outcomes.Index(read.c)).replacement;
        } else {
          decided = DecideCharOutcome(read.c);
          kind = decided.kind;
          cjk = decided.cjk;
          width = decided.width;
          replacement = &decided.replacement;
        }
        buf.append(s.data() + copied, start - copied);
        copied = i;
        if (kind == CharOutcome::kDrop) continue;
        Piece piece;
        piece.src = start;
        piece.out = static_cast<uint32_t>(buf.size());
        piece.width = width;
        if (kind == CharOutcome::kSpace) {
          piece.kind = PieceKind::kSpace;
          buf.push_back(' ');
        } else {
          if (kind == CharOutcome::kCopy) {
            buf.append(s.data() + start, i - start);
          } else {
            buf += *replacement;
          }
          piece.cjk = cjk;
        }
        piece.out_len = static_cast<uint16_t>(buf.size() - piece.out);
        pieces.push_back(piece);
      }
      buf.append(s.data() + copied, i - copied);
    }
    line.piece_end = static_cast<uint32_t>(pieces.size());
  }
}

}  // namespace factlint::internal
