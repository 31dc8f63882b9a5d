// The unit lexicon: every unit surface factlint recognizes after a number
// (元, 万千瓦时 is 万 + 千瓦时, 家, %...), its dimension and factor to the base
// unit, and the magnitude words (万, 亿, 千 ...). All of it is data, loaded
// from rules/units.toml; this module only loads, validates and looks up.
#ifndef FACTLINT_EXTRACT_UNIT_TABLE_H_
#define FACTLINT_EXTRACT_UNIT_TABLE_H_

#include <functional>
#include <map>
#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/span.h"
#include "extract/claim.h"

namespace factlint {

// What a unit makes of the number before it.
enum class UnitKind {
  kCardinal,       // 元, 吨, 家: an amount
  kPercent,        // %
  kPercentPoints,  // 个百分点
  kMultiple,       // 倍
  kDuration,       // 年, 个月, 天
};

struct UnitDef {
  std::string surface;    // as written: "千瓦时", "kWh", "家"
  std::string dimension;  // "CNY", "kWh", "count:家", "percent", "year" ...
  double factor = 1;      // value in base units of one `surface`
  bool counts = false;    // counts discrete things: integers are exact
  UnitKind kind = UnitKind::kCardinal;
  bool before = false;    // written before the number (RMB 249.7 billion):
                          // position = "before" in units.toml
};

struct MagnitudeDef {
  std::string surface;  // "万", "亿", "万亿"
  double factor = 1;    // 1e4, 1e8, 1e12
  bool needs_unit = false;  // a number ending in it is read only with a unit
                            // after it (100兆 alone may be mega: 100兆宽带)
};

// A word that bounds the number it stands before or after ([qualifiers]).
struct QualifierWord {
  std::string surface;  // 超过, 左右
  Qualifier qualifier = Qualifier::kNone;
  // It is no qualifier when the text before it ends with one of these (最 in
  // 最近) or, for a word after the number, the text after it starts with one
  // (游 in 上下游).
  std::vector<std::string> not_after;
  std::vector<std::string> not_before;
};

// The English words of the unit lexicon other than units, magnitudes and
// qualifiers ([english] in units.toml).
struct EnglishWords {
  std::vector<std::string> ordinal_suffixes;  // st nd rd th
  std::vector<std::string> rank_before;       // ranked, from, to
  std::vector<std::string> rank_prefixes;     // No.
  std::vector<std::pair<std::string, int>> numbers;       // one 1
  std::vector<std::pair<std::string, int>> denominators;  // fifth 5
  std::vector<std::pair<std::string, int>> cardinals;     // twenty 20
  std::vector<std::pair<std::string, int>> multiples;     // doubled 2
  std::vector<std::pair<std::string, int>> divisions;     // halved 2
  std::vector<std::string> number_joiners;    // and (one hundred and twenty)
  std::vector<std::string> range_separators;  // " to " (3 to 5 percent)
  std::vector<std::string> range_not_after;   // from (from 3 to 5: a change)
};

// The Chinese words the quantity scanner reads around a number, other than
// units, magnitudes and qualifiers ([ranks], [fractions], [doubling],
// [tenths] and [not_units] in units.toml).
struct ScanWords {
  // [ranks]
  std::vector<std::string> ordinal_units;      // 位 of 第10位
  std::vector<std::string> top_units;          // 强 of 前500强
  std::vector<std::string> ordinal_after;      // 排名 of 排名第四
  std::vector<std::string> ordinal_followers;  // 大 of 第一大
  std::vector<std::string> top_after;          // 进入 of 进入前十
  std::vector<std::string> top_closers;        // 行列 of 前十行列
  std::vector<std::string> first;              // 榜首: rank 1
  // [fractions]
  std::vector<std::string> percent;    // 百分之
  std::vector<std::string> per_mille;  // 千分之
  std::vector<std::string> half;       // 半数: 50%
  std::vector<std::string> above;      // 强 of 三分之一强
  std::vector<std::string> below;      // 弱 of 三分之一弱
  // [doubling]
  std::vector<std::string> doubling_verbs;     // 翻 of 翻两番
  std::vector<std::string> doubling_measures;  // 番
  // [tenths] not_words and [not_units] words
  std::vector<std::string> not_tenths;  // 成本: 成 is no tenths
  std::vector<std::string> not_units;   // 所示: 所 is no unit
  // [share_qualifier]: 约占全部60930种的三分之二
  std::vector<std::string> share_verbs;  // 占
  std::vector<std::string> share_joins;  // 的
  std::vector<std::string> clause_stops;  // , ; 。
};

// The first of `words` that text[pos..] starts with, or nullptr.
const std::string* WordAt(std::string_view text, size_t pos,
                          const std::vector<std::string>& words);
// The first of `words` that text[..pos) ends with, or nullptr.
const std::string* WordBefore(std::string_view text, size_t pos,
                              const std::vector<std::string>& words);
// True when text[..pos) ends with one of `words`.
bool EndsWithAny(std::string_view text, size_t pos,
                 const std::vector<std::string>& words);

struct QualifierMatch {
  Qualifier qualifier = Qualifier::kNone;
  Span span;
};

class UnitTable {
 public:
  // Reads and validates `path`. On failure returns nullptr and sets *error to
  // "PATH:LINE:COL: message" (PATH:0:0 when the file cannot be read).
  static std::unique_ptr<UnitTable> LoadFile(const std::string& path,
                                             std::string* error);
  // Same, from TOML text; `name` stands for the path in messages.
  static std::unique_ptr<UnitTable> Parse(std::string_view toml,
                                          const std::string& name,
                                          std::string* error);

