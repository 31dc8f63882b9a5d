#include "fix/render.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "extract/number_parser.h"
#include "extract/unit_table.h"
#include "fix/chinese_numeral.h"

namespace factlint {
namespace {

// How the original was written, split around its number.
struct Layout {
  std::string prefix;     // 第, 前, 百分之, or ""
  std::string body;       // the number without a trailing magnitude word
  std::string magnitude;  // 万亿 in 3.6万亿元; "" when written in full
  std::string suffix;     // the unit after the magnitude: 元, 家, %, 位
  double factor = 1;      // base units per unit of the written body
  bool integral = false;  // a count, rank or year: whole numbers only
  ParsedNumber num;
};

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

double MagnitudeFactor(const UnitTable& units, std::string_view words) {
  double f = 1;
  size_t p = 0;
  while (p < words.size()) {
    size_t next;
    CodePointAt(words, p, &next);
    const MagnitudeDef* m = units.FindMagnitude(words.substr(p, next - p));
    if (m == nullptr) return 0;
    f *= m->factor;
    p = next;
  }
  return f;
}

// `key` names the reason in the message catalogue (rules/messages, [fix]).
bool Fail(std::string* why, const char* key) {
  if (why != nullptr) *why = key;
  return false;
}

bool ReadLayout(const Quantity& q, const UnitTable& units, Layout* out,
                std::string* why) {
  const std::string& s = q.surface;
  if (q.kind == ClaimKind::kFraction)
    return Fail(why, "fix.fraction");
  const ScanWords& words = units.scan_words();
  size_t p = 0;
  if (q.kind == ClaimKind::kRank && (StartsWith(s, "第") || StartsWith(s, "前")))
    p = 3;
  else if (const std::string* percent = WordAt(s, 0, words.percent);
           q.kind == ClaimKind::kPercent && percent != nullptr)
    p = percent->size();  // 百分之 ([fractions] percent)
  out->prefix = s.substr(0, p);
  std::optional<ParsedNumber> n = ParseNumber(s, p, units);
  if (!n) return Fail(why, "fix.no_number");
  if (n->pair || n->dotted || n->plus)
    return Fail(why, "fix.pair");
  out->num = *n;
  out->suffix = s.substr(n->end);
  out->magnitude = n->magnitude;
  size_t body_end = n->end - n->magnitude.size();
  if (s.compare(body_end, n->magnitude.size(), n->magnitude) != 0)
    return Fail(why, "fix.magnitude");
  out->body = s.substr(p, body_end - p);
  // 一亿零五万, 五万五千: written in full; 五百二十五万: body and magnitude.
  if (n->chinese && (Contains(out->body, "万") || Contains(out->body, "亿"))) {
    out->body += out->magnitude;
    out->magnitude.clear();
  }
  double unit_factor = 1;
  if (q.kind == ClaimKind::kRank) {
    // 第10位, 前500强: a unit of [ranks] ordinal_units or top_units.
    auto rank_unit = [&](const std::vector<std::string>& list) {
      return std::find(list.begin(), list.end(), out->suffix) != list.end();
    };
    if (!(out->suffix.empty() || rank_unit(words.ordinal_units) || rank_unit(words.top_units)))
      return Fail(why, "fix.rank_form");
    out->integral = true;
  } else if (q.kind == ClaimKind::kYear) {
    if (!(out->suffix.empty() || out->suffix == "年"))
      return Fail(why, "fix.year_form");
    out->integral = true;
  } else if (!out->prefix.empty()) {  // 百分之
    if (!out->suffix.empty()) return Fail(why, "fix.percent_form");
  } else {
    if (q.unit != n->magnitude + out->suffix)
      return Fail(why, "fix.unit_apart");
    if (!out->suffix.empty()) {
      const UnitDef* u = units.Find(out->suffix);
      if (u == nullptr) return Fail(why, "fix.unknown_unit");
      unit_factor = u->factor;
      out->integral = u->counts && n->magnitude.empty();
    }
  }
  double mag = MagnitudeFactor(units, out->magnitude);
  if (mag == 0) return Fail(why, "fix.unknown_magnitude");
  out->factor = unit_factor * mag;
  return true;
}

// Digits after the decimal point as written (ASCII . or 点).
int WrittenDecimals(const Layout& l) {
  if (!l.num.has_decimal) return 0;
  size_t dot = l.body.find(l.num.chinese ? "点" : ".");
  if (dot == std::string::npos) return 0;
  size_t p = dot + (l.num.chinese ? 3 : 1);
  int n = 0;
  while (p < l.body.size()) {
    size_t next;
    CodePointAt(l.body, p, &next);
    ++n;
    p = next;
  }
  return n;
}

bool Close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// Decimals needed to write `x` exactly (or `step` when it is given).
int NeededDecimals(double x, double step) {
  for (int k = 0; k <= 9; ++k) {
    double p = std::pow(10.0, k);
    if (step > 0 ? step * p >= 1 - 1e-9 : Close(std::round(x * p) / p, x))
      return k;
  }
  return 10;
}

// `width`: digits of a zero-padded integer part (03 -> 2), else 1.
std::string AsciiNumber(uint64_t scaled, int decimals, bool grouped,
                        size_t width) {
  std::string digits = std::to_string(scaled);
  size_t need = static_cast<size_t>(decimals) + width;
  if (digits.size() < need) digits.insert(0, need - digits.size(), '0');
  std::string integer = digits.substr(0, digits.size() - decimals);
  std::string frac = digits.substr(digits.size() - decimals);
  if (grouped) {
    for (int i = static_cast<int>(integer.size()) - 3; i > 0; i -= 3)
      integer.insert(i, ",");
  }
  return decimals > 0 ? integer + "." + frac : integer;
}

bool AsciiBody(std::string_view body) {
  for (char c : body) {
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.')) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> RenderLike(double base_value,
                                      const Quantity& original,
                                      const UnitTable& units, double base_step,
                                      std::string* why) {
  Layout l;
  if (!ReadLayout(original, units, &l, why)) return std::nullopt;
  double x = base_value / l.factor;
  if (!std::isfinite(x) || x < 0) {
    Fail(why, "fix.negative");
    return std::nullopt;
  }
  if (l.integral && !Close(std::round(x), x)) {
    Fail(why, "fix.whole");
    return std::nullopt;
  }
  int decimals = std::max(WrittenDecimals(l),
                          NeededDecimals(x, base_step / l.factor));
  if (decimals > 9 || x * std::pow(10.0, decimals) > 9e15) {
    Fail(why, "fix.digits");
    return std::nullopt;
  }
  auto scaled = static_cast<uint64_t>(std::llround(x * std::pow(10.0, decimals)));
  if (!Close(scaled / std::pow(10.0, decimals), x)) {
    Fail(why, "fix.precision");
    return std::nullopt;
  }
  std::optional<std::string> number;
  if (l.num.digit_string) {
    if (decimals == 0)
      number = ChineseDigitString(scaled, Contains(l.body, "零") ? "零" : "〇");
  } else if (l.num.chinese) {
    ChineseNumeralStyle style;
    style.liang = Contains(l.body, "两");
    for (std::string_view c : {"壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌",
                               "玖", "拾", "佰", "仟"})
      style.capital = style.capital || Contains(l.body, c);
    bool in_full = Contains(l.body, "万") || Contains(l.body, "亿");
    if (!in_full || decimals == 0) number = ChineseDecimal(scaled, decimals, style);
  } else if (AsciiBody(l.body)) {
    size_t width = l.body.find_first_not_of("0123456789");
    if (width == std::string::npos) width = l.body.size();
    if (width < 2 || l.body[0] != '0') width = 1;  // not zero-padded
    number = AsciiNumber(scaled, decimals, Contains(l.body, ","), width);
  }
  if (!number) {
    Fail(why, "fix.numerals");
    return std::nullopt;
  }
  std::string result = l.prefix + *number + l.magnitude + l.suffix;
  // Read it back: the grammar must see exactly this number, nothing else.
  std::optional<ParsedNumber> back = ParseNumber(result, l.prefix.size(), units);
  double mag = l.magnitude.empty() ? 1 : MagnitudeFactor(units, l.magnitude);
  if (!back || back->pair || back->plus || back->dotted ||
      back->end != result.size() - l.suffix.size() ||
      back->chinese != l.num.chinese ||
      back->digit_string != l.num.digit_string ||
      !Close(back->value, x * mag)) {
    Fail(why, "fix.read_back");
    return std::nullopt;
  }
  return result;
}

std::string MatchDigitWidth(const std::string& rendered,
                            const std::string& source_bytes) {
  bool wide = false;
  for (size_t p = 0; p < source_bytes.size() && !wide;) {
    size_t next;
    char32_t c = CodePointAt(source_bytes, p, &next);
    wide = c >= U'０' && c <= U'９';
    p = next > p ? next : p + 1;
  }
  if (!wide) return rendered;
  static constexpr const char* kWideDigits[] = {"０", "１", "２", "３", "４",
                                                "５", "６", "７", "８", "９"};
  std::string out;
  for (char c : rendered) {
    if (c >= '0' && c <= '9') out += kWideDigits[c - '0'];
    else if (c == '.') out += "．";
    else if (c == ',') out += "，";
    else if (c == '%') out += "％";
    else out.push_back(c);
  }
  return out;
}

}  // namespace factlint
