// fact-base: one fact's change in one period with the same figure from
// another base year (the check is a slip check beside fact-unit,
// unit_check.cc).
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-base";

const std::string kArchive = Dated("2025-03-01",
                                   "2024年，全社会研发投入超3.6万亿元，较2020年增长48%。\n\n"
                                   "2024年，规模以上工业增加值比上年增长5.8%。\n");

std::vector<Diagnostic> Found(const std::string& draft) {
  CheckHarness h;
  h.Add("draft.md", Dated("2025-05-01", draft)).AddReference("archive.md", kArchive);
  return h.Run(kRule);
}

TEST(BaseCheckTest, TheSameChangeFromAnotherBaseYear) {
  auto found = Found("2024年全社会研发投入较2021年增长48%。\n");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_EQ(found[0].message,
            "全社会研发经费: the change of 48% is from 2021 here, but from 2020 elsewhere (48%): "
            "one of the base years is a slip");
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "archive.md");
}

TEST(BaseCheckTest, AChangeOverItsOneYearAgainstALongerSpan) {
  // 比上年 is a base too: 5.8% over one year restated as from 2020.
  EXPECT_EQ(Found("2024年，规模以上工业增加值较2020年增长5.8%。\n").size(), 1u);
}

TEST(BaseCheckTest, AnotherFigureMayBeAnotherSpan) {
  // From another base, another figure: both may be right.
  EXPECT_TRUE(Found("2024年全社会研发投入较2021年增长35%。\n").empty());
}

TEST(BaseCheckTest, TheSameBaseOrNoneIsNoSlip) {
  EXPECT_TRUE(Found("2024年全社会研发投入较2020年增长48%。\n").empty());
  // No base written: nothing to compare bases with.
  EXPECT_TRUE(Found("2024年全社会研发投入增长48%。\n").empty());
}

TEST(BaseCheckTest, AnotherYearOrAnotherFactIsNotCompared) {
  EXPECT_TRUE(Found("2023年全社会研发投入较2021年增长48%。\n").empty());
  EXPECT_TRUE(Found("2024年基础研究经费较2021年增长48%。\n").empty());
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
