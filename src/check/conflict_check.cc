// fact-conflict: two claims of the same fact and time whose value intervals
// are disjoint. Reported once per claim that disagrees, in a target
// document, with a note at every claim it disagrees with.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/check.h"
#include "check/claim_compare.h"

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
           std::vector<Diagnostic>* out) const override {
    for (const FactGroup& group : ctx.facts) RunGroup(ctx, group, out);
  }

 private:
  void RunGroup(const CheckContext& ctx, const FactGroup& group,
                std::vector<Diagnostic>* out) const {
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
    for (const auto& [p, others] : reported_at)
      out->push_back(Describe(ctx, group, p, others, support));
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

  Diagnostic Describe(const CheckContext& ctx, const FactGroup& group,
                      size_t p, const std::set<size_t>& others,
                      const std::vector<int>& support) const {
    const std::vector<ClaimRef>& refs = group.claims;
    const Document& doc = ctx.doc(refs[p]);
    const Claim& claim = ctx.claim(refs[p]);
    std::vector<std::string> values;
    for (size_t o : others) {
      std::string v = AsWritten(ctx.doc(refs[o]), ctx.claim(refs[o]));
      if (std::find(values.begin(), values.end(), v) == values.end())
        values.push_back(v);
    }
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = group.severity;
    d.location = doc.Locate(claim);
    std::string elsewhere = fmt::format("{}", fmt::join(values, " / "));
    d.message = fmt::format("{}: {} here, but {} elsewhere; {}", group.title,
                            AsWritten(doc, claim), elsewhere,
                            WhyDisjoint(claim, ctx.claim(refs[*others.begin()])));
    if (values.size() == 1 && others.size() >= 2 && support[p] == 0)
      d.message += fmt::format("; this is the odd one out: {} other "
                               "statements agree on {}",
                               others.size(), values.front());
    for (size_t o : others) {
      Note note;
      note.location = ctx.doc(refs[o]).Locate(ctx.claim(refs[o]));
      note.message = fmt::format("{} stated here ({})",
                                 AsWritten(ctx.doc(refs[o]), ctx.claim(refs[o])),
                                 ctx.DateOf(refs[o]));
      d.notes.push_back(std::move(note));
    }
    return d;
  }
};

}  // namespace

std::unique_ptr<Check> MakeConflictCheck() {
  return std::make_unique<ConflictCheck>();
}

}  // namespace factlint
