// DisplayWidth: terminal columns of a UTF-8 string, from ICU's East Asian
// Width and general category properties.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/line_index.h"

namespace factlint {

int CodePointWidth(int32_t c) {
  if (c < 0) return 1;  // ill-formed byte: one replacement column
  if (c == '\t') return 1;
  int8_t type = u_charType(c);
  if (type == U_CONTROL_CHAR) return 0;
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
      type == U_FORMAT_CHAR) {
    return 0;
  }
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul medial vowels, finals
  int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) return 2;
  return 1;
}

int DisplayWidth(std::string_view utf8) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int width = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    width += CodePointWidth(c);
  }
  return width;
}

}  // namespace factlint
