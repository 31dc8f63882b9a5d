// fact-conflict on small in-memory documents: what is reported, where, and
// the many ways of writing one value that must stay silent.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

constexpr char kRule[] = "fact-conflict";

const std::string kBrief = Dated(
    "2025-12-19",
    "企业创新能力显著增强，企业研发投入占比超过77%，524家中国大陆企业进入全球"
    "工业研发投入2000强，科技成果转化体系不断完善。\n");
const std::string kDraft = Dated(
    "2026-03-06",
    "在全球工业研发投入2000强企业，中国大陆企业有五百二十五家，占比达到26.3%。\n");

TEST(ConflictCheckTest, ReportsDisagreementAtLaterDocument) {
  CheckHarness h;
  h.Add("brief.md", kBrief).Add("draft.md", kDraft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.rule_id, "fact-conflict");
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.location.path, "draft.md");
  EXPECT_EQ(PositionOf(d.location), PositionOf(kDraft, "五百二十五家"));
  EXPECT_EQ(d.location.end_column - d.location.column, 6u);  // 五百二十五家
  EXPECT_NE(d.message.find("中国大陆企业进入全球工业研发投入2000强的数量"),
            std::string::npos) << d.message;
  EXPECT_NE(d.message.find("五百二十五家 here, but 524家 elsewhere"),
            std::string::npos) << d.message;
  EXPECT_NE(d.message.find("the exact values differ"), std::string::npos);
  EXPECT_EQ(d.message.find("odd one out"), std::string::npos);
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].location.path, "brief.md");
  EXPECT_EQ(PositionOf(d.notes[0].location), PositionOf(kBrief, "524家"));
  EXPECT_NE(d.notes[0].message.find("524家 stated here (document of 2025-12-19)"),
            std::string::npos) << d.notes[0].message;
}

TEST(ConflictCheckTest, AChangeTheOtherWayThanTheReferenceConflicts) {
  // The reference says 上涨0.2%, the draft 下降0.2%: a rate-of-change fact
  // counts a fall as a negative rise.
  const std::string ref = Dated("2025-03-05", "2024年，居民消费价格上涨0.2%。\n");
  const std::string draft = Dated("2025-03-08", "2024年，居民消费价格下降0.2%。\n");
  CheckHarness h;
  h.Add("ref.md", ref).Add("draft.md", draft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "draft.md");
  EXPECT_EQ(found[0].message,
            "居民消费价格涨幅: 0.2% (a fall) here, but 0.2% elsewhere; the changes go opposite ways");
}

TEST(ConflictCheckTest, FallsThatAgreeAndOtherYearsAreSilent) {
  CheckHarness h;
  h.Add("ref.md", Dated("2010-03-05", "2009年，居民消费价格下降0.7%。2024年，居民消费价格上涨0.2%。\n"))
      .Add("draft.md", Dated("2025-03-08", "2009年，居民消费价格比上年下降0.7%。\n\n"
                                           "2024年，居民消费价格上涨0.2%。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(ConflictCheckTest, LaterDocumentIsByDateNotCommandLineOrder) {
  CheckHarness h;
  h.Add("draft.md", kDraft).Add("brief.md", kBrief);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].location.path, "draft.md");
}

TEST(ConflictCheckTest, QualifiedValueBeyondRoundingConflicts) {
  // 超过3.9万亿 is (3.9万亿, ...): above any rounding of 3.6万亿.
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19",
                      "2024年全社会研发投入3.6万亿元。\n"))
      .Add("b.md", Dated("2026-01-10", "2024年全社会研发投入超过3.9万亿元。\n"));
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_NE(found[0].message.find("超过3.9万亿元 here, but 3.6万亿元 elsewhere"),
            std::string::npos) << found[0].message;
  EXPECT_NE(found[0].message.find("more than rounding and qualifiers allow"),
            std::string::npos) << found[0].message;
}

