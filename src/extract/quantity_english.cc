// English forms of the quantity scanner: magnitude words after a space
// (3.6 trillion yuan), ordinals and ranks (ranked 10th, No. 1), spelled
// fractions (one fifth), spelled numbers (twenty-four percent) and changes
// stated by one word (doubled, halved). The words are data ([[magnitude]] and [english] in
// rules/units.toml); the intervals are those of the Chinese forms.
#include <cmath>
#include <string>

#include "extract/precision.h"
#include "extract/quantity_scan.h"

namespace factlint {
namespace {

// The run of ASCII letters starting at `pos`.
std::string_view WordAt(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && IsAsciiLetter(static_cast<unsigned char>(text[e]))) ++e;
  return text.substr(pos, e - pos);
}

}  // namespace

size_t ScanState::EnglishMagnitude(ParsedNumber* n, size_t p) const {
  if (n->chinese || p + 1 >= text_.size() || text_[p] != ' ') return p;
  std::string_view word = WordAt(text_, p + 1);
  // A spelled-out word only: the k of 40k follows the digits directly.
  if (word.size() < 2) return p;
  const MagnitudeDef* m = units_.FindMagnitude(word);
  if (m == nullptr) return p;
  n->value *= m->factor;
  n->step *= m->factor;
  n->has_magnitude = true;
  n->magnitude = std::string(word) + " ";
  n->end = p + 1 + word.size();
  return n->end;
}

std::optional<ScanStep> ScanState::EnglishOrdinal(size_t pos,
                                                  const ParsedNumber& n,
                                                  size_t p) {
  if (n.chinese || n.has_decimal || n.has_magnitude || n.negative || n.value < 1)
    return std::nullopt;
  const EnglishWords& en = units_.english();
  // No. 1
  for (const std::string& prefix : en.rank_prefixes) {
    size_t b = pos;
    if (b > 0 && text_[b - 1] == ' ') --b;
    if (b >= prefix.size() && text_.compare(b - prefix.size(), prefix.size(), prefix) == 0 &&
        !IsAsciiLetter(static_cast<unsigned char>(text_[p < text_.size() ? p : pos])))
      return Rank(pos, p, n.value, n.value, "");
  }
  std::string_view word = WordAt(text_, p);
  bool suffix = false;
  for (const std::string& s : en.ordinal_suffixes) suffix = suffix || word == s;
  if (!suffix) return std::nullopt;
  const size_t end = p + word.size();
  std::string_view before = EnglishWordBefore(text_, pos);
  for (const std::string& w : en.rank_before)
    if (before == w) return Rank(pos, end, n.value, n.value, std::string(word));
  return ScanStep{end, std::nullopt};  // the 10th plan: an ordinal, no quantity
}

std::optional<ScanStep> ScanState::EnglishFraction(size_t pos) {
  if (pos > 0 && IsAsciiLetter(static_cast<unsigned char>(text_[pos - 1]))) return std::nullopt;
  std::string_view num = WordAt(text_, pos);
  int numerator = units_.EnglishNumber(num);
  if (numerator == 0) return std::nullopt;
  size_t p = pos + num.size();
  if (p >= text_.size() || (text_[p] != ' ' && text_[p] != '-')) return std::nullopt;
  std::string_view den_word = WordAt(text_, p + 1);
  int den = units_.EnglishDenominator(den_word);
  if (den == 0 || numerator >= den) return std::nullopt;
  const size_t end = p + 1 + den_word.size();
  const double v = 100.0 * numerator / den;
  Quantity q = Make(pos, end, ClaimKind::kFraction, "percent", std::string(den_word),
                    Interval::Point(v), false);
  Qualify(&q, pos, end, v, 0, false, 1);
  return ScanStep{std::max<size_t>(end, q.qualifier_span.end), q};
}

size_t ScanState::AsciiUnitGap(const ParsedNumber& n, size_t p) const {
  // Chinese units follow directly (the normalizer drops spaces next to CJK).
  if (p + 1 >= text_.size() || text_[p] != ' ' || n.chinese) return p;
  const UnitDef* spaced = units_.MatchUnit(text_, p + 1);
  if (spaced != nullptr && static_cast<unsigned char>(spaced->surface[0]) < 0x80) return p + 1;
  return p;
}

