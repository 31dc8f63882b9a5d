// fact-conflict: two claims of the same fact and time whose value intervals
// are disjoint. Reported once per claim that disagrees, in a target
// document, with a note at every claim it disagrees with (at most
// kMaxNotes; the message counts the rest).
//
// Which claims are compared is decided by Compare (claim_compare.h) alone,
// for every group size. To keep a large archive cheap, only candidate pairs
// are put to it: claims of the same time class (ClassOf), and among claims
// "as of" their documents only those whose documents lie within the window
// (undated documents pair with all). Claims of other periods are never even
// visited, so adding them to an archive cannot change a finding.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/check.h"
#include "check/claim_compare.h"
#include "engine/generic_fact_id.h"
#include "engine/generic_match.h"

namespace factlint {
namespace {

class ConflictCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-conflict", "Conflicting statements of a fact",
            "Two statements of the same fact for the same time give values "
            "that cannot both be true (their intervals do not overlap, "
            "allowing for rounding and qualifiers such as 超过 or 约).",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    for (const FactGroup& group : ctx.facts) RunGroup(ctx, group, out);
  }

 private:
  void RunGroup(const CheckContext& ctx, const FactGroup& group,
                const FindingSink& out) const {
    const std::vector<ClaimRef>& refs = group.claims;
    size_t n = refs.size();
    std::vector<std::vector<size_t>> conflicts(n);
    std::vector<int> support(n, 0);
    std::vector<std::vector<size_t>> agreeing_references(n);
    ForEachCandidatePair(ctx, group, [&](size_t i, size_t j) {
      // Two references: never reported (the primary is a target), and what
      // the sums below keep of them is read only at targets. Skipping them
      // keeps a draft against a large archive linear in its groups.
      if (!ctx.doc(refs[i]).target && !ctx.doc(refs[j]).target) return;
      if (!Comparable(ctx, group, refs[i], refs[j])) return;
      if (IsDatedEndpoint(ctx, refs[i]) || IsDatedEndpoint(ctx, refs[j]))
        return;  // fact-series reports these, naming the change
      if (Disagree(group, ctx.claim(refs[i]), ctx.claim(refs[j]))) {
        const ClaimRef* newer = nullptr;
        if (IsRevision(ctx, refs[i], refs[j], &newer)) return;  // fact-revised
        if (ExplainedByRevision(ctx, group, refs[i], refs[j]) ||
            ExplainedByRevision(ctx, group, refs[j], refs[i]) ||
            RestatesSpanEndingLastYear(ctx, group, refs[i], refs[j]))
          return;
        conflicts[i].push_back(j);
        conflicts[j].push_back(i);
      } else {
        ++support[i];
        ++support[j];
        if (!ctx.doc(refs[j]).target) agreeing_references[i].push_back(j);
        if (!ctx.doc(refs[i]).target) agreeing_references[j].push_back(i);
      }
    });
    // Each disagreeing pair is reported at one side: the odd one out when
    // the other side has more agreeing sources, else the later document.
    std::map<size_t, std::set<size_t>> reported_at;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j : conflicts[i]) {
        if (j < i) continue;
        size_t primary = ChoosePrimary(ctx, refs, support, i, j);
        if (!ctx.doc(refs[primary]).target) continue;
        reported_at[primary].insert(primary == i ? j : i);
      }
    }
    for (const auto& [p, others] : reported_at) {
      // Notes at the latest documents first (by date; else as given).
      std::vector<size_t> list(others.begin(), others.end());
      auto day = [&](size_t k) {
        const DocumentDate& d = ctx.doc(refs[k]).extraction.date;
        return d.year ? ApproxDay(d) : 0L;
      };
      std::stable_sort(list.begin(), list.end(),
                       [&](size_t a, size_t b) { return day(a) > day(b); });
      bool agree = true;
      for (size_t a : list)
        for (size_t b : list)
          agree = agree && !Disagree(group, ctx.claim(refs[a]), ctx.claim(refs[b]));
      Diagnostic d = Describe(ctx, group, p, list, agree && support[p] == 0);
      // The archive itself disagrees: the target agrees with a reference
      // that contradicts the references the target contradicts. The target
      // cannot be told right or wrong from the archive, so it is a warning
      // naming both sides.
      const bool against_references_only = std::none_of(
          list.begin(), list.end(), [&](size_t o) { return ctx.doc(refs[o]).target; });
      auto splits = [&](size_t a) {
        return std::any_of(list.begin(), list.end(), [&](size_t o) {
          return Disagree(group, ctx.claim(refs[a]), ctx.claim(refs[o])) &&
                 Comparable(ctx, group, refs[a], refs[o]);
        });
      };
      auto split = std::find_if(agreeing_references[p].begin(), agreeing_references[p].end(), splits);
      if (against_references_only && split != agreeing_references[p].end()) {
        const ClaimRef& a = refs[*split];
        d.severity = std::min(d.severity, Severity::kWarning);
        d.message += ctx.Say("conflict.split", fmt::arg("value", AsWritten(ctx.doc(a), ctx.claim(a))),
                             fmt::arg("path", ctx.doc(a).source.path));
        Note note;
        note.location = ctx.doc(a).Locate(ctx.claim(a));
        note.message = ctx.Say("conflict.agreeing", fmt::arg("value", AsWritten(ctx.doc(a), ctx.claim(a))),
                               fmt::arg("document", ctx.DateOf(a)));
        note.statement = StatementOf(ctx, a);
        d.notes.push_back(std::move(note));
      }
      out(std::move(d));
    }
  }

  static size_t ChoosePrimary(const CheckContext& ctx,
                              const std::vector<ClaimRef>& refs,
                              const std::vector<int>& support, size_t i,
                              size_t j) {
    bool ti = ctx.doc(refs[i]).target, tj = ctx.doc(refs[j]).target;
    if (ti != tj) return ti ? i : j;
    if (support[i] != support[j]) return support[i] < support[j] ? i : j;
    return LaterDocument(ctx, refs[i], refs[j]) ? i : j;
  }

  // `others`: the claims p disagrees with, most relevant first;
  // `odd_one_out`: they agree among themselves and nothing agrees with p.
  Diagnostic Describe(const CheckContext& ctx, const FactGroup& group,
                      size_t p, const std::vector<size_t>& others,
                      bool odd_one_out) const {
    const std::vector<ClaimRef>& refs = group.claims;
    const Document& doc = ctx.doc(refs[p]);
    const Claim& claim = ctx.claim(refs[p]);
    // A change against the fact's direction says so (下降0.2% of a rise).
    auto stated = [&](size_t k) {
      const Claim& c = ctx.claim(refs[k]);
      std::string v = AsWritten(ctx.doc(refs[k]), c);
      // 翻了一番 (+100%): a change in multiples is compared in percent.
      if (ChangeInMultiples(c)) {
        const Interval m = MatchedValue(c);
        v += fmt::format(" ({:+g}%)", (m.lo + m.hi) / 2);
      }
      if (AgainstMeasure(group, c))
        v = ctx.Say(c.change == Direction::kDown ? "conflict.falling" : "conflict.rising",
                    fmt::arg("value", v));
      return v;
    };
    std::vector<std::string> values;
    for (size_t o : others) {
      std::string v = stated(o);
      if (values.size() < kMaxNotes &&
          std::find(values.begin(), values.end(), v) == values.end())
        values.push_back(v);
    }
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = group.severity;
    d.location = doc.Locate(claim);
    const Claim& other = ctx.claim(refs[others.front()]);
    d.message = ctx.Say("conflict.message", fmt::arg("title", group.title),
                        fmt::arg("value", stated(p)),
                        fmt::arg("others", fmt::format("{}", fmt::join(values, ctx.Say("list.separator")))),
                        fmt::arg("why", ctx.Say(AgainstMeasure(group, claim) != AgainstMeasure(group, other)
                                                    ? "conflict.opposite"
                                                    : WhyDisjoint(claim, other))));
    if (odd_one_out && others.size() >= 2)
      d.message += ctx.Say("conflict.odd_one_out", fmt::arg("count", others.size()));
    for (size_t k = 0; k < others.size() && k < kMaxNotes; ++k) {
      const ClaimRef& o = refs[others[k]];
      Note note;
      note.location = ctx.doc(o).Locate(ctx.claim(o));
      note.message = ctx.StatedHere(o, &refs[p]);
      note.fingerprint = Fingerprint(group, ctx.claim(o));
      note.statement = StatementOf(ctx, o);
      d.notes.push_back(std::move(note));
    }
    if (others.size() > kMaxNotes)
      d.message += ctx.Say("conflict.places_shown", fmt::arg("shown", kMaxNotes),
                           fmt::arg("count", others.size()));
    d.fingerprint = Fingerprint(group, claim);
    d.fact_id = group.fact_id;
    d.statement = StatementOf(ctx, refs[p]);
    return d;
  }

  static std::string Fingerprint(const FactGroup& group, const Claim& claim) {
    return fmt::format("{}|{}|{}", FingerprintFactName(group), claim.surface,
                       fmt::join(claim.context, ","));
  }
};

}  // namespace

std::unique_ptr<Check> MakeConflictCheck() {
  return std::make_unique<ConflictCheck>();
}

}  // namespace factlint
