// ExplainClaim: the group, the comparison of every other statement (by
// Compare, the one comparability rule) and why a claim is in no group.
#include "explain/explanation.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace {

using check_test::CheckHarness;
using check_test::Dated;

TEST(ExplainClaimTest, OtherStatementsSayWhetherAndWhyTheyWereCompared) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2024-03-01", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("c.md", Dated("2025-02-01", "2024年，全国技术合同成交额为6.1万亿元。\n"));
  auto me = h.FindClaim(0, "6.8万亿元");
  ASSERT_TRUE(me);
  CheckContext ctx = h.context();
  std::vector<Diagnostic> found = h.RunAll();
  ClaimExplanation e = ExplainClaim(ctx, &check_test::TheFactRules(), found, me->doc, me->claim);
  ASSERT_TRUE(e.group) << h.Dump();
  EXPECT_EQ(e.group->fact_id, "cn-tech-contract-turnover");
  EXPECT_EQ(e.group->reason.rule_id, "cn-tech-contract-turnover");
  ASSERT_EQ(e.group->others.size(), 2u);
  EXPECT_FALSE(e.group->others[0].compared);
  EXPECT_NE(e.group->others[0].why.find("different periods"), std::string::npos);
  EXPECT_TRUE(e.group->others[1].compared);
  EXPECT_TRUE(e.group->others[1].disjoint);
  EXPECT_EQ(e.claim.period.origin, "explicit");
  EXPECT_TRUE(e.claim.period.has_evidence);
  EXPECT_EQ(e.claim.period.evidence_text, "2024年");
  EXPECT_EQ(e.claim.period.date_origin, "front-matter");
  EXPECT_TRUE(e.ungrouped.empty());
  // 6.8万亿元 and c.md's 6.1万亿元 disagree: the finding is at this claim,
  // or elsewhere with a note pointing here.
  EXPECT_FALSE(e.findings.empty()) << check_test::Describe(found);
}

TEST(ExplainClaimTest, AClaimInNoGroupSaysWhy) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全省新建5G基站2.1万个。\n"));
  CheckContext ctx = h.context();
  const auto& claims = h.docs()[0]->extraction.claims;
  ASSERT_FALSE(claims.empty());
  for (uint32_t i = 0; i < claims.size(); ++i) {
    ClaimExplanation e = ExplainClaim(ctx, &check_test::TheFactRules(), {}, 0, i);
    EXPECT_FALSE(e.group);
    ASSERT_FALSE(e.ungrouped.empty()) << claims[i].surface;
    if (claims[i].identifier)
      EXPECT_NE(e.ungrouped[0].find("identifier"), std::string::npos) << e.ungrouped[0];
    else
      EXPECT_NE(e.ungrouped.back().find("generic matching"), std::string::npos)
          << e.ungrouped.back();
  }
}

}  // namespace
}  // namespace factlint
