// Shared judgements the checks make about pairs of claims: whether two
// claims speak of the same time, which document is later, and how to say
// why two values cannot both be true.
#ifndef FACTLINT_CHECK_CLAIM_COMPARE_H_
#define FACTLINT_CHECK_CLAIM_COMPARE_H_

#include <functional>
#include <string>

#include "check/check.h"

namespace factlint {

// A year stated for the claim by the text itself: in its own sentence (2024年,
// 去年) or by the heading or review section it stands under. Periods and
// times carried over from the paragraph or configured are softer: such a
// claim may still be "as of" its document (“十四五”以来 …).
bool StatesYear(const Claim& c);

// The period a claim is about, as the comparability rule sees it: a resolved
// year or range, or "as of" its document (no period stated, or a period
// carried over that runs up to the document's year, “十四五”以来).
struct TimeClass {
  bool unresolved = false;  // a named period an undated document cannot resolve
  bool as_of = true;
  int from_year = 0;  // resolved periods only
  int to_year = 0;
  std::string part;   // "" for a whole year
  bool cumulative = false;
  friend bool operator==(const TimeClass&, const TimeClass&) = default;
  friend auto operator<=>(const TimeClass&, const TimeClass&) = default;
};
TimeClass ClassOf(const CheckContext& ctx, const ClaimRef& r);
// The same for a claim of `doc`: the class depends on the claim and its
// document's date only (the archive index files claims by it).
TimeClass ClassOf(const Document& doc, const Claim& c);
// The period in words: 2024, 2016-2020, or "as of its document".
std::string PeriodText(const CheckContext& ctx, const TimeClass& t);

// Whether two statements of one fact are compared, and why (in words, for
// `factlint explain`).
struct Comparison {
  bool comparable = false;
  std::string why;
};

// The one comparability rule, for every check and every group size. Claims
// are compared when the fact does not vary by year, or:
//  - both have a resolved period (ClassOf) and the periods are the same,
//    whatever the distance between the documents; or
//  - both are "as of" their documents and the documents are at most
//    ctx.same_time_window_days apart (an undated document only for facts
//    defined by a rule), and not a whole year's figure (全年…) as of
//    documents of different calendar years; or
//  - one is "as of" a document of year Y, the other states the year Y-1,
//    and the fact is a whole year's total or rate (the rule says as_of =
//    "last-year"; LastFullYear): such a figure is known only once its year
//    is over. Not for a part of a year, a total over years, or the end of a
//    change the text dates at neither end.
// Plans and goals (Claim::target) are compared only with plans, and only in
// dated documents at most the window apart (a later plan may set a new goal).
// Never compared: any other resolved period with an "as of" claim, different parts of
// a year, a total over several years (累计) with a year's value, two values
// of one sentence, and the unstated start of a stated change.
// The claim's value as a value of the group's fact: a change against the
// direction of a rate-of-change fact is negative (下降0.3% of a rise is
// -0.3%). Every check compares statements of a fact through this.
Interval FactValue(const FactGroup& group, const Claim& c);
// The two statements' fact values are disjoint: they contradict each other.
bool Disagree(const FactGroup& group, const Claim& a, const Claim& b);
// A change counted against its fact's direction (see FactValue).
bool AgainstMeasure(const FactGroup& group, const Claim& c);

// Y-1 for a whole year's figure of a last-year fact as of a document of
// year Y (see Compare); 0 otherwise. `t` is ClassOf(ctx, r).
int LastFullYear(const CheckContext& ctx, const FactGroup& group, const ClaimRef& r,
                 const TimeClass& t);

Comparison Compare(const CheckContext& ctx, const FactGroup& group,
                   const ClaimRef& a, const ClaimRef& b);
inline bool Comparable(const CheckContext& ctx, const FactGroup& group,
                       const ClaimRef& a, const ClaimRef& b) {
  return Compare(ctx, group, a, b).comparable;
}

// Calls f(i, j), i < j (indices into group.claims), in that order, for
// every pair of the group that Compare may find comparable and that holds a
// target claim (Document::target) on one side at least: claims of the same
// time class, and among claims "as of" their documents those whose
// documents lie within the window (undated documents pair with all). Claims
// of other periods are never visited, so their number cannot change a
// finding; nor are pairs of two reference claims (no check reports on them:
// every finding is at a target claim), so a draft's groups in a large
// archive cost their size times the draft's claims in them, not their size
// squared. Compare still decides each pair.
void ForEachCandidatePair(const CheckContext& ctx, const FactGroup& group,
                          const std::function<void(size_t, size_t)>& f);

// A later publication restating a figure of a period that was over when it
// spoke, differently from an earlier one: a statistical revision, not a
// contradiction. True for two comparable claims of documents under review
// (targets) with a resolved period, dated more than the window apart, the
// later one after the period's end; *newer is the later side (a or b).
bool IsRevision(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                const ClaimRef** newer);

// The same without the condition on documents under review: any two claims.
// Goals are never revised: a goal stated after its period restates it.
bool RevisionPair(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                  const ClaimRef** newer);

// Two claims of one resolved period, in documents dated more than the window
// apart, the later one after the period's end; *later is the later side.
bool RestatedAfterPeriod(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                         const ClaimRef** later);

// True when `claim` disagrees with the reference `other` only because the
// archive holds a revision: another reference agrees with `claim`, and it
// and `other` are a revision pair, the agreeing one the newer (the claim
// follows the revised figure) or the claim written before `other` revised
// it. fact-conflict and fact-series leave such pairs alone.
bool ExplainedByRevision(const CheckContext& ctx, const FactGroup& group, const ClaimRef& claim,
                         const ClaimRef& other);

// The longest period over several years (五年来, 十年来) that a figure as
// of its document may restate without naming it.
constexpr int kLongestRestatedSpan = 10;

// True when a and b were compared only because one is a figure as of its
// document, read as its last full year's (LastFullYear), and that figure
// agrees with a statement of the fact over several years ending in that year
// (五年来…城镇新增就业6600万人以上, restated as 城镇新增就业6600万人以上 in a
// review of those years): it restates that span, and the last year's own
// figure does not contradict it. The span is at most kLongestRestatedSpan
// years long. fact-conflict leaves such pairs alone.
bool RestatesSpanEndingLastYear(const CheckContext& ctx, const FactGroup& group,
                                const ClaimRef& a, const ClaimRef& b);

// Days since 1970-01-01 of the date (a month missing is July, a day missing
// the 1st; a day past its month's end is the last): the distance the "as
// of" window is measured in.
long ApproxDay(const DocumentDate& d);

// True when a's document is later than b's: by document date when both are
// dated, else by order on the command line.
bool LaterDocument(const CheckContext& ctx, const ClaimRef& a,
                   const ClaimRef& b);

// Why two disjoint claims cannot both be true: the message key of the
// reason ("why.exact", "why.rounding", "why.goals"; CheckContext::Say words it).
const char* WhyDisjoint(const Claim& a, const Claim& b);

// True when the claim is an endpoint of a stated change (由A…至B) with a
// year of its own: the series check owns its comparisons.
bool IsDatedEndpoint(const CheckContext& ctx, const ClaimRef& r);

}  // namespace factlint

#endif  // FACTLINT_CHECK_CLAIM_COMPARE_H_
