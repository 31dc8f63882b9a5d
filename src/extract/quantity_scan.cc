#include "extract/quantity_scan.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "extract/precision.h"

namespace factlint {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A plain integer: no fraction, magnitude, 多 or digit-by-digit reading.
bool PlainInteger(const ParsedNumber& n) {
  return !n.has_decimal && !n.has_magnitude && !n.plus && !n.pair &&
         !n.digit_string && !n.dotted && !n.overflow && !n.plus_minus;
}

}  // namespace

bool ScanState::MayOpen(char32_t c, std::string_view utf8, const UnitTable& units) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == U'百' || c == U'第' ||
         c == U'前' || ChineseDigitValue(c) >= 0 || c == U'十' || c == U'拾' || c == '-' ||
         c == U'−' || c == U'负' || c == U'几' || units.PlusMinusStartsWith(utf8) ||
         units.ScanWordStartsWith(utf8);
}

size_t ScanState::Take(size_t pos, std::vector<Quantity>* out) {
  ScanStep step = At(pos);
  if (step.quantity) {
    Quantity& q = *step.quantity;
    size_t end = q.span.end;
    if (!q.qualifier_span.empty()) end = std::max<size_t>(end, q.qualifier_span.end);
    set_floor(std::max(end, step.end));
    out->push_back(std::move(q));
  }
  if (step.end > pos) return step.end;
  size_t next;
  CodePointAt(text_, pos, &next);
  return next > pos ? next : pos + 1;
}

ScanStep ScanState::At(size_t pos) {
  size_t next;
  char32_t c = CodePointAt(text_, pos, &next);
  if (!MayOpen(c, text_.substr(pos, next - pos), units_)) return {pos, std::nullopt};
  if (IsAsciiLetter(c)) return LetterToken(pos);
  if (c >= '0' && c <= '9') return NumberForm(pos);
  // Asked at every character: each word below is compared only where its
  // first character stands.
  const ScanWords& words = units_.scan_words();
  if (const std::string* w = WordAt(text_, pos, words.percent))  // 百分之
    return PercentWords(pos, pos + w->size(), 1, ClaimKind::kPercent);
  if (const std::string* w = WordAt(text_, pos, words.per_mille))  // 千分之
    return PercentWords(pos, pos + w->size(), 0.1, ClaimKind::kFraction);
  if (const std::string* w = WordAt(text_, pos, words.half)) {  // 半数 = half of them
    const size_t end = pos + w->size();
    ScanStep r{end, Make(pos, end, ClaimKind::kFraction, "percent", *w,
                         Interval::Point(50), true)};
    Qualify(&*r.quantity, pos, end, 50, 0, false, 1);
    r.end = std::max<size_t>(r.end, r.quantity->qualifier_span.end);
    return r;
  }
  if (c == U'第') return Ordinal(pos);
  if (c == U'前') return Top(pos);
  if (const std::string* w = WordAt(text_, pos, words.first))  // 榜首, 首位
    return Rank(pos, pos + w->size(), 1, 1, "");
  if (ChineseDigitValue(c) >= 0 || c == U'十' || c == U'拾' || c == '-' ||
      c == U'−' || c == U'负' || c == U'几')
    return NumberForm(pos);
  if (units_.PlusMinusAt(text_, pos) > 0) return NumberForm(pos);  // ±5%
  // 百三 = 130: 百 opens a number only before a digit (not 百万, 百强).
  if (c == U'百' && ChineseDigitValue(CodePointAt(text_, next, &next)) > 0)
    return NumberForm(pos);
  return {pos, std::nullopt};
}

ScanStep ScanState::LetterToken(size_t pos) {
  if (std::optional<ScanStep> f = EnglishFraction(pos)) return *f;
  if (std::optional<ScanStep> f = EnglishSpelled(pos)) return *f;
  if (std::optional<ScanStep> f = EnglishChangeWord(pos)) return *f;
  size_t j = pos;
  size_t first_digit = std::string_view::npos;
  while (j < text_.size()) {
    char c = text_[j];
    if (IsAsciiAlnum(static_cast<unsigned char>(c))) {
      if (IsDigit(c) && first_digit == std::string_view::npos) first_digit = j;
      ++j;
    } else if ((c == '-' || c == '.' || c == '_') && j > pos &&
               j + 1 < text_.size() &&
               IsAsciiAlnum(static_cast<unsigned char>(text_[j + 1]))) {
      ++j;
    } else {
      break;
    }
  }
  if (first_digit == std::string_view::npos) return {j, std::nullopt};
  std::string digits;
  for (size_t k = first_digit; k < j && (IsDigit(text_[k]) || text_[k] == '.');
       ++k)
    digits.push_back(text_[k]);
  return Identifier(pos, j, std::strtod(digits.c_str(), nullptr));
}

