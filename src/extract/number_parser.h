// The number grammar: one written number at a position of normalized text,
// in any of the forms Chinese prose uses — ASCII digits with thousands
// separators and decimals (36,000  2.68), Chinese numerals (五百二十五,
// 四十七点三, capital 壹贰叁), digits with magnitude words (3.6万亿,
// 1亿5000万, 2万5千), digit-by-digit years (二〇三五), neighbour pairs (三四)
// and the "more than" marks 多/余 inside a number (6800多万, 30多), 几 as an
// unwritten digit (二十几万), colloquial last digits (一万三 = 13000,
// 两千四百五 = 2450), traditional forms (萬 億 貳 陸), compound magnitudes
// (10万万 = 10亿), 百 for 一百 before a digit (百三 = 130), one ASCII digit
// after a magnitude (2万5 = 25000), a leading minus sign (-10000, −2.2,
// 负四十五亿) and a tolerance (±5, 正负5: `plus_minus`).
// Returns the value and the step of the last written digit, from which
// precision.h builds the interval. Units are not read here.
#ifndef FACTLINT_EXTRACT_NUMBER_PARSER_H_
#define FACTLINT_EXTRACT_NUMBER_PARSER_H_

#include <optional>
#include <string>
#include <string_view>

#include "diag/span.h"
#include "extract/unit_table.h"

namespace factlint {

struct ParsedNumber {
  size_t begin = 0;
  size_t end = 0;           // byte after the number (a 多/余 included)
  double value = 0;         // magnitude words applied: 47.2万 -> 472000
  double step = 1;          // step of the last written digit, magnitude
                            // applied: 47.2万 -> 1000, 2497亿 -> 1e8
  bool has_decimal = false; // digits after a decimal point were written
  bool has_magnitude = false;  // scaled by 万/亿, or by a magnitude word
                               // written after ASCII digits (5千)
  std::string magnitude;    // magnitude words after the last digit: "万亿"
  bool chinese = false;     // written with Chinese numerals
  bool digit_string = false;   // 二〇三五: digits read one by one
  bool pair = false;        // 三四, 两三: value .. value_hi
  double value_hi = 0;
  bool dotted = false;      // 1.2.1: a section number; `value` is 1.2
  bool plus = false;        // 多/余 written: (value, value + plus_step)
  double plus_step = 0;
  bool plus_inside = false; // the 多 stands before a magnitude: 6800多万
  Span plus_span;           // bytes of 多/余 when `plus`
  int integer_digits = 0;   // ASCII digits before the decimal point
  bool negative = false;    // a minus sign (-, −, 负) was written; `value`
                            // is negative, `step` and `plus_step` are not
  bool plus_minus = false;  // ±5, 正负5 ([plus_minus] words): `value` is
                            // the positive bound; the caller reads the
                            // interval from -value to value
  bool overflow = false;    // too large to be a figure (beyond 1e100, e.g.
                            // 1 followed by hundreds of 万): `value` is 0
                            // and the caller reports it, never reads it
};

// Parses the number starting exactly at text[pos]. `units` supplies the
// magnitude words and the unit surfaces that end a number (千瓦时 is a unit,
// not 千 + 瓦时). Returns nullopt when no well-formed number starts there.
std::optional<ParsedNumber> ParseNumber(std::string_view text, size_t pos,
                                        const UnitTable& units);

// Bytes of the run of Chinese numeral characters (digits, 十百千万亿, capital
// forms) starting at pos; 0 if none. Used to skip ill-formed runs (十四五).
size_t ChineseNumeralRun(std::string_view text, size_t pos);

// 0..9 for 〇零一二三四五六七八九两 and 壹..玖, -1 otherwise.
int ChineseDigitValue(char32_t c);

// Decodes the code point at text[pos] (U+FFFD for bad bytes); *next is set to
// the byte after it. Returns 0 at the end of text.
char32_t CodePointAt(std::string_view text, size_t pos, size_t* next);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_NUMBER_PARSER_H_
