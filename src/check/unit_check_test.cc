// fact-unit: one fact with the same figure in another unit of its family.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-unit";

const std::string kArchive = Dated("2024-03-01",
                                   "2022年，我国高新技术产品出口额达到9467亿美元。\n\n"
                                   "2023年，全国常住人口城镇化率比上年末提高0.94个百分点。\n");

std::vector<Diagnostic> Found(const std::string& draft) {
  CheckHarness h;
  h.Add("draft.md", Dated("2024-05-01", draft)).AddReference("archive.md", kArchive);
  return h.Run(kRule);
}

TEST(UnitCheckTest, TheSameFigureInAnotherCurrency) {
  auto found = Found("2022年，我国高新技术产品出口额达到9467亿元。\n");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].severity, Severity::kError);
  EXPECT_EQ(found[0].message,
            "高新技术产品出口额: 9467亿元 here, but 9467亿美元 elsewhere: the same figure in "
            "another unit (亿元 against 亿美元)");
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "archive.md");
}

TEST(UnitCheckTest, PercentWherePercentagePointsWereStated) {
  auto found = Found("2023年，全国常住人口城镇化率比上年末提高0.94%。\n");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
}

TEST(UnitCheckTest, AnotherFigureMayBeAConversion) {
  EXPECT_TRUE(Found("2022年，我国高新技术产品出口额达到6.4万亿元。\n").empty());
}

TEST(UnitCheckTest, TheSameUnitIsNoSlip) {
  // Same figure, same unit: agreement, not a slip.
  EXPECT_TRUE(Found("2022年，我国高新技术产品出口额达到9467亿美元。\n").empty());
}

TEST(UnitCheckTest, AnotherYearOrAnotherFactIsNotCompared) {
  EXPECT_TRUE(Found("2021年，我国高新技术产品出口额达到9467亿元。\n").empty());
  EXPECT_TRUE(Found("2022年，我国高新技术产品进口额达到9467亿元。\n").empty());
}

// 五年来 in documents of one autumn: both as of their documents, compared
// as generic matching compares them; a year apart they are not.
TEST(UnitCheckTest, StatementsAsOfDocumentsCloseInTime) {
  auto found_with = [](const std::string& archive_date) {
    CheckHarness h;
    h.Add("draft.md", Dated("2017-10-20", "五年来，城镇化率年均提高1.2%。\n"))
        .AddReference("archive.md",
                      Dated(archive_date, "五年来，城镇化率年均提高1.2个百分点。\n"));
    return h.Run(kRule);
  };
  EXPECT_EQ(found_with("2017-10-18").size(), 1u);
  EXPECT_TRUE(found_with("2016-10-18").empty());
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
