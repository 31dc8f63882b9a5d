// The word table: a string a claim carries (its surface, part of a year,
// dimension, unit, place, subject and context words) is held once per
// process, and a claim holds only its number in the table (four bytes,
// extract/intern_table.h). The same few thousand words recur across every
// document of a run, so a run of a gigabyte holds each once instead of once
// per claim (docs/benchmarks.md, "`check` in bounded memory, third round").
//
// A Word reads like the std::string it stands for: it converts to
// `const std::string&` and `std::string_view`, compares with strings by
// content, and is made from any string by interning it (thread-safe; the
// table only grows and is never freed, so a Word stays valid everywhere).
// Two Words are equal exactly when they name one entry; they order by
// their text, so sorting words sorts them as strings.
#ifndef FACTLINT_EXTRACT_WORD_H_
#define FACTLINT_EXTRACT_WORD_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include <fmt/format.h>

namespace factlint {

class Word {
 public:
  Word() = default;  // ""
  Word(std::string_view text);  // NOLINT: implicit, strings become words
  Word(const std::string& text) : Word(std::string_view(text)) {}  // NOLINT
  Word(const char* text) : Word(std::string_view(text)) {}  // NOLINT

  const std::string& str() const { return Text(id_); }
  std::string_view view() const { return Text(id_); }
  operator const std::string&() const { return Text(id_); }  // NOLINT
  operator std::string_view() const { return Text(id_); }    // NOLINT

  bool empty() const { return id_ == 0; }
  size_t size() const { return Text(id_).size(); }
  const char* data() const { return Text(id_).data(); }
  size_t find(std::string_view s, size_t pos = 0) const { return Text(id_).find(s, pos); }

  friend bool operator==(const Word& a, const Word& b) { return a.id_ == b.id_; }
  friend std::strong_ordering operator<=>(const Word& a, const Word& b) {
    return a.id_ == b.id_ ? std::strong_ordering::equal : a.view() <=> b.view();
  }
  // Against any string: by content.
  template <typename S>
    requires(!std::is_same_v<std::remove_cvref_t<S>, Word> &&
             std::is_convertible_v<const S&, std::string_view>)
  friend bool operator==(const Word& a, const S& b) {
    return a.view() == std::string_view(b);
  }
  template <typename S>
    requires(!std::is_same_v<std::remove_cvref_t<S>, Word> &&
             std::is_convertible_v<const S&, std::string_view>)
  friend std::strong_ordering operator<=>(const Word& a, const S& b) {
    return a.view() <=> std::string_view(b);
  }

  friend std::ostream& operator<<(std::ostream& os, const Word& w) { return os << w.view(); }

  // Entries in the table (for tests and measurements).
  static size_t TableSize();

 private:
  // The text of entry `id` of the table.
  static const std::string& Text(uint32_t id);

  uint32_t id_ = 0;  // 0: ""
};

}  // namespace factlint

template <>
struct fmt::formatter<factlint::Word> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const factlint::Word& w, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(w.view(), ctx);
  }
};

#endif  // FACTLINT_EXTRACT_WORD_H_
