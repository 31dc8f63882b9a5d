// The forms the quantity scanner tries at one position of the text. Internal
// to src/extract; QuantityScanner::Scan (quantity.h) is the public entry.
#ifndef FACTLINT_EXTRACT_QUANTITY_SCAN_H_
#define FACTLINT_EXTRACT_QUANTITY_SCAN_H_

#include <optional>
#include <string_view>

#include "extract/number_parser.h"
#include "extract/quantity.h"
#include "extract/quantity_words.h"
#include "extract/unit_table.h"

namespace factlint {

// What one position yields: bytes consumed (end; == the position when
// nothing was recognized) and the quantity, if the form is one.
struct ScanStep {
  size_t end = 0;
  std::optional<Quantity> quantity;
};

class ScanState {
 public:
  ScanState(std::string_view text, const UnitTable& units)
      : text_(text), units_(units) {}

  ScanStep At(size_t pos);
  // Whether any form At tries may open at the character `c` (`utf8`, its
  // bytes). At answers nothing at any other character, asking this first,
  // so the scanner may step over them without asking At
  // (QuantityScanner keeps the answer for every character of the BMP).
  static bool MayOpen(char32_t c, std::string_view utf8, const UnitTable& units);
  // Qualifiers before a quantity may not reach back before `floor`.
  void set_floor(size_t floor) { floor_ = floor; }
  // The step at `pos`: a quantity found there is appended to `out` (and
  // sets the floor); returns where the scan goes on, past `pos`.
  size_t Take(size_t pos, std::vector<Quantity>* out);

 private:
  // A number with the unit right after it.
  struct Piece {
    ParsedNumber num;
    const UnitDef* unit = nullptr;
    size_t end = 0;  // after the unit, or after the number without one
  };

  ScanStep LetterToken(size_t pos);
  // English forms (quantity_english.cc). A magnitude word after a space (3.6
  // trillion): scales *n and returns the byte after it, else p.
  size_t EnglishMagnitude(ParsedNumber* n, size_t p) const;
  // 10th after a rank word (ranked 10th, from 14th), No. 1: a rank; another
  // ordinal (the 10th plan) is no quantity. nullopt when `n` at `pos` is
  // neither (no suffix, no prefix).
  std::optional<ScanStep> EnglishOrdinal(size_t pos, const ParsedNumber& n,
                                         size_t p);
  // one fifth, a third, two-thirds at `pos` (a word): the fraction in percent.
  std::optional<ScanStep> EnglishFraction(size_t pos);
  // five companies, twenty-four percent, one hundred and twenty years: a
  // spelled-out number with a unit after it.
  std::optional<ScanStep> EnglishSpelled(size_t pos);
  // doubled, tripled, halved: a change stated by one word.
  std::optional<ScanStep> EnglishChangeWord(size_t pos);
  // The byte after the space between an ASCII number and an ASCII unit
  // (2.58 %, 5 percent), else p.
  size_t AsciiUnitGap(const ParsedNumber& n, size_t p) const;
  ScanStep NumberForm(size_t pos);
  ScanStep PercentWords(size_t pos, size_t digits_at, double scale,
                        ClaimKind kind);
  ScanStep Ordinal(size_t pos);
  ScanStep Top(size_t pos);
  ScanStep Rank(size_t begin, size_t end, double lo, double hi,
                std::string unit);
  ScanStep Identifier(size_t begin, size_t end, double value);
  std::optional<ScanStep> Range(size_t pos, const Piece& first);
  ScanStep Year(size_t begin, size_t span_end, double year, bool chinese);
  ScanStep Finish(size_t begin, const Piece& piece);
  // The unit after the last item of a list of numbers of the same form
  // starting with "、" at `p` (10.6万、3.8万、3.3万平方公里), or nullptr.
  const UnitDef* ListUnit(size_t p, const ParsedNumber& first);
  // The duration after 个半 at `p` (月 as 个月, 小时), with *end set after
  // it; nullptr when none follows.
  const UnitDef* HalfDurationAfterGe(size_t p, size_t* end);
  // A number too large to read (ParsedNumber::overflow) over [begin, end).
  ScanStep Overflow(size_t begin, size_t end);
  // Bytes after `pos` taken by a date's month and day (12月19日), or pos.
  size_t SkipMonthDay(size_t pos);
  // Fills kind-independent fields and applies the qualifiers found around
  // [begin, end). `step` is the precision in base units.
  void Qualify(Quantity* q, size_t begin, size_t end, double v, double step,
               bool plus_allowed, double plus_unit);

  Quantity Make(size_t begin, size_t end, ClaimKind kind,
                const std::string& dimension, const std::string& unit,
                const Interval& written, bool chinese) const;
  double MagnitudeFactor(const std::string& words) const;
  // The precision of a piece before its unit factor; `bare`, if given, gets
  // the step it is read to when no qualifier stands with it (BareStep).
  static double PieceStep(const Piece& p, double* bare = nullptr);

  std::string_view text_;
  const UnitTable& units_;
  size_t floor_ = 0;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_QUANTITY_SCAN_H_
