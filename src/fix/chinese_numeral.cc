#include "fix/chinese_numeral.h"

#include <string_view>

namespace factlint {
namespace {

constexpr const char* kDigits[] = {"零", "一", "二", "三", "四",
                                   "五", "六", "七", "八", "九"};
constexpr const char* kCapitalDigits[] = {"零", "壹", "贰", "叁", "肆",
                                          "伍", "陆", "柒", "捌", "玖"};
constexpr const char* kPlaces[] = {"", "十", "百", "千"};
constexpr const char* kCapitalPlaces[] = {"", "拾", "佰", "仟"};

const char* Digit(int d, const ChineseNumeralStyle& style) {
  return style.capital ? kCapitalDigits[d] : kDigits[d];
}

// One four-digit section 1..9999. `leading`: the first section written, so
// a 1 in the tens place at its start is dropped (十五). `big`: the section
// is followed by 万 or 亿.
std::string Section(int s, bool leading, bool big,
                    const ChineseNumeralStyle& style) {
  std::string out;
  bool any = false, zero_pending = false;
  static constexpr int kPow[] = {1, 10, 100, 1000};
  for (int place = 3; place >= 0; --place) {
    int d = (s / kPow[place]) % 10;
    if (d == 0) {
      if (any) zero_pending = true;
      continue;
    }
    if (zero_pending) {
      out += "零";
      zero_pending = false;
    }
    bool drop_one = place == 1 && d == 1 && leading && !any;
    if (!drop_one) {
      bool liang = style.liang && !style.capital && d == 2 &&
                   (place >= 2 || (place == 0 && big && s == 2));
      out += liang ? "两" : Digit(d, style);
    }
    out += style.capital ? kCapitalPlaces[place] : kPlaces[place];
    any = true;
  }
  return out;
}

}  // namespace

std::optional<std::string> ChineseInteger(uint64_t v,
                                          const ChineseNumeralStyle& style) {
  if (v > kMaxChineseInteger) return std::nullopt;
  if (v == 0) return std::string("零");
  if (v == 2 && style.liang && !style.capital) return std::string("两");
  struct Part {
    int value;
    const char* word;
  };
  const Part parts[] = {{static_cast<int>(v / 100000000), "亿"},
                        {static_cast<int>(v / 10000 % 10000), "万"},
                        {static_cast<int>(v % 10000), ""}};
  std::string out;
  bool started = false, need_zero = false;
  for (const Part& p : parts) {
    if (p.value == 0) {
      if (started) need_zero = true;
      continue;
    }
    if (started && p.value < 1000) need_zero = true;
    if (need_zero) out += "零";
    need_zero = false;
    bool big = *p.word != '\0';
    out += Section(p.value, !started, big, style);
    out += p.word;
    started = true;
  }
  return out;
}

std::optional<std::string> ChineseDecimal(uint64_t scaled, int decimals,
                                          const ChineseNumeralStyle& style) {
  if (decimals < 0 || decimals > 9) return std::nullopt;
  uint64_t pow = 1;
  for (int i = 0; i < decimals; ++i) pow *= 10;
  uint64_t integer = scaled / pow;
  ChineseNumeralStyle head = style;
  if (decimals > 0 && integer == 2) head.liang = false;  // 二点五, not 两点五
  std::optional<std::string> out = ChineseInteger(integer, head);
  if (!out || decimals == 0) return out;
  // Digits after 点 are read one by one and never use 两.
  ChineseNumeralStyle plain = style;
  plain.liang = false;
  std::string frac;
  uint64_t f = scaled % pow;
  for (int i = 0; i < decimals; ++i) {
    frac.insert(0, Digit(static_cast<int>(f % 10), plain));
    f /= 10;
  }
  return *out + "点" + frac;
}

std::string ChineseDigitString(uint64_t v, const std::string& zero) {
  std::string digits = std::to_string(v), out;
  for (char c : digits) out += c == '0' ? zero : kDigits[c - '0'];
  return out;
}

}  // namespace factlint
