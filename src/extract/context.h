// What a claim is about: the content words of its clause (ICU word
// segmentation, numbers, units and stop words removed) and a best-effort
// subject, the noun phrase just before the number or its verb
// ("研发投入强度达到2.68%" -> 研发投入强度), or just after a leading number
// ("524家中国大陆企业进入…" -> 中国大陆企业). Respective lists
// ("A、B和C分别达到1、2和3") pair each value with its item.
#ifndef FACTLINT_EXTRACT_CONTEXT_H_
#define FACTLINT_EXTRACT_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"
#include "extract/extractor_lexicon.h"
#include "extract/span_set.h"

#include <unicode/uversion.h>  // declares the versioned icu namespace

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace factlint {

class ContextFinder {
 public:
  // `text` (normalized) must outlive the finder. `lexicon` too. A finder is
  // used on the thread that made it (it borrows that thread's ICU word
  // iterator).
  ContextFinder(std::string_view text, const Lexicon& lexicon);
  ~ContextFinder();

  // Content words of `clause` in order, without duplicates; bytes inside
  // `skip` (numbers with units, identifiers) are left out.
  std::vector<std::string> ContentWords(Span clause,
                                        const std::vector<Span>& skip) const;
  // The same with the ranges to leave out already in a SpanSet (one per
  // sentence: a sentence of thousands of numbers would otherwise compare
  // every word with every number).
  std::vector<std::string> ContentWords(Span clause, const SpanSet& skip) const;

  // Subject of a quantity starting at `quantity.begin` (qualifier included)
  // in `clause`; `time_spans` are the time expressions to strip, in order
  // of their start (as every list of spans here). "" if none. *after (when
  // given) says whether the subject is written after the figure (524家中国
  // 大陆企业进入…, 60%的单位…).
  std::string Subject(Span clause, Span quantity, const std::vector<Span>& time_spans,
                      bool* after = nullptr) const;

  // What a question asks about (问:2022年城镇新增就业是多少? → 城镇新增就业):
  // the words after the speaker's label, without its times (`time_spans`)
  // and the interrogative words that end it. "" if none.
  std::string QuestionSubject(Span question, const std::vector<Span>& time_spans) const;

  // A table row's label (|其中:发明专利申请数|…) as a subject: the leading
  // and trailing words a subject goes without cut off.
  std::string RowSubject(Span label, const std::vector<Span>& time_spans) const;

  // 基础研究人才队伍持续壮大,由2021年的47.2万人年增长到…: a figure whose
  // clause opens with a transition's 由/从 (`pre`, its clause's words before
  // it) and names nothing before it changes what the claimless clause
  // `lead` before it names: that clause without its trend words ([context]
  // lead_trailing) and the words a subject goes without. So does a figure
  // right after a label and a colon (其中地方财政赤字:5500亿元, 养老金:由55元
  // 提高到70元). "" otherwise.
  std::string LeadSubject(Span lead, std::string_view pre,
                          const std::vector<Span>& time_spans) const;

  // What a list item's figure measures when the item does not say it all,
  // read from `lead_in`, the paragraph leading into its list (its times
  // `lead_times`), whose last clause ends with a colon; `own` is the
  // subject the item's own words give ("" for none), `index` the item's
  // place in the list. "" when the lead-in adds nothing:
  //   A、B和C分别为:     the index-th of its items, for an item naming none;
  //   X安排:             ([targets] plan_lead_ends) X, for an item naming none
  //                      or only that word (拟安排)
  //                      (财政赤字安排: ⏎ 1. 拟安排13500亿元: 财政赤字);
  //   …的X:              X and the item's word, for an item naming only a
  //                      kind of X, a word of two characters at most
  //                      (同年新增的全国版权示范: ⏎ 2. 单位87个: 全国版权示范单位).
  // *clause (when given) is set to the lead-in's last clause, whose words
  // the item takes with such a subject.
  std::string ItemSubject(Span lead_in, const std::vector<Span>& lead_times, size_t index,
                          std::string_view own, Span* clause = nullptr) const;

  // For "A、B和C分别…": the items before the 分别 that precedes `pos` inside
  // `sentence`; empty when there is none.
  std::vector<std::string> RespectiveItems(Span sentence, uint32_t pos,
                                           const std::vector<Span>& time_spans) const;

 private:
  // Trailing words that are no part of a subject ([context]
  // subject_trailing), and, when `verbs` (the words before a figure, not a
  // table's label), [verbs] terms and average, level and change verbs.
  std::string_view Strip(std::string_view s, bool verbs = true) const;
  // The words written after a figure ending at `figure_end`, up to the end
  // of its clause or a predicate verb, quotes trimmed.
  std::string_view WordsAfter(uint32_t figure_end, uint32_t clause_end) const;
  // The last word (ICU) of `span`, "" if none.
  std::string_view LastWord(Span span) const;
  // True when `s` is exactly one of the level or change verbs (达到, 增长).
  bool IsVerb(std::string_view s) const;
  // True when `s` is exactly a word subjects go without: one of [context]
  // subject_trailing, [verbs] average or terms, [transitions] from (已经,
  // 年均, 实际, 由). (A subject_leading word alone, 全国, still names where.)
  bool NamesNothing(std::string_view s) const;
  // `s` (a view of the text) without the times, quotes and [context]
  // subject_leading words that open it.
  std::string_view StripLeading(std::string_view s, const std::vector<Span>& time_spans) const;

  std::string_view text_;
  const Lexicon& lexicon_;
  icu::BreakIterator* words_;  // the thread's (ThreadWordIterator), not owned
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CONTEXT_H_
