// Encoding helpers; see encoding.h.
#include "text/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace factlint {

namespace {
constexpr size_t kSniffBytes = 8192;
}  // namespace

bool ValidateUtf8(std::string_view bytes, size_t* bad_offset) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int64_t n = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {  // fast path for ASCII
      ++i;
      continue;
    }
    // U8_NEXT works on int32_t indexes; decode from a window at i.
    int32_t j = 0;
    int32_t len = static_cast<int32_t>(n - i < 8 ? n - i : 8);
    UChar32 c;
    U8_NEXT(s + i, j, len, c);
    if (c < 0) {
      if (bad_offset != nullptr) *bad_offset = static_cast<size_t>(i);
      return false;
    }
    i += j;
  }
  return true;
}

void Utf8LineColumn(std::string_view bytes, size_t offset, uint32_t* line,
                    uint32_t* column) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(bytes.data());
  if (offset > bytes.size()) offset = bytes.size();
  uint32_t l = 1, col = 1;
  size_t i = 0;
  while (i < offset) {
    if (s[i] == '\r') {
      if (i + 1 < offset && s[i + 1] == '\n') ++i;
      ++l;
      col = 1;
      ++i;
      continue;
    }
    if (s[i] == '\n') {
      ++l;
      col = 1;
      ++i;
      continue;
    }
    int32_t j = 0;
    int32_t len = static_cast<int32_t>(offset - i < 8 ? offset - i : 8);
    UChar32 c;
    U8_NEXT(s + i, j, len, c);
    (void)c;
    i += j > 0 ? j : 1;
    ++col;
  }
  *line = l;
  *column = col;
}

bool DecodeGb18030(std::string_view bytes, std::string* utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(
      ucnv_open("GB18030", &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                      nullptr, &status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString text;
  const char* src = bytes.data();
  const char* src_limit = src + bytes.size();
  UChar buffer[16384];
  while (true) {
    UChar* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer + 16384, &src, src_limit,
                   nullptr, /*flush=*/true, &status);
    text.append(buffer, static_cast<int32_t>(target - buffer));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) return false;
    break;
  }
  utf8->clear();
  text.toUTF8String(*utf8);
  return true;
}

bool LooksBinary(std::string_view bytes) {
  size_t n = bytes.size() < kSniffBytes ? bytes.size() : kSniffBytes;
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != '\v' && c != 0x1B) {
      ++controls;
    }
  }
  return n > 0 && controls * 10 > n;
}

}  // namespace factlint
