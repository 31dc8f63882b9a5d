#include "extract/number_parser.h"

#include <cctype>
#include <cmath>
#include <vector>

#include <re2/re2.h>
#include <unicode/utf8.h>

#include "extract/precision.h"

namespace factlint {
namespace {

// Positional units inside Chinese numerals that are not magnitude words of
// the lexicon (the lexicon has 百 and 千; the capital forms live here).
double BuiltinSmallUnit(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'佰': return 100;
    case U'仟': return 1000;
    default: return 0;
  }
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// The magnitude characters a run of Chinese numerals may hold (the lexicon
// decides their factors; this only delimits runs such as 十四五).
bool IsChineseMagnitude(char32_t c) {
  switch (c) {
    case U'百': case U'千': case U'万': case U'亿': case U'萬': case U'億':
    case U'兆':
      return true;
    default:
      return false;
  }
}

// Values beyond this are not figures of any statistic: a run such as 1 and
// hundreds of 万 is reported as an overflow rather than read (its interval
// would be infinite and agree with everything). Far below the largest
// double, so that unit factors cannot overflow either.
constexpr double kLargestNumber = 1e100;

// Bytes of a minus sign at text[pos] that belongs to the number after it:
// ASCII '-' or U+2212 '−' right before an ASCII digit and not after a
// letter, digit or closing mark (2025-12-08, GPT-4, 表1-2 are not signs);
// 负 before a digit or a Chinese numeral (负四十五亿) unless it ends a word
// (units.toml [minus]: 减负, 辜负). 0 when there is none.
size_t SignLength(std::string_view text, size_t pos, const UnitTable& units) {
  size_t next;
  char32_t c = CodePointAt(text, pos, &next);
  if (c != '-' && c != U'−' && c != U'负') return 0;
  size_t after;
  char32_t d = CodePointAt(text, next, &after);
  if (c == U'负') {
    if (units.FuEndsWord(text, pos)) return 0;  // 减负3500亿元, 辜负十四亿
    return (IsAsciiDigit(d) || ChineseDigitValue(d) > 0 || d == U'十' ||
            d == U'拾')
               ? next - pos
               : 0;
  }
  if (!IsAsciiDigit(d)) return 0;
  if (pos > 0) {
    size_t back = pos - 1;
    while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80)
      --back;
    size_t unused;
    char32_t b = CodePointAt(text, back, &unused);
    if (b < 0x80 && (std::isalnum(static_cast<int>(b)) || b == '.' ||
                     b == ')' || b == ']' || b == '%' || b == '-' || b == '/'))
      return 0;
  }
  return next - pos;
}

// An ASCII number token at text[pos]: 36,000  2.68  525.
struct AsciiToken {
  size_t end = 0;
  double value = 0;
  int decimals = 0;
  int integer_digits = 0;
};

// True when `rest` (what follows a number) starts with a digit, or with a
// space and a digit: the number goes on, or another stands beside it.
bool DigitFollows(re2::StringPiece rest) {
  if (rest.empty()) return false;
  if (IsAsciiDigit(static_cast<unsigned char>(rest[0]))) return true;
  return rest.size() >= 2 && rest[0] == ' ' &&
         IsAsciiDigit(static_cast<unsigned char>(rest[1]));
}

std::optional<AsciiToken> ReadAscii(std::string_view text, size_t pos) {
  static const RE2 kGrouped(R"(([0-9]{1,3}(?:,[0-9]{3})+)(?:\.([0-9]+))?)");
  // Text extracted from PDF: thin spaces between groups of three (36 130)
  // and letter-spaced digits (5 2 4). Accepted only when no further digit
  // stands after one space, so that figures in a row stay apart.
  static const RE2 kSpaceGrouped(R"(([0-9]{1,3}(?: [0-9]{3})+)(?:\.([0-9]+))?)");
  static const RE2 kLetterSpaced(R"(([0-9](?: [0-9]){2,}))");
  static const RE2 kPlain(R"(([0-9]+)(?:\.([0-9]+))?)");
  re2::StringPiece input(text.data() + pos, text.size() - pos);
  re2::StringPiece whole, int_part, frac;
  re2::StringPiece in = input;
  bool ok = RE2::Consume(&in, kGrouped, &int_part, &frac) && !DigitFollows(in);
  if (!ok) {
    in = input;
    frac = re2::StringPiece();
    ok = RE2::Consume(&in, kSpaceGrouped, &int_part, &frac) && !DigitFollows(in);
  }
  if (!ok) {
    in = input;
    frac = re2::StringPiece();
    ok = RE2::Consume(&in, kLetterSpaced, &int_part) && !DigitFollows(in) &&
         (in.empty() || in[0] != '.');
  }
  if (!ok) {
    in = input;
    frac = re2::StringPiece();
    if (!RE2::Consume(&in, kPlain, &int_part, &frac)) return std::nullopt;
  }
  AsciiToken t;
  t.end = pos + (input.size() - in.size());
  std::string digits;
  for (char c : int_part) {
    if (c != ',' && c != ' ') digits.push_back(c);
  }
  t.integer_digits = static_cast<int>(digits.size());
  t.decimals = static_cast<int>(frac.size());
  if (!frac.empty()) digits += "." + std::string(frac.data(), frac.size());
  t.value = std::strtod(digits.c_str(), nullptr);
  return t;
}

struct Group {
  double value;
  double scale;
};

}  // namespace

