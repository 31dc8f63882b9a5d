// claim_compare: when two claims may be compared (Comparable), which
// document is later (LaterDocument), and the smaller helpers.
#include "check/claim_compare.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

// Comparable for the first claim with surface `a` in doc 0 and `b` in doc 1,
// in the group of the first (or in `group` when given).
::testing::AssertionResult ComparableIn(CheckHarness& h, std::string_view a,
                                        uint32_t doc_b, std::string_view b,
                                        const FactGroup* group = nullptr) {
  auto ra = h.FindClaim(0, a);
  auto rb = h.FindClaim(doc_b, b);
  if (!ra || !rb) return ::testing::AssertionFailure() << "missing claim\n" << h.Dump();
  if (!group) group = h.GroupOf(*ra);
  if (!group) return ::testing::AssertionFailure() << "no group\n" << h.Dump();
  CheckContext ctx = h.context();
  if (Comparable(ctx, *group, *ra, *rb))
    return ::testing::AssertionSuccess() << a << " ~ " << b;
  return ::testing::AssertionFailure() << a << " !~ " << b << "\n" << h.Dump();
}

// A change over a period that opens with its base year (a table of
// 2018—2022年 whose column measures from 2018) is the change to the period's
// last year: compared with 2022年…比2018年增长 (the base year itself is the
// bucket's, generic_match.h).
TEST(ComparableTest, AChangeOverAPeriodOpeningWithItsBaseIsOfItsLastYear) {
  CheckHarness h;
  h.Add("table.md", Dated("2024-11-15",
                          "# 2018—2022年我国科技创新产出\n\n| 指标 | 2022年 | 与2018年相比 |\n|---|---|---|\n"
                          "| 高新技术产品出口额 | 9467亿美元 | 增长36.76% |\n"))
      .Add("a.md", Dated("2024-05-01", "2022年，中国高新技术产品出口额为9467亿美元，相比2018年增长了26.76%。\n"));
  auto table = h.FindClaim(0, "36.76%");
  ASSERT_TRUE(table) << h.Dump();
  const TimeClass k = ClassOf(h.context(), *table);
  EXPECT_EQ(k.from_year, 2022);
  EXPECT_EQ(k.to_year, 2022);
  EXPECT_TRUE(ComparableIn(h, "36.76%", 1, "26.76%"));
  // The claim takes the year of the column on its left and the column's
  // base, as 2022年…与2018年相比增长 in prose.
  const Claim& c = h.context().claim(*table);
  EXPECT_EQ(c.time.from_year, 2022);
  EXPECT_EQ(c.time.to_year, 2022);
  EXPECT_EQ(c.base_year, 2018);
}

TEST(ComparableTest, SameExplicitYear) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2026-12-01", "2024年，全国技术合同成交额达到6.1万亿元。\n"));
  // Documents years apart: a stated year needs no date window.
  EXPECT_TRUE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元"));
}

TEST(ComparableTest, DifferentExplicitYears) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-01-01", "2023年，全国技术合同成交额达到6.1万亿元。\n"));
  EXPECT_FALSE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元"));
  // Unless the fact does not vary by year.
  FactGroup any_year = *h.GroupOf(*h.FindClaim(0, "6.8万亿元"));
  any_year.by_year = false;
  EXPECT_TRUE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元", &any_year));
}

