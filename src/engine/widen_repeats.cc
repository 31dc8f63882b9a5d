// WidenCountedRepeats: one pass over an RE2 pattern that skips escapes and
// character classes and rewrites {n,m} repetition operators.
#include "engine/widen_repeats.h"

namespace factlint {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of a repetition operator {n}, {n,} or {n,m} at `at` (0 when
// the brace does not open one), and in *min_zero whether n is 0.
size_t RepeatLength(std::string_view p, size_t at, bool* min_zero) {
  size_t i = at + 1;
  size_t digits = 0;
  bool all_zero = true;
  while (i < p.size() && IsDigit(p[i])) {
    all_zero = all_zero && p[i] == '0';
    ++i;
    ++digits;
  }
  if (digits == 0 || i >= p.size()) return 0;
  if (p[i] == ',') {
    ++i;
    while (i < p.size() && IsDigit(p[i])) ++i;
  }
  if (i >= p.size() || p[i] != '}') return 0;
  *min_zero = all_zero;
  return i + 1 - at;
}

// The length of the escape sequence starting with the backslash at `at`.
size_t EscapeLength(std::string_view p, size_t at) {
  if (at + 1 >= p.size()) return 1;
  const char c = p[at + 1];
  if (c == 'Q') {  // \Q...\E: literal text up to \E or the end
    size_t end = p.find("\\E", at + 2);
    return end == std::string_view::npos ? p.size() - at : end + 2 - at;
  }
  if ((c == 'p' || c == 'P' || c == 'x') && at + 2 < p.size() && p[at + 2] == '{') {
    size_t end = p.find('}', at + 3);
    return end == std::string_view::npos ? p.size() - at : end + 1 - at;
  }
  // One escaped character: a whole UTF-8 sequence if it is not ASCII.
  size_t n = 2;
  while (at + n < p.size() && (static_cast<unsigned char>(p[at + n]) & 0xC0) == 0x80) ++n;
  return n;
}

// The length of the character class opening at `at` ('['), with its
// escapes, [:alpha:] names and a ']' first in the class taken as a member.
size_t ClassLength(std::string_view p, size_t at) {
  size_t i = at + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;
  while (i < p.size() && p[i] != ']') {
    if (p[i] == '\\') {
      i += EscapeLength(p, i);
    } else if (p[i] == '[' && i + 1 < p.size() && p[i + 1] == ':') {
      size_t end = p.find(":]", i + 2);
      i = end == std::string_view::npos ? i + 1 : end + 2;
    } else {
      ++i;
    }
  }
  return (i < p.size() ? i + 1 : p.size()) - at;
}

}  // namespace

std::string WidenCountedRepeats(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    size_t n = 1;
    if (c == '\\') {
      n = EscapeLength(pattern, i);
    } else if (c == '[') {
      n = ClassLength(pattern, i);
    } else if (c == '{') {
      bool min_zero = false;
      if (size_t len = RepeatLength(pattern, i, &min_zero); len > 0) {
        out += min_zero ? '*' : '+';
        i += len;
        continue;
      }
    }
    out.append(pattern.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace factlint
