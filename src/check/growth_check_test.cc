// fact-growth: a stated change (增长 21.8%, 提高 0.03 个百分点) against
// its endpoints, in the same sentence or stated for the base year.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-growth";

const std::string kBad = Dated(
    "2025-03-01",
    "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年，增长了31.8%。\n\n"
    "2021年，我国高被引科学家为935人次。\n\n"
    "2024年，我国高被引科学家达到1405人次，比2021年增长了80%。\n\n"
    "2024年，研发投入强度达到2.68%，比上年提高0.13个百分点。\n\n"
    "2023年，研发投入强度为2.65%。\n");

TEST(GrowthCheckTest, ChangeBetweenEndpointsOfOneSentence) {
  CheckHarness h;
  h.Add("draft.md", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-growth");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.md");
  EXPECT_EQ(PositionOf(d.location), (Position{5, 43}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(kBad, "31.8%"));
  EXPECT_EQ(d.message,
            "stated change 31.8% does not match 47.2万人年 → 57.5万人年, a "
            "change of +21.8%");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kBad, "47.2万人年"));
  EXPECT_EQ(d.notes[0].message, "the starting value 47.2万人年 is stated here");
}

TEST(GrowthCheckTest, ChangeFromTheBaseYearStatedElsewhere) {
  CheckHarness h;
  h.Add("draft.md", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found);
  EXPECT_EQ(PositionOf(found[1].location), PositionOf(kBad, "80%"));
  EXPECT_NE(found[1].message.find("80% does not match 935人次 → 1405人次, a change of +50.3%"),
            std::string::npos) << found[1].message;
  ASSERT_EQ(found[1].notes.size(), 1u);
  EXPECT_EQ(PositionOf(found[1].notes[0].location), PositionOf(kBad, "935人次"));
}

TEST(GrowthCheckTest, PercentagePointsAgainstLastYear) {
  CheckHarness h;
  h.Add("draft.md", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found);
  EXPECT_EQ(PositionOf(found[2].location), PositionOf(kBad, "0.13个百分点"));
  EXPECT_NE(found[2].message.find("2.65% → 2.68%, a change of +0.03 percentage points"),
            std::string::npos) << found[2].message;
  EXPECT_EQ(PositionOf(found[2].notes[0].location), PositionOf(kBad, "2.65%"));
}

TEST(GrowthCheckTest, BaseValueLevelAfterTheChangeAndAmounts) {
  const std::string bad = Dated(
      "2025-03-01",
      "2023年，高被引科学家达到1405人次，比2021年的935人次增长了80%。\n\n"
      "2024年，研发投入强度比上年提高0.2个百分点，达到2.68%。\n\n"
      "2023年研发投入强度为2.58%。\n\n"
      "2024年，全国粮食产量14130亿斤，比上年增加了500亿斤。2023年全国粮食产量13908亿斤。\n");
  CheckHarness h;
  h.Add("draft.md", bad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found) << h.Dump();
  // The base value stands in the sentence, after 比2021年的.
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(bad, "80%"));
  EXPECT_EQ(found[0].message,
            "stated change 80% does not match 935人次 → 1405人次, a change of +50.3%");
  EXPECT_EQ(PositionOf(found[0].notes[0].location), PositionOf(bad, "935人次"));
  // The level comes after the change, in a clause with only a verb.
  EXPECT_EQ(PositionOf(found[1].location), PositionOf(bad, "0.2个百分点"));
  EXPECT_EQ(found[1].message,
            "stated change 0.2个百分点 does not match 2.58% → 2.68%, a change of +0.10 "
            "percentage points");
  // An amount is a difference in the levels' unit.
  EXPECT_EQ(PositionOf(found[2].location), PositionOf(bad, "500亿斤"));
  EXPECT_EQ(found[2].message,
            "stated change 500亿斤 does not match 13908亿斤 → 14130亿斤, a change of +222亿斤");
}

