// fact-unit: one fact with the same figure in another unit of its family.
//   draft:   2022年高新技术产品出口额9467亿元
//   archive: 2022年高新技术产品出口额9467亿美元
// The two figures cannot both be right: one of the units is a slip. Claims
// meet when generic matching would match them (FamilyBucketKey: their
// bucket with the family in place of the dimension, CompareClaims confident) and both state
// the same resolved period. Different figures in two units may be a
// conversion (6.7万亿元 and 9467亿美元) and are left alone.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "check/check.h"
#include "check/claim_compare.h"
#include "engine/generic_match.h"
#include "extract/unit_table.h"

namespace factlint {
namespace {

// Other claims a claim is compared with in its family's bucket, at most:
// the cost stays linear in the claims of a run.
constexpr size_t kMaxCandidates = 64;

class UnitCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-unit", "The same figure of one fact in another unit",
            "One fact is stated with the same figure in two units of one family "
            "(亿元 and 亿美元, percent and percentage points, 人 and 人次): one of the "
            "units is a slip.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx, std::vector<Diagnostic>* out) const override {
    if (ctx.units == nullptr) return;
    // Claims by their family's bucket: the claims of a unit family sorted
    // by their FamilyBucketKey (computed from the claim where two are
    // compared, held nowhere), each bucket a run of `order` in claim order.
    // Only the buckets a target claim is in are looked at: each target names
    // the run of its bucket (in `check` every claim is a target's).
    auto key = [&](const ClaimRef& r) {
      return *FamilyBucketKey(ctx.doc(r), ctx.claim(r), *ctx.units);
    };
    std::vector<ClaimRef> refs;
    for (uint32_t d = 0; d < ctx.docs.size(); ++d) {
      const Document& doc = *ctx.docs[d];
      const auto& claims = doc.extraction.claims;
      for (uint32_t i = 0; i < claims.size(); ++i)
        if (FamilyBucketKey(doc, claims[i], *ctx.units)) refs.push_back({d, i});
    }
    std::vector<uint32_t> order(refs.size());
    std::iota(order.begin(), order.end(), uint32_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return key(refs[a]) < key(refs[b]); });
    struct Target {
      ClaimRef claim;
      uint32_t begin = 0, end = 0;  // its bucket: order[begin, end)
    };
    std::vector<Target> targets;
    for (uint32_t begin = 0, end = 0; begin < order.size(); begin = end) {
      const BucketKey at = key(refs[order[begin]]);
      for (end = begin + 1; end < order.size() && key(refs[order[end]]) == at;) ++end;
      for (uint32_t k = begin; k < end; ++k)
        if (ctx.doc(refs[order[k]]).target) targets.push_back({refs[order[k]], begin, end});
    }
    // In the order of the documents and their claims.
    std::sort(targets.begin(), targets.end(), [](const Target& a, const Target& b) {
      return std::tie(a.claim.doc, a.claim.claim) < std::tie(b.claim.doc, b.claim.claim);
    });
    if (targets.empty()) return;
    std::optional<WordWeights> own;
    if (ctx.weights == nullptr) own.emplace(GenericWeights(ctx.docs));
    const WordWeights& weights = ctx.weights ? *ctx.weights : *own;
    for (const Target& target : targets) {
      const ClaimRef& t = target.claim;
      const Claim& claim = ctx.claim(t);
      const TimeClass when = ClassOf(ctx, t);
      if (when.as_of || when.unresolved) continue;
      std::vector<ClaimRef> others;
      size_t looked = 0;
      for (uint32_t k = target.begin; k < target.end; ++k) {
        const ClaimRef& o = refs[order[k]];
        if (o.doc == t.doc) continue;
        if (looked++ >= kMaxCandidates) break;
        const Claim& other = ctx.claim(o);
        if (other.dimension == claim.dimension || claim.value.Disjoint(other.value)) continue;
        // Two drafts with the slip between them: reported once, at the later.
        if (ctx.doc(o).target && ctx.doc(o).order > ctx.doc(t).order) continue;
        if (!(ClassOf(ctx, o) == when)) continue;
        if (!ConfidentMatch(CompareClaims(claim, other, weights))) continue;
        others.push_back(o);
      }
      if (others.empty()) continue;
      const Claim& first = ctx.claim(others.front());
      Diagnostic d;
      d.rule_id = info().id;
      d.severity = info().default_severity;
      d.location = ctx.doc(t).Locate(claim);
      d.message = ctx.Say("unit.message", fmt::arg("title", claim.subject),
                          fmt::arg("value", AsWritten(ctx.doc(t), claim)),
                          fmt::arg("other", AsWritten(ctx.doc(others.front()), first)),
                          fmt::arg("unit", claim.unit), fmt::arg("other_unit", first.unit));
      for (size_t k = 0; k < others.size() && k < kMaxNotes; ++k) {
        Note note;
        note.location = ctx.doc(others[k]).Locate(ctx.claim(others[k]));
        note.message = ctx.StatedHere(others[k], &t);
        note.statement = StatementOf(ctx, others[k]);
        d.notes.push_back(std::move(note));
      }
      d.fingerprint = fmt::format("unit|{}|{}|{}", claim.subject, claim.surface, first.surface);
      d.statement = StatementOf(ctx, t);
      out->push_back(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnitCheck() { return std::make_unique<UnitCheck>(); }

}  // namespace factlint