TEST(ConflictCheckTest, OddOneOutIsReportedEvenInEarliestDocument) {
  const std::string odd =
      Dated("2025-11-01", "524家中国大陆企业进入全球工业研发投入2000强。\n");
  const std::string agree = Dated(
      "2025-12-01", "在全球工业研发投入2000强企业，中国大陆企业有525家。\n");
  CheckHarness h;
  h.Add("odd.md", odd).Add("b.md", agree).Add("c.md", agree).Add("d.md", agree);
  ASSERT_TRUE(SameFact(h, 0, "524家", 3, "525家"));
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.location.path, "odd.md");
  EXPECT_EQ(PositionOf(d.location), PositionOf(odd, "524家"));
  EXPECT_NE(d.message.find(
                "this is the odd one out: 3 other statements agree with each other"),
            std::string::npos) << d.message;
  ASSERT_EQ(d.notes.size(), 3u);
  EXPECT_EQ(d.notes[0].location.path, "b.md");
  EXPECT_EQ(d.notes[1].location.path, "c.md");
  EXPECT_EQ(d.notes[2].location.path, "d.md");
  for (const Note& n : d.notes)
    EXPECT_EQ(PositionOf(n.location), PositionOf(agree, "525家"));
}

TEST(ConflictCheckTest, TwoAgainstTwoIsNotAnOddOneOut) {
  const std::string low =
      Dated("2025-11-01", "524家中国大陆企业进入全球工业研发投入2000强。\n");
  const std::string high = Dated(
      "2025-12-01", "在全球工业研发投入2000强企业，中国大陆企业有525家。\n");
  CheckHarness h;
  h.Add("a.md", low).Add("b.md", low).Add("c.md", high).Add("d.md", high);
  auto found = h.Run(kRule);
  ASSERT_FALSE(found.empty()) << h.Dump();
  for (const Diagnostic& d : found)
    EXPECT_EQ(d.message.find("odd one out"), std::string::npos) << d.message;
}

TEST(ConflictCheckTest, RoundingAndQualifiersAgree) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19",
                      "“三新”经济增加值占GDP比重达18%。2024年全社会研发投入超3.6万亿元。\n"))
      .Add("b.md", Dated("2026-03-06",
                         "我国“三新”经济增加值占GDP的比重已超过18%。2024年全社会研发投入36000亿元。\n"))
      .Add("c.md", Dated("2026-01-02", "2024年全社会研发投入36,000亿元。\n"));
  EXPECT_TRUE(SameFact(h, 0, "18%", 1, "18%"));
  EXPECT_TRUE(SameFact(h, 0, "3.6万亿元", 1, "36000亿元"));
  EXPECT_TRUE(SameFact(h, 0, "3.6万亿元", 2, "36,000亿元"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found);
}

TEST(ConflictCheckTest, NumeralVariantsAgree) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19",
                      "2024年，我国国家综合创新能力排名第十位。\n\n"
                      "2024年，研发投入强度达到百分之二点六八。\n\n"
                      "五百二十五家中国大陆企业进入全球工业研发投入2000强。\n"))
      .Add("b.md", Dated("2026-01-06",
                         "2024年，我国国家综合创新能力排名第10位。\n\n"
                         "2024年研发投入强度为2.68%。\n\n"
                         "在全球工业研发投入2000强企业，中国大陆企业有525家。\n"));
  EXPECT_TRUE(SameFact(h, 0, "第十位", 1, "第10位"));
  EXPECT_TRUE(SameFact(h, 0, "百分之二点六八", 1, "2.68%"));
  EXPECT_TRUE(SameFact(h, 0, "五百二十五家", 1, "525家"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found);
}

// Goals (预期目标, 力争) and results for the same year are different things.
const std::string kPlan = Dated("2025-03-05",
                                "力争2025年研发投入强度达到2.8%。\n\n"
                                "预期目标是2025年全社会研发投入达到4万亿元。\n");
const std::string kResult = Dated("2026-01-06",
                                  "2025年，研发投入强度达到2.68%。\n\n"
                                  "2025年全社会研发投入3.6万亿元。\n");

