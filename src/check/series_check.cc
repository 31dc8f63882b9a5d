// fact-series: one fact stated for several years. A stated change such as
// 由2020年的第14位提升至2024年的第10位 fixes the values of two years; any
// other statement of the same fact for either year must agree with it.
// (The conflict check leaves pairs involving a dated change endpoint to
// this check, so each disagreement is reported once, naming the change.)
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "check/check.h"
#include "check/claim_compare.h"
#include "engine/generic_fact_id.h"

namespace factlint {
namespace {

class SeriesCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-series", "Change contradicts a value stated for its year",
            "A stated change between two years (由2020年的第14位提升至2024年的"
            "第10位) gives a value for a year that another statement of the "
            "same fact for that year contradicts.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    for (const FactGroup& group : ctx.facts) {
      // primary claim -> what it disagrees with (first kMaxNotes kept) and
      // how many; at_endpoint says which side the primary is.
      struct Finding {
        ClaimRef other;
        bool at_endpoint = false;
        size_t count = 0;
      };
      std::map<std::pair<uint32_t, uint32_t>, Finding> findings;
      // Pairs of a dated endpoint and another statement (the endpoint of two
      // is taken once, the earlier), as candidates of the one comparability
      // rule; a revision is fact-revised's.
      ForEachCandidatePair(ctx, group, [&](size_t i, size_t j) {
        // Two references: nothing to report (tested first, being cheapest:
        // a draft's groups in a large archive are mostly such pairs).
        if (!ctx.doc(group.claims[i]).target && !ctx.doc(group.claims[j]).target) return;
        const bool ei = IsDatedEndpoint(ctx, group.claims[i]);
        if (!ei && !IsDatedEndpoint(ctx, group.claims[j])) return;
        const ClaimRef& e = ei ? group.claims[i] : group.claims[j];
        const ClaimRef& other = ei ? group.claims[j] : group.claims[i];
        if (!Comparable(ctx, group, e, other)) return;
        if (!Disagree(group, ctx.claim(e), ctx.claim(other))) return;
        const ClaimRef* newer = nullptr;
        if (IsRevision(ctx, e, other, &newer)) return;
        if (ExplainedByRevision(ctx, group, e, other) || ExplainedByRevision(ctx, group, other, e))
          return;
        bool at_endpoint = ctx.doc(e).target &&
                           (!ctx.doc(other).target || LaterDocument(ctx, e, other));
        if (!at_endpoint && !ctx.doc(other).target) return;
        const ClaimRef& primary = at_endpoint ? e : other;
        Finding& f = findings[{primary.doc, primary.claim}];
        if (f.count++ == 0) {
          f.other = at_endpoint ? other : e;
          f.at_endpoint = at_endpoint;
        }
      });
      for (const auto& [key, f] : findings) {
        ClaimRef primary{key.first, key.second};
        const ClaimRef& endpoint = f.at_endpoint ? primary : f.other;
        const ClaimRef& other = f.at_endpoint ? f.other : primary;
        out(Report(ctx, group, endpoint, other, f.at_endpoint, f.count));
      }
    }
  }

 private:
  static const Transition* TransitionOf(const CheckContext& ctx,
                                        const ClaimRef& r) {
    for (const Transition& t : ctx.doc(r).extraction.transitions)
      if (t.from == r.claim || t.to == r.claim) return &t;
    return nullptr;
  }

  static std::string ChangeText(const CheckContext& ctx, const ClaimRef& r) {
    const Transition* t = TransitionOf(ctx, r);
    return t ? std::string(ctx.doc(r).Text(t->span)) : ctx.claim(r).surface.str();
  }

  Diagnostic Report(const CheckContext& ctx, const FactGroup& group,
                    const ClaimRef& endpoint, const ClaimRef& other,
                    bool at_endpoint, size_t count) const {
    int year = ctx.claim(endpoint).time.to_year;
    const ClaimRef& primary = at_endpoint ? endpoint : other;
    const ClaimRef& secondary = at_endpoint ? other : endpoint;
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = group.severity;
    d.location = ctx.doc(primary).Locate(ctx.claim(primary));
    d.message = ctx.Say(at_endpoint ? "series.at_endpoint" : "series.elsewhere",
                        fmt::arg("title", group.title), fmt::arg("change", ChangeText(ctx, endpoint)),
                        fmt::arg("value", AsWritten(ctx.doc(endpoint), ctx.claim(endpoint))),
                        fmt::arg("other", AsWritten(ctx.doc(other), ctx.claim(other))),
                        fmt::arg("year", year));
    if (count > 1) d.message += ctx.Say("series.count", fmt::arg("count", count));
    Note note;
    note.location = ctx.doc(secondary).Locate(ctx.claim(secondary));
    note.message = ctx.StatedHere(secondary);
    note.statement = StatementOf(ctx, secondary);
    d.notes.push_back(std::move(note));
    d.fact_id = group.fact_id;
    d.statement = StatementOf(ctx, primary);
    d.fingerprint = fmt::format("{}|{}|{}", FingerprintFactName(group),
                                ctx.claim(primary).surface, year);
    return d;
  }
};

}  // namespace

bool IsDatedEndpoint(const CheckContext& ctx, const ClaimRef& r) {
  const Document& doc = ctx.doc(r);
  const Claim& c = ctx.claim(r);
  bool endpoint = doc.transition_start(r.claim) || doc.transition_end(r.claim);
  return endpoint && StatesYear(c);
}

std::unique_ptr<Check> MakeSeriesCheck() {
  return std::make_unique<SeriesCheck>();
}

}  // namespace factlint