ScanStep ScanState::NumberForm(size_t pos) {
  size_t nx;
  char32_t c0 = CodePointAt(text_, pos, &nx);
  std::optional<ParsedNumber> parsed = ParseNumber(text_, pos, units_);
  if (!parsed) {
    if (c0 >= '0' && c0 <= '9') {
      size_t j = pos;
      while (j < text_.size() && IsDigit(text_[j])) ++j;
      return {j, std::nullopt};
    }
    // 几十年: the numerals after 几 are not a number of their own.
    if (c0 == U'几') return {nx + ChineseNumeralRun(text_, nx), std::nullopt};
    return {std::max(nx, pos + ChineseNumeralRun(text_, pos)), std::nullopt};
  }
  ParsedNumber& n = *parsed;
  if (n.dotted) return Identifier(pos, n.end, n.value);
  size_t p = EnglishMagnitude(&n, n.end);  // 3.6 trillion
  p = AsciiUnitGap(n, p);
  char32_t c = CodePointAt(text_, p, &nx);
  const UnitDef* unit = units_.MatchUnit(text_, p);
  if (unit != nullptr && units_.UnitBlocked(text_, p)) unit = nullptr;
  if (n.overflow) return Overflow(pos, unit ? p + unit->surface.size() : p);
  // 带宽100兆: a magnitude that needs a unit (兆: mega or 1e12) and has none.
  if (unit == nullptr && n.has_magnitude && units_.MagnitudeNeedsUnit(n.magnitude))
    return {p, std::nullopt};

  // ±5%, 正负0.5℃: a tolerance with its unit, none of the forms below.
  if (n.plus_minus) {
    if (unit == nullptr) return {n.end, std::nullopt};
    return Finish(pos, Piece{n, unit, p + unit->surface.size()});
  }
  // A Chinese numeral run that stops inside itself does not parse: 十四五.
  if (n.chinese && !n.digit_string && !n.pair && unit == nullptr &&
      (ChineseDigitValue(c) >= 0 || ChineseNumeralRun(text_, p) > 0))
    return {std::max(p, pos + ChineseNumeralRun(text_, pos)), std::nullopt};

  // ranked 10th, No. 1
  if (!n.chinese && unit == nullptr)
    if (std::optional<ScanStep> r = EnglishOrdinal(pos, n, p)) return *r;
  // 5G, 5A级: digits run into Latin letters that are not a unit.
  if (!n.chinese && IsAsciiLetter(c) && unit == nullptr) {
    size_t j = p;
    while (j < text_.size() && IsAsciiAlnum(static_cast<unsigned char>(text_[j])))
      ++j;
    return Identifier(pos, j, n.value);
  }

  // 1/5
  if (c == '/' && !n.chinese && PlainInteger(n)) {
    size_t k = p + 1;
    while (k < text_.size() && IsDigit(text_[k])) ++k;
    if (k > p + 1 && k - p <= 5 && (k == text_.size() || (text_[k] != '/' && text_[k] != '.'))) {
      double den = std::strtod(std::string(text_.substr(p + 1, k - p - 1)).c_str(), nullptr);
      if (den > 0 && n.value < den) {
        Quantity q = Make(pos, k, ClaimKind::kFraction, "percent", "",
                          Interval::Point(n.value / den * 100), false);
        Qualify(&q, pos, k, n.value / den * 100, 0, false, 1);
        return {std::max<size_t>(k, q.qualifier_span.end), q};
      }
    }
  }
  // 五分之一; 三分之一强 / 三分之一弱: a little more / less than a third.
  if (factlint::At(text_, p, "分之") && PlainInteger(n) && n.value > 0) {
    std::optional<ParsedNumber> m = ParseNumber(text_, p + 6, units_);
    if (m && !m->dotted && !m->pair && !m->plus && !m->overflow && !m->plus_minus &&
        m->value > 0 && m->value < n.value) {
      double v = m->value / n.value * 100;
      Quantity q = Make(pos, m->end, ClaimKind::kFraction, "percent", "分之",
                        Interval::Point(v), n.chinese || m->chinese);
      // 强/弱 says more than a qualifier before it (约占三分之一强 is a
      // little more than a third).
      for (auto [words, qual] : {std::pair{&units_.scan_words().above, Qualifier::kAbove},
                                 std::pair{&units_.scan_words().below, Qualifier::kBelow}}) {
        const std::string* word = WordAt(text_, m->end, *words);
        if (word == nullptr) continue;
        q.qualifier = qual;
        q.qualifier_span = {static_cast<uint32_t>(m->end),
                            static_cast<uint32_t>(m->end + word->size())};
        q.value = ApplyQualifier(qual, q.written, v, 0);
      }
      if (q.qualifier == Qualifier::kNone) Qualify(&q, pos, m->end, v, 0, false, 1);
      return {std::max<size_t>(m->end, q.qualifier_span.end), q};
    }
  }
  // 一半 = 1/2 (not 一半导体).
  if (c == U'半' && n.chinese && n.value == 1 && n.end - pos == 3 &&
      !units_.HalfStartsWord(text_, p)) {
    Quantity q = Make(pos, nx, ClaimKind::kFraction, "percent", "半",
                      Interval::Point(50), true);
    Qualify(&q, pos, nx, 50, 0, false, 1);
    return {std::max<size_t>(nx, q.qualifier_span.end), q};
  }
  // 翻一番, 翻两番: doubled, quadrupled. Read as the rise 增长1倍 and
  // 增长3倍 (2^N - 1 times the old value added), a rise by its form (as
  // doubled). A qualifier stands before the verb: 接近翻一番 is nearly doubled;
  // 多 after the measure is more, short of the next doubling: 翻了一番多 is
  // between 1 and 3 times the old value added.
  if (const std::string* measure = WordAt(text_, p, units_.scan_words().doubling_measures);
      measure != nullptr && PlainInteger(n) && n.value >= 1 && n.value <= 10) {
    if (const std::string* verb = WordBefore(text_, pos, units_.scan_words().doubling_verbs)) {
      const size_t end = p + measure->size();
      const double v = std::pow(2.0, n.value) - 1;
      Quantity q = Make(pos, end, ClaimKind::kMultiple, "multiple", *measure,
                        Interval::Point(v), n.chinese);
      q.change = Direction::kUp;
      Qualify(&q, pos - verb->size(), end, v, 0, /*plus_allowed=*/true, 1);
      if (q.qualifier == Qualifier::kPlus) q.value = PlusInterval(v, v + 1, false);
      return {std::max<size_t>(end, q.qualifier_span.end), q};
    }
  }
  // 3又1/2, 三又二分之一: a whole number and a fraction.
  if (factlint::At(text_, p, "又") && PlainInteger(n) && n.value > 0) {
    ScanStep part = At(p + 3);
    if (part.quantity && part.quantity->kind == ClaimKind::kFraction &&
        part.quantity->unit != "成" && part.quantity->unit != "半" &&
        part.quantity->qualifier == Qualifier::kNone &&
        part.quantity->written.lo == part.quantity->written.hi) {
      Piece mixed{n, nullptr, part.end};
      mixed.num.value += part.quantity->written.lo / 100;
      mixed.num.has_decimal = true;
      mixed.num.step = 0;
      mixed.num.end = part.end;
      mixed.unit = units_.MatchUnit(text_, part.end);
      if (mixed.unit != nullptr && !units_.UnitBlocked(text_, part.end)) {
        mixed.end = part.end + mixed.unit->surface.size();
        return Finish(pos, mixed);
      }
    }
  }
  // 三成, 七成多; 七成六 = 76%, 三成半 = 35% (a digit or 半 after 成 is
  // the next place, as 7.6成 and 3.5成 would be)
  if (c == U'成' && PlainInteger(n) && n.value >= 1 &&
      (n.value < 10 || (n.chinese && n.value == 10)) &&
      !units_.ChengStartsWord(text_, p)) {
    double v = n.value * 10, step = 10;
    size_t end = nx, after;
    char32_t d = CodePointAt(text_, nx, &after);
    int digit = ChineseDigitValue(d);
    if (n.value < 10 && n.chinese && digit > 0 &&
        ChineseNumeralRun(text_, after) == 0 && !factlint::At(text_, after, "成")) {
      v += digit;
      step = 1;
      end = after;
    } else if (n.value < 10 && d == U'半' && !units_.HalfStartsWord(text_, nx)) {
      v += 5;
      step = 1;
      end = after;
    }
    Quantity q = Make(pos, end, ClaimKind::kFraction, "percent", "成",
                      WrittenInterval(v, step), n.chinese);
    Qualify(&q, pos, end, v, step, step == 10, 10);
    return {std::max<size_t>(end, q.qualifier_span.end), q};
  }
  // Month and day of a date, times of day: consumed, not quantities.
  if (PlainInteger(n)) {
    if (c == U'月') {
      size_t e = SkipMonthDay(pos);
      if (e > pos) return {e, std::nullopt};
    }
    if (!n.chinese && (c == U'日' || c == U'号') && n.value >= 1 &&
        n.value <= 31)
      return {nx, std::nullopt};
    if (!n.chinese && c == U'时' && n.value <= 24) {
      size_t e = nx;
      std::optional<ParsedNumber> m = ParseNumber(text_, e, units_);
      if (m && PlainInteger(*m) && factlint::At(text_, m->end, "分"))
        e = m->end + 3;
      return {e, std::nullopt};
    }
  }
  Piece piece{n, unit, unit ? p + unit->surface.size() : p};
  // 10.6万、3.8万、3.3万平方公里: the unit written once after a list.
  if (unit == nullptr && c == U'、') {
    if (const UnitDef* shared = ListUnit(p, n)) {
      piece.unit = shared;
      piece.end = p;
    }
  }
  // RMB 249.7 billion: a unit written before the number, which the
  // quantity then starts with (a qualifier stands before it: nearly RMB 250).
  if (piece.unit == nullptr && !n.chinese) {
    if (const UnitDef* before = units_.UnitBefore(text_, pos)) {
      piece.unit = before;
      const size_t space = pos > 0 && text_[pos - 1] == ' ' ? 1 : 0;
      return Finish(pos - space - before->surface.size(), piece);
    }
  }
  // 一吨半, 两米半, 一年半: 半 after a unit is the half (read as .5 written).
  if (piece.unit != nullptr && PlainInteger(n) &&
      piece.unit->dimension.rfind("count:", 0) != 0 &&
      piece.unit->dimension != "person" && piece.end > p &&
      factlint::At(text_, piece.end, "半") &&
      !units_.HalfStartsWord(text_, piece.end)) {
    piece.num.value += n.value < 0 ? -0.5 : 0.5;
    piece.num.has_decimal = true;
    piece.num.step = 0.1;
    piece.end += std::string_view("半").size();
    return Finish(pos, piece);
  }
  // 一个半月, 两个半小时: N and a half of a duration counted with 个.
  if (factlint::At(text_, p, "个半") && PlainInteger(n) && n.value >= 1) {
    if (const UnitDef* d = HalfDurationAfterGe(p + 6, &piece.end)) {
      piece.unit = d;
      piece.num.value += 0.5;
      piece.num.has_decimal = true;
      piece.num.step = 0.1;
      return Finish(pos, piece);
    }
  }
  // 3个多月: the 多 sits inside the unit 个月.
  if (factlint::At(text_, p, "个多月") && PlainInteger(n)) {
    if (const UnitDef* months = units_.Find("个月")) {
      piece.unit = months;
      piece.end = p + 9;
      piece.num.plus = true;
      piece.num.plus_step = 1;
      piece.num.plus_span = {static_cast<uint32_t>(p + 3),
                             static_cast<uint32_t>(p + 6)};
      return Finish(pos, piece);
    }
  }
  if (std::optional<ScanStep> r = Range(pos, piece)) return *r;
  return Finish(pos, piece);
}

