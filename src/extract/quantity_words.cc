#include "extract/quantity_words.h"

#include <unicode/uchar.h>

namespace factlint {

bool IsIdeograph(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC);
}

std::string_view EnglishWordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && IsAsciiLetter(static_cast<unsigned char>(text[b - 1]))) --b;
  return text.substr(b, e - b);
}

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiAlnum(char32_t c) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9');
}

}  // namespace factlint
