#include "check/claim_compare.h"

#include <cstdlib>



namespace factlint {
namespace {

bool Undated(const Claim& c) {
  return !c.time.known() || c.time.origin == "document";
}

// Days since year 0, roughly; month and day default to mid-period.
long ApproxDay(const DocumentDate& d) {
  int month = d.month ? d.month : 7;
  int day = d.day ? d.day : 1;
  return d.year * 365L + (month - 1) * 30L + day;
}

}  // namespace

bool StatesYear(const Claim& c) {
  return c.time.known() &&
         (c.time.origin == "explicit" || c.time.origin == "relative");
}

bool Comparable(const CheckContext& ctx, const FactGroup& group,
                const ClaimRef& a, const ClaimRef& b) {
  if (!group.by_year) return true;
  const Claim& ca = ctx.claim(a);
  const Claim& cb = ctx.claim(b);
  // A quarter, a half or some months are not the whole year, nor another part;
  // a total over several years (累计) is not a year's value.
  if (ca.time.part != cb.time.part || ca.cumulative != cb.cumulative) return false;
  // Two values of one sentence are two times or two things (由A提高到B).
  if (a.doc == b.doc && ca.sentence == cb.sentence) return false;
  bool sa = StatesYear(ca), sb = StatesYear(cb);
  if ((!sa && ctx.doc(a).transition_start[a.claim]) ||
      (!sb && ctx.doc(b).transition_start[b.claim]))
    return false;  // the start of a change, at an unstated earlier time
  if (sa || sb)
    return sa && sb && ca.time.from_year == cb.time.from_year &&
           ca.time.to_year == cb.time.to_year;
  // A single year carried over from the paragraph (2023年,…。全年授权发明专利…)
  // is as good as stated against an undated claim: never compared with one.
  // (A period carried over, “十四五”以来, runs up to the document's time.)
  auto carried_year = [](const Claim& c) {
    return c.time.origin == "context" && c.time.from_year == c.time.to_year;
  };
  if ((carried_year(ca) && Undated(cb)) || (carried_year(cb) && Undated(ca)))
    return false;
  // A period that ended before the other document's year (“十三五”末, 五年前)
  // is not what an undated claim of that document speaks of; when that
  // document has no date, the claim's own document's year stands in.
  auto past_for = [&](const Claim& c, const ClaimRef& self, const ClaimRef& other) {
    int year = ctx.doc(other).extraction.date.year;
    if (year == 0) year = ctx.doc(self).extraction.date.year;
    return !Undated(c) && year != 0 && c.time.to_year < year - 1;
  };
  if ((Undated(cb) && past_for(ca, a, b)) || (Undated(ca) && past_for(cb, b, a)))
    return false;
  // Neither states a year: periods must agree unless one side is undated,
  // and the documents must speak from about the same time.
  if (!Undated(ca) && !Undated(cb) &&
      (ca.time.from_year != cb.time.from_year ||
       ca.time.to_year != cb.time.to_year))
    return false;
  const DocumentDate& da = ctx.doc(a).extraction.date;
  const DocumentDate& db = ctx.doc(b).extraction.date;
  // An undated document may speak of any time: only a fact rule, written by
  // someone who knows the fact, is trusted to compare across it.
  if (!da.year || !db.year) return group.from_rule;
  // 全年… (a whole year's figure) as of documents of different calendar years
  // speaks of different years: a January bulletin gives last year's, a
  // November article the year before.
  auto whole_year = [&](const ClaimRef& r, const Claim& c) {
    return ctx.doc(r).Text(c.sentence).find("全年") != std::string_view::npos;
  };
  if (da.year != db.year && (whole_year(a, ca) || whole_year(b, cb))) return false;
  return std::labs(ApproxDay(da) - ApproxDay(db)) <= ctx.same_time_window_days;
}

bool LaterDocument(const CheckContext& ctx, const ClaimRef& a,
                   const ClaimRef& b) {
  const DocumentDate& da = ctx.doc(a).extraction.date;
  const DocumentDate& db = ctx.doc(b).extraction.date;
  if (da.year && db.year && ApproxDay(da) != ApproxDay(db))
    return ApproxDay(da) > ApproxDay(db);
  return ctx.doc(a).order > ctx.doc(b).order;
}

std::string WhyDisjoint(const Claim& a, const Claim& b) {
  auto point = [](const Interval& v) {
    return v.lo == v.hi && v.lo_closed && v.hi_closed;
  };
  if (point(a.value) && point(b.value)) return "the exact values differ";
  return "they differ by more than rounding and qualifiers allow";
}

}  // namespace factlint