TEST(ConflictCheckTest, GoalsAreExtractedAsTargetsOfTheSameYear) {
  CheckHarness h;
  h.Add("plan.md", kPlan).Add("result.md", kResult);
  for (const char* goal : {"2.8%", "4万亿元"}) {
    auto ref = h.FindClaim(0, goal);
    ASSERT_TRUE(ref.has_value()) << goal << "\n" << h.Dump();
    EXPECT_TRUE(h.context().claim(*ref).target) << goal << "\n" << h.Dump();
    EXPECT_EQ(h.context().claim(*ref).time.to_year, 2025) << h.Dump();
  }
}

// Goals (力争…2.8%) are not statements of the fact: they are never grouped
// with results (2.68%), so they cannot conflict with them.
TEST(ConflictCheckTest, TargetsNeverConflictWithResults) {
  CheckHarness h;
  h.Add("plan.md", kPlan).Add("result.md", kResult);
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

// Two lower bounds of one fact and period restate one figure: 超过1200万套
// for 超过2100万套 is a figure changed, though both could hold of one
// outcome; the same figure as 以上 or 超过 agrees.
TEST(ConflictCheckTest, TwoLowerBoundsAreComparedByTheirFigures) {
  CheckHarness h;
  h.Add("a.md", Dated("2021-03-05", "“十三五”时期，城镇新增就业超过6000万人。\n"))
      .Add("b.md", Dated("2021-04-02", "“十三五”时期，城镇新增就业超过6600万人。\n"))
      .Add("c.md", Dated("2021-05-10", "“十三五”时期，城镇新增就业6000万人以上。\n"));
  EXPECT_TRUE(SameFact(h, 0, "6000万人", 1, "6600万人")) << h.Dump();
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_NE(found[0].message.find("超过6600万人"), std::string::npos) << found[0].message;
}

// A figure over a span still ahead at the document's date (今后五年) is a
// goal, not a result: it is not compared with the result of the span.
TEST(ConflictCheckTest, AFigureOverASpanAheadIsAGoal) {
  CheckHarness h;
  h.Add("plan.md", Dated("2016-03-09", "今后五年，城镇新增就业5000万人以上。\n"))
      .Add("result.md", Dated("2021-03-05", "“十三五”时期，城镇新增就业超过6000万人。\n"));
  auto goal = h.FindClaim(0, "5000万人");
  ASSERT_TRUE(goal.has_value()) << h.Dump();
  EXPECT_TRUE(h.context().claim(*goal).target) << h.Dump();
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(ConflictCheckTest, GoalsOfOtherYearsDoNotConflict) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19", "非化石能源占一次能源消费比例达到18.5%。\n"))
      .Add("b.md", Dated("2026-01-06",
                         "预期目标：到2027年，非化石能源占一次能源消费比例达到25%左右。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

TEST(ConflictCheckTest, DifferentYearsAreNotCompared) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("b.md", Dated("2026-01-06", "2024年，全国技术合同成交额达到6.8万亿元。\n"));
  EXPECT_TRUE(SameFact(h, 0, "6.1万亿元", 1, "6.8万亿元"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found);
}

TEST(ConflictCheckTest, UndatedClaimsOfDocumentsFarApartAreNotCompared) {
  CheckHarness near;
  near.Add("a.md", Dated("2025-02-01", "全国粮食总产量达到14130亿斤。\n"))
      .Add("b.md", Dated("2025-05-01", "全国粮食总产量达到14500亿斤。\n"));
  EXPECT_EQ(near.Run(kRule).size(), 1u) << near.Dump();
  CheckHarness far;
  far.Add("a.md", Dated("2025-02-01", "全国粮食总产量达到14130亿斤。\n"))
      .Add("b.md", Dated("2026-06-30", "全国粮食总产量达到14500亿斤。\n"));
  auto found = far.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found);
}

TEST(ConflictCheckTest, AgainstReportsInTargetEvenWhenTargetIsEarlier) {
  CheckHarness h;
  h.Add("brief.md", kBrief).AddReference("draft.md", kDraft);
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].location.path, "brief.md");
  EXPECT_EQ(PositionOf(found[0].location), PositionOf(kBrief, "524家"));
  ASSERT_EQ(found[0].notes.size(), 1u);
  EXPECT_EQ(found[0].notes[0].location.path, "draft.md");
  EXPECT_EQ(PositionOf(found[0].notes[0].location),
            PositionOf(kDraft, "五百二十五家"));
}

TEST(ConflictCheckTest, TwoReferencesConflictingReportNothing) {
  CheckHarness h;
  h.Add("other.md", Dated("2026-01-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .AddReference("brief.md", kBrief)
      .AddReference("draft.md", kDraft);
  EXPECT_TRUE(h.Run(kRule).empty()) << Describe(h.Run(kRule));
  EXPECT_TRUE(h.RunAll().empty()) << Describe(h.RunAll());
}

// The draft agrees with one reference, and the references contradict each
// other: a warning that the archive is split, naming both sides.
TEST(ConflictCheckTest, ADraftAgreeingWithOneSideOfASplitArchiveIsWarned) {
  CheckHarness h;
  h.AddReference("brief.md", kBrief)  // 524家
      .AddReference("other.md", Dated("2026-01-05", "在全球工业研发投入2000强企业，中国大陆企业有525家。\n"))
      .Add("draft.md", Dated("2026-01-10", "在全球工业研发投入2000强企业，中国大陆企业有524家。\n"));
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_NE(found[0].message.find("the archive is split: 524家 in brief.md agrees with this"),
            std::string::npos)
      << found[0].message;
  ASSERT_EQ(found[0].notes.size(), 2u);
  EXPECT_EQ(found[0].notes[0].location.path, "other.md");
  EXPECT_EQ(found[0].notes[1].location.path, "brief.md");
  // Against references that agree among themselves it stays an error.
  CheckHarness one;
  one.AddReference("brief.md", kBrief)
      .Add("draft.md", Dated("2026-01-10", "在全球工业研发投入2000强企业，中国大陆企业有525家。\n"));
  auto error = one.Run(kRule);
  ASSERT_EQ(error.size(), 1u);
  EXPECT_EQ(error[0].severity, Severity::kError);
}

TEST(ConflictCheckTest, TwoValuesOfOneSentenceAreNotCompared) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-12-19",
                      "全国技术合同成交额由4.8万亿元提高到6.8万亿元。\n"));
  auto found = h.Run(kRule);
  EXPECT_TRUE(found.empty()) << Describe(found) << h.Dump();
}

