// fact-unit and fact-base: one fact with the same figure and one thing
// written otherwise, so one of the two is a slip.
//   fact-unit, another unit of its family:
//     draft:   2022年高新技术产品出口额9467亿元
//     archive: 2022年高新技术产品出口额9467亿美元
//   fact-base, a change from another base year:
//     draft:   2024年全社会研发投入较2021年增长48%
//     archive: 2024年全社会研发投入较2020年增长48%
// Claims meet when generic matching would match them in the bucket without
// the thing that differs (FamilyBucketKey: the family in place of the
// dimension; BaseBucketKey: no base year), CompareClaims confident, and
// Compare finds the two statements comparable (the same stated period, or
// both as of documents close in time: 五年来 in two reports of one autumn). Different figures may both be right (a
// conversion: 6.7万亿元 and 9467亿美元; a change over a longer span) and are
// left alone.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
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

// The group the two statements are compared in: a bucket's, by year.
const FactGroup kStatements{};

// What makes one slip check: the bucket where its claims meet (none: the
// claim is not looked at), whether another claim there writes the thing
// otherwise, and the finding's message.
struct Slip {
  RuleInfo info;
  std::function<std::optional<BucketKey>(const CheckContext&, const Document&, const Claim&)> key;
  std::function<bool(const Claim&, const Claim&)> written_otherwise;
  std::function<std::string(const CheckContext&, const Document&, const Claim&, const Document&,
                            const Claim&)>
      message;
  std::string fingerprint;  // the findings' fingerprints open with it
  // Whether the two statements are one fact at the time the slip needs: by
  // default as generic matching compares statements (one rule: Compare) and
  // with a confident match of their words.
  std::function<bool(const CheckContext&, const WordWeights&, const ClaimRef&, const ClaimRef&)>
      comparable = [](const CheckContext& ctx, const WordWeights& weights, const ClaimRef& a,
                      const ClaimRef& b) {
        return Comparable(ctx, kStatements, a, b) &&
               ConfidentMatch(CompareClaims(ctx.claim(a), ctx.claim(b), weights));
      };
};

class SlipCheck : public Check {
 public:
  explicit SlipCheck(Slip slip) : slip_(std::move(slip)) {}
  RuleInfo info() const override { return slip_.info; }

  void Run(const CheckContext& ctx, const FindingSink& out) const override {
    // Claims by their slip's bucket, sorted by its key (computed from the
    // claim where two are compared, held nowhere), each bucket a run of
    // `order` in claim order. Only the buckets a target claim is in are
    // looked at: each target names the run of its bucket (in `check` every
    // claim is a target's).
    auto key = [&](const ClaimRef& r) { return *slip_.key(ctx, ctx.doc(r), ctx.claim(r)); };
    std::vector<ClaimRef> refs;
    for (uint32_t d = 0; d < ctx.docs.size(); ++d) {
      const Document& doc = *ctx.docs[d];
      const auto& claims = doc.extraction.claims;
      for (uint32_t i = 0; i < claims.size(); ++i)
        if (slip_.key(ctx, doc, claims[i])) refs.push_back({d, i});
    }
    std::vector<uint32_t> order(refs.size());
    std::iota(order.begin(), order.end(), uint32_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return key(refs[a]) < key(refs[b]); });
    // A target claim by its place in `order`, with its bucket: order[begin,
    // end). Counted first, so that a run where every claim is a target's
    // holds 12 bytes a claim and no room to grow.
    struct Target {
      uint32_t at = 0, begin = 0, end = 0;
    };
    auto claim_of = [&](const Target& x) -> const ClaimRef& { return refs[order[x.at]]; };
    size_t target_claims = 0;
    for (const ClaimRef& r : refs) target_claims += ctx.doc(r).target ? 1 : 0;
    std::vector<Target> targets;
    targets.reserve(target_claims);
    for (uint32_t begin = 0, end = 0; begin < order.size(); begin = end) {
      const BucketKey at = key(refs[order[begin]]);
      for (end = begin + 1; end < order.size() && key(refs[order[end]]) == at;) ++end;
      for (uint32_t k = begin; k < end; ++k)
        if (ctx.doc(refs[order[k]]).target) targets.push_back({k, begin, end});
    }
    // In the order of the documents and their claims.
    std::sort(targets.begin(), targets.end(), [&](const Target& a, const Target& b) {
      const ClaimRef& x = claim_of(a);
      const ClaimRef& y = claim_of(b);
      return std::tie(x.doc, x.claim) < std::tie(y.doc, y.claim);
    });
    if (targets.empty()) return;
    std::optional<WordWeights> own;
    if (ctx.weights == nullptr) own.emplace(GenericWeights(ctx.docs));
    const WordWeights& weights = ctx.weights ? *ctx.weights : *own;
    for (const Target& target : targets) {
      const ClaimRef& t = claim_of(target);
      const Claim& claim = ctx.claim(t);
      std::vector<ClaimRef> others;
      size_t looked = 0;
      for (uint32_t k = target.begin; k < target.end; ++k) {
        const ClaimRef& o = refs[order[k]];
        if (o.doc == t.doc) continue;
        if (looked++ >= kMaxCandidates) break;
        const Claim& other = ctx.claim(o);
        if (!slip_.written_otherwise(claim, other) || claim.value.Disjoint(other.value)) continue;
        // Two drafts with the slip between them: reported once, at the later.
        if (ctx.doc(o).target && ctx.doc(o).order > ctx.doc(t).order) continue;
        if (!slip_.comparable(ctx, weights, t, o)) continue;
        others.push_back(o);
      }
      if (others.empty()) continue;
      const Claim& first = ctx.claim(others.front());
      Diagnostic d;
      d.rule_id = info().id;
      d.severity = info().default_severity;
      d.location = ctx.doc(t).Locate(claim);
      d.message = slip_.message(ctx, ctx.doc(t), claim, ctx.doc(others.front()), first);
      for (size_t k = 0; k < others.size() && k < kMaxNotes; ++k) {
        Note note;
        note.location = ctx.doc(others[k]).Locate(ctx.claim(others[k]));
        note.message = ctx.StatedHere(others[k], &t);
        note.statement = StatementOf(ctx, others[k]);
        d.notes.push_back(std::move(note));
      }
      d.fingerprint = fmt::format("{}|{}|{}|{}", slip_.fingerprint, claim.subject, claim.surface,
                                  first.surface);
      d.statement = StatementOf(ctx, t);
      out(std::move(d));
    }
  }

 private:
  Slip slip_;
};

}  // namespace

