// Small string_view helpers on UTF-8 text (byte-wise: a whole word matches
// only at its own boundaries, as UTF-8 guarantees). One copy for the whole
// project instead of one per file.
#ifndef FACTLINT_BASE_STRINGS_H_
#define FACTLINT_BASE_STRINGS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

inline bool StartsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(0, w.size()) == w;
}

inline bool EndsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// Spaces, tabs and carriage returns off either end.
inline std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  return s;
}

inline std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// One of `words` occurs in `s` / starts `s`.
inline bool ContainsAny(std::string_view s, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return s.find(w) != std::string_view::npos; });
}

inline bool StartsWithAny(std::string_view s, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return StartsWith(s, w); });
}

inline bool EndsWithAny(std::string_view s, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return !w.empty() && EndsWith(s, w); });
}

// The code points of UTF-8 text: its bytes that do not continue a sequence
// (continuation bytes are 10xxxxxx). Eight bytes at a time, for the passes
// over whole documents.
inline size_t CountCodePoints(std::string_view s) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t continuations = 0, k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + k, 8);
    // Bit 7 of each byte set when the byte is 10xxxxxx; their sum by one
    // multiplication (at most 8, so no byte of the sum overflows).
    const uint64_t cont = (w & ~(w << 1) & kHigh) >> 7;
    continuations += (cont * 0x0101010101010101ULL) >> 56;
  }
  for (; k < s.size(); ++k) continuations += (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
  return s.size() - continuations;
}

// The first offset from `i` on (at most `end`) where the eight bytes from
// there hold an ASCII byte: runs of bytes 0x80 and above (the letters of
// Chinese text, none of which is or holds an ASCII byte) are stepped over
// eight at a time. For the passes that look for ASCII marks only.
inline size_t SkipNonAscii(const char* s, size_t i, size_t end) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  while (i + 8 <= end) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if ((w & kHigh) != kHigh) break;
    i += 8;
  }
  return i;
}

}  // namespace factlint

#endif  // FACTLINT_BASE_STRINGS_H_
