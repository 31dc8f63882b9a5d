// fact-share: a stated share against the part and whole beside it,
// computed on intervals so that rounding never raises an alarm.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-share";

const std::string kBad =
    "2022年,中国发表科技论文数量达到215万篇。其中,中国高等学校发表科技论文数量"
    "达到165.8万篇,占比约87.12%。\n\n"
    "在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到28.3%。\n\n"
    "2022年,中国专利授权量为432.34万项。其中发明专利授权量为79.83万项,"
    "占总授权量的18.57%。\n";

TEST(ShareCheckTest, PartOfWholeAfterQiZhong) {
  CheckHarness h;
  h.Add("draft.txt", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-share");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.txt");
  EXPECT_EQ(PositionOf(d.location), (Position{1, 55}));
  EXPECT_EQ(PositionOf(d.location), PositionOf(kBad, "87.12%"));
  EXPECT_EQ(d.message,
            "share 约87.12% does not match 165.8万篇 of 215万篇, which is 77.12%");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kBad, "165.8万篇"));
  EXPECT_EQ(d.notes[0].message, "the part, 165.8万篇, is stated here");
}

TEST(ShareCheckTest, PartOfANamedList) {
  CheckHarness h;
  h.Add("draft.txt", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found);
  EXPECT_EQ(PositionOf(found[1].location), PositionOf(kBad, "28.3%"));
  EXPECT_NE(found[1].message.find("525家 of 2000强, which is 26.25%"),
            std::string::npos) << found[1].message;
  ASSERT_EQ(found[1].notes.size(), 1u);
  EXPECT_EQ(PositionOf(found[1].notes[0].location), PositionOf(kBad, "525家"));
}

TEST(ShareCheckTest, WholeInThePreviousSentence) {
  CheckHarness h;
  h.Add("draft.txt", kBad);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 3u) << Describe(found);
  EXPECT_EQ(PositionOf(found[2].location), PositionOf(kBad, "18.57%"));
  EXPECT_NE(found[2].message.find("79.83万项 of 432.34万项, which is 18.46%"),
            std::string::npos) << found[2].message;
  EXPECT_EQ(PositionOf(found[2].notes[0].location), PositionOf(kBad, "79.83万项"));
}

TEST(ShareCheckTest, PartLargerThanWholeIsSaidSo) {
  const std::string text =
      "2022年,中国发表科技论文215万篇。其中,高等学校发表科技论文265.8万篇,占比约87.12%。\n";
  CheckHarness h;
  h.Add("draft.txt", text);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_NE(found[0].message.find("(the part is larger than the whole)"),
            std::string::npos) << found[0].message;
}

TEST(ShareCheckTest, RoundedSharesAgree) {
  CheckHarness h;
  h.Add("draft.txt",
        "2022年,中国发表科技论文数量达到215万篇。其中,中国高等学校发表科技论文数量"
        "达到165.8万篇,占比约77.12%,是中国科技论文产出的主力军。\n\n"
        "在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到26.3%。\n\n"
        "2022年,中国专利授权量为432.34万项,相比2018年大幅增长73.65%。"
        "其中发明专利授权量为79.83万项,占总授权量的18.47%。\n\n"
        "“三新”经济增加值占GDP的比重达18%,高被引科学家1405人次,占全世界的1/5。\n");
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(ShareCheckTest, SameTextWithWrongShareIsCaught) {
  // The trap above only proves something if the same sentence with a
  // wrong share is reported: 18.47% passes, 18.37% does not.
  const std::string text =
      "2022年,中国专利授权量为432.34万项,相比2018年大幅增长73.65%。"
      "其中发明专利授权量为79.83万项,占总授权量的18.37%。\n";
  CheckHarness h;
  h.Add("draft.txt", text);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(text, "18.37%"));
}

