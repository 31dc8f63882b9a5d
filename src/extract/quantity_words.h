// Small text helpers of the quantity scanner. Its words (ranks, fractions,
// the words a unit or 成 begins) are data, in the unit table (units.toml).
// Internal to src/extract.
#ifndef FACTLINT_EXTRACT_QUANTITY_WORDS_H_
#define FACTLINT_EXTRACT_QUANTITY_WORDS_H_

#include <string_view>

#include "diag/span.h"
#include "extract/claim.h"

namespace factlint {

// True for code points of CJK ideographs (ICU UCHAR_IDEOGRAPHIC).
bool IsIdeograph(char32_t c);

// The ASCII word ending right before `pos` (spaces skipped), or "".
std::string_view EnglishWordBefore(std::string_view text, size_t pos);

bool IsAsciiLetter(char32_t c);
bool IsAsciiAlnum(char32_t c);

// Whether text[pos..] starts with `word`.
inline bool At(std::string_view text, size_t pos, std::string_view word) {
  return pos <= text.size() && text.substr(pos).substr(0, word.size()) == word;
}

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_QUANTITY_WORDS_H_