TEST(RestatesSpanTest, AFigureAsOfItsDocumentThatAgreesWithASpanEndingLastYearRestatesIt) {
  CheckHarness h;
  h.Add("review.md", Dated("2018-03-08", "就业形势稳定，城镇新增就业6600万人以上。\n"))
      .Add("report.md", Dated("2018-03-05",
                              "五年来，城镇新增就业6600万人以上。\n\n2017年，城镇新增就业1351万人。\n"))
      .Add("older.md", Dated("2018-03-05",
                             "2011—2016年，城镇新增就业6600万人以上。\n\n2016年，城镇新增就业1314万人。\n"));
  auto restated = h.FindClaim(0, "6600万人");
  auto last_year = h.FindClaim(1, "1351万人");
  ASSERT_TRUE(restated && last_year) << h.Dump();
  const FactGroup* group = h.GroupOf(*restated);
  ASSERT_TRUE(group) << h.Dump();
  CheckContext ctx = h.context();
  ASSERT_TRUE(Comparable(ctx, *group, *restated, *last_year));
  EXPECT_TRUE(RestatesSpanEndingLastYear(ctx, *group, *restated, *last_year));
  EXPECT_TRUE(RestatesSpanEndingLastYear(ctx, *group, *last_year, *restated));
  // The span of older.md ends in 2016, not in the review's last full year,
  // and a span is never the last year itself.
  auto older = h.FindClaim(2, "1314万人");
  ASSERT_TRUE(older);
  EXPECT_FALSE(RestatesSpanEndingLastYear(ctx, *group, *restated, *older));
}

TEST(RestatesSpanTest, AFigureThatAgreesWithNoSpanIsTheLastYears) {
  CheckHarness h;
  h.Add("review.md", Dated("2018-03-08", "就业形势稳定，城镇新增就业1251万人。\n"))
      .Add("report.md", Dated("2018-03-05",
                              "五年来，城镇新增就业6600万人以上。\n\n2017年，城镇新增就业1351万人。\n"));
  auto restated = h.FindClaim(0, "1251万人");
  auto last_year = h.FindClaim(1, "1351万人");
  ASSERT_TRUE(restated && last_year) << h.Dump();
  const FactGroup* group = h.GroupOf(*restated);
  ASSERT_TRUE(group) << h.Dump();
  CheckContext ctx = h.context();
  EXPECT_FALSE(RestatesSpanEndingLastYear(ctx, *group, *restated, *last_year));
}

TEST(ComparableTest, StatedYearIsNeverComparedWithUndated) {
  // 国家高新区数量 is a count that changes within a year: as of January
  // 2025 it need not be 2024's.
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01", "2024年，全国178家国家高新区实现营业收入。\n"))
      .Add("b.md", Dated("2025-01-01", "国家高新区总数达到177家。\n"));
  ASSERT_TRUE(SameFact(h, 0, "178家", 1, "177家")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "178家", 1, "177家"));
}

// The end of a change over a period that runs into a year mostly past (过去
// 五年 in a report of October) is that year's level, not the last full
// year's; in a report of March the same period ends the year before.
TEST(ComparableTest, TheEndOfAChangeUpToAYearMostlyPastIsNotTheLastFullYears) {
  CheckHarness h;
  h.Add("draft.md", Dated("2021-03-20", "2016年，国内生产总值达到74.4万亿元。\n"))
      .Add("october.md", Dated("2017-10-18", "过去五年，国内生产总值从54万亿元增长到80万亿元。\n"))
      .Add("level.md", Dated("2017-10-18", "目前，国内生产总值达到74.4万亿元。\n"))
      .Add("march.md", Dated("2017-03-05", "过去五年，国内生产总值从54万亿元增长到74.4万亿元。\n"));
  ASSERT_TRUE(SameFact(h, 0, "74.4万亿元", 1, "80万亿元")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "74.4万亿元", 1, "80万亿元"));
  // A level as of a document of October is still the last full year's.
  EXPECT_TRUE(ComparableIn(h, "74.4万亿元", 2, "74.4万亿元"));
  EXPECT_TRUE(ComparableIn(h, "74.4万亿元", 3, "74.4万亿元"));
}

