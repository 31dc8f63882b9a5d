#include "config/glob.h"

#include <cstdint>
#include <vector>

namespace factlint {
namespace {

std::string_view StripDotSlash(std::string_view s) {
  while (s.size() >= 2 && s[0] == '.' && s[1] == '/') s.remove_prefix(2);
  return s;
}

// Length of the UTF-8 sequence starting at s[i] (1 for ill-formed bytes).
size_t CodePointLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3
           : (c >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size()) return 1;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

// Memoized matcher over (pattern index, path index); O(|p|·|s|) states.
class Matcher {
 public:
  Matcher(std::string_view p, std::string_view s)
      : p_(p), s_(s), memo_((p.size() + 1) * (s.size() + 1), -1) {}

  bool Match(size_t pi, size_t si) {
    int8_t& m = memo_[pi * (s_.size() + 1) + si];
    if (m < 0) m = Compute(pi, si) ? 1 : 0;
    return m == 1;
  }

 private:
  bool AtComponentStart(size_t pi) const { return pi == 0 || p_[pi - 1] == '/'; }

  bool Compute(size_t pi, size_t si) {
    if (pi == p_.size()) return si == s_.size();
    char c = p_[pi];
    if (c == '*' && pi + 1 < p_.size() && p_[pi + 1] == '*' &&
        AtComponentStart(pi)) {
      if (pi + 2 == p_.size()) return true;  // "**" or ".../**"
      if (p_[pi + 2] == '/') {               // "**/": zero or more dirs
        if (Match(pi + 3, si)) return true;
        for (size_t j = si; j < s_.size(); ++j)
          if (s_[j] == '/' && Match(pi + 3, j + 1)) return true;
        return false;
      }
    }
    if (c == '*') {
      size_t next = pi + 1;
      while (next < p_.size() && p_[next] == '*') ++next;  // "a**b" == "a*b"
      for (size_t j = si;; ++j) {
        if (Match(next, j)) return true;
        if (j == s_.size() || s_[j] == '/') return false;
      }
    }
    if (si == s_.size()) return false;
    if (c == '?') {
      if (s_[si] == '/') return false;
      return Match(pi + 1, si + CodePointLength(s_, si));
    }
    return c == s_[si] && Match(pi + 1, si + 1);
  }

  std::string_view p_;
  std::string_view s_;
  std::vector<int8_t> memo_;
};

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  pattern = StripDotSlash(pattern);
  path = StripDotSlash(path);
  return Matcher(pattern, path).Match(0, 0);
}

bool GlobMatchPathOrParent(std::string_view pattern, std::string_view path) {
  path = StripDotSlash(path);
  if (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  if (GlobMatch(pattern, path)) return true;
  for (size_t i = 0; i < path.size(); ++i)
    if (path[i] == '/' && GlobMatch(pattern, path.substr(0, i))) return true;
  return false;
}

}  // namespace factlint
