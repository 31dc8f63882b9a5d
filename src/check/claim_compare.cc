#include "check/claim_compare.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <map>

#include "base/strings.h"
#include "engine/generic_match.h"
#include "extract/extractor_lexicon.h"
#include "extract/precision.h"
#include "extract/time.h"

namespace factlint {
namespace {

Comparison Yes(std::string why) { return {true, std::move(why)}; }
Comparison No(std::string why) { return {false, std::move(why)}; }

}  // namespace

std::string PeriodText(const CheckContext& ctx, const TimeClass& t) {
  if (t.as_of) return ctx.Say("compare.as_of_its_document");
  std::string s = std::to_string(t.from_year);
  if (t.to_year != t.from_year) s += "-" + std::to_string(t.to_year);
  return s;
}

long ApproxDay(const DocumentDate& d) {
  using namespace std::chrono;
  const year_month ym = year{d.year} / month{d.month ? static_cast<unsigned>(d.month) : 7u};
  const unsigned last_of_month = static_cast<unsigned>((ym / std::chrono::last).day());
  const unsigned dd = d.day ? std::min(static_cast<unsigned>(d.day), last_of_month) : 1u;
  return static_cast<long>(sys_days{ym / day{dd}}.time_since_epoch().count());
}

bool StatesYear(const Claim& c) {
  return c.time.known() &&
         (c.time.origin == TimeOrigin::kExplicit || c.time.origin == TimeOrigin::kRelative ||
          c.time.origin == TimeOrigin::kSection);
}

TimeClass ClassOf(const CheckContext& ctx, const ClaimRef& r) {
  return ClassOf(ctx.doc(r), ctx.claim(r));
}

TimeClass ClassOf(const Document& doc, const Claim& c) {
  TimeClass k;
  k.part = c.time.part;
  k.cumulative = c.cumulative;
  if (c.time.unresolved()) {
    k.unresolved = true;
    k.as_of = false;
    return k;
  }
  if (!c.time.known() || c.time.origin == TimeOrigin::kDocument) return k;
  // A period not written out as years (“十四五”以来, “十四五”期间, 十年来,
  // a heading's or paragraph's) that began before the document's year and
  // runs up to it speaks as of the document: its last year is not over. One
  // that begins in the document's year or later (今后五年) is ahead of it.
  const bool soft = c.time.origin == TimeOrigin::kPeriod || c.time.origin == TimeOrigin::kContext ||
                    c.time.origin == TimeOrigin::kRelative || c.time.origin == TimeOrigin::kSection;
  const int doc_year = doc.extraction.date.year;
  if (soft && c.time.from_year != c.time.to_year && doc_year != 0 &&
      c.time.from_year < doc_year && c.time.to_year >= doc_year)
    return k;
  k.as_of = false;
  k.from_year = c.time.from_year;
  k.to_year = c.time.to_year;
  // 2018—2022年…与2018年相比增长36.76%: a change over a period that opens
  // with its base year is the change to the period's last year, as 2022年…
  // 比2018年增长36.76% states it.
  if (c.change != Direction::kNone && c.base_year != 0 && c.base_year == c.time.from_year &&
      c.time.to_year > c.time.from_year)
    k.from_year = k.to_year;
  return k;
}

bool AgainstMeasure(const FactGroup& group, const Claim& c) {
  return group.measure != Direction::kNone && c.change != Direction::kNone &&
         c.change != group.measure;
}

namespace {

Interval Negated(const Interval& v) { return {-v.hi, -v.lo, v.hi_closed, v.lo_closed}; }

// A goal set (预期目标, 力争), not a figure expected (预计, 有望).
bool IsGoal(const Claim& c) { return c.target && !c.forecast; }

bool IsLowerBound(Qualifier q) { return q == Qualifier::kAbove || q == Qualifier::kAtLeast; }

// A goal's figure as written, as a value of the group's fact. A point keeps
// the slack of the doubles one figure becomes through different units
// (1.3万亿斤, 6500亿公斤).
Interval GoalFigure(const FactGroup& group, const Claim& c) {
  Interval f = StatedFigure(c.qualifier, c.value);
  if (f.lo == f.hi) {
    const double e = std::fabs(f.lo) * 1e-9;
    f = {f.lo - e, f.hi + e, true, true};
  }
  return AgainstMeasure(group, c) ? Negated(f) : f;
}

}  // namespace

Interval FactValue(const FactGroup& group, const Claim& c) {
  const Interval v = MatchedValue(c);
  return AgainstMeasure(group, c) ? Negated(v) : v;
}

bool Disagree(const FactGroup& group, const Claim& a, const Claim& b) {
  // A goal restated is one figure restated: 粮食产量1.3万亿斤以上 and
  // 1.4万亿斤左右 set for one year are two goals, though one harvest could
  // meet both. The qualifier says how the goal bounds the outcome, not which
  // goal it is.
  if (IsGoal(a) && IsGoal(b)) return GoalFigure(group, a).Disjoint(GoalFigure(group, b));
  // Two lower bounds of one fact restate one figure: 超过2100万套 restated
  // as 超过1200万套 is a figure changed, though both hold of one outcome.
  if (IsLowerBound(a.qualifier) && IsLowerBound(b.qualifier))
    return GoalFigure(group, a).Disjoint(GoalFigure(group, b));
  return FactValue(group, a).Disjoint(FactValue(group, b));
}

// 过去五年…国内生产总值从54万亿元增长到80万亿元 in a report of October: the
// end of a change over a period the text runs into a year mostly past may be
// that year's level (an estimate: 80万亿元 in October 2017) or the last full
// year's (114万亿元 in October 2022 is 2021's).
bool RangeEndInItsLastYear(const CheckContext& ctx, const ClaimRef& r) {
  const TimeRef& time = ctx.claim(r).time;
  const DocumentDate& date = ctx.doc(r).extraction.date;
  return ctx.doc(r).transition_end(r.claim) && time.from_year < time.to_year && date.year != 0 &&
         time.to_year >= date.year && !YearAhead(date);
}

int LastFullYear(const CheckContext& ctx, const FactGroup& group, const ClaimRef& r,
                 const TimeClass& t) {
  if (!group.by_year || !group.last_year_as_of) return 0;
  const int doc_year = ctx.doc(r).extraction.date.year;
  if (!t.as_of || t.unresolved || !t.part.empty() || t.cumulative || doc_year == 0 ||
      ctx.doc(r).undated_end(r.claim))
    return 0;
  // Which year such an end is of, the text does not say.
  if (RangeEndInItsLastYear(ctx, r)) return 0;
  return doc_year - 1;
}

Comparison Compare(const CheckContext& ctx, const FactGroup& group,
                   const ClaimRef& a, const ClaimRef& b) {
  if (!group.by_year) return Yes(ctx.Say("compare.any_year"));
  const Claim& ca = ctx.claim(a);
  const Claim& cb = ctx.claim(b);
  // Two values of one sentence are two times or two things (由A提高到B).
  if (a.doc == b.doc && ca.sentence == cb.sentence)
    return No(ctx.Say("compare.one_sentence"));
  // A plan (预期目标, 拟安排) states what is meant to happen, not what
  // happened; it is compared only with the same plan restated, in documents
  // close in time: a later plan may set a new goal for the same year. Not
  // once the year is over: a document of 2025 that gives the goal of 2024
  // restates it, as one of 2024 did.
  if (ca.target != cb.target) return No(ctx.Say("compare.plan_and_fact"));
  if (ca.forecast != cb.forecast) return No(ctx.Say("compare.forecast"));
  if (ca.target) {
    const DocumentDate& da = ctx.doc(a).extraction.date;
    const DocumentDate& db = ctx.doc(b).extraction.date;
    if (!da.year || !db.year) return No(ctx.Say("compare.plans_undated"));
    long days = std::labs(ApproxDay(da) - ApproxDay(db));
    if (days > ctx.same_time_window_days) {
      const ClaimRef* later = nullptr;
      if (!RestatedAfterPeriod(ctx, a, b, &later))
        return No(ctx.Say("compare.plans_apart", fmt::arg("days", days)));
      if (ctx.doc(a).undated_start(a.claim) || ctx.doc(b).undated_start(b.claim))
        return No(ctx.Say("compare.undated_start"));
      return Yes(ctx.Say("compare.plan_period_over",
                         fmt::arg("period", PeriodText(ctx, ClassOf(ctx, a)))));
    }
  }
  if (ctx.doc(a).undated_start(a.claim) || ctx.doc(b).undated_start(b.claim))
    return No(ctx.Say("compare.undated_start"));
  const TimeClass ta = ClassOf(ctx, a), tb = ClassOf(ctx, b);
  if (ta.unresolved || tb.unresolved)
    return No(ctx.Say("compare.unresolved"));
  if (ta.part != tb.part) {
    auto part = [&](const std::string& p) {
      return p.empty() ? ctx.Say("compare.whole_year") : p;
    };
    return No(ctx.Say("compare.parts", fmt::arg("a", part(ta.part)),
                      fmt::arg("b", part(tb.part))));
  }
  if (ta.cumulative != tb.cumulative)
    return No(ctx.Say("compare.cumulative"));
  if (ta.as_of != tb.as_of) {
    const ClaimRef& as_of = ta.as_of ? a : b;
    const TimeClass& stated = ta.as_of ? tb : ta;
    const int last = LastFullYear(ctx, group, as_of, ta.as_of ? ta : tb);
    if (last != 0 && stated.from_year == last && stated.to_year == last)
      return Yes(ctx.Say("compare.last_full_year", fmt::arg("doc_year", last + 1),
                         fmt::arg("year", last)));
    return No(ctx.Say("compare.stated_and_as_of",
                      fmt::arg("period", PeriodText(ctx, ta.as_of ? tb : ta))));
  }
  if (!ta.as_of) {
    if (ta.from_year != tb.from_year || ta.to_year != tb.to_year)
      return No(ctx.Say("compare.periods", fmt::arg("a", PeriodText(ctx, ta)),
                        fmt::arg("b", PeriodText(ctx, tb))));
    return Yes(ctx.Say("compare.same_period", fmt::arg("period", PeriodText(ctx, ta))));
  }
  const DocumentDate& da = ctx.doc(a).extraction.date;
  const DocumentDate& db = ctx.doc(b).extraction.date;
  // An undated document may speak of any time: only a fact rule, written by
  // someone who knows the fact, is trusted to compare across it.
  if (!da.year || !db.year) {
    if (group.from_rule) return Yes(ctx.Say("compare.undated_rule"));
    return No(ctx.Say("compare.undated"));
  }
  // 全年… (a whole year's figure: [verbs] whole_year) as of documents of
  // different calendar years speaks of different years: a January bulletin
  // gives last year's, a November article the year before.
  auto whole_year = [&](const ClaimRef& r, const Claim& c) {
    return ContainsAny(ctx.doc(r).Text(c.sentence), ctx.lexicon.whole_year_words());
  };
  if (da.year != db.year && (whole_year(a, ca) || whole_year(b, cb)))
    return No(ctx.Say("compare.calendar_years"));
  // Nor does the end of a change over a review in its last year, of a fact
  // known only once its year is over, speak of the year an as-of figure of
  // another calendar year does (十年来…从54万亿元增长到114万亿元 in October
  // 2022, 2021's; 增加到121万亿元 in March 2023, 2022's).
  if (da.year != db.year && group.by_year && group.last_year_as_of &&
      (RangeEndInItsLastYear(ctx, a) || RangeEndInItsLastYear(ctx, b)))
    return No(ctx.Say("compare.range_end_year"));
  long days = std::labs(ApproxDay(da) - ApproxDay(db));
  if (days > ctx.same_time_window_days)
    return No(ctx.Say("compare.days_outside", fmt::arg("days", days),
                      fmt::arg("window", ctx.same_time_window_days)));
  return Yes(ctx.Say("compare.days_within", fmt::arg("days", days)));
}

void ForEachCandidatePair(const CheckContext& ctx, const FactGroup& group,
                          const std::function<void(size_t, size_t)>& f) {
  auto target = [&](size_t k) { return ctx.doc(group.claims[k]).target; };
  // f(a, b) for a pair with a target claim on one side at least.
  auto g = [&](size_t a, size_t b) {
    if (target(a) || target(b)) f(a, b);
  };
  // The pairs of `list` (x before y) in order, those without a target
  // claim left out without visiting them: after a reference claim only the
  // target claims of the list are visited. `in_window(x, y)`: whether y is
  // still a partner of x (false ends x's partners, which come in order).
  auto pairs_of = [&](const std::vector<size_t>& list, auto in_window, auto claim_at) {
    std::vector<size_t> targets;  // positions in `list` of target claims
    for (size_t p = 0; p < list.size(); ++p)
      if (target(claim_at(list[p]))) targets.push_back(p);
    for (size_t x = 0; x < list.size(); ++x) {
      const size_t a = claim_at(list[x]);
      if (target(a)) {
        for (size_t y = x + 1; y < list.size() && in_window(x, y); ++y) {
          const size_t b = claim_at(list[y]);
          f(std::min(a, b), std::max(a, b));
        }
        continue;
      }
      for (auto t = std::upper_bound(targets.begin(), targets.end(), x);
           t != targets.end() && in_window(x, *t); ++t) {
        const size_t b = claim_at(list[*t]);
        f(std::min(a, b), std::max(a, b));
      }
    }
  };
  auto always = [](size_t, size_t) { return true; };
  auto itself = [](size_t k) { return k; };
  std::map<TimeClass, std::vector<size_t>> classes;
  for (size_t i = 0; i < group.claims.size(); ++i)
    classes[group.by_year ? ClassOf(ctx, group.claims[i]) : TimeClass{}].push_back(i);
  for (const auto& [cls, members] : classes) {
    if (cls.unresolved) continue;  // never comparable
    if (!group.by_year || !cls.as_of) {
      pairs_of(members, always, itself);
      continue;
    }
    std::vector<std::pair<long, size_t>> dated;
    std::vector<size_t> undated;
    for (size_t m : members) {
      const DocumentDate& d = ctx.doc(group.claims[m]).extraction.date;
      if (d.year) dated.push_back({ApproxDay(d), m});
      else undated.push_back(m);
    }
    std::sort(dated.begin(), dated.end());
    std::vector<size_t> positions(dated.size());
    for (size_t p = 0; p < dated.size(); ++p) positions[p] = p;
    pairs_of(
        positions,
        [&](size_t x, size_t y) {
          return dated[y].first - dated[x].first <= ctx.same_time_window_days;
        },
        [&](size_t p) { return dated[p].second; });
    for (size_t x = 0; x < undated.size(); ++x) {
      for (size_t y = x + 1; y < undated.size(); ++y)
        g(std::min(undated[x], undated[y]), std::max(undated[x], undated[y]));
      for (const auto& [day, m] : dated) g(std::min(undated[x], m), std::max(undated[x], m));
    }
    // A whole year's figure as of its document, and the last full year's
    // stated figures.
    for (const auto& [day, m] : dated) {
      const int last = LastFullYear(ctx, group, group.claims[m], cls);
      if (last == 0) continue;
      TimeClass stated;
      stated.as_of = false;
      stated.from_year = stated.to_year = last;
      stated.part = cls.part;
      stated.cumulative = cls.cumulative;
      auto it = classes.find(stated);
      if (it == classes.end()) continue;
      for (size_t n : it->second) g(std::min(m, n), std::max(m, n));
    }
  }
}

bool IsRevision(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                const ClaimRef** newer) {
  if (!ctx.doc(a).target || !ctx.doc(b).target) return false;
  return RevisionPair(ctx, a, b, newer);
}

bool RevisionPair(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                  const ClaimRef** newer) {
  if (ctx.claim(a).target) return false;  // plans are compared with plans only
  return RestatedAfterPeriod(ctx, a, b, newer);
}

bool RestatedAfterPeriod(const CheckContext& ctx, const ClaimRef& a, const ClaimRef& b,
                         const ClaimRef** later_out) {
  const TimeClass ta = ClassOf(ctx, a);
  if (ta.as_of || !(ta == ClassOf(ctx, b))) return false;
  const DocumentDate& da = ctx.doc(a).extraction.date;
  const DocumentDate& db = ctx.doc(b).extraction.date;
  if (!da.year || !db.year) return false;
  const long days = ApproxDay(da) - ApproxDay(db);
  if (std::labs(days) <= ctx.same_time_window_days) return false;
  const ClaimRef& later = days > 0 ? a : b;
  if (ctx.doc(later).extraction.date.year <= ta.to_year) return false;
  *later_out = &later;
  return true;
}

bool ExplainedByRevision(const CheckContext& ctx, const FactGroup& group, const ClaimRef& claim,
                         const ClaimRef& other) {
  if (ctx.doc(other).target) return false;
  // Only a dated statement of a resolved period is ever revised.
  const TimeClass to = ClassOf(ctx, other);
  if (to.as_of || to.unresolved || !ctx.doc(other).extraction.date.year) return false;
  for (const ClaimRef& n : group.claims) {
    if (n == other || n == claim || ctx.doc(n).target) continue;
    if (Disagree(group, ctx.claim(n), ctx.claim(claim))) continue;   // n agrees with claim
    if (!Disagree(group, ctx.claim(n), ctx.claim(other))) continue;  // and not with other
    const ClaimRef* newer = nullptr;
    if (!RevisionPair(ctx, n, other, &newer)) continue;  // cheaper than Comparable
    if (!Comparable(ctx, group, claim, n) || !Comparable(ctx, group, n, other)) continue;
    if (*newer == n) return true;  // claim follows the newer figure
    // claim follows the older figure, but was written before the revision.
    const DocumentDate& dc = ctx.doc(claim).extraction.date;
    const DocumentDate& dn = ctx.doc(other).extraction.date;
    if (dc.year && ApproxDay(dc) + ctx.same_time_window_days < ApproxDay(dn)) return true;
  }
  return false;
}

bool RestatesSpanEndingLastYear(const CheckContext& ctx, const FactGroup& group,
                                const ClaimRef& a, const ClaimRef& b) {
  const TimeClass ta = ClassOf(ctx, a), tb = ClassOf(ctx, b);
  if (ta.as_of == tb.as_of) return false;
  const ClaimRef& as_of = ta.as_of ? a : b;
  const int last = LastFullYear(ctx, group, as_of, ta.as_of ? ta : tb);
  const TimeClass& stated = ta.as_of ? tb : ta;
  if (last == 0 || stated.from_year != last || stated.to_year != last) return false;
  const Claim& c = ctx.claim(as_of);
  for (const ClaimRef& k : group.claims) {
    if (k == as_of || (k.doc == as_of.doc && ctx.claim(k).sentence == c.sentence)) continue;
    const TimeClass t = ClassOf(ctx, k);
    if (t.as_of || t.unresolved || t.to_year != last || t.from_year >= last ||
        t.from_year < last - kLongestRestatedSpan + 1 || t.part != stated.part)
      continue;
    const Claim& span = ctx.claim(k);
    if (span.target != c.target || span.forecast != c.forecast) continue;
    if (!Disagree(group, c, span)) return true;
  }
  return false;
}

bool LaterDocument(const CheckContext& ctx, const ClaimRef& a,
                   const ClaimRef& b) {
  const DocumentDate& da = ctx.doc(a).extraction.date;
  const DocumentDate& db = ctx.doc(b).extraction.date;
  if (da.year && db.year && ApproxDay(da) != ApproxDay(db))
    return ApproxDay(da) > ApproxDay(db);
  return ctx.doc(a).order > ctx.doc(b).order;
}

const char* WhyDisjoint(const Claim& a, const Claim& b) {
  auto point = [](const Interval& v) {
    return v.lo == v.hi && v.lo_closed && v.hi_closed;
  };
  if (IsGoal(a) && IsGoal(b)) return "why.goals";
  if (point(a.value) && point(b.value)) return "why.exact";
  return "why.rounding";
}

}  // namespace factlint