char32_t CodePointAt(std::string_view text, size_t pos, size_t* next) {
  if (pos >= text.size()) {
    *next = text.size();
    return 0;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  int32_t len = static_cast<int32_t>(text.size());
  UChar32 c;
  U8_NEXT(s, i, len, c);
  *next = static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

int ChineseDigitValue(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'兩': case U'贰': case U'貳': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

size_t ChineseNumeralRun(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    size_t next;
    char32_t c = CodePointAt(text, p, &next);
    if (ChineseDigitValue(c) < 0 && BuiltinSmallUnit(c) == 0 &&
        !IsChineseMagnitude(c))
      break;
    p = next;
  }
  return p - pos;
}

std::optional<ParsedNumber> ParseNumber(std::string_view text, size_t pos,
                                        const UnitTable& units) {
  // A minus sign: the number after it, negated (负四十五亿, -10000, −2.2).
  if (size_t sign = SignLength(text, pos, units)) {
    std::optional<ParsedNumber> r = ParseNumber(text, pos + sign, units);
    if (!r || r->pair || r->digit_string || r->dotted || r->negative)
      return std::nullopt;
    r->begin = pos;
    r->negative = true;
    r->value = -r->value;
    return r;
  }
  // ±5, 正负5: a tolerance around zero (the caller reads the interval).
  if (size_t pm = units.PlusMinusAt(text, pos)) {
    std::optional<ParsedNumber> r = ParseNumber(text, pos + pm, units);
    if (!r || r->pair || r->digit_string || r->dotted || r->negative ||
        r->plus || r->plus_minus || r->overflow || r->value <= 0)
      return std::nullopt;
    r->begin = pos;
    r->plus_minus = true;
    return r;
  }
  ParsedNumber r;
  r.begin = pos;
  size_t next;
  char32_t first = CodePointAt(text, pos, &next);

  // Digit-by-digit forms: 二〇三五, 二0一一 (years) and neighbour pairs 三四.
  if (ChineseDigitValue(first) >= 0) {
    std::vector<int> digits;
    size_t p = pos;
    while (p < text.size()) {
      char32_t c = CodePointAt(text, p, &next);
      int d = IsAsciiDigit(c) ? static_cast<int>(c - '0') : ChineseDigitValue(c);
      if (d < 0) break;
      digits.push_back(d);
      p = next;
    }
    if (digits.size() >= 2) {
      size_t after;
      char32_t c = CodePointAt(text, p, &after);
      bool unit_follows = BuiltinSmallUnit(c) != 0 || c == U'百' ||
                          c == U'千' || c == U'万' || c == U'亿';
      r.end = p;
      r.chinese = true;
      if (digits.size() == 2 && digits[0] >= 1 && digits[1] == digits[0] + 1 &&
          !unit_follows) {
        r.pair = true;
        r.value = digits[0];
        r.value_hi = digits[1];
        return r;
      }
      double v = 0;
      for (int d : digits) v = v * 10 + d;
      bool year_like = digits.size() == 4 && v >= 1900 && v <= 2100;
      bool before_nian = c == U'年';
      if (!unit_follows && digits.size() >= 3 && (year_like || before_nian)) {
        r.digit_string = true;
        r.value = v;
        r.integer_digits = static_cast<int>(digits.size());
        return r;
      }
      return std::nullopt;  // 十四五-like runs are not numbers
    }
  }

  // 几十万, 几百万, 几千亿: an unwritten leading digit (1 to 9) before a
  // unit, read like 多: [10万, 100万). Only with a magnitude (几十年 and
  // 几百家 are manners of speaking, not figures).
  bool ji_first = false;
  if (first == U'几') {
    size_t n2;
    char32_t c2 = CodePointAt(text, next, &n2);
    if ((BuiltinSmallUnit(c2) || units.FindMagnitude(text.substr(next, n2 - next))) &&
        units.MatchUnit(text, next) == nullptr)
      ji_first = true;
    else
      return std::nullopt;
  }
  std::vector<Group> groups;  // completed magnitude groups (万, 亿 ...)
  double section = 0;         // below the last magnitude group: 五百二十
  double number = 0;          // the digits just read
  bool have_number = false;   // `number` holds unfolded digits
  bool any = false;           // something was read
  bool after_big = false;     // the last token was a magnitude group
  bool ascii_last = false;    // the last digits were ASCII
  bool decimal_now = false;   // the current digits have a fraction
  double last_unit = 0;       // factor of the unit or magnitude just read
  double unit_before = 0;     // the unit right before `number` (一万三: 1e4)
  bool zero_before = false;   // a placeholder 零 stands right before here
  size_t p = pos;
  if (ji_first) {
    number = 1;
    have_number = any = r.chinese = r.plus = true;
    r.plus_step = 9;
    r.plus_span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(next)};
    p = next;
  }
  while (p < text.size()) {
    char32_t c = CodePointAt(text, p, &next);
    int cd = ChineseDigitValue(c);
    if (IsAsciiDigit(c)) {
      // 5万4千6百: ASCII digits after a positional unit written after
      // ASCII digits continue when a smaller unit follows them.
      bool after_small = any && !after_big && !have_number && ascii_last &&
                         last_unit > 0 && !r.plus;
      if (have_number || (any && !after_big && !after_small) || r.plus) break;
      std::optional<AsciiToken> t = ReadAscii(text, p);
      if (!t) break;
      // 1.2.1 is a section number.
      if (!any && t->end + 1 < text.size() && text[t->end] == '.' &&
          IsAsciiDigit(static_cast<unsigned char>(text[t->end + 1]))) {
        size_t e = t->end;
        while (e + 1 < text.size() && text[e] == '.' &&
               IsAsciiDigit(static_cast<unsigned char>(text[e + 1]))) {
          e += 2;
          while (e < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[e]))) ++e;
        }
        r.dotted = true;
        r.value = t->value;
        r.step = std::pow(10.0, -t->decimals);
        r.has_decimal = t->decimals > 0;
        r.end = e;
        return r;
      }
      bool colloquial_ascii = false;
      if (after_big || after_small) {  // 1亿5000万: only into another unit
        size_t n2;
        char32_t c2 = CodePointAt(text, t->end, &n2);
        const MagnitudeDef* m2 = units.FindMagnitude(text.substr(t->end, n2 - t->end));
        double f2 = m2 ? m2->factor : BuiltinSmallUnit(c2);
        // 2万5 = 25000, 3千5 = 3500: one last digit after a magnitude is
        // the next lower place, as in 一万三 (not 2万50, 2万5.5).
        colloquial_ascii = ascii_last && f2 == 0 && t->decimals == 0 && t->integer_digits == 1 &&
                           t->value > 0 && last_unit >= 100 && c2 != '.';
        if (!colloquial_ascii &&
            (t->decimals > 0 || units.MatchUnit(text, t->end) != nullptr ||
             f2 == 0 || (after_small && !(f2 < last_unit))))
          break;
      }
      number = t->value;
      r.step = std::pow(10.0, -t->decimals);
      decimal_now = t->decimals > 0;
      r.has_decimal = r.has_decimal || decimal_now;
      if (!any) r.integer_digits = t->integer_digits;
      have_number = any = ascii_last = true;
      after_big = false;
      unit_before = colloquial_ascii ? last_unit : 0;
      zero_before = false;
      r.magnitude.clear();
      p = t->end;
      continue;
    }
    if (cd >= 0) {
      if (have_number || r.plus) break;
      if (cd == 0 && any) {  // 一百零五: a placeholder zero
        zero_before = true;
        last_unit = 0;
        p = next;
        continue;
      }
      if (after_big) {
        // 五万五千 goes on into 千; 一万三 and 九万四 are colloquial for
        // 一万三千 and 九万四千 when the digit ends the number.
        size_t n2;
        char32_t c2 = CodePointAt(text, next, &n2);
        bool more = units.FindMagnitude(text.substr(next, n2 - next)) ||
                    BuiltinSmallUnit(c2);
        bool colloquial = !more && r.chinese && !ascii_last &&
                          ChineseDigitValue(c2) < 0 && c2 != U'点' &&
                          c2 != U'几' && c2 != U'多' && c2 != U'余';
        // 一万零七: after 零 a last digit is the ones (read as written).
        if (zero_before && !more) colloquial = true;
        if (!(more || colloquial) || (more && units.MatchUnit(text, next) != nullptr))
          break;
      }
      number = cd;
      r.step = 1;
      decimal_now = false;
      unit_before = zero_before ? 0 : last_unit;
      last_unit = 0;
      have_number = any = r.chinese = true;
      ascii_last = after_big = false;
      r.magnitude.clear();
      p = next;
      continue;
    }
    // 四十七点三, and 十点二 where the digits before 点 were folded into the
    // section by 十; 十二万点三 = 120000.3.
    if (c == U'点' && r.chinese && !decimal_now &&
        (have_number || (section > 0 && !after_big) ||
         (after_big && section == 0))) {
      size_t q = next;
      double scale = 0.1, frac = 0;
      int n = 0;
      while (q < text.size()) {
        size_t qn;
        int d = ChineseDigitValue(CodePointAt(text, q, &qn));
        if (d < 0) break;
        frac += d * scale;
        scale /= 10;
        ++n;
        q = qn;
      }
      if (n == 0) break;
      number += frac;
      r.step = std::pow(10.0, -n);
      unit_before = 0;
      decimal_now = r.has_decimal = true;
      have_number = true;  // a magnitude after it scales it all (十二万点三万)
      after_big = false;
      p = q;
      continue;
    }
    // 二十几万, 一百零几: 几 is an unwritten digit of the place after the
    // unit before it (after 零, the ones): read as the plus mark 多.
    if (c == U'几' && any && !have_number && !r.plus && !decimal_now &&
        section > 0 && (zero_before || (last_unit >= 10 && last_unit < 1e4))) {
      r.plus = true;
      r.plus_step = zero_before ? 10 : last_unit;
      r.plus_span = {static_cast<uint32_t>(p), static_cast<uint32_t>(next)};
      p = next;
      continue;
    }
    if ((c == U'多' || c == U'余') && any && !decimal_now && !r.plus) {
      double base, scale = 1;
      if (have_number || section > 0) {
        base = section + number;
      } else if (!groups.empty()) {
        scale = groups.back().scale;
        base = groups.back().value / scale;
      } else {
        break;
      }
      if (have_number && unit_before >= 100) break;  // 一万三多: not a form
      r.plus = true;
      r.plus_step = PlusStep(std::fabs(base)) * scale;
      r.plus_span = {static_cast<uint32_t>(p), static_cast<uint32_t>(next)};
      p = next;
      continue;
    }
    // Magnitude words and positional units; a unit surface wins (千瓦时).
    const MagnitudeDef* mag = units.FindMagnitude(text.substr(p, next - p));
    double f = mag ? mag->factor : BuiltinSmallUnit(c);
    if (f == 0 || units.MatchUnit(text, p) != nullptr) break;
    if (r.plus) r.plus_inside = true;
    if (f < 1e4) {
      if (!have_number) {
        // 十五 = 15; 百三 = 一百三 = 130, 百二十五 = 125 (百 before a digit).
        size_t n2;
        const bool hundred_first =
            f == 100 && ChineseDigitValue(CodePointAt(text, next, &n2)) > 0;
        if ((f == 10 || hundred_first) && !any) {
          number = 1;
          r.step = 1;
          have_number = any = r.chinese = true;
        } else {
          break;
        }
      }
      section += number * f;
      r.step *= f;
      if (r.plus) r.plus_step *= f;
      if (ascii_last) {
        r.has_magnitude = true;
        r.magnitude += std::string(text.substr(p, next - p));
      }
      number = 0;
      have_number = false;
      last_unit = f;
      zero_before = false;
      p = next;
      continue;
    }
    if (!have_number && section == 0 && groups.empty()) break;
    double acc = section + number;
    double scale = f;
    if (after_big && !have_number && section == 0) {
      // 万万, 万亿, 亿亿: a magnitude right after another multiplies it
      // (10万万 = 10亿, 四万万 = 4亿, 3.6万亿 = 3.6e12).
      scale = groups.back().scale * f;
      acc = groups.back().value;
      groups.pop_back();
    }
    // Groups not above the new magnitude are part of its multiplier:
    // 一万二千五百万 = 12500万, 八十一万八千零三十八点四万 = 818038.4万.
    while (!groups.empty() && groups.back().scale <= scale) {
      acc += groups.back().value;
      groups.pop_back();
    }
    groups.push_back({acc * f, scale});
    r.step *= f;
    if (r.plus) r.plus_step *= f;
    r.has_magnitude = true;
    r.magnitude += std::string(text.substr(p, next - p));
    section = number = 0;
    have_number = false;
    after_big = true;
    last_unit = f;
    zero_before = false;
    p = next;
  }
  if (!any) return std::nullopt;
  // 几十年, 几百家 are manners of speaking; 几十万, 几千亿 are figures.
  if (ji_first && !r.has_magnitude) return std::nullopt;
  // 四万五千二 = 45200, 两千四百五 = 2450: a last digit right after 百, 千 or
  // a magnitude (not after 零) is the next lower place.
  if (have_number && unit_before >= 100 && !decimal_now) {
    number *= unit_before / 10;
    r.step = unit_before / 10;
  }
  double total = section + number;
  for (const Group& g : groups) total += g.value;
  r.value = total;
  r.end = p;
  if (!(std::fabs(total) <= kLargestNumber) ||
      !(r.step <= kLargestNumber) || !(r.plus_step <= kLargestNumber)) {
    r.overflow = true;
    r.value = 0;
    r.step = 1;
    r.plus = false;
  }
  return r;
}

}  // namespace factlint
