// fact-conflict: two claims of the same fact and time whose value intervals
// are disjoint. Reported once per claim that disagrees, in a target
// document, with a note at every claim it disagrees with (at most
// kMaxNotes; the message counts the rest).
//
// A fact stated a few dozen times is compared pair by pair. A fact stated
// more often (a large archive) is split into blocks of claims about the same
// time (same stated year or period; else the document's half-year) and each
// block is swept once for its consensus value: the point most intervals
// contain. Claims outside the consensus disagree with it. This keeps the
// check O(n log n) where pairs would be O(n^2).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/check.h"
#include "check/claim_compare.h"

namespace factlint {
namespace {

constexpr size_t kPairwiseLimit = 64;
constexpr size_t kMaxNotes = 5;

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
           std::vector<Diagnostic>* out) const override {
    for (const FactGroup& group : ctx.facts) RunGroup(ctx, group, out);
  }

 private:
  void RunGroup(const CheckContext& ctx, const FactGroup& group,
                std::vector<Diagnostic>* out) const {
    if (group.claims.size() > kPairwiseLimit) return RunBlocks(ctx, group, out);
    const std::vector<ClaimRef>& refs = group.claims;
    size_t n = refs.size();
    std::vector<std::vector<size_t>> conflicts(n);
    std::vector<int> support(n, 0);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        if (!Comparable(ctx, group, refs[i], refs[j])) continue;
        if (IsDatedEndpoint(ctx, refs[i]) || IsDatedEndpoint(ctx, refs[j]))
          continue;  // fact-series reports these, naming the change
        if (ctx.claim(refs[i]).value.Disjoint(ctx.claim(refs[j]).value)) {
          conflicts[i].push_back(j);
          conflicts[j].push_back(i);
        } else {
          ++support[i];
          ++support[j];
        }
      }
    }
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
      std::vector<size_t> list(others.begin(), others.end());
      bool agree = true;
      for (size_t a : list)
        for (size_t b : list)
          agree = agree && !ctx.claim(refs[a]).value.Disjoint(ctx.claim(refs[b]).value);
      out->push_back(Describe(ctx, group, p, list, agree && support[p] == 0));
    }
  }

  // Key of the block of claims a claim is compared with in a large group.
  static std::string BlockKey(const CheckContext& ctx, const FactGroup& group,
                              const ClaimRef& r) {
    if (!group.by_year) return "all";
    const Claim& c = ctx.claim(r);
    const TimeRef& t = c.time;
    if (t.known() && t.origin != "document")
      return fmt::format("{}:{}-{}", t.origin == "explicit" || t.origin == "relative"
                                         ? "year" : "period",
                         t.from_year, t.to_year);
    const DocumentDate& date = ctx.doc(r).extraction.date;
    if (!date.year) return group.from_rule ? "undated" : "";
    return fmt::format("half:{}", date.year * 2 + (date.month > 6 ? 1 : 0));
  }

  void RunBlocks(const CheckContext& ctx, const FactGroup& group,
                 std::vector<Diagnostic>* out) const {
    std::map<std::string, std::vector<size_t>> blocks;
    for (size_t i = 0; i < group.claims.size(); ++i) {
      if (IsDatedEndpoint(ctx, group.claims[i])) continue;
      std::string key = BlockKey(ctx, group, group.claims[i]);
      if (!key.empty()) blocks[key].push_back(i);
    }
    const std::vector<ClaimRef>& refs = group.claims;
    for (const auto& [key, members] : blocks) {
      // Sweep for the point most intervals contain. At one coordinate x:
      // open ends leave before x, closed starts enter at x, closed ends
      // leave after x, open starts enter just after x.
      std::vector<std::tuple<double, int, size_t>> events;
      for (size_t m : members) {
        const Interval& v = ctx.claim(refs[m]).value;
        events.emplace_back(v.lo, v.lo_closed ? 1 : 3, m);
        events.emplace_back(v.hi, v.hi_closed ? 2 : 0, m);
      }
      std::sort(events.begin(), events.end());
      int depth = 0, best = 0;
      double best_x = 0;
      bool just_after = false;  // the best point is x plus a little
      for (const auto& [x, kind, m] : events) {
        bool start = kind == 1 || kind == 3;
        depth += start ? 1 : -1;
        if (start && depth > best) {
          best = depth;
          best_x = x;
          just_after = kind == 3;
        }
      }
      std::set<size_t> agreeing;
      for (size_t m : members) {
        const Interval& v = ctx.claim(refs[m]).value;
        bool contains = just_after ? (v.lo <= best_x && v.hi > best_x)
                                   : v.Contains(best_x);
        if (contains) agreeing.insert(m);
      }
      if (agreeing.size() == members.size()) continue;
      for (size_t m : members) {
        if (agreeing.count(m) || !ctx.doc(refs[m]).target) continue;
        // Notes at the latest agreeing statements.
        std::vector<size_t> latest(agreeing.begin(), agreeing.end());
        std::sort(latest.begin(), latest.end(), [&](size_t a, size_t b) {
          return LaterDocument(ctx, refs[a], refs[b]);
        });
        out->push_back(Describe(ctx, group, m, latest, /*odd_one_out=*/true));
      }
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
    std::vector<std::string> values;
    for (size_t o : others) {
      std::string v = AsWritten(ctx.doc(refs[o]), ctx.claim(refs[o]));
      if (values.size() < kMaxNotes &&
          std::find(values.begin(), values.end(), v) == values.end())
        values.push_back(v);
    }
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = group.severity;
    d.location = doc.Locate(claim);
    d.message = fmt::format("{}: {} here, but {} elsewhere; {}", group.title,
                            AsWritten(doc, claim), fmt::join(values, " / "),
                            WhyDisjoint(claim, ctx.claim(refs[others.front()])));
    if (odd_one_out && others.size() >= 2)
      d.message += fmt::format("; this is the odd one out: {} other "
                               "statements agree with each other",
                               others.size());
    for (size_t k = 0; k < others.size() && k < kMaxNotes; ++k) {
      const ClaimRef& o = refs[others[k]];
      Note note;
      note.location = ctx.doc(o).Locate(ctx.claim(o));
      note.message = fmt::format("{} stated here ({})",
                                 AsWritten(ctx.doc(o), ctx.claim(o)),
                                 ctx.DateOf(o));
      note.fingerprint = Fingerprint(group, ctx.claim(o));
      d.notes.push_back(std::move(note));
    }
    if (others.size() > kMaxNotes)
      d.message += fmt::format(" ({} places shown of {})", kMaxNotes, others.size());
    d.fingerprint = Fingerprint(group, claim);
    return d;
  }

  static std::string Fingerprint(const FactGroup& group, const Claim& claim) {
    return fmt::format("{}|{}|{}", group.fact_id, claim.surface,
                       fmt::join(claim.context, ","));
  }
};

}  // namespace

std::unique_ptr<Check> MakeConflictCheck() {
  return std::make_unique<ConflictCheck>();
}

}  // namespace factlint