TEST(ComparableTest, AWholeYearsFigureAsOfItsDocumentIsTheLastFullYears) {
  // 技术合同成交额 is a whole year's total (as_of = "last-year"): stated
  // with no year in 2025, it is 2024's, and not 2023's.
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-06-01", "全国技术合同成交额达到6.1万亿元。\n"))
      .Add("c.md", Dated("2025-01-01", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("d.md", Dated("2025-06-01", "前三季度，全国技术合同成交额达到4.1万亿元。\n"));
  ASSERT_TRUE(SameFact(h, 0, "6.8万亿元", 1, "6.1万亿元")) << h.Dump();
  EXPECT_TRUE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元"));
  EXPECT_FALSE(ComparableIn(h, "6.1万亿元", 2, "6.1万亿元"));
  // A part of the year as of its document is this year's part.
  EXPECT_FALSE(ComparableIn(h, "6.8万亿元", 3, "4.1万亿元"));
  // The pair is enumerated, as every check sees it.
  CheckContext ctx = h.context();
  const FactGroup* g = h.GroupOf(*h.FindClaim(0, "6.8万亿元"));
  ASSERT_NE(g, nullptr);
  size_t pairs = 0;
  ForEachCandidatePair(ctx, *g, [&](size_t x, size_t y) {
    if (Comparable(ctx, *g, g->claims[x], g->claims[y])) ++pairs;
  });
  EXPECT_EQ(pairs, 1u);
}

TEST(ComparableTest, PairsOfTwoReferenceStatementsAreNotVisited) {
  // One fact of 2024 in a draft and in five reference documents, a second
  // statement in the draft, and the same as of the documents (within the
  // window of each other): only the pairs with a draft claim, in order.
  CheckHarness h;
  h.Add("draft.md", Dated("2025-03-01",
                          "2024年，全国技术合同成交额达到6.8万亿元。\n\n全国技术合同成交额达到6.9万亿元。\n"));
  for (int k = 0; k < 5; ++k)
    h.AddReference("r" + std::to_string(k) + ".md",
                   Dated("2025-0" + std::to_string(k + 2) + "-01",
                         "2024年，全国技术合同成交额达到6.1万亿元。\n\n全国技术合同成交额达到6.2万亿元。\n"));
  CheckContext ctx = h.context();
  const FactGroup* g = h.GroupOf(*h.FindClaim(0, "6.8万亿元"));
  ASSERT_NE(g, nullptr);
  ASSERT_EQ(g->claims.size(), 12u) << h.Dump();
  std::vector<std::pair<size_t, size_t>> visited;
  ForEachCandidatePair(ctx, *g, [&](size_t x, size_t y) { visited.push_back({x, y}); });
  ASSERT_FALSE(visited.empty());
  for (const auto& [x, y] : visited) {
    EXPECT_LT(x, y);
    EXPECT_TRUE(ctx.doc(g->claims[x]).target || ctx.doc(g->claims[y]).target) << x << " " << y;
  }
  // Every pair with a draft claim that the time classes allow is there:
  // the stated year's statements pair with each other, and so do those as
  // of the documents (2024's, as the fact's last full year, too).
  size_t stated = 0, as_of = 0;
  for (const ClaimRef& r : g->claims) (ClassOf(ctx, r).as_of ? as_of : stated) += 1;
  EXPECT_EQ(stated, 6u);
  EXPECT_EQ(as_of, 6u);
  std::set<std::pair<size_t, size_t>> once(visited.begin(), visited.end());
  EXPECT_EQ(once.size(), visited.size());
  for (size_t x = 0; x < g->claims.size(); ++x)
    for (size_t y = x + 1; y < g->claims.size(); ++y)
      if ((ctx.doc(g->claims[x]).target || ctx.doc(g->claims[y]).target) &&
          ClassOf(ctx, g->claims[x]) == ClassOf(ctx, g->claims[y])) {
        EXPECT_TRUE(once.count({x, y})) << x << " " << y;
      }
}

TEST(ComparableTest, AFigureFromADatedPublicationIsNotTheDocumentsYear) {
  // 国家统计局2024年发布的公报: the figure is as of that publication.
  CheckHarness h;
  h.Add("a.md", Dated("2025-10-20", "国家统计局2024年发布的公报显示，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("b.md", Dated("2025-10-10", "2024年，全国技术合同成交额达到6.8万亿元。\n"));
  ASSERT_TRUE(SameFact(h, 0, "6.1万亿元", 1, "6.8万亿元")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "6.1万亿元", 1, "6.8万亿元"));
}

TEST(ComparableTest, ParagraphYearIsNeverComparedWithUndated) {
  // 92.1万件 is about 2023 (the paragraph opens with it); 104.5万件 is as of
  // its document, weeks apart.
  CheckHarness h;
  h.Add("a.md", Dated("2026-03-01",
                      "2023年，我国知识产权事业取得新进展。全年授权发明专利92.1万件。\n"))
      .Add("b.md", Dated("2026-01-15", "国家知识产权局发布数据，全年授权发明专利104.5万件。\n"));
  ASSERT_TRUE(SameFact(h, 0, "92.1万件", 1, "104.5万件")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "92.1万件", 1, "104.5万件"));
}

TEST(ComparableTest, PartsOfAYearAreNotTheWholeYear) {
  CheckHarness h;
  h.Add("a.md", Dated("2024-10-20", "2024年前三季度，全国技术合同成交额达到4.2万亿元。\n"))
      .Add("b.md", Dated("2025-01-17", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("c.md", Dated("2024-10-21", "2024年前三季度，全国技术合同成交额达到4.3万亿元。\n"));
  ASSERT_TRUE(SameFact(h, 0, "4.2万亿元", 1, "6.8万亿元")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "4.2万亿元", 1, "6.8万亿元"));
  EXPECT_TRUE(ComparableIn(h, "4.2万亿元", 2, "4.3万亿元"));
}

TEST(ComparableTest, AWholeYearAsOfDifferentCalendarYearsIsNot) {
  // November's article and January's bulletin speak of different years.
  CheckHarness h;
  h.Add("a.md", Dated("2024-11-20", "全年授权发明专利92.1万件。\n"))
      .Add("b.md", Dated("2025-01-20", "全年授权发明专利104.5万件。\n"))
      .Add("c.md", Dated("2024-12-20", "全年授权发明专利93.0万件。\n"));
  ASSERT_TRUE(SameFact(h, 0, "92.1万件", 1, "104.5万件")) << h.Dump();
  EXPECT_FALSE(ComparableIn(h, "92.1万件", 1, "104.5万件"));
  EXPECT_TRUE(ComparableIn(h, "92.1万件", 2, "93.0万件"));  // same calendar year
}

TEST(ComparableTest, UndatedClaimsWithinAndBeyondHalfAYear) {
  auto run = [](const char* date_b) {
    CheckHarness h;
    h.Add("a.md", Dated("2025-02-01", "全国技术合同成交额达到6.8万亿元。\n"))
        .Add("b.md", Dated(date_b, "全国技术合同成交额达到6.1万亿元。\n"));
    return ComparableIn(h, "6.8万亿元", 1, "6.1万亿元");
  };
  EXPECT_TRUE(run("2025-02-01"));
  EXPECT_TRUE(run("2025-07-30"));   // 179 days by the 30-day-month estimate
  EXPECT_FALSE(run("2025-08-10"));  // 189 days
  EXPECT_FALSE(run("2026-02-01"));
  EXPECT_TRUE(run("2024-09-01"));   // earlier works the same way
  EXPECT_FALSE(run("2024-06-01"));
}

TEST(ComparableTest, WindowComesFromTheContext) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-02-01", "全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2026-02-01", "全国技术合同成交额达到6.1万亿元。\n"));
  CheckContext ctx = h.context();
  const ClaimRef a = *h.FindClaim(0, "6.8万亿元"), b = *h.FindClaim(1, "6.1万亿元");
  const FactGroup& g = *h.GroupOf(a);
  EXPECT_FALSE(Comparable(ctx, g, a, b));
  ctx.same_time_window_days = 400;
  EXPECT_TRUE(Comparable(ctx, g, a, b));
}

TEST(ComparableTest, UndatedDocumentsOnlyForRuleFacts) {
  CheckHarness h;
  h.Add("a.txt", "全国技术合同成交额达到6.8万亿元。\n")
      .Add("b.md", Dated("2025-01-01", "全国技术合同成交额达到6.1万亿元。\n"));
  ASSERT_EQ(h.docs()[0]->extraction.date.year, 0) << h.Dump();
  const FactGroup* rule = h.GroupOf(*h.FindClaim(0, "6.8万亿元"));
  ASSERT_NE(rule, nullptr) << h.Dump();
  ASSERT_TRUE(rule->from_rule);
  EXPECT_TRUE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元"));
  FactGroup generic = *rule;
  generic.from_rule = false;
  generic.fact_id = "generic";
  EXPECT_FALSE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元", &generic));
}

TEST(ComparableTest, TwoValuesOfOneSentenceAreNot) {
  CheckHarness one;
  one.Add("a.md", Dated("2025-01-01",
                        "2024年，全国技术合同成交额6.8万亿元，2024年基础研究经费2497亿元。\n"));
  const FactGroup* g = one.GroupOf(*one.FindClaim(0, "6.8万亿元"));
  ASSERT_NE(g, nullptr) << one.Dump();
  EXPECT_FALSE(ComparableIn(one, "6.8万亿元", 0, "2497亿元", g));
  // The same two claims in two sentences are (the group is only the frame).
  CheckHarness two;
  two.Add("a.md", Dated("2025-01-01",
                        "2024年，全国技术合同成交额6.8万亿元。2024年基础研究经费2497亿元。\n"));
  const FactGroup* g2 = two.GroupOf(*two.FindClaim(0, "6.8万亿元"));
  ASSERT_NE(g2, nullptr) << two.Dump();
  EXPECT_TRUE(ComparableIn(two, "6.8万亿元", 0, "2497亿元", g2));
}

TEST(ComparableTest, StartOfAChangeWithoutYearIsNot) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01", "全国技术合同成交额由4.8万亿元提高到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-01-01", "全国技术合同成交额达到4.8万亿元。\n"));
  ASSERT_TRUE(h.docs()[0]->transition_start(h.FindClaim(0, "4.8万亿元")->claim))
      << h.Dump();
  FactGroup frame;  // a rule-like frame around the two claims
  frame.from_rule = true;
  EXPECT_FALSE(ComparableIn(h, "4.8万亿元", 1, "4.8万亿元", &frame));
  EXPECT_TRUE(ComparableIn(h, "6.8万亿元", 1, "4.8万亿元", &frame));
}

TEST(ComparableTest, StartOfAChangeUnderAReviewedPeriodHasItsYear) {
  // 五年来 in March 2018 is 2013-2017: the start is the 2012 level, and is
  // compared with another statement for 2012.
  CheckHarness h;
  h.Add("a.md", Dated("2018-03-05", "五年来，全国技术合同成交额由0.6万亿元提高到1.3万亿元。\n"))
      .Add("b.md", Dated("2013-03-05", "2012年，全国技术合同成交额为0.64万亿元。\n"));
  const std::optional<ClaimRef> start = h.FindClaim(0, "0.6万亿元");
  ASSERT_TRUE(start.has_value()) << h.Dump();
  EXPECT_EQ(h.docs()[0]->extraction.claims[start->claim].time.from_year, 2012) << h.Dump();
  EXPECT_FALSE(h.docs()[0]->undated_start(start->claim));
  FactGroup frame;
  frame.from_rule = true;
  EXPECT_TRUE(ComparableIn(h, "0.6万亿元", 1, "0.64万亿元", &frame));
}

TEST(ComparableTest, APeriodAnUndatedDocumentCannotResolveIsNot) {
  // 五年来 in a document without a date: some five years, not "now".
  const std::string dated = Dated("2025-01-01", "全国技术合同成交额达到6.1万亿元。\n");
  CheckHarness h;
  h.Add("undated.txt", "五年来，全国技术合同成交额增加到6.8万亿元。\n").Add("b.md", dated);
  FactGroup frame;
  frame.from_rule = true;
  EXPECT_FALSE(ComparableIn(h, "6.8万亿元", 1, "6.1万亿元", &frame));
  // 目前 in an undated document is as of it, compared for a rule's fact.
  CheckHarness now;
  now.Add("now.txt", "目前，全国技术合同成交额达到6.2万亿元。\n").Add("b.md", dated);
  EXPECT_TRUE(ComparableIn(now, "6.2万亿元", 1, "6.1万亿元", &frame));
}

TEST(LaterDocumentTest, ByDateThenOrder) {
  CheckHarness h;
  const std::string body = "全国技术合同成交额达到6.8万亿元。\n";
  h.Add("late.md", Dated("2026-03-06", body))     // order 0
      .Add("early.md", Dated("2025-12-19", body))  // order 1
      .Add("same.md", Dated("2025-12-19", body))   // order 2
      .Add("undated.txt", body);                   // order 3
  CheckContext ctx = h.context();
  ClaimRef late{0, 0}, early{1, 0}, same{2, 0}, undated{3, 0};
  EXPECT_TRUE(LaterDocument(ctx, late, early));
  EXPECT_FALSE(LaterDocument(ctx, early, late));
  EXPECT_TRUE(LaterDocument(ctx, same, early));   // same date: order
  EXPECT_FALSE(LaterDocument(ctx, early, same));
  EXPECT_TRUE(LaterDocument(ctx, undated, late));  // one undated: order
  EXPECT_FALSE(LaterDocument(ctx, late, undated));
  EXPECT_FALSE(LaterDocument(ctx, late, late));
}

TEST(LaterDocumentTest, MonthOnlyDatesCompareByMonth) {
  CheckHarness h;
  const std::string body = "全国技术合同成交额达到6.8万亿元。\n";
  h.Add("a.md", Dated("2025-12", body)).Add("b.md", Dated("2025-11-30", body));
  ASSERT_EQ(h.docs()[0]->extraction.date.month, 12) << h.Dump();
  EXPECT_TRUE(LaterDocument(h.context(), ClaimRef{0, 0}, ClaimRef{1, 0}));
}

TEST(WhyDisjointTest, ExactValuesOrIntervals) {
  Claim a, b;
  a.value = Interval::Point(524);
  b.value = Interval::Point(525);
  EXPECT_STREQ(WhyDisjoint(a, b), "why.exact");
  b.value = {3.55, 3.65, true, false};
  EXPECT_STREQ(WhyDisjoint(a, b), "why.rounding");
}

TEST(IsDatedEndpointTest, OnlyEndpointsWithTheirOwnYear) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-01-01",
                      "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。\n\n"
                      "全国技术合同成交额由4.8万亿元提高到6.8万亿元。\n\n"
                      "2024年，我国国家综合创新能力排名第10位。\n"));
  CheckContext ctx = h.context();
  EXPECT_TRUE(IsDatedEndpoint(ctx, *h.FindClaim(0, "第14位")));
  EXPECT_TRUE(IsDatedEndpoint(ctx, *h.FindClaim(0, "第10位")));
  EXPECT_FALSE(IsDatedEndpoint(ctx, *h.FindClaim(0, "4.8万亿元")));
  EXPECT_FALSE(IsDatedEndpoint(ctx, *h.FindClaim(0, "6.8万亿元")));
  EXPECT_FALSE(IsDatedEndpoint(ctx, *h.FindClaim(0, "第10位", 1)));
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