const UnitDef* ScanState::HalfDurationAfterGe(size_t p, size_t* end) {
  // 个 + 月 is the unit 个月; 小时 is a duration of its own.
  const std::string joined = "个" + std::string(text_.substr(p, 12));
  const UnitDef* u = units_.MatchUnit(joined, 0);
  size_t len = 0;
  if (u != nullptr && u->surface.size() > std::string_view("个").size()) {
    len = u->surface.size() - 3;
  } else {
    u = units_.MatchUnit(text_, p);
    if (u != nullptr) len = u->surface.size();
  }
  if (u == nullptr || u->kind != UnitKind::kDuration || units_.UnitBlocked(text_, p))
    return nullptr;
  *end = p + len;
  return u;
}

const UnitDef* ScanState::ListUnit(size_t p, const ParsedNumber& first) {
  const UnitDef* found = nullptr;
  for (int items = 0; items < 20; ++items) {
    if (!factlint::At(text_, p, "、")) return nullptr;
    std::optional<ParsedNumber> m = ParseNumber(text_, p + 3, units_);
    if (!m || m->dotted || m->pair || m->digit_string || m->overflow || m->plus_minus ||
        m->chinese != first.chinese || m->magnitude != first.magnitude)
      return nullptr;
    p = m->end;
    found = units_.MatchUnit(text_, p);
    if (found != nullptr && units_.UnitBlocked(text_, p)) return nullptr;
    if (found != nullptr) return found;
  }
  return nullptr;
}

ScanStep ScanState::Overflow(size_t begin, size_t end) {
  Quantity q = Make(begin, end, ClaimKind::kCardinal, "overflow", "",
                    Interval::Point(0), false);
  q.overflow = true;
  return {end, q};
}

}  // namespace factlint
