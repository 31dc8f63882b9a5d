// Time for claims: the date a document speaks from, and the time expressions
// of a sentence (explicit years, year ranges, five-year plan periods,
// relative expressions such as 去年 or 五年来) resolved to inclusive year
// ranges. The rules are documented in docs/claims.md ("Time").
#ifndef FACTLINT_EXTRACT_TIME_H_
#define FACTLINT_EXTRACT_TIME_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/span.h"
#include "extract/claim.h"
#include "extract/extractor.h"
#include "text/normalize.h"

namespace factlint {

class TimeWords;

// Front matter `date` > a dated header line near the top (a line that ends
// with "2025年12月19日") > the first source line "(来源:科技日报 2025年12月8日…)"
// ([dating] source_lines and source_labels of the lexicon, in `words`).
DocumentDate FindDocumentDate(const Normalized& text, const TimeWords& words);

// [dating] in rules/lexicon.toml: numbered sessions of a congress and the
// year each term's first session met.
struct SessionDating {
  // Each captures the term (十四) and the session (四) as written.
  std::vector<std::unique_ptr<re2::RE2>> sessions;
  std::vector<std::pair<std::string, int>> first_session_years;  // 十四 2023
  uint32_t opening_bytes = 0;  // how far into the text a session dates it
};

// The date of an undated document whose opening (the first
// `opening_bytes` of its normalized text) reports a day of a numbered
// session of a congress (3月5日上午,在十四届全国人大四次会议…): the
// session's year, one session a year from the term's first, and the month
// and day written before it in its sentence (a session only named, as in
// 第十二届…第一次会议以来的五年, dates nothing). Origin "session"; year 0
// when there is none.
DocumentDate FindSessionDate(std::string_view text, const SessionDating& dating);

// Parses "2025-12-19", "2025/12/19", "2025年12月19日", "2025-12" or "2025".
DocumentDate ParseDate(std::string_view s);

// The words of `lists` in the order written (so a longer word that starts
// with another must be written first), each quoted for RE2 and joined by |,
// empty ones left out; "" when there are none.
std::string QuotedAlternation(std::initializer_list<const std::vector<std::string>*> lists);

// Whether most of the document's year lies ahead of it (January to June, or
// no month known): 过去五年 then ends the year before and 未来五年 starts
// with the year; from July the year counts as past, and a period the text
// counts up to now ends in it.
bool YearAhead(const DocumentDate& date);

// The words of time expressions ([time] in rules/lexicon.toml) and the
// patterns built from them, compiled once.
struct PartPatterns;

class TimeWords {
 public:
  struct Lists {
    std::vector<std::pair<std::string, int>> relative_years;  // 去年 -1
    std::vector<std::string> now_words, past_spans, future_spans, publication_verbs,
        quoted_documents, quoting_verbs, attributions,
        base_markers, base_followers,
        // 同比, year-on-year, from a year earlier: the base is the year
        // before the claim's, wherever the words stand in its clause.
        previous_year_bases;
    // Words after a year or a plan (以来), after a plan (期间, 末, 初, 规划),
    // after N年 (前, 之后) and after the N年 of a past span (来, 间).
    std::vector<std::string> base_particles;  // 的 of 2010年的2.2倍
    // [dating]: 来源 of a source line near the top, and of a label before a
    // date further on.
    std::vector<std::string> source_lines, source_labels;
    // Parts of a year: 今年以来, 首季, 前 of 前11个月 and 前三季度, 上半年,
    // 下半年, 全年.
    std::vector<std::string> to_date, first_quarter, first_months, first_quarters, first_half,
        second_half, full_year;
    std::vector<std::string> since, plan_during, plan_end, plan_start, plan_names, ago, later,
        past_span_ends, past_span_alone, past_span_not_before;
    // A title's marks (《, 》): a span of years inside a title names a plan
    // (《…建设方案(2024-2027年)》), not the time of its sentence.
    std::vector<std::string> title_opens, title_closes;
    // A year right before one of these names a document's edition (2024年的报告),
    // from which the relative years after it count.
    std::vector<std::string> edition_nouns;
    // English ([time.english]): words before a year (in 2024, by the end of
    // 2024), before and between the ends of a span (from 2020 to 2024), and
    // the bases (up 48% from 2020, compared with 2020).
    std::vector<std::string> english_year_before, english_span_from, english_span_to,
        english_since, english_bases, english_edition_before;
  };
  explicit TimeWords(Lists lists);
  ~TimeWords();