// A fact stated by many documents: `n` agreeing on 525家, one odd value.
CheckHarness ManyStatements(int n, const std::string& odd_value,
                            bool odd_is_target = true) {
  CheckHarness h;
  h.Add("odd.md",
        Dated("2025-12-01", "在全球工业研发投入2000强企业，中国大陆企业" +
                                odd_value + "。\n"),
        odd_is_target);
  for (int i = 0; i < n; ++i)
    h.Add("d" + std::to_string(100 + i) + ".md",
          Dated(i % 2 ? "2025-11-01" : "2025-11-02",
                "在全球工业研发投入2000强企业，中国大陆企业有525家。\n"));
  return h;
}

TEST(ConflictCheckTest, AtMostFiveNotesAndTheRestCounted) {
  CheckHarness h = ManyStatements(10, "有524家");
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "odd.md");
  EXPECT_EQ(found[0].notes.size(), 5u);
  EXPECT_NE(found[0].message.find("(5 places shown of 10)"), std::string::npos)
      << found[0].message;
  EXPECT_NE(found[0].message.find("524家 here, but 525家 elsewhere"),
            std::string::npos) << found[0].message;
}

// A fact stated by 70 documents follows the same rule as one stated by 3.
TEST(ConflictCheckTest, LargeGroupReportsTheOddOneOut) {
  CheckHarness h = ManyStatements(70, "有524家");
  ASSERT_EQ(h.facts().front().claims.size(), 71u) << h.Dump();
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  const Diagnostic& d = found[0];
  EXPECT_EQ(d.location.path, "odd.md");
  EXPECT_NE(d.message.find("524家 here, but 525家 elsewhere"), std::string::npos)
      << d.message;
  EXPECT_NE(d.message.find("odd one out: 70 other statements"), std::string::npos)
      << d.message;
  EXPECT_NE(d.message.find("(5 places shown of 70)"), std::string::npos);
  ASSERT_EQ(d.notes.size(), 5u);
  // Notes point at the latest agreeing documents (dated 2025-11-02).
  for (const Note& n : d.notes)
    EXPECT_NE(n.message.find("2025-11-02"), std::string::npos) << n.message;
}