TEST(GrowthCheckTest, BaseValueLevelAfterTheChangeAndAmountsThatAgree) {
  CheckHarness h;
  h.Add("draft.md",
        Dated("2025-03-01",
              "2023年，高被引科学家达到1405人次，比2021年的935人次增长了50%。\n\n"
              "2024年，研发投入强度比上年提高0.1个百分点，达到2.68%。\n\n"
              "2023年研发投入强度为2.58%。\n\n"
              "2024年，全国粮食产量14130亿斤，比上年增加222亿斤。2023年全国粮食产量13908亿斤。\n\n"
              // Another subject after the change is not its level.
              "2024年，研发投入强度比上年提高0.1个百分点，企业研发投入占比77%。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(GrowthCheckTest, TenthsAndMultiplesAfterAStatedChange) {
  const std::string bad = Dated(
      "2023-03-06",
      "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年，两年间增长近四成。\n\n"
      "五年来，高速铁路运营里程从2.5万公里增加到4.2万公里，增长近一倍。\n");
  CheckHarness h;
  h.Add("draft.md", bad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 2u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].message,
            "stated change 近四成 does not match 47.2万人年 → 57.5万人年, a change of +21.8%");
  EXPECT_EQ(found[1].message,
            "stated change 近一倍 does not match 2.5万公里 → 4.2万公里, a change of +0.68 "
            "times the start");
}

TEST(GrowthCheckTest, TenthsAndMultiplesThatAgree) {
  CheckHarness h;
  h.Add("draft.md",
        Dated("2023-03-06",
              "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年，两年间增长两成多。\n\n"
              "五年来，高速铁路运营里程从2.2万公里增加到4.2万公里，增长近一倍。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(GrowthCheckTest, RoundedChangesAgree) {
  CheckHarness h;
  h.Add("draft.md",
        Dated("2025-03-01",
              "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年，增长了21.8%。\n\n"
              "2021年，我国高被引科学家为935人次。\n\n"
              "2024年，我国高被引科学家达到1405人次，比2021年增长了50%。\n\n"
              "2024年，研发投入强度达到2.68%，比上年提高0.03个百分点。\n\n"
              "2023年，研发投入强度为2.65%。\n\n"
              "2024年全社会研发投入超3.6万亿元，较2020年增长48%。\n\n"
              "2020年，全社会研发投入为2.44万亿元。\n\n"
              "2024年，出口额下降5%，降至9.5万亿元。2023年出口额为10万亿元。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(GrowthCheckTest, BaseYearValueFromAReferenceDocument) {
  const std::string draft = Dated(
      "2025-03-01", "2024年，我国高被引科学家达到1405人次，比2021年增长了80%。\n");
  const std::string old = Dated("2022-01-10", "2021年，我国高被引科学家为935人次。\n");
  CheckHarness h;
  h.Add("draft.md", draft).AddReference("old.md", old);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "draft.md");
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(draft, "80%"));
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "old.md");
  EXPECT_EQ(PositionOf(found[0].notes[0].location), PositionOf(old, "935人次"));
}

TEST(GrowthCheckTest, OtherYearsAreNotTheBase) {
  // 935人次 is stated for 2020, not for the base year 2021.
  CheckHarness h;
  h.Add("draft.md", Dated("2025-03-01",
                          "2020年，我国高被引科学家为935人次。\n\n"
                          "2024年，我国高被引科学家达到1405人次，比2021年增长了80%。\n"));
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(GrowthCheckTest, AverageAnnualRateIsCompoundedOverTheYears) {
  // 13.6万家 -> 40万家 over five years is +194% in all, +24.1% a year.
  const std::string draft = Dated(
      "2025-03-01",
      "高新技术企业从2017年的13.6万家增加到2022年的40万家，年均增长24%。\n\n"
      "科技型中小企业从2018年的13.1万家增加到2023年的21.5万家，年均增长15%。\n");
  CheckHarness h;
  h.Add("draft.md", draft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(draft, "15%"));
  EXPECT_EQ(found[0].message,
            "stated average annual change 15% does not match 13.1万家 → "
            "21.5万家, an average annual change of +10.4%");
}

TEST(GrowthCheckTest, RealChangesOfMoneyAndUnknownYearsAreNotChecked) {
  // GDP growth is real growth, and so is what 实际 or 按不变价格 says; the
  // nominal endpoints cannot refute it. Without the years of both endpoints
  // there is no period to compound over.
  CheckHarness h;
  h.Add("draft.md",
        Dated("2018-03-05",
              "国内生产总值从2012年的54万亿元增加到2017年的82.7万亿元，年均增长7.1%。\n\n"
              "全国居民人均可支配收入由2012年的16510元增加到2017年的25974元，年均实际增长7.4%。\n\n"
              "全国居民人均可支配收入由2023年的39218元增加到2024年的41314元，实际增长5.1%。\n\n"
              "国内生产总值由2023年的126.1万亿元增加到2024年的134.9万亿元，按不变价格计算增长5.0%。\n\n"
              "高新技术企业从13.6万家增加到40万家，年均增长30%。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(GrowthCheckTest, EndpointsUnderAReviewedPeriodHaveItsYears) {
  // 五年来 in March 2018 is 2013-2017: the start is the 2012 level, the end
  // the 2017 level, so the average annual rate can be checked.
  const std::string draft = Dated(
      "2018-03-05", "五年来，高新技术企业从13.6万家增加到40万家，年均增长30%。\n");
  CheckHarness h;
  h.Add("draft.md", draft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_NE(found[0].message.find("an average annual change of +24.1%"), std::string::npos)
      << found[0].message;
}

TEST(GrowthCheckTest, NominalAverageAnnualRateOfMoneyIsChecked) {
  // (2497 / 1467)^(1/4) - 1 = 14.2% a year, not 24.2%.
  const std::string draft = Dated(
      "2025-03-01", "基础研究经费由2020年的1467亿元增长到2024年的2497亿元，年均增长24.2%。\n");
  CheckHarness h;
  h.Add("draft.md", draft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(draft, "24.2%"));
  EXPECT_NE(found[0].message.find("an average annual change of +14.2%"), std::string::npos)
      << found[0].message;
}

TEST(GrowthCheckTest, ReferenceDocumentsAreNotChecked) {
  CheckHarness h;
  h.AddReference("old.md", kBad);
  EXPECT_TRUE(h.Run(kRule).empty());
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
