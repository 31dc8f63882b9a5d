// The claim model: one numeric statement of a document, normalized so that
// claims written in different forms compare. Every value is an interval.
#ifndef FACTLINT_EXTRACT_CLAIM_H_
#define FACTLINT_EXTRACT_CLAIM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"
#include "extract/word.h"
#include "extract/word_list.h"

namespace factlint {

// A set of reals {x : lo (<|<=) x (<|<=) hi}. lo may be -inf, hi +inf.
struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_closed = true;
  bool hi_closed = true;

  static Interval Point(double v) { return {v, v, true, true}; }
  bool Contains(double v) const;
  // True when no number lies in both intervals.
  bool Disjoint(const Interval& other) const;
  friend bool operator==(const Interval&, const Interval&) = default;
};

enum class ClaimKind : uint8_t {
  kCardinal,       // 525家, 3.6万亿元, 1405人次
  kPercent,        // 26.3%, 百分之二点六八
  kPercentPoints,  // 0.08个百分点
  kFraction,       // 1/5, 五分之一, 三成 (value as a share in percent)
  kRank,           // 第10位, 排名第四, 榜首; smaller is better
  kMultiple,       // 2倍
  kYear,           // 2024年 standing alone as a fact is rare; kept for time
  kDuration,       // 5年, 30多年
};
const char* ClaimKindName(ClaimKind k);

// The words of each are data ([qualifiers] in rules/units.toml); the
// interval each gives is in precision.h.
enum class Qualifier : uint8_t {
  kNone,     // as written
  kAbove,    // more than, the number excluded: 超过, 逾, 突破
  kBelow,    // less than, the number excluded: 不到, 不足, 低于
  kNear,     // just under: 近, 接近, 将近
  kAbout,    // either side: 约, 左右, 大约
  kPlus,     // 多, 余: 30多 is (30, 40)
  kAtLeast,  // the number or more: 以上, 不低于, 至少
  kAtMost,   // the number or less: 以下, 以内, 不超过
};
const char* QualifierName(Qualifier q);

enum class Direction : uint8_t { kNone, kUp, kDown };
const char* DirectionName(Direction d);

// Where a claim's period comes from, from the most to the least direct.
enum class TimeOrigin : uint8_t {
  kUnknown,     // no period: an undated document, or 目前 in one
  kExplicit,    // a year or range in the claim's sentence: 2024年, 2018—2022年
  kRelative,    // a relative expression in the sentence: 去年, 五年来
  kPeriod,      // a plan period in the sentence: “十四五”期间
  kContext,     // carried from an earlier sentence of the paragraph or a lead-in
  kSection,     // given by a heading or a review section (一、2023年工作回顾, 过去一年)
  kConfigured,  // the period configured for the document ([[document]] period)
  kDocument,    // no period stated: as of the document's date
};
const char* TimeOriginName(TimeOrigin o);
// The origin named `name` (as TimeOriginName writes it); kUnknown otherwise.
TimeOrigin TimeOriginFromName(std::string_view name);

// The time a claim is about: a year or an inclusive range of years.
struct TimeRef {
  int from_year = 0;  // 0 = unknown
  int to_year = 0;
  TimeOrigin origin = TimeOrigin::kUnknown;
  // The part of the year when the claim is about less than a whole year:
  // "Q1", "Q1-Q3", "H1", "M1-M11", "M12"; "" for the whole year. A Word:
  // the few parts recur across every claim of a run.
  Word part;
  // The words that gave the period, in the source text (SourceText::text,
  // like Claim::source_span): the year of the sentence, the heading, the
  // review opening; empty when the period is the document's or configured.
  Span evidence;
  bool known() const { return from_year != 0; }
  // A period the text names (去年, 五年来, “十四五”以来) that an undated
  // document cannot resolve to years: not "as of the document".
  bool unresolved() const {
    return from_year == 0 && origin != TimeOrigin::kUnknown && origin != TimeOrigin::kDocument;
  }
  // Resolved or named: something a claim without a time of its own inherits.
  bool set() const { return known() || unresolved(); }
  friend bool operator==(const TimeRef&, const TimeRef&) = default;
};

// Held for every claim of a run until its checks are done, so its size is
// what a run's peak memory grows with (docs/benchmarks.md): its strings
// (the surface, the time's part of a year, dimension, unit, place and
// subject) are Words of the word table (word.h), four bytes each, its
// context words one list of the table of word lists (word_list.h), four
// bytes too, the enums are a byte each, and the members are laid out by
// alignment (spans and the time, then the byte-sized ones, then the 8-byte
// value, then the 4-byte words) so that no padding is left between them:
// 128 bytes on 64-bit Linux (claim_test.cc holds it).
struct Claim {
  // Spans.
  Span span;              // normalized text, the number with its unit
  Span source_span;       // SourceText::text
  Span qualifier_span;    // normalized text of the qualifier; empty if none
  Span sentence;          // normalized text of the whole sentence
  Span clause;            // normalized text of the clause (between ，；)
  TimeRef time;
  // A byte each.
  ClaimKind kind = ClaimKind::kCardinal;
  Qualifier qualifier = Qualifier::kNone;
  Direction change = Direction::kNone;  // set for 增长/下降 X claims
  bool annual = false;    // the change is an average annual rate (年均增长)
  bool real = false;      // the change is in real terms (实际增长, GDP增长)
  bool subjectless = false;  // the change's clause names no subject: it is
                             // about the one before it (,增长7.1%)
  bool cumulative = false;   // a total over several years (累计), not a year's
  bool target = false;    // plan or goal (预期目标, 力争, 到2027年)
  bool forecast = false;  // a target stated as an expectation (预计, 有望),
                          // not a goal set ([targets] forecasts)
  bool identifier = false;// names a thing (GPT-4, 2000强): not a fact
  bool subject_elsewhere = false;  // the subject as written is not in the
                                   // clause (a question's, the claim before)
  bool subject_after = false;  // the subject is written after the figure
                               // (60%的试点单位对…): it names who, and
                               // the clause's words say what of them
  int base_year = 0;      // 较2020年增长48% -> 2020
  Interval value;         // in base units of `dimension`
  Word dimension;         // "CNY", "USD", "kWh", "L", "kg", "person",
                          // "person-year", "person-time", "count:家",
                          // "percent", "pp", "rank", "multiple", "year"
  Word unit;              // unit as written, "万亿元"; "" if none
  Word scope;             // the place it is about ("北京市"); "" national
  Word subject;           // what the number measures, best effort, with
                          // other names of one thing made one
                          // ([context] subject_aliases)
  Word surface;           // normalized surface text, e.g. "525家"
  WordList context;       // content words of the clause (one list of the
                          // table of word lists, word_list.h)
};

// A stated change between two claims of one document:
// 由2020年的第14位提升至2024年的第10位 -> from=rank 14 (2020), to=rank 10.
struct Transition {
  size_t from = 0;  // index into claims
  size_t to = 0;
  Direction verb = Direction::kNone;  // direction the words say
  Span span;        // normalized text of the whole phrase
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CLAIM_H_