TEST(ShareCheckTest, WithoutQiZhongThereIsNoWhole) {
  // Two amounts of one dimension, but the first is not said to contain the
  // second: no whole, no report.
  CheckHarness h;
  h.Add("draft.txt",
        "2022年,中国发表科技论文215万篇,高等学校发表科技论文165.8万篇,占比约87.12%。\n");
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(ShareCheckTest, TargetSharesAndReferencesAreNotChecked) {
  const std::string result =
      "在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到30%。\n";
  const std::string goal =
      "在全球工业研发投入2000强企业,中国大陆企业有525家,力争占比达到30%。\n";
  CheckHarness control;
  control.Add("result.txt", result);
  EXPECT_EQ(control.Run(kRule).size(), 1u) << control.Dump();
  CheckHarness h;
  h.Add("plan.txt", goal).AddReference("old.txt", kBad);
  auto share = h.FindClaim(0, "30%");
  ASSERT_TRUE(share.has_value()) << h.Dump();
  EXPECT_TRUE(h.context().claim(*share).target);
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

// A share that names its part and whole (发明专利申请数占专利申请总数) is checked
// against them where they stand elsewhere in the document, for its period.
const std::string kTable =
    "| 指标 | 2022年 |\n|---|---|\n| 专利申请数 | 536.46万项 |\n"
    "| 其中：发明专利申请数 | 161.93万项 |\n\n";

TEST(ShareCheckTest, NamedPartAndWholeInATable) {
  CheckHarness h;
  const std::string text = kTable + "注：2022年发明专利申请数占专利申请总数的32.18%。\n";
  h.Add("draft.md", Dated("2024-03-01", text));
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].message,
            "share 32.18% does not match 161.93万项 of 536.46万项, which is 30.18%");
  ASSERT_EQ(found[0].notes.size(), 2u);
  EXPECT_EQ(found[0].notes[1].message, "the whole, 536.46万项, is stated here");
}

TEST(ShareCheckTest, NamedPartAndWholeAgreeingIsSilent) {
  CheckHarness h;
  h.Add("draft.md",
        Dated("2024-03-01", kTable + "注：2022年发明专利申请数占专利申请总数的30.18%。\n"));
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(ShareCheckTest, NamedPartOfAnotherYearIsNotUsed) {
  // The part is stated for 2021, the whole and the share for 2022.
  CheckHarness h;
  h.Add("draft.md", Dated("2024-03-01",
                          "2022年专利申请数为536.46万项。\n\n2021年发明专利申请数为158.6万项。\n\n"
                          "2022年发明专利申请数占专利申请总数的40%。\n"));
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
}

TEST(ShareCheckTest, NamedPartWithTwoValuesIsNotUsed) {
  // Two figures for the part in one period: which one the share is of is
  // not known.
  CheckHarness h;
  h.Add("draft.md", Dated("2024-03-01",
                          "2022年专利申请数为536.46万项。\n\n2022年发明专利申请数为161.93万项。\n\n"
                          "2022年发明专利申请数为120万项。\n\n"
                          "2022年发明专利申请数占专利申请总数的40%。\n"));
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule)) << h.Dump();
  CheckHarness one;
  one.Add("draft.md", Dated("2024-03-01",
                            "2022年专利申请数为536.46万项。\n\n2022年发明专利申请数为161.93万项。\n\n"
                            "2022年发明专利申请数占专利申请总数的40%。\n"));
  EXPECT_EQ(one.Run(kRule).size(), 1u) << one.Dump();
}

TEST(ShareCheckTest, ANameOfManyFiguresPointsAtNone) {
  // The whole restated, always the same: a few times it is still the whole;
  // more often than a name may point at (the cost stays linear in the
  // claims), it is none.
  auto text = [](int restated) {
    std::string t;
    for (int i = 0; i < restated; ++i) t += "2022年专利申请数为536.46万项。\n\n";
    return t + "2022年发明专利申请数为161.93万项。\n\n2022年发明专利申请数占专利申请总数的40%。\n";
  };
  CheckHarness few;
  few.Add("draft.md", Dated("2024-03-01", text(10)));
  EXPECT_EQ(few.Run(kRule).size(), 1u) << few.Dump();
  CheckHarness many;
  many.Add("draft.md", Dated("2024-03-01", text(70)));
  EXPECT_TRUE(many.Run(kRule).empty()) << Describe(many.Run(kRule));
}

TEST(ShareCheckTest, AWholeNamedInsideTheSubject) {
  // 中小企业在高新技术企业中占比: part 中小企业, whole 高新技术企业.
  const std::string text =
      "2024年，全国高新技术企业达到46.3万家，其中中小企业42.1万家，中小企业在高新技术企业中占比";
  CheckHarness bad;
  bad.Add("draft.txt", text + "不到八成。\n");
  auto found = bad.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << bad.Dump();
  EXPECT_EQ(found[0].message, "share 不到八成 does not match 42.1万家 of 46.3万家, which is 90.93%");
  CheckHarness good;
  good.Add("draft.txt", text + "超过九成。\n");
  EXPECT_TRUE(good.Run(kRule).empty()) << good.Dump();
  // Another whole than the one stated: nothing to check it against.
  CheckHarness other;
  other.Add("draft.txt", "2024年，全国高新技术企业达到46.3万家，其中中小企业42.1万家，"
                         "中小企业在制造业企业中占比不到八成。\n");
  EXPECT_TRUE(other.Run(kRule).empty()) << other.Dump();
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
