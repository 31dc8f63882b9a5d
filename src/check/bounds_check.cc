// fact-bounds: values that cannot be, whatever else is said: a share above
// 100%, a rank below 1.
#include <fmt/format.h>

#include <string_view>

#include "base/strings.h"
#include "check/check.h"
#include "check/claim_compare.h"
#include "extract/extractor_lexicon.h"

namespace factlint {
namespace {

// A percentage whose clause names a share of a whole ([shares] of_whole)
// and no ratio that may exceed it ([shares] unbounded).
bool IsShare(const CheckContext& ctx, const Document& doc, const Claim& c) {
  if (c.kind != ClaimKind::kPercent && c.kind != ClaimKind::kFraction)
    return false;
  if (c.change != Direction::kNone) return false;  // 增长150% is fine
  const ShareWords& words = ctx.lexicon.share_words();
  const std::string_view clause = doc.Text(c.clause);
  return !ContainsAny(clause, words.unbounded) && ContainsAny(clause, words.of_whole);
}

class BoundsCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-bounds", "Impossible value",
            "A value that cannot be true on its own: a share of a whole above "
            "100%, or a rank better than first.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    for (const auto& doc : ctx.docs) {
      if (!doc->target) continue;
      for (const Claim& c : doc->extraction.claims) {
        if (c.identifier) continue;
        const char* why = nullptr;
        if (IsShare(ctx, *doc, c) && c.value.lo > 100)
          why = "bounds.share_over_whole";
        else if (c.kind == ClaimKind::kRank && c.value.hi < 1)
          why = "bounds.rank_before_first";
        if (why == nullptr) continue;
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc->Locate(c);
        d.message = ctx.Say(why, fmt::arg("value", AsWritten(*doc, c)));
        out(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeBoundsCheck() {
  return std::make_unique<BoundsCheck>();
}

}  // namespace factlint
