#include "extract/time.h"

#include "extract/time_test_util.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

using time_test::Words;

Normalized Text(const std::string& t) {
  Normalized n;
  n.text = t;
  for (size_t i = 0; i <= t.size(); ++i) n.to_source.Append(1, static_cast<uint32_t>(i));
  return n;
}

TEST(DocumentDateTest, HeaderLineEndingWithDate) {
  DocumentDate d = FindDocumentDate(
      Text("信息集锦\n2025年第12期(总第218期) 2025年12月19日\n正文2024年4月1日发布。"), Words());
  EXPECT_EQ(d.ToString(), "2025-12-19");
  EXPECT_EQ(d.origin, "header");
}

TEST(DocumentDateTest, DateInsideSentenceIsNotAHeader) {
  DocumentDate d = FindDocumentDate(
      Text("本报2024年5月6日休刊一期。特此敬告读者。\n中国高新技术产业导报\n2024年4月29日\n"), Words());
  EXPECT_EQ(d.ToString(), "2024-04-29");
}

TEST(DocumentDateTest, DatelinesOfSpeechesAndReports) {
  // Government work reports and congress reports carry their date under the
  // title: after a dash, or alone in brackets.
  DocumentDate d = FindDocumentDate(Text(
      "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n正文。"), Words());
  EXPECT_EQ(d.ToString(), "2024-03-05");
  EXPECT_EQ(d.origin, "header");
  EXPECT_EQ(FindDocumentDate(Text("报告\n\n(2022年10月16日)\n\n同志们:"), Words()).ToString(),
            "2022-10-16");
}

TEST(DocumentDateTest, WebDatelinesAndCitedDates) {
  EXPECT_EQ(FindDocumentDate(Text("标题\n发布时间:2025-12-08 10:30:00 来源:科技部网站\n\n正文。"), Words())
                .ToString(),
            "2025-12-08");
  EXPECT_EQ(FindDocumentDate(Text("标题\n科技日报 2025年12月8日 星期一\n正文。"), Words()).ToString(),
            "2025-12-08");
  // A speech cited with its date under a bulletin's title is not the
  // bulletin's date; on the title line itself the date is the document's.
  EXPECT_EQ(FindDocumentDate(Text("2025年一季度学习简报\n本期导读\n"
                                  "学习贯彻重要讲话(2024年12月11日)\n\n去年,…。"), Words())
                .ToString(),
            "unknown");
  EXPECT_EQ(FindDocumentDate(Text("国新办新闻发布会实录(2025年9月18日)\n\n正文。"), Words()).ToString(),
            "2025-09-18");
}

// A lead that reports a day of a numbered session dates the document; a
// session only named, a session of no known term, or one past the opening
// does not.
TEST(DocumentDateTest, ASessionsDayDatesAnUndatedLead) {
  const SessionDating& dating = time_test::TheLexicon().session_dating();
  DocumentDate d = FindSessionDate(
      "本报讯(记者 张伟)3月5日上午,在十四届全国人大四次会议首场“部长通道”集中采访活动中,部长表示。",
      dating);
  EXPECT_EQ(d.ToString(), "2026-03-05");
  EXPECT_EQ(d.origin, "session");
  EXPECT_EQ(FindSessionDate("3月11日,第十三届全国人民代表大会第三次会议闭幕。", dating).ToString(),
            "2020-03-11");
  EXPECT_EQ(FindSessionDate("3月4日下午,全国政协十四届二次会议开幕。", dating).ToString(), "2024-03-04");
  // Named, with no day before it in its sentence.
  EXPECT_EQ(FindSessionDate("3月5日。第十二届全国人民代表大会第一次会议以来的五年,极不平凡。", dating).year,
            0);
  // A term the data does not know.
  EXPECT_EQ(FindSessionDate("3月5日,在二十届全国人大一次会议上。", dating).year, 0);
  // Past the opening.
  const std::string late = std::string(dating.opening_bytes, ' ') + "3月5日,在十四届全国人大四次会议上。";
  EXPECT_EQ(FindSessionDate(late, dating).year, 0);
}