std::optional<ScanStep> ScanState::EnglishSpelled(size_t pos) {
  if (pos > 0 && (IsAsciiAlnum(static_cast<unsigned char>(text_[pos - 1])) || text_[pos - 1] == '-'))
    return std::nullopt;
  const EnglishWords& en = units_.english();
  double groups = 0, section = 0, small = 0, step = 1, last_group = 0;
  bool have_small = false, any = false;
  size_t p = pos, end = pos;
  std::string magnitude;  // the last group's word, as ParsedNumber writes it
  while (p < text_.size()) {
    std::string_view word = WordAt(text_, p);
    if (word.empty()) break;
    const int v = UnitTable::EnglishWordValue(en.cardinals, word);
    const MagnitudeDef* m = v ? nullptr : units_.FindMagnitude(word);
    if (v > 0) {
      // twenty-four: a digit word after a tens word and a hyphen.
      const bool ones = have_small && v < 10 && small >= 20 &&
                        static_cast<int>(small) % 10 == 0 && text_[p - 1] == '-';
      if (have_small && !ones) break;
      small += v;
      have_small = any = true;
      step = 1;
      magnitude.clear();
    } else if (m != nullptr && word.size() >= 2 && have_small && m->factor < 1e3 &&
               small < 100) {
      section += small * m->factor;  // five hundred
      small = 0;
      have_small = false;
      step = m->factor;
    } else if (m != nullptr && word.size() >= 2 && (have_small || section > 0) &&
               m->factor >= 1e3 && (last_group == 0 || m->factor < last_group)) {
      groups += (section + small) * m->factor;  // twenty-four thousand
      section = small = 0;
      have_small = false;
      step = m->factor;
      last_group = m->factor;
      magnitude = std::string(word) + " ";
    } else {
      break;
    }
    end = p + word.size();
    // Between words: a space, a hyphen after a tens word, or a joiner after
    // hundred or a magnitude (one hundred and twenty: [english.spelled]).
    if (end >= text_.size() || (text_[end] != ' ' && text_[end] != '-')) break;
    p = end + 1;
    if (!have_small && text_[end] == ' ') {
      const std::string_view next = WordAt(text_, p);
      for (const std::string& j : en.number_joiners)
        if (next == j && p + next.size() < text_.size() && text_[p + next.size()] == ' ')
          p += next.size() + 1;
    }
  }
  if (!any) return std::nullopt;
  ParsedNumber n;
  n.begin = pos;
  n.end = end;
  n.value = groups + section + small;
  n.step = step;
  n.has_magnitude = !magnitude.empty();
  n.magnitude = magnitude;
  // Only with a unit after a space, as bare Chinese numerals are words.
  const size_t u_at = AsciiUnitGap(n, end);
  const UnitDef* unit = u_at > end ? units_.MatchUnit(text_, u_at) : nullptr;
  if (unit == nullptr || !(n.value > 0)) return std::nullopt;
  return Finish(pos, Piece{n, unit, u_at + unit->surface.size()});
}

std::optional<ScanStep> ScanState::EnglishChangeWord(size_t pos) {
  if (pos > 0 && IsAsciiAlnum(static_cast<unsigned char>(text_[pos - 1]))) return std::nullopt;
  std::string_view word = WordAt(text_, pos);
  const size_t end = pos + word.size();
  if (end < text_.size() && (text_[end] == '-' || IsAsciiAlnum(static_cast<unsigned char>(text_[end]))))
    return std::nullopt;
  const EnglishWords& en = units_.english();
  Quantity q;
  double v;
  if (const int times = UnitTable::EnglishWordValue(en.multiples, word); times > 1) {
    v = times - 1;  // doubled = 增长1倍
    q = Make(pos, end, ClaimKind::kMultiple, "multiple", std::string(word), Interval::Point(v),
             false);
    q.change = Direction::kUp;
  } else if (const int parts = UnitTable::EnglishWordValue(en.divisions, word); parts > 1) {
    v = 100.0 - 100.0 / parts;  // halved = 下降50%
    q = Make(pos, end, ClaimKind::kPercent, "percent", std::string(word), Interval::Point(v),
             false);
    q.change = Direction::kDown;
  } else {
    return std::nullopt;
  }
  Qualify(&q, pos, end, v, 0, false, 1);  // more than doubled
  return ScanStep{end, q};
}

}  // namespace factlint