  const Lists& lists() const { return lists_; }
  // The patterns of sentence times, in the order FindTimeExpressions runs
  // them (a bit each in PatternsIn's answer).
  enum Pattern {
    kRange, kChineseYear, kYear, kPlan, kPlanOrdinal,
    kRelativeYear, kPastSpan, kAgo, kLater, kFutureSpan, kPatterns
  };
  const re2::RE2& pattern(Pattern k) const;
  const re2::RE2& relative_year() const { return *relative_year_; }
  const re2::RE2& past_span() const { return *past_span_; }
  const re2::RE2& future_span() const { return *future_span_; }
  // English: a span (from 2020 to 2024, 2018-2022) with the years in groups
  // 2 and 3; a year after a word (group 1 the word, 2 the year).
  const re2::RE2& english_span() const { return *english_span_; }
  const re2::RE2& english_year() const { return *english_year_; }
  // A multiple right after a time (的2.2倍 of 是2010年的2.2倍), anchored.
  const re2::RE2& multiple_of() const { return *multiple_of_; }
  // A source label, a colon and a date (来源:科技日报 2025年12月8日): year,
  // month and day in groups 1 to 3.
  const re2::RE2& source_date() const { return *source_date_; }
  // Bit k set when pattern k matches somewhere in `piece`, and bit
  // kPatterns + k when pattern k of the parts of a year (FindPartsOfYear)
  // does: one pass of an RE2::Set (every bit when the set could not be
  // built or ran out of memory).
  uint32_t PatternsIn(std::string_view piece) const;
  // The patterns of parts of a year (FindPartsOfYear).
  const PartPatterns& parts() const { return *parts_; }

 private:
  Lists lists_;
  std::unique_ptr<re2::RE2> relative_year_, past_span_, future_span_;
  std::unique_ptr<re2::RE2> english_span_, english_year_, multiple_of_, source_date_;
  std::unique_ptr<re2::RE2> fixed_[kPatterns];
  std::unique_ptr<re2::RE2::Set> gate_;
  std::unique_ptr<PartPatterns> parts_;
};

struct TimeExpr {
  Span span;         // absolute byte range in the text
  int from_year = 0;
  int to_year = 0;
  TimeOrigin origin = TimeOrigin::kUnknown;  // explicit, period, relative or document (目前)
  bool base = false;   // a comparison base: 较2020年, 比上年, 较“十三五”末
  // Names a plan, not a time (“十四五”规划重大工程项目): its words are not
  // figures, but it gives no claim its period.
  bool name = false;
  // Names a document's edition (2024年政府工作报告, [time] edition_nouns):
  // the time of what follows it only when its sentence names no other.
  bool edition = false;
  // An English time after its figure (reached 2.86 percent in 2024; up 48%
  // from 2020): it gives its time (or base) to the figures of its clause
  // before it, from this byte on; UINT32_MAX for a Chinese expression.
  uint32_t trails_from = UINT32_MAX;
  // A span opening a clause (,五年转移农村人口8463万人): the time of its own
  // clause only (the clause as SplitSentences cuts it).
  bool clause_only = false;
};

// True for a sentence written in English: ASCII letters and no CJK
// characters or punctuation. Its times are read by
// FindEnglishTimeExpressions, not the Chinese patterns.
bool IsEnglishSentence(std::string_view piece);

// The time expressions of an English sentence (time_english.cc), as
// FindTimeExpressions gives them.
std::vector<TimeExpr> FindEnglishTimeExpressions(std::string_view piece, uint32_t offset,
                                                 const DocumentDate& date,
                                                 const TimeWords& words);

// Time expressions of `piece` (a sentence), whose first byte is at absolute
// offset `offset`. Relative expressions need `date.year`; without it they
// are still found (their span matters) but have years 0. Sorted by
// position, non-overlapping.
std::vector<TimeExpr> FindTimeExpressions(std::string_view piece,
                                          uint32_t offset,
                                          const DocumentDate& date,
                                          const TimeWords& words);
// The same with `words.PatternsIn(piece)` already known (a sentence whose
// parts of a year are read too asks the set once for both).
std::vector<TimeExpr> FindTimeExpressions(std::string_view piece,
                                          uint32_t offset,
                                          const DocumentDate& date,
                                          const TimeWords& words,
                                          uint32_t patterns_in);

// A part of a year named in a sentence: 一季度 "Q1", 前三季度 "Q1-Q3", 上半年
// "H1", 1—11月 "M1-M11", 12月份 "M12"; 全年 and 1—12月 are the whole year "".
struct PartExpr {
  Span span;         // absolute byte range in the text
  std::string part;  // "" for the whole year
};

// Parts of a year in `piece` (a sentence at absolute offset `offset`),
// sorted by position, non-overlapping. 前11个月 is "M1-M11", 首季 "Q1";
// 今年以来 and 年初以来 run to the document's date ("YTD 12-10"), so they
// meet only figures of documents of the same day.
std::vector<PartExpr> FindPartsOfYear(std::string_view piece, uint32_t offset,
                                      const DocumentDate& date, const TimeWords& words);
std::vector<PartExpr> FindPartsOfYear(std::string_view piece, uint32_t offset,
                                      const DocumentDate& date, const TimeWords& words,
                                      uint32_t patterns_in);

// 一 .. 九十九 and ASCII digits to an int; -1 when not a number.
int SmallNumber(std::string_view s);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_TIME_H_