TEST(DocumentDateTest, SourceLineAndFrontMatter) {
  DocumentDate d = FindDocumentDate(Text("正文。\n(来源:科技日报 2025年12月8日第01版)"), Words());
  EXPECT_EQ(d.ToString(), "2025-12-08");
  EXPECT_EQ(d.origin, "source-line");
  Normalized fm = Text("正文");
  fm.metadata["date"] = "2026-03-05";
  d = FindDocumentDate(fm, Words());
  EXPECT_EQ(d.ToString(), "2026-03-05");
  EXPECT_EQ(d.origin, "front-matter");
  EXPECT_EQ(FindDocumentDate(Text("没有日期。"), Words()).ToString(), "unknown");
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
  auto t = FindTimeExpressions(s, 100, doc, Words());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 2024);
  EXPECT_FALSE(t[0].base);
  EXPECT_EQ(t[0].span.begin, 100u);
  EXPECT_EQ(t[1].from_year, 2020);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2018);
  EXPECT_EQ(t[2].to_year, 2022);
}

// A span of years inside a title names its plan; a single year inside one
// (a yearly bulletin's) stays a time, and so do years after the title.
TEST(TimeTest, ASpanOfYearsInATitleNamesAPlan) {
  DocumentDate doc{2024, 5, 15, "header"};
  auto t = FindTimeExpressions(
      "《建设方案（2024-2027年）》部署60项任务，《2023年统计公报》显示，2018—2022年上升", 0, doc,
      Words());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 2024);
  EXPECT_EQ(t[0].to_year, 2027);
  EXPECT_TRUE(t[0].name);
  EXPECT_EQ(t[1].from_year, 2023);
  EXPECT_FALSE(t[1].name);
  EXPECT_EQ(t[2].from_year, 2018);
  EXPECT_FALSE(t[2].name);
}

TEST(TimeTest, PlanPeriods) {
  DocumentDate doc{2025, 12, 19, "header"};
  auto t = FindTimeExpressions("“十四五”以来,较“十三五”末增长42%,“十五五”时期", 0, doc, Words());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 2021);
  EXPECT_EQ(t[0].to_year, 2025);
  EXPECT_EQ(t[0].origin, TimeOrigin::kPeriod);
  EXPECT_EQ(t[1].from_year, 2020);
  EXPECT_EQ(t[1].to_year, 2020);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2026);
  EXPECT_EQ(t[2].to_year, 2030);
  // Unquoted 十五 without a period word is just fifteen.
  EXPECT_TRUE(FindTimeExpressions("十五个", 0, doc, Words()).empty());
}

TEST(TimeTest, RelativeExpressionsNeedADocumentYear) {
  DocumentDate doc{2024, 4, 29, "header"};
  auto t = FindTimeExpressions("去年增长,比上年提高,五年来,过去5年", 0, doc, Words());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].from_year, 2023);
  EXPECT_FALSE(t[0].base);
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[2].from_year, 2019);
  EXPECT_EQ(t[2].to_year, 2023);
  EXPECT_EQ(t[3].from_year, 2019);
  auto unknown = FindTimeExpressions("去年增长", 0, DocumentDate{}, Words());
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].from_year, 0);
  // In April most of the year lies ahead: 未来五年 starts with it, as
  // 过去5年 ends the year before; in October both move on a year.
  auto future = FindTimeExpressions("未来五年", 0, doc, Words());
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0].from_year, 2024);
  EXPECT_EQ(future[0].to_year, 2028);
  auto october = FindTimeExpressions("过去五年,今后五年", 0, DocumentDate{2022, 10, 16, "header"}, Words());
  ASSERT_EQ(october.size(), 2u);
  EXPECT_EQ(october[0].from_year, 2018);
  EXPECT_EQ(october[0].to_year, 2022);
  EXPECT_EQ(october[1].from_year, 2023);
  EXPECT_EQ(october[1].to_year, 2027);
}

