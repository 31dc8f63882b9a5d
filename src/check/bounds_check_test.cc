// fact-bounds: shares above 100% and ranks better than first, and the
// percentages above 100 that are not shares.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-bounds";

TEST(BoundsCheckTest, ShareAboveHundredPercent) {
  const std::string text = "企业研发投入占比达到126.3%。\n";
  CheckHarness h;
  h.Add("draft.txt", text);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-bounds");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.txt");
  EXPECT_EQ(PositionOf(d.location), (Position{1, 11}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(text, "126.3%"));
  EXPECT_EQ(d.location.end_column, 17u);
  EXPECT_EQ(d.message, "126.3%: a share of a whole cannot exceed 100%");
  EXPECT_TRUE(d.notes.empty());
}

TEST(BoundsCheckTest, EveryShareWordAndQualifierIsCovered) {
  const std::string text =
      "“三新”经济增加值占GDP比重达118%。\n"
      "高新技术企业数量占全国的比例超过120%。\n"
      "5G用户普及率为130%。\n";
  CheckHarness h;
  h.Add("draft.txt", text);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(text, "118%"));
  EXPECT_EQ(PositionOf(found[1].location), PositionOf(text, "120%"));
  // The qualifier is part of how the value was written.
  EXPECT_NE(found[1].message.find("超过120%"), std::string::npos)
      << found[1].message;
  EXPECT_EQ(PositionOf(found[2].location), PositionOf(text, "130%"));
}

TEST(BoundsCheckTest, PercentagesThatAreNotSharesMayExceedHundred) {
  CheckHarness h;
  h.Add("draft.txt",
        "2024年，我国高被引科学家达到1405人次，比2021年增长了150%。\n\n"
        "企业研发投入占比超过77%，“三新”经济增加值占GDP比重达18%。\n\n"
        "出口额同比增长120%，占比提高至100%。\n\n"
        "全年计划完成率达到125%。\n");
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
  // The 150% is there, a change: not silently dropped by the extractor.
  auto growth = h.FindClaim(0, "150%");
  ASSERT_TRUE(growth.has_value()) << h.Dump();
  EXPECT_EQ(h.context().claim(*growth).change, Direction::kUp);
}

TEST(BoundsCheckTest, ExactlyHundredPercentIsAShare) {
  CheckHarness h;
  h.Add("draft.txt", "行政村通宽带比例达到100%。\n");
  ASSERT_TRUE(h.FindClaim(0, "100%").has_value()) << h.Dump();
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule));
}

TEST(BoundsCheckTest, RankZeroIsBetterThanFirst) {
  // The extractor reads 第0位 as the count "0位", never as a rank, so the
  // rank claim is made by hand from 第1位 to test the check on its own.
  const std::string text = "我国国家综合创新能力排名第1位。\n";
  CheckHarness h;
  h.Add("draft.txt", text);
  auto ref = h.FindClaim(0, "第1位");
  ASSERT_TRUE(ref.has_value()) << h.Dump();
  Claim& c = h.mutable_doc(0).extraction.claims[ref->claim];
  ASSERT_EQ(c.kind, ClaimKind::kRank);
  EXPECT_TRUE(h.Run(kRule).empty());
  c.value = Interval::Point(0);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(text, "第1位"));
  EXPECT_EQ(found[0].message, "第1位: a rank cannot be better than first");
}

TEST(BoundsCheckTest, FirstPlaceIsFine) {
  CheckHarness h;
  h.Add("draft.txt", "我国专利申请量居世界第1位，发明专利排名第一。\n");
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(BoundsCheckTest, ReferenceDocumentsAreNotChecked) {
  CheckHarness h;
  h.Add("draft.txt", "企业研发投入占比达到77%。\n")
      .AddReference("old.txt", "企业研发投入占比达到126.3%。\n");
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found);
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
