// fact-series: a stated change between two years against other statements
// of the same fact for either year.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-series";

const std::string kChange = Dated(
    "2025-09-18", "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。\n");
const std::string kEleventh = Dated(
    "2025-10-20", "2024年，我国国家综合创新能力排名第11位，比2020年前进3位。\n");

TEST(SeriesCheckTest, LaterStatementContradictingAChange) {
  CheckHarness h;
  h.Add("briefing.md", kChange).Add("draft.md", kEleventh);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-series");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.md");
  EXPECT_EQ(PositionOf(d.location), (Position{5, 19}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(kEleventh, "第11位"));
  EXPECT_EQ(d.message,
            "国家综合创新能力世界排名: 第11位 here for 2024, but the change "
            "“由2020年的第14位提升至2024年的第10位” stated elsewhere gives 第10位");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].location.path, "briefing.md");
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kChange, "第10位"));
  EXPECT_EQ(d.notes[0].message, "第10位 stated here (document of 2025-09-18)");
}

TEST(SeriesCheckTest, ConflictCheckLeavesTheseToSeries) {
  CheckHarness h;
  h.Add("briefing.md", kChange).Add("draft.md", kEleventh);
  EXPECT_TRUE(h.Run("fact-conflict").empty()) << Describe(h.Run("fact-conflict"));
}

TEST(SeriesCheckTest, LaterChangeContradictingAStatement) {
  const std::string change = Dated(
      "2025-12-01", "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。\n");
  CheckHarness h;
  h.Add("draft.md", kEleventh).Add("briefing.md", change);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "briefing.md");
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(change, "第10位"));
  EXPECT_NE(found[0].message.find(
                "the change “由2020年的第14位提升至2024年的第10位” gives 第10位 "
                "for 2024, but 第11位 is stated for 2024 elsewhere"),
            std::string::npos) << found[0].message;
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "draft.md");
}

TEST(SeriesCheckTest, StartOfTheChangeIsCheckedToo) {
  const std::string other = Dated(
      "2025-10-20", "2020年，我国国家综合创新能力排名第15位。\n");
  CheckHarness h;
  h.Add("briefing.md", kChange).Add("draft.md", other);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(other, "第15位"));
  EXPECT_NE(found[0].message.find("第15位 here for 2020"), std::string::npos)
      << found[0].message;
  EXPECT_EQ(PositionOf(found[0].notes[0].location), PositionOf(kChange, "第14位"));
}

TEST(SeriesCheckTest, AgainstReportsInTheTarget) {
  CheckHarness h;
  h.Add("briefing.md", kChange).AddReference("draft.md", kEleventh);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "briefing.md");
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(kChange, "第10位"));
  EXPECT_EQ(found[0].notes[0].location.path, "draft.md");

  CheckHarness swapped;
  swapped.AddReference("briefing.md", kChange).Add("draft.md", kEleventh);
  found = swapped.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].location.path, "draft.md");
}

TEST(SeriesCheckTest, TwoReferencesReportNothingInARun) {
  CheckHarness h;
  h.Add("clean.md", Dated("2025-10-01", "2023年，我国国家综合创新能力排名第12位。\n"))
      .AddReference("briefing.md", kChange)
      .AddReference("draft.md", kEleventh);
  auto all = h.RunAll();
  EXPECT_TRUE(WithRule(all, kRule).empty()) << Describe(all);
}

TEST(SeriesCheckTest, TwoChangesDisagreeingAreReportedOnce) {
  const std::string other = Dated(
      "2025-10-20", "国家综合创新能力排名由2020年的第14位提升至2024年的第11位。\n");
  CheckHarness h;
  h.Add("briefing.md", kChange).Add("draft.md", other);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "draft.md");
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(other, "第11位"));
}

TEST(SeriesCheckTest, AgreeingStatementsAndOtherYearsAreSilent) {
  CheckHarness h;
  h.Add("briefing.md", kChange)
      .Add("draft.md",
           Dated("2025-10-20",
                 "2024年，我国国家综合创新能力排名第十位。2020年，我国国家综合"
                 "创新能力排名第14位。2022年，国家综合创新能力排名第12位。\n"));
  EXPECT_TRUE(SameFact(h, 0, "第10位", 1, "第十位"));
  EXPECT_TRUE(SameFact(h, 0, "第10位", 1, "第12位"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

// A contradiction inside ONE document: the change gives 第10位 for 2024 and
// a later sentence says 第11位 for 2024.
//   国家综合创新能力排名由2020年的第14位提升至2024年的第10位。
//   2024年，我国国家综合创新能力排名第11位。
TEST(SeriesCheckTest, ContradictionInsideOneDocument) {
  const std::string text = Dated(
      "2025-10-20",
      "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。"
      "2024年，我国国家综合创新能力排名第11位。\n");
  CheckHarness h;
  h.Add("draft.md", text);
  ASSERT_TRUE(SameFact(h, 0, "第10位", 0, "第11位"));
  auto found = h.RunAll();
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(text, "第11位"));
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
