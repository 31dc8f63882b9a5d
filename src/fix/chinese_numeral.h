// Writing numbers as Chinese numerals, the inverse of the number grammar in
// extract/number_parser.h: 525 -> 五百二十五, 10020 -> 一万零二十, 15 -> 十五,
// 26.3 -> 二十六点三, 2024 -> 二〇二四 (digit by digit). Used by the fixer to
// write a canonical figure in the style of the draft it replaces.
#ifndef FACTLINT_FIX_CHINESE_NUMERAL_H_
#define FACTLINT_FIX_CHINESE_NUMERAL_H_

#include <cstdint>
#include <optional>
#include <string>

namespace factlint {

struct ChineseNumeralStyle {
  bool liang = false;    // 两 for a leading 2 before 百/千/万/亿 and for 2
                         // alone (两千, 两万, 两家); 二 elsewhere (二十, 十二)
  bool capital = false;  // financial capitals: 壹贰叁肆伍陆柒捌玖拾佰仟
};

// Largest integer ChineseInteger writes: 9999亿9999万9999.
constexpr uint64_t kMaxChineseInteger = 999999999999ULL;

// The integer `v` in Chinese numerals with 十/百/千/万/亿 and the 零 rules
// (一千零五, 一万零二十, 一亿零五万); a leading 一十 is written 十 (十五,
// 十万). nullopt above kMaxChineseInteger.
std::optional<std::string> ChineseInteger(uint64_t v,
                                          const ChineseNumeralStyle& style);

// `scaled` / 10^decimals with exactly `decimals` digits after 点, each
// written as a digit (二十六点三, 零点零五). decimals in 0..9.
std::optional<std::string> ChineseDecimal(uint64_t scaled, int decimals,
                                          const ChineseNumeralStyle& style);

// `v` digit by digit: 2024 -> 二〇二四; `zero` is the character used for 0
// ("〇" or "零").
std::string ChineseDigitString(uint64_t v, const std::string& zero);

}  // namespace factlint

#endif  // FACTLINT_FIX_CHINESE_NUMERAL_H_