  // The longest unit whose surface starts at text[pos], or nullptr. An ASCII
  // surface ("L", "kWh") only matches when no ASCII letter follows it.
  const UnitDef* MatchUnit(std::string_view text, size_t pos) const;
  // A unit written before a number that starts at `pos` (RMB in RMB 249.7
  // billion, one space allowed between), or nullptr.
  const UnitDef* UnitBefore(std::string_view text, size_t pos) const;
  // A magnitude word by exact surface ("万"), or nullptr.
  const MagnitudeDef* FindMagnitude(std::string_view surface) const;
  // True when the magnitude words `words` (as ParsedNumber::magnitude) end
  // with one marked needs_unit: the number is not read without a unit.
  bool MagnitudeNeedsUnit(std::string_view words) const;
  // A unit by exact surface, or nullptr.
  const UnitDef* Find(std::string_view surface) const;
  // True when the 半 at text[pos] begins a word of [half] words (半导体,
  // 半径), so that 一米半径 is not 1.5米.
  bool HalfStartsWord(std::string_view text, size_t pos) const;
  // True when the 负 at text[pos] ends a word with the text before it
  // ([minus] not_after: 减负, 辜负, 胜负), so it is no minus sign.
  bool FuEndsWord(std::string_view text, size_t pos) const;
  // Bytes of a plus-minus word at text[pos] ([plus_minus] words: ±, 正负),
  // 0 when none: ±5% is every value from -5% to 5%.
  size_t PlusMinusAt(std::string_view text, size_t pos) const;
  // Whether a plus-minus word starts with the character `ch` (its UTF-8
  // bytes): PlusMinusAt finds none at any other character.
  bool PlusMinusStartsWith(std::string_view ch) const;

  // The longest qualifier word written before a number that ends exactly at
  // `pos` and starts at or after `floor` (the end of the previous quantity):
  // 超过 in 超过70%.
  QualifierMatch QualifierBefore(std::string_view text, size_t pos,
                                 size_t floor) const;
  // The longest qualifier word written after a number that starts at `pos`:
  // 以上, 左右.
  QualifierMatch QualifierAfter(std::string_view text, size_t pos) const;
  // A share's qualifier written before its whole ([share_qualifier]: 约占
  // 全部60930种的三分之二): for a figure starting at `pos` right after a join
  // (的), a `before` qualifier ending in a share verb (约占, 近占) earlier in
  // its clause, at most kShareReach bytes back.
  QualifierMatch QualifierOverWhole(std::string_view text, size_t pos) const;
  static constexpr size_t kShareReach = 90;

  // [ranks], [fractions], [doubling], [tenths], [not_units].
  const ScanWords& scan_words() const { return scan_words_; }
  // True when the 成 at text[pos] begins a word of [tenths] not_words (成本),
  // so that 三成本 is not 30%.
  bool ChengStartsWord(std::string_view text, size_t pos) const {
    return WordAt(text, pos, scan_words_.not_tenths) != nullptr;
  }
  // True when the unit surface at text[pos] begins a word of [not_units]
  // words: 1所示 (所示), 3部分, 2条件.
  bool UnitBlocked(std::string_view text, size_t pos) const {
    return WordAt(text, pos, scan_words_.not_units) != nullptr;
  }
  // Whether a word the scanner reads without a number before it ([ranks]
  // first, [fractions] percent, per_mille, half) starts with the character
  // `ch` (its UTF-8 bytes).
  bool ScanWordStartsWith(std::string_view ch) const;

  const EnglishWords& english() const { return english_; }
  // The value of an English number word (one, a) or denominator (fifth,
  // thirds) by exact surface; 0 when it is none.
  int EnglishNumber(std::string_view word) const;
  int EnglishDenominator(std::string_view word) const;
  // The value of `word` in one of the english() word tables (cardinals,
  // multiples, divisions), letters compared without case; 0 when absent.
  static int EnglishWordValue(const std::vector<std::pair<std::string, int>>& table,
                              std::string_view word);

  // The [families] name of a dimension ("money" for CNY and USD), "" when
  // it is in none: one fact stated in two dimensions of a family with the
  // same figure is a slip of the unit (fact-unit).
  std::string_view FamilyOf(std::string_view dimension) const;

  const std::vector<UnitDef>& units() const { return units_; }
  const std::vector<MagnitudeDef>& magnitudes() const { return magnitudes_; }

 private:
  UnitTable() = default;
  std::vector<UnitDef> units_;            // sorted by surface length, longest first
  // Indices into units_ by the first byte of the surface, in units_ order
  // (a unit of no bytes in every list): MatchUnit compares only these.
  std::vector<std::vector<uint32_t>> units_by_first_byte_;
  std::vector<UnitDef> before_units_;     // position = "before"
  EnglishWords english_;                  // [english]
  ScanWords scan_words_;                  // [ranks] ... [not_units]
  std::vector<MagnitudeDef> magnitudes_;  // likewise
  std::vector<std::string> half_words_;   // [half] words
  std::vector<std::string> minus_blocked_;  // [minus] not_after
  std::vector<std::string> plus_minus_;   // [plus_minus] words
  std::bitset<256> plus_minus_first_;     // their first bytes
  std::vector<QualifierWord> before_;     // likewise
  std::vector<QualifierWord> after_;      // likewise
  std::map<std::string, std::string, std::less<>> families_;  // dimension -> family
};

const char* UnitKindName(UnitKind k);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_UNIT_TABLE_H_
