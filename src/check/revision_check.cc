// fact-revised: a figure of a period that a later publication, speaking after
// the period was over, states differently (IsRevision in claim_compare.h).
// National statistics are revised (economic and population censuses): the
// older figure is reported, as a warning by default, naming the newer one
// with its source and date; the newer figure is not flagged. Pairs that are
// revisions are left out of fact-conflict.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/check.h"
#include "check/claim_compare.h"
#include "engine/generic_fact_id.h"

namespace factlint {
namespace {

class RevisionCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-revised", "A figure revised by a later publication",
            "A later publication, speaking after the period was over, states the "
            "same fact for the same period with a value that cannot agree with an "
            "earlier one: the earlier figure has been revised.",
            Severity::kWarning};
  }

  void Run(const CheckContext& ctx, const FindingSink& out) const override {
    for (const FactGroup& group : ctx.facts) {
      const std::vector<ClaimRef>& refs = group.claims;
      std::map<size_t, std::set<size_t>> revised_by;  // older -> newer ones
      ForEachCandidatePair(ctx, group, [&](size_t i, size_t j) {
        // IsRevision takes two targets; leave early before the costlier tests.
        if (!ctx.doc(refs[i]).target || !ctx.doc(refs[j]).target) return;
        if (!Comparable(ctx, group, refs[i], refs[j])) return;
        if (!Disagree(group, ctx.claim(refs[i]), ctx.claim(refs[j]))) return;
        const ClaimRef* newer = nullptr;
        if (!IsRevision(ctx, refs[i], refs[j], &newer)) return;
        const bool i_newer = newer == &refs[i];
        revised_by[i_newer ? j : i].insert(i_newer ? i : j);
      });
      for (const auto& [old, newer] : revised_by) out(Describe(ctx, group, old, newer));
    }
  }

 private:
  Diagnostic Describe(const CheckContext& ctx, const FactGroup& group, size_t old,
                      const std::set<size_t>& newer_set) const {
    const std::vector<ClaimRef>& refs = group.claims;
    std::vector<size_t> newer(newer_set.begin(), newer_set.end());
    std::stable_sort(newer.begin(), newer.end(), [&](size_t a, size_t b) {
      return LaterDocument(ctx, refs[a], refs[b]);
    });
    const Document& doc = ctx.doc(refs[old]);
    const Claim& claim = ctx.claim(refs[old]);
    const Claim& latest = ctx.claim(refs[newer.front()]);
    std::string period = std::to_string(claim.time.from_year);
    if (claim.time.to_year != claim.time.from_year)
      period += "-" + std::to_string(claim.time.to_year);
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = Severity::kWarning;
    d.location = doc.Locate(claim);
    d.message = ctx.Say("revised.message", fmt::arg("title", group.title), fmt::arg("period", period),
                        fmt::arg("value", AsWritten(doc, claim)),
                        fmt::arg("newer", AsWritten(ctx.doc(refs[newer.front()]), latest)),
                        fmt::arg("path", ctx.doc(refs[newer.front()]).source.path),
                        fmt::arg("document", ctx.DateOf(refs[newer.front()])));
    for (size_t k = 0; k < newer.size() && k < kMaxNotes; ++k) {
      const ClaimRef& o = refs[newer[k]];
      Note note;
      note.location = ctx.doc(o).Locate(ctx.claim(o));
      note.message = ctx.StatedHere(o);
      note.statement = StatementOf(ctx, o);
      d.notes.push_back(std::move(note));
    }
    d.fact_id = group.fact_id;
    d.statement = StatementOf(ctx, refs[old]);
    d.fingerprint = fmt::format("{}|{}|{}|revised", FingerprintFactName(group), claim.surface,
                                fmt::join(claim.context, ","));
    return d;
  }
};

}  // namespace

std::unique_ptr<Check> MakeRevisionCheck() { return std::make_unique<RevisionCheck>(); }

}  // namespace factlint