// N年 opening a clause (,五年转移农村人口8463万人) is the N years up to the
// document, the time of its own clause only (sentence_time.cc reads where the
// clause ends); not before a word that makes it
// a plan, a length or a part of a longer time (五年规划, 两年内, 十年前).
TEST(TimeTest, NYearsOpeningAClause) {
  DocumentDate doc{2013, 3, 5, "header"};
  const std::string text = "积极推进城镇化,五年转移农村人口8463万人,城镇化率提高;十年增加70万亿元";
  auto t = FindTimeExpressions(text, 0, doc, Words());
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].from_year, 2008);
  EXPECT_EQ(t[0].to_year, 2012);
  EXPECT_EQ(text.substr(t[0].span.begin, t[0].span.size()), "五年");
  EXPECT_TRUE(t[0].clause_only);
  EXPECT_EQ(t[1].from_year, 2003);
  EXPECT_TRUE(t[1].clause_only);
  for (const char* other : {"要求,五年规划纲要实施", "力争,两年内完成", "回顾,十年前的水平", "一年接着一年干"})
    for (const TimeExpr& e : FindTimeExpressions(other, 0, doc, Words()))
      EXPECT_FALSE(e.clause_only) << other;
  // Not in the middle of a clause: 连续5年世界第一 is a streak.
  for (const TimeExpr& e : FindTimeExpressions("北京连续5年世界第一", 0, doc, Words()))
    EXPECT_FALSE(e.clause_only);
}

// A year or a time ago right before a publication verb (发布, 提出) says when
// something was published or proposed: a period named but not resolved.
TEST(TimeTest, ATimeOfPublishingIsNotTheFiguresTime) {
  DocumentDate doc{2021, 3, 6, "header"};
  auto t = FindTimeExpressions("国家统计局2020年发布的公报,超额完成了五年前提出的目标,五年前的水平", 0,
                               doc, Words());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].from_year, 0);
  EXPECT_EQ(t[0].origin, TimeOrigin::kRelative);
  EXPECT_EQ(t[1].from_year, 0);
  EXPECT_EQ(t[1].origin, TimeOrigin::kRelative);
  EXPECT_EQ(t[2].from_year, 2016);
}

// A time whose next clause quotes a document (党的十九大报告写道) dates the
// quoting, not the figures quoted; a clause with a figure, or another verb
// (报告提出, a plan for the time), leaves the time as it is.
TEST(TimeTest, ATimeOfQuotingADocumentIsNotTheFiguresTime) {
  const DocumentDate doc{2022, 11, 1, "front-matter"};
  const struct {
    const char* text;
    int year;  // of the one time found; 0: named but not resolved
  } cases[] = {
      {"五年前,党的十九大报告写道,国内生产总值增长到80万亿元", 0},
      {"今年,二十大报告给出了新的数字:国内生产总值增长到114万亿元", 0},
      {"今年,报告提出国内生产总值增长5%左右", 2022},
      {"五年前,报告写到的3项指标均已完成", 2017},
      // The document in the relative year's own clause with a quoting verb
      // (今年的报告给出…:) or after 据 quotes it too; a figure in that clause,
      // or a plan's verb (今年的报告提出,: this year's plans), does not.
      {"今年的政府工作报告给出了新的数字:国内生产总值增加到121万亿元", 0},
      {"去年的报告写道,国内生产总值增长到114万亿元", 0},
      {"今年的报告提出国内生产总值增长5%左右", 2022},
      {"今年国内生产总值增长5%左右,报告写道", 2022},
      {"据今年的政府工作报告,国家财政性教育经费支出五年累计7.79万亿元", 0},
      {"今年的政府工作报告提出,赤字率拟按3%安排", 2022},
  };
  for (const auto& c : cases) {
    auto t = FindTimeExpressions(c.text, 0, doc, Words());
    ASSERT_EQ(t.size(), 1u) << c.text;
    EXPECT_EQ(t[0].from_year, c.year) << c.text;
  }
}

