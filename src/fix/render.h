// Rewriting a figure in the style of the text it replaces. Given the
// canonical value of a fact (in base units, as in Claim::value) and the
// quantity a draft wrote, RenderLike writes the canonical value the way the
// draft would have: same unit and magnitude word (3.6万亿元 stays 万亿元,
// 36,000亿元 stays 亿元 with its thousands separator), the same numerals
// (五百二十五家, 二〇二四年, 第十四位, 百分之二十六点三), the same number of
// decimals unless the canonical value needs more. See docs/fixes.md.
#ifndef FACTLINT_FIX_RENDER_H_
#define FACTLINT_FIX_RENDER_H_

#include <optional>
#include <string>

#include "extract/quantity.h"
#include "extract/unit_table.h"

namespace factlint {

// Returns the replacement for `original.surface` (the bytes of
// `original.span`, qualifiers outside it untouched) that states
// `base_value`, or nullopt when that value cannot be written honestly in
// the original's style: a fraction of a count, rank or year; a negative
// value; a form with 多/余, a range, a pair (三四), a mixed form (1亿5000万),
// a share written as 三成 or 五分之一; more precision than the style holds.
//
// `base_step` is the precision of the canonical value in base units (0.1e12
// for 3.6万亿元); the result carries max(original decimals, decimals of the
// step). With base_step 0 the value's own shortest decimal form is used. The
// result is never rounded: when it would not read back (through the number
// grammar) as exactly `base_value`, the answer is nullopt. On nullopt `*why`,
// if given, is the message-catalogue key of the reason ("fix.pair"; its
// wording is in rules/messages/LANG.toml).
std::optional<std::string> RenderLike(double base_value,
                                      const Quantity& original,
                                      const UnitTable& units,
                                      double base_step = 0,
                                      std::string* why = nullptr);

// `rendered` written with the digit width of `source_bytes`, the original
// file's bytes for the quantity (normalization turns ５２４ into 524): when
// they hold a full-width digit, ASCII digits and the . , % around them become
// full width (５２５家); otherwise `rendered` is returned unchanged.
std::string MatchDigitWidth(const std::string& rendered,
                            const std::string& source_bytes);

}  // namespace factlint

#endif  // FACTLINT_FIX_RENDER_H_
