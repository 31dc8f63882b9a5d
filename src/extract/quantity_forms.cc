// The quantity forms of ScanState other than plain number recognition:
// units and their precision, years, ranges, ranks, percent words and the
// qualifiers around a quantity.
#include <algorithm>
#include <cmath>
#include <string>

#include "extract/precision.h"
#include "extract/quantity_scan.h"

namespace factlint {
namespace {

uint32_t U32(size_t v) { return static_cast<uint32_t>(v); }

ClaimKind KindOf(const UnitDef& u) {
  switch (u.kind) {
    case UnitKind::kCardinal: return ClaimKind::kCardinal;
    case UnitKind::kPercent: return ClaimKind::kPercent;
    case UnitKind::kPercentPoints: return ClaimKind::kPercentPoints;
    case UnitKind::kMultiple: return ClaimKind::kMultiple;
    case UnitKind::kDuration: return ClaimKind::kDuration;
  }
  return ClaimKind::kCardinal;
}

bool YearLike(const ParsedNumber& n) {
  if (n.digit_string) return true;
  return !n.has_decimal && !n.has_magnitude && !n.plus && !n.pair &&
         !n.dotted && !n.chinese && n.integer_digits == 4 &&
         n.value >= 1900 && n.value <= 2100;
}

bool Simple(const ParsedNumber& n) {
  return !n.dotted && !n.pair && !n.plus && !n.overflow && !n.plus_minus;
}

}  // namespace

Quantity ScanState::Make(size_t begin, size_t end, ClaimKind kind,
                         const std::string& dimension, const std::string& unit,
                         const Interval& written, bool chinese) const {
  Quantity q;
  q.span = {U32(begin), U32(end)};
  q.surface = std::string(text_.substr(begin, end - begin));
  q.kind = kind;
  q.dimension = dimension;
  q.unit = unit;
  q.written = written;
  q.value = written;
  q.chinese_numerals = chinese;
  return q;
}

double ScanState::MagnitudeFactor(const std::string& words) const {
  // An English word (billion) is one magnitude, written with a space after.
  std::string_view whole(words);
  while (!whole.empty() && whole.back() == ' ') whole.remove_suffix(1);
  if (const MagnitudeDef* m = units_.FindMagnitude(whole)) return m->factor;
  double f = 1;
  size_t p = 0;
  while (p < words.size()) {
    size_t next;
    CodePointAt(words, p, &next);
    if (const MagnitudeDef* m = units_.FindMagnitude(words.substr(p, next - p)))
      f *= m->factor;
    p = next;
  }
  return f;
}

// The precision of a number with its unit, before the unit factor (see the
// policy in precision.h); 0 means exact.
double ScanState::PieceStep(const Piece& piece, double* bare) {
  // A minus sign does not change the precision: -10000 as 10000.
  const ParsedNumber& n = piece.num;
  const double a = std::fabs(n.value);
  double step = n.step, written = n.step;
  const bool counted = piece.unit != nullptr && piece.unit->counts;
  if (n.has_decimal) {
    // every written digit counts
  } else if (counted && (!n.has_magnitude || n.step == 1)) {
    // Written down to the ones (三十二亿三千九百四十五万九千六百七十四家)
    // counts like the digits it spells (3239459674家).
    written = 1;
    step = (a < 1000 || RoundStep(a, 1) == 1) ? 0 : RoundFigureStep(a, 1);
  } else if (n.has_magnitude || a >= 1000) {
    step = RoundFigureStep(a, n.step);
  }
  if (bare != nullptr) *bare = BareStep(a, step, written);
  return step;
}

void ScanState::Qualify(Quantity* q, size_t begin, size_t end, double v,
                        double step, bool plus_allowed, double plus_unit) {
  if (plus_allowed && factlint::At(text_, end, "多")) {  // 3年多, 七成多
    q->qualifier = Qualifier::kPlus;
    q->qualifier_span = {U32(end), U32(end + 3)};
    q->value = PlusInterval(v, PlusStep(v / plus_unit) * plus_unit, false);
    return;
  }
  QualifierMatch m = units_.QualifierBefore(text_, begin, floor_);
  if (m.qualifier == Qualifier::kNone) m = units_.QualifierAfter(text_, end);
  if (m.qualifier == Qualifier::kNone &&
      (q->kind == ClaimKind::kPercent || q->kind == ClaimKind::kFraction)) {
    // 约占全部60930种的三分之二: the qualifier stands before the whole, which
    // stays in the figure's subject; the figure is written without it.
    m = units_.QualifierOverWhole(text_, begin);
    if (m.qualifier != Qualifier::kNone) m.span = {U32(begin), U32(begin)};
  }
  if (m.qualifier == Qualifier::kNone) return;
  q->qualifier = m.qualifier;
  q->qualifier_span = m.span;
  q->value = ApplyQualifier(m.qualifier, q->written, v, step);
}

size_t ScanState::SkipMonthDay(size_t pos) {
  std::optional<ParsedNumber> m = ParseNumber(text_, pos, units_);
  if (!m || !Simple(*m) || m->has_decimal || m->has_magnitude ||
      m->value < 1 || m->value > 12 || !factlint::At(text_, m->end, "月"))
    return pos;
  size_t p = m->end + 3;
  std::optional<ParsedNumber> d = ParseNumber(text_, p, units_);
  if (d && Simple(*d) && !d->has_decimal && !d->has_magnitude &&
      d->value >= 1 && d->value <= 31 &&
      (factlint::At(text_, d->end, "日") || factlint::At(text_, d->end, "号")))
    p = d->end + 3;
  return p;
}

ScanStep ScanState::Identifier(size_t begin, size_t end, double value) {
  return {end, Make(begin, end, ClaimKind::kCardinal, "identifier", "",
                    Interval::Point(value), false)};
}

ScanStep ScanState::Rank(size_t begin, size_t end, double lo, double hi,
                         std::string unit) {
  Quantity q = Make(begin, end, ClaimKind::kRank, "rank", unit,
                    {lo, hi, true, true}, false);
  return {end, q};
}

ScanStep ScanState::Ordinal(size_t pos) {
  size_t s = pos + 3;  // after 第
  std::optional<ParsedNumber> n = ParseNumber(text_, s, units_);
  if (!n || !Simple(*n) || n->has_decimal || n->value < 1) return {s, std::nullopt};
  size_t p = n->end;
  const ScanWords& words = units_.scan_words();
  if (const std::string* u = WordAt(text_, p, words.ordinal_units)) {  // 第10位
    ScanStep r = Rank(pos, p + u->size(), n->value, n->value, *u);
    r.quantity->chinese_numerals = n->chinese;
    return r;
  }
  // 第十五个五年规划 names a plan period: 五年 is not a duration here.
  if (factlint::At(text_, p, "个") && factlint::At(text_, p + 3, "五年"))
    return {p + 9, std::nullopt};
  size_t nx;
  char32_t c = CodePointAt(text_, p, &nx);
  if (EndsWithAny(text_, pos, words.ordinal_after) &&
      (!IsIdeograph(c) || WordAt(text_, p, words.ordinal_followers) != nullptr)) {
    ScanStep r = Rank(pos, p, n->value, n->value, "");
    r.quantity->chinese_numerals = n->chinese;
    return r;
  }
  return {p, std::nullopt};  // 第12期, 第十一次: an ordinal, not a quantity
}

ScanStep ScanState::Top(size_t pos) {
  size_t s = pos + 3;  // after 前
  std::optional<ParsedNumber> n = ParseNumber(text_, s, units_);
  if (!n || !Simple(*n) || n->has_decimal || n->has_magnitude || n->value < 1)
    return {pos, std::nullopt};
  size_t p = n->end;
  const ScanWords& words = units_.scan_words();
  if (const std::string* u = WordAt(text_, p, words.top_units)) {  // 前500强
    ScanStep r = Rank(pos, p + u->size(), 1, n->value, *u);
    r.quantity->chinese_numerals = n->chinese;
    return r;
  }
  size_t nx;
  char32_t c = CodePointAt(text_, p, &nx);
  if (EndsWithAny(text_, pos, words.top_after) &&
      (!IsIdeograph(c) || WordAt(text_, p, words.top_closers) != nullptr)) {
    ScanStep r = Rank(pos, p, 1, n->value, "");
    r.quantity->chinese_numerals = n->chinese;
    return r;
  }
  return {pos, std::nullopt};
}

ScanStep ScanState::PercentWords(size_t pos, size_t digits_at, double scale,
                                 ClaimKind kind) {
  std::string unit(text_.substr(pos, digits_at - pos));
  std::optional<ParsedNumber> n = ParseNumber(text_, digits_at, units_);
  if (!n && factlint::At(text_, digits_at, "百")) {  // 百分之百
    ParsedNumber hundred;
    hundred.begin = digits_at;
    hundred.end = digits_at + 3;
    hundred.value = 100;
    hundred.chinese = true;
    n = hundred;
  }
  if (!n || n->dotted || n->pair) return {digits_at, std::nullopt};
  if (n->overflow) return Overflow(pos, n->end);
  double v = n->value * scale, step = n->step * scale;
  Quantity q = Make(pos, n->end, kind, "percent", unit,
                    WrittenInterval(v, step), n->chinese);
  if (n->plus) {
    q.qualifier = Qualifier::kPlus;
    q.qualifier_span = n->plus_span;
    q.value = PlusInterval(v, n->plus_step * scale, false);
  } else {
    Qualify(&q, pos, n->end, v, step, false, 1);
  }
  return {std::max<size_t>(n->end, q.qualifier_span.end), q};
}

ScanStep ScanState::Year(size_t begin, size_t span_end, double year,
                         bool chinese) {
  std::string unit = span_end > begin && factlint::At(text_, span_end - 3, "年")
                         ? "年" : "";
  ScanStep r{SkipMonthDay(span_end),
             Make(begin, span_end, ClaimKind::kYear, "year", unit,
                  Interval::Point(year), chinese)};
  return r;
}

std::optional<ScanStep> ScanState::Range(size_t pos, const Piece& first) {
  if (!Simple(first.num)) return std::nullopt;
  static constexpr std::string_view kSeparators[] = {
      "——", "至", "到", "-", "—", "–", "~", "～", "－"};
  size_t q = 0;
  for (std::string_view sep : kSeparators) {
    if (factlint::At(text_, first.end, sep)) {
      q = first.end + sep.size();
      break;
    }
  }
  // 3 to 5 percent (not from 3 to 5 percent, a change).
  if (q == 0 && !first.num.chinese && first.unit == nullptr) {
    const EnglishWords& en = units_.english();
    for (const std::string& sep : en.range_separators) {
      if (!factlint::At(text_, first.end, sep)) continue;
      bool change = false;
      for (const std::string& w : en.range_not_after)
        change = change || EnglishWordBefore(text_, pos) == w;
      if (!change) q = first.end + sep.size();
      break;
    }
  }
  if (q == 0) return std::nullopt;
  std::optional<ParsedNumber> n2 = ParseNumber(text_, q, units_);
  if (!n2 || !Simple(*n2)) return std::nullopt;
  const size_t u2_at = AsciiUnitGap(*n2, EnglishMagnitude(&*n2, n2->end));
  const UnitDef* u2 = units_.MatchUnit(text_, u2_at);
  if (u2 != nullptr && units_.UnitBlocked(text_, u2_at)) u2 = nullptr;
  if (u2 == nullptr || (first.unit != nullptr && first.unit != u2))
    return std::nullopt;
  size_t end = u2_at + u2->surface.size();
  bool y1 = YearLike(first.num), y2 = YearLike(*n2);
  if (u2->surface == "年" && (y1 || y2)) {
    if (!y1 || !y2 || !(first.num.value < n2->value)) return std::nullopt;
    return ScanStep{SkipMonthDay(end),
                    Make(pos, end, ClaimKind::kYear, "year", "年",
                         {first.num.value, n2->value, true, true},
                         first.num.chinese || n2->chinese)};
  }
  Piece lo = first;
  lo.unit = u2;
  if (first.unit == nullptr && !lo.num.has_magnitude && n2->has_magnitude) {
    double f = MagnitudeFactor(n2->magnitude);  // 3-5万元
    lo.num.value *= f;
    lo.num.step *= f;
    lo.num.has_magnitude = true;
  }
  Piece hi{*n2, u2, end};
  if (!(lo.num.value < hi.num.value)) return std::nullopt;
  double f = u2->factor;
  // Both ends are read at the finer of their two precisions: 6.5%-7% runs
  // from 6.45 to 7.05, not to 7.5. Each end is a figure written bare, read
  // to its BareStep (3000万至5000万 is 2850万 to 5150万); 约 widens the
  // range by the whole rounding step, as it does a single figure.
  double bare_lo = 0, bare_hi = 0;
  const double step_lo = PieceStep(lo, &bare_lo), step_hi = PieceStep(hi, &bare_hi);
  double step = std::min(step_lo, step_hi);
  if (step <= 0) step = std::max(step_lo, step_hi);
  double bare = std::min(bare_lo, bare_hi);
  if (bare <= 0) bare = std::max(bare_lo, bare_hi);
  Interval w1 = WrittenInterval(lo.num.value * f, bare * f);
  Interval w2 = WrittenInterval(hi.num.value * f, bare * f);
  Quantity qty = Make(pos, end, KindOf(*u2), u2->dimension,
                      n2->magnitude + u2->surface,
                      {w1.lo, w2.hi, w1.lo_closed, w2.hi_closed},
                      first.num.chinese || n2->chinese);
  Qualify(&qty, pos, end, hi.num.value * f, step * f, false, f);
  return ScanStep{std::max<size_t>(end, qty.qualifier_span.end), qty};
}

ScanStep ScanState::Finish(size_t begin, const Piece& piece) {
  const ParsedNumber& n = piece.num;
  const UnitDef* u = piece.unit;
  if (u == nullptr) {
    if (n.pair) return {n.end, std::nullopt};
    if (n.digit_string) return Year(begin, n.end, n.value, true);
    // A bare Chinese numeral is a word (一流, 三新) unless it has a fraction
    // or is long enough to be a figure (一百五十二: five characters or more
    // and at least 100; 三百六十行 stays a word).
    if (n.chinese && !n.has_magnitude && !n.has_decimal &&
        !(std::fabs(n.value) >= 100 && n.end - begin >= 15))
      return {n.end, std::nullopt};
  }
  if (u != nullptr && u->surface == "年" && YearLike(n) &&
      (n.digit_string ||
       units_.QualifierBefore(text_, begin, floor_).qualifier == Qualifier::kNone))
    return Year(begin, piece.end, n.value, n.chinese);
  // 一个, 一批, 一项: the article "a", not a count.
  if (u != nullptr && u->counts && u->kind == UnitKind::kCardinal &&
      n.chinese && n.value == 1 && n.end - begin == 3)
    return {piece.end, std::nullopt};

  ClaimKind kind = u ? KindOf(*u) : ClaimKind::kCardinal;
  double f = u ? u->factor : 1;
  double bare = 0;
  double step = PieceStep(piece, &bare) * f;
  double v = n.value * f;
  Interval written = WrittenInterval(v, bare * f);
  // 两三个, 三四年: from the first figure to the second, each read bare (a
  // pair is of single digits, whose BareStep is their written step).
  if (n.pair) {
    double hi = n.value_hi * f;
    written = bare > 0 ? Interval{v - bare * f / 2, hi + bare * f / 2, true, false}
                       : Interval{v, hi, true, true};
  }
  // ±5%: from the negative to the positive bound as written, (-5.5, 5.5).
  if (n.plus_minus)
    written = Interval{-written.hi, written.hi, written.hi_closed, written.hi_closed};
  Quantity q = Make(begin, piece.end, kind, u ? u->dimension : "number",
                    n.magnitude + (u ? u->surface : ""), written, n.chinese);
  if (n.plus_minus) {
    // a tolerance takes no qualifier
  } else if (n.plus) {
    q.qualifier = Qualifier::kPlus;
    q.qualifier_span = n.plus_span;
    q.value = PlusInterval(v, n.plus_step * f, n.plus_inside);
  } else {
    // 约525家: an exact count widens by its last written digit.
    Qualify(&q, begin, piece.end, v, step > 0 ? step : n.step * f,
            kind == ClaimKind::kDuration, f);
  }
  return {std::max<size_t>(piece.end, q.qualifier_span.end), q};
}

}  // namespace factlint