TEST(TimeTest, SinceYearRunsToDocumentYear) {
  DocumentDate doc{2025, 12, 19, "header"};
  auto t = FindTimeExpressions("2021年以来科创板上市企业首发募资超6000亿元", 0, doc, Words());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2021);
  EXPECT_EQ(t[0].to_year, 2025);
}

TEST(PartsOfYearTest, QuartersHalvesAndMonths) {
  auto parts = [](const std::string& text) {
    std::string out;
    for (const PartExpr& p : FindPartsOfYear(text, 0, {}, Words())) {
      out += (out.empty() ? "" : " ") + (p.part.empty() ? std::string("year") : p.part);
    }
    return out;
  };
  EXPECT_EQ(parts("2024年前三季度,全国技术合同成交额达到4.2万亿元"), "Q1-Q3");
  EXPECT_EQ(parts("2024年一季度,国内生产总值296299亿元"), "Q1");
  EXPECT_EQ(parts("2024年上半年,下半年"), "H1 H2");
  EXPECT_EQ(parts("2024年1—11月,全国授权发明专利92.5万件"), "M1-M11");
  EXPECT_EQ(parts("12月份,社会消费品零售总额45172亿元"), "M12");
  // The whole year, however it is written.
  EXPECT_EQ(parts("1—12月份,社会消费品零售总额487895亿元;全年增长5%"), "year year");
  EXPECT_EQ(parts("2024年,全国技术合同成交额达到6.8万亿元"), "");
}

// One pass of the set answers for both: the sentence's times in the low
// bits, its parts of a year above them, and each search reads only its own.
TEST(PartsOfYearTest, OneSetPassTellsTimesAndParts) {
  const TimeWords& words = Words();
  const uint32_t times = (1u << TimeWords::kPatterns) - 1;
  const std::string both = "2024年上半年,研发投入增长8.3%";
  const uint32_t in = words.PatternsIn(both);
  EXPECT_NE(in & times, 0u);
  EXPECT_NE(in >> TimeWords::kPatterns, 0u);
  const std::string year_only = "2024年,全国技术合同成交额达到6.8万亿元";
  EXPECT_NE(words.PatternsIn(year_only) & times, 0u);
  EXPECT_EQ(words.PatternsIn(year_only) >> TimeWords::kPatterns, 0u);
  const std::string part_only = "上半年,研发投入增长8.3%";
  EXPECT_EQ(words.PatternsIn(part_only) & times, 0u);
  EXPECT_NE(words.PatternsIn(part_only) >> TimeWords::kPatterns, 0u);
  // Given the answer, each reads its own bits: the times without the parts'
  // bits are the same, and no part is sought where the set saw none.
  EXPECT_EQ(FindTimeExpressions(both, 0, {}, words, in & times).size(), 1u);
  EXPECT_EQ(FindPartsOfYear(both, 0, {}, words, in).size(), 1u);
  EXPECT_TRUE(FindPartsOfYear(both, 0, {}, words, in & times).empty());
  EXPECT_TRUE(FindTimeExpressions(both, 0, {}, words, in & ~times).empty());
}

TEST(TimeExpressionsTest, YearsInChineseNumeralsAndNow) {
  DocumentDate date;
  date.year = 2025;
  std::vector<TimeExpr> t = FindTimeExpressions("二0一一年,全国专利申请量为163万件", 0, date, Words());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2011);
  EXPECT_EQ(t[0].origin, TimeOrigin::kExplicit);
  // 目前 is as of the document, like an undated claim.
  t = FindTimeExpressions("目前,中国大陆企业有525家", 0, date, Words());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2025);
  EXPECT_EQ(t[0].origin, TimeOrigin::kDocument);
}

}  // namespace
}  // namespace factlint
