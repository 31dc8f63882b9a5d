// fact-direction: the verb of a stated change against its two values,
// with ranks where a smaller number is better.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-direction";

const std::string kBad =
    "国家综合创新能力排名由2020年的第14位下降至2024年的第10位。\n\n"
    "基础研究人才队伍由2021年的57.5万人年增长到2023年的47.2万人年。\n";

TEST(DirectionCheckTest, RankFallThatIsAnImprovement) {
  CheckHarness h;
  h.Add("draft.txt", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 2u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-direction");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.txt");
  EXPECT_EQ(PositionOf(d.location), (Position{1, 31}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(kBad, "第10位"));
  EXPECT_NE(d.message.find("describes a fall"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("from 第14位 to 第10位"), std::string::npos);
  EXPECT_NE(d.message.find("which is an improvement"), std::string::npos);
  EXPECT_NE(d.message.find("a smaller rank number is better"),
            std::string::npos);
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].location.path, "draft.txt");
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kBad, "第14位"));
  EXPECT_EQ(d.notes[0].message, "the change starts from 第14位 here");
}

TEST(DirectionCheckTest, IncreaseThatIsADecrease) {
  CheckHarness h;
  h.Add("draft.txt", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 2u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[1];
  EXPECT_EQ(PositionOf(d.location), (Position{3, 32}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(kBad, "47.2万人年"));
  EXPECT_EQ(d.message,
            "the text describes an increase but the value goes from 57.5万人年 "
            "to 47.2万人年, which is a decrease");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kBad, "57.5万人年"));
}

TEST(DirectionCheckTest, VerbsMatchingTheirValuesAreSilent) {
  CheckHarness h;
  h.Add("draft.txt",
        "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。\n\n"
        "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年。\n\n"
        "出口排名由第3位下降至第5位。\n\n"
        "全国技术合同成交额由6.8万亿元减少到6.1万亿元。\n");
  // Four transitions were found; each agrees with its verb.
  EXPECT_EQ(h.docs()[0]->extraction.transitions.size(), 4u) << h.Dump();
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(DirectionCheckTest, EqualWithinRoundingTellsNothing) {
  // 3.6万亿 and 36000亿 are one value: no direction to contradict.
  CheckHarness h;
  h.Add("draft.txt", "全社会研发投入由3.6万亿元下降至36000亿元。\n");
  ASSERT_EQ(h.docs()[0]->extraction.transitions.size(), 1u) << h.Dump();
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(DirectionCheckTest, ReferenceDocumentsAreNotChecked) {
  CheckHarness h;
  h.AddReference("old.txt", kBad);
  EXPECT_TRUE(h.Run(kRule).empty());
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
