#include "extract/time.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

Normalized Text(const std::string& t) {
  Normalized n;
  n.text = t;
  n.to_source.resize(t.size() + 1);
  for (size_t i = 0; i <= t.size(); ++i) n.to_source[i] = i;
  return n;
}

TEST(DocumentDateTest, HeaderLineEndingWithDate) {
  DocumentDate d = FindDocumentDate(
      Text("信息集锦\n2025年第12期(总第218期) 2025年12月19日\n正文2024年4月1日发布。"));
  EXPECT_EQ(d.ToString(), "2025-12-19");
  EXPECT_EQ(d.origin, "header");
}

TEST(DocumentDateTest, DateInsideSentenceIsNotAHeader) {
  DocumentDate d = FindDocumentDate(
      Text("本报2024年5月6日休刊一期。特此敬告读者。\n中国高新技术产业导报\n2024年4月29日\n"));
  EXPECT_EQ(d.ToString(), "2024-04-29");
}

TEST(DocumentDateTest, SourceLineAndFrontMatter) {
  DocumentDate d = FindDocumentDate(Text("正文。\n(来源:科技日报 2025年12月8日第01版)"));
  EXPECT_EQ(d.ToString(), "2025-12-08");
  EXPECT_EQ(d.origin, "source-line");
  Normalized fm = Text("正文");
  fm.metadata["date"] = "2026-03-05";
  d = FindDocumentDate(fm);
  EXPECT_EQ(d.ToString(), "2026-03-05");
  EXPECT_EQ(d.origin, "front-matter");
  EXPECT_EQ(FindDocumentDate(Text("没有日期。")).ToString(), "unknown");
}

TEST(TimeTest, SmallNumbers) {
  EXPECT_EQ(SmallNumber("五"), 5);
  EXPECT_EQ(SmallNumber("十"), 10);
  EXPECT_EQ(SmallNumber("十四"), 14);
  EXPECT_EQ(SmallNumber("二十三"), 23);
  EXPECT_EQ(SmallNumber("12"), 12);
  EXPECT_EQ(SmallNumber("abc"), -1);
}

TEST(TimeTest, ExplicitYearsRangesAndBases) {
  DocumentDate doc{2025, 9, 18, "header"};
  std::string s = "2024年全社会研发投入超3.6万亿元,较2020年增长48%;2018—2022年上升";
  auto t = FindTimeExpressions(s, 100, doc);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 2024);
  EXPECT_FALSE(t[0].base);
  EXPECT_EQ(t[0].span.begin, 100u);
  EXPECT_EQ(t[1].from_year, 2020);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2018);
  EXPECT_EQ(t[2].to_year, 2022);
}

TEST(TimeTest, PlanPeriods) {
  DocumentDate doc{2025, 12, 19, "header"};
  auto t = FindTimeExpressions("“十四五”以来,较“十三五”末增长42%,“十五五”时期", 0, doc);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 2021);
  EXPECT_EQ(t[0].to_year, 2025);
  EXPECT_EQ(t[0].origin, "period");
  EXPECT_EQ(t[1].from_year, 2020);
  EXPECT_EQ(t[1].to_year, 2020);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2026);
  EXPECT_EQ(t[2].to_year, 2030);
  // Unquoted 十五 without a period word is just fifteen.
  EXPECT_TRUE(FindTimeExpressions("十五个", 0, doc).empty());
}

TEST(TimeTest, RelativeExpressionsNeedADocumentYear) {
  DocumentDate doc{2024, 4, 29, "header"};
  auto t = FindTimeExpressions("去年增长,比上年提高,五年来,过去5年", 0, doc);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].from_year, 2023);
  EXPECT_FALSE(t[0].base);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2019);
  EXPECT_EQ(t[2].to_year, 2023);
  EXPECT_EQ(t[3].from_year, 2019);
  auto unknown = FindTimeExpressions("去年增长", 0, DocumentDate{});
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].from_year, 0);
  auto future = FindTimeExpressions("未来五年", 0, doc);
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0].from_year, 2025);
  EXPECT_EQ(future[0].to_year, 2029);
}

TEST(TimeTest, SinceYearRunsToDocumentYear) {
  DocumentDate doc{2025, 12, 19, "header"};
  auto t = FindTimeExpressions("2021年以来科创板上市企业首发募资超6000亿元", 0, doc);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2021);
  EXPECT_EQ(t[0].to_year, 2025);
}

}  // namespace
}  // namespace factlint
