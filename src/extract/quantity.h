// Finding quantities in normalized text: a number in any written form with
// its unit, magnitude and qualifier, turned into an interval in base units.
// This is the lexical layer; deciding which quantities are claims, and what
// they measure and when, is the extractor's job (extractor.h).
#ifndef FACTLINT_EXTRACT_QUANTITY_H_
#define FACTLINT_EXTRACT_QUANTITY_H_

#include <bitset>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"
#include "extract/claim.h"

namespace factlint {

struct Quantity {
  Span span;               // the number with its unit: "3.6万亿元", "第10位"
  Span qualifier_span;     // "超", "近", "多" ...; empty when none
  std::string surface;     // text of `span`
  ClaimKind kind = ClaimKind::kCardinal;
  Interval value;          // base units, precision and qualifier applied
  Interval written;        // the written value alone, precision applied
                           // but before the qualifier
  std::string dimension;   // see Claim::dimension
  std::string unit;        // unit as written ("万亿元"), "" if none
  Qualifier qualifier = Qualifier::kNone;
  bool chinese_numerals = false;  // written as 五百二十五 rather than 525
  Direction change = Direction::kNone;  // the form itself states a change
                                        // (doubled, halved): up or down
  bool overflow = false;   // too large to read (see ParsedNumber::overflow):
                           // value is [0, 0] and means nothing; the
                           // extractor reports it instead of a claim
};

class UnitTable;  // loaded from rules/units.toml

class QuantityScanner {
 public:
  // Loads the unit lexicon. On failure returns nullptr and sets *error to a
  // message that names the file, line and column.
  static std::unique_ptr<QuantityScanner> Load(const std::string& units_toml,
                                               std::string* error);
  ~QuantityScanner();

  // Every quantity in `text`, in order of position, non-overlapping.
  std::vector<Quantity> Scan(std::string_view text) const;

  // A unit written apart from its numbers, as a table writes it in a row's
  // label or a column's header (| 专利申请数(万项) | 536.46 |): true when
  // `unit` read after a number ("1" + unit) is one quantity with a unit.
  bool IsUnit(std::string_view unit) const;
  // `q`, a bare number (no unit) read from `text`, read again with `unit`
  // after it (its qualifier kept, before or after: 约536.46, 536.46左右);
  // false, and `q` unchanged, when the two are not one quantity with a unit.
  bool ReadWithUnit(std::string_view text, std::string_view unit, Quantity* q) const;

  const UnitTable& units() const { return *units_; }

 private:
  explicit QuantityScanner(std::unique_ptr<UnitTable> units);
  std::unique_ptr<UnitTable> units_;
  // ScanState::MayOpen of every character of the BMP, decided once: Scan
  // steps over the characters no form opens at (most of a Chinese text)
  // without decoding them twice and asking each test of ScanState::At.
  std::unique_ptr<std::bitset<0x10000>> opens_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_QUANTITY_H_
