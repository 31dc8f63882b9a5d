// fact-period: one fact with the same exact figure for two periods that do
// not overlap, one of them over several years (the check is a slip check
// beside fact-unit and fact-base, unit_check.cc).
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-period";

const std::string kArchive = Dated("2021-03-05",
                                   "过去五年，脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫。\n\n"
                                   "2020年，全国共有国家高新区169家。\n");

std::vector<Diagnostic> Found(const std::string& draft) {
  CheckHarness h;
  h.Add("draft.md", Dated("2021-06-01", draft)).AddReference("archive.md", kArchive);
  return h.Run(kRule);
}

TEST(PeriodCheckTest, TheSameExactFigureForAnotherSpan) {
  auto found = Found("“十二五”期间，5575万农村贫困人口实现脱贫。\n");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_EQ(found[0].message,
            "农村贫困人口: 5575万 is given for 2011-2015 here, but for 2016-2020 elsewhere "
            "(5575万): one of the periods is a slip");
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "archive.md");
  // A single year after the span is another period too.
  EXPECT_EQ(Found("2021年，5575万农村贫困人口实现脱贫。\n").size(), 1u);
}

TEST(PeriodCheckTest, TheSameSpanOrAYearInsideItIsNoSlip) {
  EXPECT_TRUE(Found("“十三五”期间，5575万农村贫困人口实现脱贫。\n").empty());
  // 2020 lies inside 2016-2020: a part of the span, not another period.
  EXPECT_TRUE(Found("2020年，5575万农村贫困人口实现脱贫。\n").empty());
}

TEST(PeriodCheckTest, RoundedQualifiedOrOtherFiguresAreLeftAlone) {
  // Fewer than three significant digits, a qualifier, another figure.
  EXPECT_TRUE(Found("“十二五”期间，5600万农村贫困人口实现脱贫。\n").empty());
  EXPECT_TRUE(Found("“十二五”期间，约5575万农村贫困人口实现脱贫。\n").empty());
  EXPECT_TRUE(Found("“十二五”期间，5576万农村贫困人口实现脱贫。\n").empty());
}

TEST(PeriodCheckTest, TwoSingleYearsMayShareAFigure) {
  // A stock may stay the same from one year to the next.
  EXPECT_TRUE(Found("2019年，全国共有国家高新区169家。\n").empty());
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
