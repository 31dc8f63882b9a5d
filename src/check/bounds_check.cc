// fact-bounds: values that cannot be, whatever else is said: a share above
// 100%, a rank below 1.
#include <fmt/format.h>

#include <string_view>

#include "check/check.h"
#include "check/claim_compare.h"

namespace factlint {
namespace {

// Words that make a percentage a share of a whole (which cannot exceed 100%).
constexpr std::string_view kShareWords[] = {"占比", "比重", "比例", "占", "份额",
                                            "覆盖率", "普及率"};

// Ratios of a stock to a flow may exceed 100%: 债务余额占GDP的比重超过250%.
// So may shares of a plan or of an earlier level: 完成年度计划的112.3%,
// 恢复到2019年同期的103.5%.
constexpr std::string_view kUnbounded[] = {"杠杆", "负债", "债务", "余额", "资产",
                                           "市值", "存款", "贷款", "计划", "完成",
                                           "恢复", "同期", "预算", "目标"};

bool IsShare(const Document& doc, const Claim& c) {
  if (c.kind != ClaimKind::kPercent && c.kind != ClaimKind::kFraction)
    return false;
  if (c.change != Direction::kNone) return false;  // 增长150% is fine
  std::string_view clause = doc.Text(c.clause);
  for (std::string_view w : kUnbounded)
    if (clause.find(w) != std::string_view::npos) return false;
  for (std::string_view w : kShareWords)
    if (clause.find(w) != std::string_view::npos) return true;
  return false;
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
           std::vector<Diagnostic>* out) const override {
    for (const auto& doc : ctx.docs) {
      if (!doc->target) continue;
      for (const Claim& c : doc->extraction.claims) {
        if (c.identifier) continue;
        const char* why = nullptr;
        if (IsShare(*doc, c) && c.value.lo > 100)
          why = "bounds.share_over_whole";
        else if (c.kind == ClaimKind::kRank && c.value.hi < 1)
          why = "bounds.rank_before_first";
        if (why == nullptr) continue;
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc->Locate(c);
        d.message = ctx.Say(why, fmt::arg("value", AsWritten(*doc, c)));
        out->push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeBoundsCheck() {
  return std::make_unique<BoundsCheck>();
}

}  // namespace factlint
