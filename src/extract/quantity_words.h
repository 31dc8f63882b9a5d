// Word lists the quantity scanner consults around a number (qualifiers are
// data, in the unit table): the words that make 第N a rank (排名第四, 居世界第一), and small text helpers.
// Internal to src/extract.
#ifndef FACTLINT_EXTRACT_QUANTITY_WORDS_H_
#define FACTLINT_EXTRACT_QUANTITY_WORDS_H_

#include <string_view>

#include "diag/span.h"
#include "extract/claim.h"

namespace factlint {

// True when the text before `pos` (a 第) makes 第N a rank without 位/名:
// 排名第四, 位居全球第二, 世界第一.
bool RankContextBefore(std::string_view text, size_t pos);

// True when the words before `pos` (a 前) make 前N a top-N rank: 进入前十.
bool TopContextBefore(std::string_view text, size_t pos);

// True when 成 at `pos` starts a word (成为, 成果 ...) rather than meaning
// tenths (三成).
bool ChengStartsWord(std::string_view text, size_t pos);

// True when the text at `pos`, where a unit surface matched, is really a
// word that starts with it: 1所示 (所示), 3部分, 2条件.
bool UnitBlocked(std::string_view text, size_t pos);

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