std::unique_ptr<Check> MakeUnitCheck() {
  return std::make_unique<SlipCheck>(Slip{
      {"fact-unit", "The same figure of one fact in another unit",
       "One fact is stated with the same figure in two units of one family "
       "(亿元 and 亿美元, percent and percentage points, 人 and 人次): one of the "
       "units is a slip.",
       Severity::kError},
      [](const CheckContext& ctx, const Document& doc, const Claim& c) {
        return ctx.units ? FamilyBucketKey(doc, c, *ctx.units) : std::nullopt;
      },
      [](const Claim& a, const Claim& b) { return a.dimension != b.dimension; },
      [](const CheckContext& ctx, const Document& doc, const Claim& c, const Document& other_doc,
         const Claim& other) {
        return ctx.Say("unit.message", fmt::arg("title", c.subject),
                       fmt::arg("value", AsWritten(doc, c)),
                       fmt::arg("other", AsWritten(other_doc, other)), fmt::arg("unit", c.unit),
                       fmt::arg("other_unit", other.unit));
      },
      "unit"});
}

std::unique_ptr<Check> MakeBaseCheck() {
  return std::make_unique<SlipCheck>(Slip{
      {"fact-base", "The same change of one fact from another base year",
       "One fact's change in one period is stated with the same figure from two "
       "base years (较2020年增长48% and 较2021年增长48%): one of the bases is a slip.",
       Severity::kWarning},
      [](const CheckContext&, const Document& doc, const Claim& c) { return BaseBucketKey(doc, c); },
      [](const Claim& a, const Claim& b) { return a.base_year != b.base_year; },
      [](const CheckContext& ctx, const Document& doc, const Claim& c, const Document& other_doc,
         const Claim& other) {
        return ctx.Say("base.message", fmt::arg("title", c.subject),
                       fmt::arg("value", AsWritten(doc, c)),
                       fmt::arg("other", AsWritten(other_doc, other)),
                       fmt::arg("base", c.base_year), fmt::arg("other_base", other.base_year));
      },
      "base"});
}

// Two resolved periods that do not overlap, one of them over several years
// (过去五年 and “十四五”时期; 2016—2020年 and 2021年), of whole years. The
// bucket holds one subject, and an exact figure of three significant digits
// met again there is the fact's own: its words need not match as closely as
// generic matching asks (脱贫攻坚成果举世瞩目,5575万农村贫困人口… against
// 5575万农村贫困人口…).
bool DisjointSpans(const CheckContext& ctx, const WordWeights&, const ClaimRef& a,
                   const ClaimRef& b) {
  const TimeClass x = ClassOf(ctx, a);
  const TimeClass y = ClassOf(ctx, b);
  if (x.as_of || y.as_of || x.unresolved || y.unresolved || !x.part.empty() || !y.part.empty())
    return false;
  if (x.from_year == 0 || y.from_year == 0) return false;
  const bool apart = x.to_year < y.from_year || y.to_year < x.from_year;
  return apart && (x.from_year < x.to_year || y.from_year < y.to_year);
}

std::unique_ptr<Check> MakePeriodCheck() {
  Slip slip{
      {"fact-period", "The same exact figure of one fact for another period",
       "One fact is stated with the same exact figure (three significant digits or more) for "
       "two periods that do not overlap, one of them over several years (过去五年5575万 and "
       "“十四五”时期5575万): one of the periods is a slip.",
       Severity::kWarning},
      [](const CheckContext&, const Document& doc, const Claim& c) {
        return PeriodBucketKey(doc, c);
      },
      [](const Claim& a, const Claim& b) { return a.value == b.value; },
      [](const CheckContext& ctx, const Document& doc, const Claim& c, const Document& other_doc,
         const Claim& other) {
        return ctx.Say("period.message", fmt::arg("title", c.subject),
                       fmt::arg("value", AsWritten(doc, c)),
                       fmt::arg("other", AsWritten(other_doc, other)),
                       fmt::arg("period", PeriodText(ctx, ClassOf(doc, c))),
                       fmt::arg("other_period", PeriodText(ctx, ClassOf(other_doc, other))));
      },
      "period"};
  slip.comparable = DisjointSpans;
  return std::make_unique<SlipCheck>(std::move(slip));
}

}  // namespace factlint
