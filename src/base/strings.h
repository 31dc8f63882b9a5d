// Small string_view helpers on UTF-8 text (byte-wise: a whole word matches
// only at its own boundaries, as UTF-8 guarantees). One copy for the whole
// project instead of one per file.
#ifndef FACTLINT_BASE_STRINGS_H_
#define FACTLINT_BASE_STRINGS_H_

#include <algorithm>
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

}  // namespace factlint

#endif  // FACTLINT_BASE_STRINGS_H_