TEST(ConflictCheckTest, LargeGroupAgreeingIsSilent) {
  CheckHarness agree = ManyStatements(70, "有525家");
  EXPECT_TRUE(agree.Run(kRule).empty()) << Describe(agree.Run(kRule));
}

// Every draft that contradicts the reference is told so, however many
// drafts there are.
TEST(ConflictCheckTest, EveryTargetAgainstAReferenceIsReported) {
  for (int n : {3, 70}) {
    CheckHarness reference = ManyStatements(n, "有524家", /*odd_is_target=*/false);
    auto found = reference.Run(kRule);
    ASSERT_EQ(found.size(), static_cast<size_t>(n)) << Describe(found);
    for (const Diagnostic& d : found) {
      ASSERT_EQ(d.notes.size(), 1u);
      EXPECT_EQ(d.notes[0].location.path, "odd.md");
    }
  }
}

// Findings do not depend on how many unrelated statements of the fact the
// archive holds: other years, other parts of a year, figures as of documents
// far away in time.
TEST(ConflictCheckTest, UnrelatedStatementsChangeNothing) {
  auto run = [](int unrelated) {
    CheckHarness h;
    h.Add("draft.md", Dated("2026-03-10", "2024年，全国技术合同成交额达到6.8万亿元。\n"));
    h.AddReference("brief.md", Dated("2025-12-19", "2024年，全国技术合同成交额达到6.1万亿元。\n"));
    h.AddReference("old.md", Dated("2024-12-19", "2024年，全国技术合同成交额达到6.1万亿元。\n"));
    for (int i = 0; i < unrelated; ++i) {
      std::string year = std::to_string(2000 + i % 20);
      std::string text = i % 3 == 0 ? year + "年，全国技术合同成交额达到" + std::to_string(1 + i % 7) + ".2万亿元。\n"
                       : i % 3 == 1 ? "2024年一季度，全国技术合同成交额达到1." + std::to_string(i % 9) + "万亿元。\n"
                                    : "全国技术合同成交额达到" + std::to_string(2 + i % 5) + ".5万亿元。\n";
      h.AddReference("u" + std::to_string(i) + ".md",
                     Dated(i % 3 == 2 ? "2019-06-01" : "2021-06-01", text));
    }
    return Describe(h.Run(kRule));
  };
  const std::string few = run(2);
  EXPECT_NE(few.find("6.8万亿元 here, but 6.1万亿元 elsewhere"), std::string::npos) << few;
  EXPECT_EQ(run(1000), few);
}

TEST(ConflictCheckTest, OpenIntervalAgainstPointIsAConflict) {
  // 超过525家 is (525, inf); 525家 is exactly 525.
  CheckHarness h = ManyStatements(10, "超过525家");
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found) << h.Dump();
  EXPECT_EQ(found[0].location.path, "odd.md");
}

// (525, inf) does not agree with [525, 525] at the point 525, in a large
// group too.
TEST(ConflictCheckTest, LargeGroupOpenIntervalAgainstPointIsAConflict) {
  CheckHarness h = ManyStatements(70, "超过525家");
  auto found = h.Run(kRule);
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_EQ(found[0].location.path, "odd.md");
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
