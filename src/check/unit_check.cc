// fact-unit: one fact with the same figure in another unit of its family.
//   draft:   2022年高新技术产品出口额9467亿元
//   archive: 2022年高新技术产品出口额9467亿美元
// The two figures cannot both be right: one of the units is a slip. Claims
// meet when generic matching would match them (GenericBucket with the
// family in place of the dimension, CompareClaims confident) and both state
// the same resolved period. Different figures in two units may be a
// conversion (6.7万亿元 and 9467亿美元) and are left alone.
#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
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
    // Claims by their family's bucket; only buckets a target claim is in.
    // A target names its bucket by the map's entry (which never moves), not
    // by a copy of the key: in `check` every claim is a target's.
    std::map<std::string, std::vector<ClaimRef>> buckets;
    std::vector<std::pair<const std::vector<ClaimRef>*, ClaimRef>> targets;
    for (uint32_t d = 0; d < ctx.docs.size(); ++d) {
      const Document& doc = *ctx.docs[d];
      const auto& claims = doc.extraction.claims;
      const std::vector<std::string>* kept =
          ctx.kept && !doc.target ? &ctx.kept->FamilyKeysOf(doc, *ctx.units) : nullptr;
      for (uint32_t i = 0; i < claims.size(); ++i) {
        std::string key = kept ? (*kept)[i] : FamilyKey(doc, claims[i], *ctx.units);
        if (key.empty()) continue;
        std::vector<ClaimRef>& bucket = buckets[std::move(key)];
        bucket.push_back({d, i});
        if (doc.target) targets.emplace_back(&bucket, ClaimRef{d, i});
      }
    }
    if (targets.empty()) return;
    std::optional<WordWeights> own;
    if (ctx.weights == nullptr) own.emplace(GenericWeights(ctx.docs));
    const WordWeights& weights = ctx.weights ? *ctx.weights : *own;
    for (const auto& [bucket, t] : targets) {
      const Claim& claim = ctx.claim(t);
      const TimeClass when = ClassOf(ctx, t);
      if (when.as_of || when.unresolved) continue;
      std::vector<ClaimRef> others;
      size_t looked = 0;
      for (const ClaimRef& o : *bucket) {
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
