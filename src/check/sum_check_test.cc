// fact-sum: the parts stated of a total against the total, added as
// intervals, so that rounding never raises an alarm.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-sum";

std::vector<Diagnostic> RunOn(const std::string& body, const std::string& date = "2017-03-07") {
  CheckHarness h;
  h.Add("draft.md", Dated(date, body));
  return h.Run(kRule);
}

TEST(SumCheckTest, PartsThatSplitTheTotalAndExceedIt) {
  const std::string text = Dated("2017-03-07",
                                 "今年赤字率拟按3%安排，财政赤字2.38万亿元，比去年增加2000亿元，"
                                 "其中中央财政赤字1.55万亿元，地方财政赤字8800亿元。\n");
  CheckHarness h;
  h.Add("draft.md", text);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.severity, Severity::kWarning);
  // At the last part, where the sum falls apart.
  EXPECT_EQ(PositionOf(d.location), PositionOf(text, "8800亿元"));
  EXPECT_EQ(d.message,
            "the parts of 2.38万亿元 add up to more than it: 1.55万亿元 + 8800亿元 = 2.43万亿元");
  ASSERT_EQ(d.notes.size(), 2u);
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(text, "2.38万亿元"));
  EXPECT_EQ(d.notes[0].message, "the total, 2.38万亿元, is stated here");
  EXPECT_EQ(PositionOf(d.notes[1].location), PositionOf(text, "1.55万亿元"));
  EXPECT_EQ(d.notes[1].message, "another part, 1.55万亿元, is stated here");
}

TEST(SumCheckTest, PartsThatSplitTheTotalAndFallShort) {
  auto found = RunOn("全国人口共141178万人，其中居住在城镇的人口为90199万人，"
                     "居住在农村的人口为40979万人。\n",
                     "2021-05-12");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].message,
            "the parts of 141178万人, which split it between them, add up to less than it: "
            "90199万人 + 40979万人 = 131178万人");
}

TEST(SumCheckTest, PartsThatAddUpWithinRoundingAreSilent) {
  EXPECT_TRUE(RunOn("财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元。\n")
                  .empty());
  // 约 widens the total: 5500亿 + 2600亿 lies within 约8000亿元.
  EXPECT_TRUE(RunOn("拟安排财政赤字约8000亿元，其中中央财政赤字5500亿元，代发地方债2600亿元。\n")
                  .empty());
}

TEST(SumCheckTest, PartsInTheNextSentenceOpenedByTheMarker) {
  auto found = RunOn("财政赤字2.38万亿元，比去年增加2000亿元。其中，中央财政赤字1.55万亿元，"
                     "地方财政赤字8800亿元。\n");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  // A sentence that does not open with the marker holds no part of it.
  EXPECT_TRUE(RunOn("财政赤字2.38万亿元。报告说，中央财政赤字1.55万亿元，其中地方财政赤字"
                    "8800亿元。\n")
                  .empty());
}

TEST(SumCheckTest, ListItemsUnderTheTotal) {
  // Every item opens with the marker.
  auto found = RunOn("- 财政赤字：1.62万亿元，比去年增加2700亿元\n- 其中中央财政赤字：1.12万亿元\n"
                     "- 其中地方财政赤字：5500亿元\n- 赤字率：2.3%\n",
                     "2015-03-06");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_NE(found[0].message.find("1.12万亿元 + 5500亿元"), std::string::npos) << found[0].message;
  // An item without the marker is a part under a lead-in that names the
  // total (财政赤字安排:), not under an item that names its own figure.
  const std::string lead = "财政赤字安排：\n\n1. 拟安排13500亿元，比上年增加1500亿元；\n"
                           "2. 其中中央财政赤字9500亿元；\n3. 由中央代地方发债3500亿元；\n"
                           "4. 赤字率稳定在2.1%。\n";
  found = RunOn(lead, "2014-03-07");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_NE(found[0].message.find("less than it: 9500亿元 + 3500亿元 = 13000亿元"),
            std::string::npos)
      << found[0].message;
  EXPECT_TRUE(RunOn("- 财政收入：20万亿元\n- 其中税收收入：17万亿元\n- 财政支出：25万亿元\n",
                    "2024-03-06")
                  .empty());
}

TEST(SumCheckTest, ALonePartLargerThanItsTotal) {
  auto found = RunOn("全国一般公共预算支出安排27.5万亿元，其中中央本级支出37.9万亿元。\n",
                     "2023-03-06");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].message, "a part of 27.5万亿元 is larger than it: 37.9万亿元");
  // A lone part smaller than its total says nothing of the rest.
  EXPECT_TRUE(RunOn("全国一般公共预算支出27.5万亿元，其中中央本级支出3.8万亿元。\n").empty());
}

TEST(SumCheckTest, PartsThatMayOverlapOrLeaveSomeOutAreNotAdded) {
  // Two parts that do not split the whole by name may overlap.
  EXPECT_TRUE(RunOn("2022年，中国发表科技论文215万篇，其中高等学校发表165.8万篇，"
                    "国际合作论文60.1万篇。\n")
                  .empty());
  // A marker after a part opens the part's own parts.
  EXPECT_TRUE(RunOn("2022年，授权发明专利79.8万件，其中国内发明专利授权69.6万件，"
                    "其中企业获得发明专利授权49.3万件。\n")
                  .empty());
  // A semicolon ends the parts: what follows is another item.
  EXPECT_TRUE(RunOn("财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元；"
                    "另外安排地方专项债券8000亿元。\n")
                  .empty());
}

TEST(SumCheckTest, ChangesRatesAndOtherPeriodsAreNotParts) {
  EXPECT_TRUE(RunOn("今年财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，比去年增加3000亿元，"
                    "占赤字总额的66.3%，地方财政赤字9300亿元，增长12%。\n",
                    "2019-03-06")
                  .empty());
  // A figure of the total's kind for another year makes the reading unsure.
  EXPECT_TRUE(RunOn("今年赤字规模4.06万亿元，其中中央财政赤字3.34万亿元，去年中央财政赤字"
                    "3.16万亿元。\n",
                    "2024-03-06")
                  .empty());
  // The total is the figure before the marker, not an earlier one.
  EXPECT_TRUE(RunOn("2023年全国一般公共预算收入21.7万亿元，全国一般公共预算支出27.5万亿元，"
                    "其中中央本级支出3.8万亿元，地方一般公共预算支出23.7万亿元。\n",
                    "2024-03-06")
                  .empty());
}

TEST(SumCheckTest, AveragesAreNotAddedUp) {
  // Per head, the towns' and the countryside's incomes are not parts of
  // the nation's: no sum of them is its average.
  EXPECT_TRUE(RunOn("2024年上半年，全国居民人均可支配收入20733元。其中，城镇居民人均可支配收入"
                    "27561元，农村居民人均可支配收入10919元。\n",
                    "2024-07-15")
                  .empty());
}

TEST(SumCheckTest, MessagesInChinese) {
  CheckHarness h;
  h.Add("draft.md", Dated("2017-03-07", "财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，"
                                         "地方财政赤字8800亿元。\n"));
  h.Language("zh");
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].message, "2.38万亿元的各部分之和大于总数：1.55万亿元 + 8800亿元 = 2.43万亿元");
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
