// English forms of the quantity scanner: magnitude words after a space
// (3.6 trillion yuan), ordinals and ranks (ranked 10th, No. 1) and spelled
// fractions (one fifth). The words are data ([[magnitude]] and [english] in
// rules/units.toml); the intervals are those of the Chinese forms.
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

// The word ending right before `pos` (spaces skipped), or "".
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && IsAsciiLetter(static_cast<unsigned char>(text[b - 1]))) --b;
  return text.substr(b, e - b);
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
  std::string_view before = WordBefore(text_, pos);
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

}  // namespace factlint
