// The time scene through the extractor: each level that can give a figure
// its period, the origin and evidence it records, and the ends of changes.
// (fixtures/periods holds the same on real text; these pin each mechanism.)
#include "extract/time_scene.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/fixture_cases_test_util.h"
#include "text/normalize.h"

namespace factlint {
namespace {

const Extractor& Ex() { return ShippedExtractor(); }

struct Scene {
  SourceText source;
  Extraction x;
  // "2012 context" style: the period and origin of the claim `surface`.
  std::string Time(const std::string& surface) const {
    for (const Claim& c : x.claims) {
      if (c.surface != surface) continue;
      std::string s = std::to_string(c.time.from_year);
      if (c.time.to_year != c.time.from_year) s += "-" + std::to_string(c.time.to_year);
      if (!c.time.part.empty()) s += " " + c.time.part.str();
      return s + " " + TimeOriginName(c.time.origin);
    }
    return "(no claim " + surface + ")";
  }
  // The source text of the claim's time evidence.
  std::string Evidence(const std::string& surface) const {
    for (const Claim& c : x.claims)
      if (c.surface == surface)
        return source.text.substr(c.time.evidence.begin, c.time.evidence.size());
    return "";
  }
  const Claim* Find(const std::string& surface) const {
    for (const Claim& c : x.claims)
      if (c.surface == surface) return &c;
    return nullptr;
  }
};

Scene Extract(const std::string& text, const std::string& date, bool markdown = false,
            const std::string& period = "") {
  Scene r;
  r.source = {markdown ? "t.md" : "t.txt", text, "UTF-8", markdown};
  Normalized n = Ex().Normalize(r.source);
  if (!date.empty()) n.metadata["date"] = date;
  if (!period.empty()) n.metadata["period"] = period;
  r.x = Ex().Extract(r.source, n);
  return r;
}

TEST(ParsePeriodTest, YearsAndRanges) {
  EXPECT_EQ(ParsePeriod("2023").from_year, 2023);
  TimeRef range = ParsePeriod("2021-2025");
  EXPECT_EQ(range.from_year, 2021);
  EXPECT_EQ(range.to_year, 2025);
  EXPECT_EQ(range.origin, TimeOrigin::kConfigured);
  EXPECT_EQ(ParsePeriod("2021年—2025年").to_year, 2025);
  EXPECT_FALSE(ParsePeriod("2025-2021").known());
  EXPECT_FALSE(ParsePeriod("last year").known());
}

TEST(TimeSceneTest, AHeadingDatesItsSectionUntilTheNextHeading) {
  // As in the reports: a heading line, two blank lines, paragraphs.
  Scene r = Extract("一、2023年工作回顾\n\n\n国内生产总值超过126万亿元。\n\n二、主要困难\n\n\n城镇新增就业1244万人。\n",
                    "2024-03-05");
  EXPECT_EQ(r.Time("126万亿元"), "2023 section");
  EXPECT_EQ(r.Evidence("126万亿元"), "2023年");
  EXPECT_EQ(r.Time("1244万人"), "2024 document");
}

TEST(TimeSceneTest, AReviewHeadingGivesThePastYears) {
  Scene r = Extract("一、过去五年工作回顾\n\n城镇新增就业6600万人以上。\n", "2018-03-05");
  EXPECT_EQ(r.Time("6600万人"), "2013-2017 section");
}

TEST(TimeSceneTest, AnIssueHeadingDoesNotDateItsSection) {
  Scene r = Extract("# 2026年1月简报\n\n企业创新能力显著增强，526家中国大陆企业进入2000强。\n", "2026-01-10",
                  /*markdown=*/true);
  EXPECT_EQ(r.Time("526家"), "2026 document");
}

TEST(TimeSceneTest, AnOrdinalInAHeadingNamesNoIssue) {
  Scene r = Extract("# 2013：本届政府履职第一年的成绩单\n\n高速铁路运营里程达到1.1万公里。\n",
                    "2014-03-07", /*markdown=*/true);
  EXPECT_EQ(r.Time("1.1万公里"), "2013 section");
}

TEST(TimeSceneTest, PlanHeadingsMakeTheRestOfTheReportPlans) {
  Scene r = Extract(
      "一、2014年工作回顾\n\n粮食产量6.07亿吨。\n\n二、2015年工作总体部署\n\n"
      "国内生产总值增长7%左右。\n\n三、把改革开放扎实推向纵深\n\n农村危房改造366万户。\n",
      "2015-03-05");
  EXPECT_FALSE(r.Find("6.07亿吨")->target);
  EXPECT_TRUE(r.Find("7%")->target);
  EXPECT_TRUE(r.Find("366万户")->target);
}

TEST(TimeSceneTest, AFivePlanHeadingMakesGoalsAndAReviewingOneDoesNot) {
  // 二、“十三五”时期主要目标任务…: the plan's goals, its levels of the year
  // before it facts (由10.23年提高到10.8年), its changes measured from then.
  Scene plan = Extract(
      "一、2015年工作回顾\n\n城镇新增就业1312万人。\n\n"
      "二、“十三五”时期主要目标任务和重大举措\n\n"
      "劳动年龄人口平均受教育年限由10.23年提高到10.8年，城镇棚户区住房改造2000万套，"
      "人均预期寿命提高1岁。\n",
      "2016-03-05");
  EXPECT_FALSE(plan.Find("1312万人")->target);
  EXPECT_TRUE(plan.Find("2000万套")->target);
  EXPECT_TRUE(plan.Find("10.8年")->target);
  EXPECT_FALSE(plan.Find("10.23年")->target);
  EXPECT_EQ(plan.Time("10.23年"), "2015 period");
  EXPECT_EQ(plan.Find("1岁")->base_year, 2015);
  // 二、“十三五”时期发展成就和“十四五”时期主要目标任务 reviews first.
  Scene review = Extract(
      "# 政府工作报告\n\n## 一、2020年工作回顾\n\n城镇新增就业1186万人。\n\n"
      "## 二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n"
      "城镇新增就业超过6000万人。\n",
      "2021-03-05", /*markdown=*/true);
  EXPECT_EQ(review.Time("6000万人"), "2016-2020 section");
  EXPECT_FALSE(review.Find("6000万人")->target);
}

TEST(TimeSceneTest, AYearsGoalsHeadingMakesGoalsAndAGoalsMetOneDoesNot) {
  // ## 2013年目标: the goals set for the year; ## 2012年目标完成情况 reviews
  // what the goals came to.
  Scene plan = Extract(
      "# 两年的账本\n\n## 2012年\n\n城镇新增就业1266万人。\n\n"
      "## 2013年目标\n\n城镇新增就业900万人以上，居民消费价格涨幅3.5%左右。\n",
      "2013-03-10", /*markdown=*/true);
  EXPECT_FALSE(plan.Find("1266万人")->target);
  EXPECT_TRUE(plan.Find("900万人")->target);
  EXPECT_TRUE(plan.Find("3.5%")->target);
  Scene review = Extract(
      "# 年度回顾\n\n## 概况\n\n全年经济平稳。\n\n"
      "## 2012年目标完成情况\n\n城镇新增就业1266万人。\n",
      "2013-03-10", /*markdown=*/true);
  EXPECT_FALSE(review.Find("1266万人")->target);
}

TEST(TimeSceneTest, AnAdditionReachedOverAPeriodIsItsTotal) {
  // A level reached under 五年来 is the last year's; what was added over the
  // five years (新增) is their total.
  Scene r = Extract("五年来，国内生产总值达到100万亿元，城镇新增就业达到6600万人。\n", "2021-03-05");
  EXPECT_EQ(r.Time("100万亿元"), "2020 relative");
  EXPECT_EQ(r.Time("6600万人"), "2016-2020 relative");
}

TEST(TimeSceneTest, TheTitleIsNoPlanHeading) {
  // A headline sums up the whole article: its 预期目标 does not make the
  // review a plan; a section heading after text does.
  Scene r = Extract(
      "# 去年GDP增长5% 今年预期目标5%左右\n\n2024年居民消费价格上涨0.2%。\n\n"
      "## 今年主要预期目标\n\n居民消费价格涨幅2%左右。\n",
      "2025-03-06", /*markdown=*/true);
  EXPECT_FALSE(r.Find("0.2%")->target);
  EXPECT_TRUE(r.Find("2%")->target);
}

TEST(TimeSceneTest, AYearOpeningTheFirstClauseWithAFigureCarries) {
  Scene r = Extract("科技投入持续增加，2024年全社会研发投入超3.6万亿元。基础研究经费达2497亿元。\n", "");
  EXPECT_EQ(r.Time("2497亿元"), "2024 context");
  EXPECT_EQ(r.Evidence("2497亿元"), "2024年");
}

TEST(TimeSceneTest, AYearEndingAShortLeadClauseCarries) {
  Scene r = Extract("刚刚过去的2017年，主要目标任务全面完成。国内生产总值增长6.9%。\n", "2018-03-05");
  EXPECT_EQ(r.Time("6.9%"), "2017 context");
}

TEST(TimeSceneTest, APlanNamedInASubordinatePhraseDoesNotCarry) {
  Scene r = Extract("在谈及“十五五”如何推动融合时，他说：新模式初见成效。北京排名第四。\n", "2025-12-01");
  EXPECT_EQ(r.Time("第四"), "2025 document");
}

TEST(TimeSceneTest, ListItemsTakeTheTimeOfTheirLeadIn) {
  Scene r = Extract("2023年，我国科技事业取得新进展：\n- 基础研究经费2212亿元；\n- 授权发明专利92.1万件。\n",
                  "2024-06-01");
  EXPECT_EQ(r.Time("2212亿元"), "2023 context");
  EXPECT_EQ(r.Time("92.1万件"), "2023 context");
}

// A lead that announces the goals of a period ahead (今后五年 in March 2021)
// makes its list items goals of that period; one about goals of a period
// over reviews them, and one that does not lead into the list (no colon, no
// 如下) leaves its items alone.
TEST(TimeSceneTest, ListItemsAfterALeadAnnouncingGoalsAheadArePlansOfItsPeriod) {
  Scene ahead = Extract("3月5日提请审查的纲要草案，实化量化了今后五年的主要目标。要点如下：\n"
                        "- 城镇调查失业率控制在5.5%以内；\n- 常住人口城镇化率提高到65%。\n",
                        "2021-03-12");
  EXPECT_EQ(ahead.Time("5.5%"), "2021-2025 context");
  EXPECT_EQ(ahead.Time("65%"), "2021-2025 context");
  EXPECT_TRUE(ahead.Find("5.5%")->target);
  EXPECT_TRUE(ahead.Find("65%")->target);
  Scene past = Extract("过去五年，“十三五”规划主要目标任务胜利完成，主要成就如下：\n"
                       "- 城镇新增就业超过6000万人；\n- 城镇棚户区住房改造超过2100万套。\n",
                       "2021-03-12");
  EXPECT_EQ(past.Time("6000万人"), "2016-2020 context");
  EXPECT_FALSE(past.Find("6000万人")->target);
  Scene no_lead = Extract("今后五年要实现新的目标。\n- 常住人口城镇化率提高到65%。\n", "2021-03-12");
  EXPECT_FALSE(no_lead.Find("65%")->target);
}

TEST(TimeSceneTest, TheAnswerTakesTheTimeOfTheQuestion) {
  Scene r = Extract("记者：2025年前三季度，我国经济运行情况如何？\n"
                  "国家统计局新闻发言人：初步核算，国内生产总值1015036亿元，同比增长5.2%。\n\n"
                  "记者：就业情况怎样？\n\n答：城镇新增就业1057万人。\n",
                  "2025-10-20");
  EXPECT_EQ(r.Time("1015036亿元"), "2025 Q1-Q3 context");
  // The next question names no time: the interview's goes on.
  EXPECT_EQ(r.Time("1057万人"), "2025 Q1-Q3 context");
}

TEST(TimeSceneTest, AQuestionNamingNoTimeGoesOnWithTheInterviews) {
  Scene r = Extract("问：过去五年我国经济总量有何变化？\n\n答：国内生产总值从26.6万亿元增加到51.9万亿元。\n\n"
                    "问：财政实力如何？\n\n答：公共财政收入从5.1万亿元增加到11.7万亿元。\n",
                    "2013-03-07");
  EXPECT_EQ(r.Time("11.7万亿元"), "2012 context");
  EXPECT_EQ(r.Time("5.1万亿元"), "2007 context");
}

TEST(TimeSceneTest, AnAnswerAboutGoalsIsAPlan) {
  Scene r = Extract("问：今年的增长目标是多少？\n\n答：国内生产总值增长5%左右，居民消费价格涨幅3%左右。\n\n"
                    "问：去年完成得怎样？\n\n答：居民消费价格上涨0.2%。\n",
                    "2025-03-06");
  EXPECT_TRUE(r.Find("3%")->target);
  EXPECT_FALSE(r.Find("0.2%")->target);
}

TEST(TimeSceneTest, AnAnswerInTheQuestionsParagraphAboutGoalsIsAPlan) {
  Scene r = Extract("问：今年的增长目标是多少？\n答：居民消费价格涨幅3%左右。\n", "2024-03-06",
                    /*markdown=*/true);
  EXPECT_TRUE(r.Find("3%")->target);
}

TEST(TimeSceneTest, CellsUnderAGoalColumnArePlans) {
  Scene r = Extract("| 指标 | 2023年 | 2024年预期目标 |\n|---|---|---|\n| 居民消费价格涨幅 | 0.2% | 3%左右 |\n",
                    "2024-03-06", /*markdown=*/true);
  EXPECT_FALSE(r.Find("0.2%")->target);
  EXPECT_TRUE(r.Find("3%")->target);
  EXPECT_EQ(r.Time("3%"), "2024 section");
  // A budget column is the year's plan; 预算 in a row label (一般公共预算收入)
  // names an account, whose outcome is no plan.
  Scene budget = Extract("| 项目 | 2018年执行 | 2019年预算 |\n|---|---|---|\n"
                         "| 地方财政赤字 | 8300亿元 | 9300亿元 |\n| 一般公共预算收入 | 18.3万亿元 | 19.3万亿元 |\n",
                         "2019-03-08", /*markdown=*/true);
  EXPECT_FALSE(budget.Find("8300亿元")->target);
  EXPECT_TRUE(budget.Find("9300亿元")->target);
  EXPECT_FALSE(budget.Find("18.3万亿元")->target);
  EXPECT_TRUE(budget.Find("19.3万亿元")->target);
  EXPECT_EQ(budget.Time("9300亿元"), "2019 section");
}

TEST(TimeSceneTest, TableCellsTakeTheYearOfTheirColumn) {
  Scene r = Extract("| 指标 | 2023年 | 2024年一季度 |\n|---|---|---|\n| 研发投入强度 | 2.65% | 2.68% |\n",
                  "2025-03-01", /*markdown=*/true);
  EXPECT_EQ(r.Time("2.65%"), "2023 section");
  EXPECT_EQ(r.Time("2.68%"), "2024 Q1 section");
}

// A column of changes that names no year, right after a year: its cells are
// that year's changes of the row's subject, the claims the prose gives.
TEST(TimeSceneTest, AChangeColumnAfterAYearHoldsThatYearsChanges) {
  const Scene prose = Extract("2023年,著作权质押担保金额达98.6亿元,同比增长85.8%。\n", "2024-05-10");
  const Scene markdown = Extract(
      "| 项目 | 2023年 | 同比增长 |\n|---|---|---|\n| 著作权质押担保金额 | 98.6亿元 | 85.8% |\n",
      "2024-05-10", /*markdown=*/true);
  const Scene pdf = Extract("项目    2023年    同比增长\n著作权质押担保金额    98.6亿元    85.8%\n",
                            "2024-05-10");
  for (const Scene* table : {&markdown, &pdf}) {
    for (const char* surface : {"98.6亿元", "85.8%"}) {
      SCOPED_TRACE(std::string(table == &pdf ? "pdf " : "markdown ") + surface);
      const Claim* p = prose.Find(surface);
      const Claim* t = table->Find(surface);
      ASSERT_NE(p, nullptr);
      ASSERT_NE(t, nullptr);
      EXPECT_EQ(t->value, p->value);
      EXPECT_EQ(t->kind, p->kind);
      EXPECT_EQ(t->unit.str(), p->unit.str());
      EXPECT_EQ(t->time.from_year, p->time.from_year);
      EXPECT_EQ(t->time.to_year, p->time.to_year);
      EXPECT_EQ(t->change, p->change);
      EXPECT_EQ(t->base_year, p->base_year);
      EXPECT_EQ(t->subject.str(), p->subject.str());
    }
  }
  EXPECT_EQ(pdf.Time("85.8%"), "2023 section");
  EXPECT_EQ(pdf.Find("85.8%")->base_year, 2022);
  EXPECT_EQ(pdf.Find("85.8%")->change, Direction::kUp);
}

TEST(TimeSceneTest, EachChangeColumnBelongsToTheYearOnItsLeft) {
  // 增长 names no base: none, as in 增长4.1%.
  Scene r = Extract("| 指标 | 2022年 | 增长 | 2023年 | 增长 |\n|---|---|---|---|---|\n"
                    "| 技术合同成交额 | 4.8万亿元 | 28.2% | 6.15万亿元 | 28.6% |\n",
                    "2024-05-10", /*markdown=*/true);
  EXPECT_EQ(r.Time("28.2%"), "2022 section");
  EXPECT_EQ(r.Time("28.6%"), "2023 section");
  EXPECT_EQ(r.Find("28.6%")->change, Direction::kUp);
  EXPECT_EQ(r.Find("28.6%")->base_year, 0);
  // A part of a year too: the same part of the year before is the base.
  Scene quarter = Extract("| 指标 | 2024年一季度 | 同比增长 |\n|---|---|---|\n"
                          "| 国内生产总值 | 296299亿元 | 5.3% |\n",
                          "2024-04-16", /*markdown=*/true);
  EXPECT_EQ(quarter.Time("5.3%"), "2024 Q1 section");
  EXPECT_EQ(quarter.Find("5.3%")->base_year, 2023);
  // After two years together, a change runs from the first to the last.
  Scene span = Extract("| 指标 | 2017年 | 2022年 | 变化 |\n|---|---|---|---|\n"
                       "| 高速公路里程 | 13.6万公里 | 17.7万公里 | 增长30% |\n",
                       "2023-03-05", /*markdown=*/true);
  EXPECT_EQ(span.Time("30%"), "2022 section");
  EXPECT_EQ(span.Find("30%")->base_year, 2017);
  // A column that is no change (占比, 排名) takes no year and no change.
  Scene share = Extract("| 项目 | 2023年 | 占比 | 排名 |\n|---|---|---|---|\n"
                        "| 著作权质押担保金额 | 98.6亿元 | 1.1% | 2 |\n",
                        "2024-05-10", /*markdown=*/true);
  EXPECT_EQ(share.Find("1.1%")->change, Direction::kNone);
  EXPECT_EQ(share.Find("1.1%")->base_year, 0);
  EXPECT_EQ(share.Time("1.1%"), "2024 document");
}

TEST(TimeSceneTest, TheConfiguredPeriodStandsForTheDocument) {
  Scene r = Extract("全国技术合同成交额达到6.1万亿元。\n", "2024-02-28", false, "2023");
  EXPECT_EQ(r.Time("6.1万亿元"), "2023 configured");
}

TEST(TimeSceneTest, ADatelineDatesTheDocumentNotTheFigures) {
  Scene r = Extract("科技日报 2025年12月20日\n截至目前，我国高新技术企业数量超过50万家。\n", "");
  EXPECT_EQ(r.x.date.ToString(), "2025-12-20");
  EXPECT_EQ(r.Time("50万家"), "2025 document");
}

TEST(ResolvePeriodEndsTest, BothEndsOfAChangeUnderAReviewedPeriod) {
  Scene r = Extract("五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。\n",
                  "2018-03-05");
  EXPECT_EQ(r.Time("54万亿元"), "2012 context");
  EXPECT_EQ(r.Time("82.7万亿元"), "2017 context");
  EXPECT_EQ(r.Time("7.1%"), "2013-2017 context");
}

TEST(ResolvePeriodEndsTest, ALevelReachedIsTheLastYearsAndAChangeHasItsBase) {
  Scene r = Extract("五年来，城镇化率提高7.1个百分点，达到64.7%。\n", "2023-03-05");
  EXPECT_EQ(r.Time("64.7%"), "2022 relative");
  EXPECT_EQ(r.Find("7.1个百分点")->base_year, 2017);
}

TEST(ResolvePeriodEndsTest, APeriodNotOverKeepsItsEnd) {
  // 十年来 in October 2022 is 2013-2022: the level reached is as of the
  // document, its period left as it is.
  Scene r = Extract("十年来，国内生产总值从五十四万亿元增长到一百一十四万亿元。\n", "2022-10-16");
  EXPECT_EQ(r.Time("五十四万亿元"), "2012 relative");
  EXPECT_EQ(r.Time("一百一十四万亿元"), "2013-2022 relative");
}

TEST(ResolvePeriodEndsTest, AYearEndPointDoesNotDateTheEnds) {
  Scene r = Extract("2012年底，城镇化率由45.9%提高到52.6%。\n", "2013-03-05");
  EXPECT_EQ(r.Time("45.9%"), r.Time("52.6%"));
}

TEST(TimeSceneTest, AFollowUpQuestionAsksForGoalsAgainAndAPlanInTheTitleDatesThem) {
  Scene r = Extract("# 问答：“十四五”规划纲要里的硬指标\n\n问：纲要提出了哪些量化目标？\n\n"
                    "答：研发经费投入年均增长7%以上。\n\n问：城镇化方面呢？\n\n"
                    "答：常住人口城镇化率提高到65%。\n\n问：就业情况如何？\n\n"
                    "答：城镇新增就业1186万人。\n",
                    "2021-03-14", /*markdown=*/true);
  ASSERT_NE(r.Find("65%"), nullptr);
  EXPECT_TRUE(r.Find("65%")->target);
  EXPECT_EQ(r.Time("65%"), "2021-2025 section");
  // Not asked again (no 呢): its answer is no goal, and the plan dates no fact.
  ASSERT_NE(r.Find("1186万人"), nullptr);
  EXPECT_FALSE(r.Find("1186万人")->target);
  EXPECT_EQ(r.Time("1186万人"), "2021 document");
}

TEST(SentenceTimeTest, AStartsTimeIsItsFigureAlone) {
  // 去年 dates the start of the change; the end is the year of the plan.
  Scene r = Extract("今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n", "2015-03-05");
  EXPECT_EQ(r.Time("2.1%"), "2014 relative");
  EXPECT_EQ(r.Time("2.3%"), "2015 relative");
  // Both ends named: each its own.
  Scene both = Extract("我国创新指数排名从2020年的第14位上升到2024年的第10位。\n", "2025-01-10");
  EXPECT_EQ(both.Time("第14位"), "2020 explicit");
  EXPECT_EQ(both.Time("第10位"), "2024 explicit");
  // Not a start: a time before 由 with words between is the clause's.
  Scene before = Extract("2012年，城镇化率由45.9%提高到52.6%。\n", "2013-03-05");
  EXPECT_EQ(before.Time("52.6%"), "2012 explicit");
}

TEST(SentenceTimeTest, AnAnchoredRelativeYearCountsFromTheSentencesYear) {
  Scene r = Extract("2015年，财政赤字比上年增加2700亿元，赤字率从上年的2.1%提高到2.3%。\n", "2019-03-08");
  EXPECT_EQ(r.Time("2.1%"), "2014 relative");
  EXPECT_EQ(r.Time("2.3%"), "2015 explicit");
  EXPECT_EQ(r.Find("2700亿元")->base_year, 2014);
  // Without a year before it, 上年 is the document's year before; 去年 always is.
  Scene alone = Extract("上年粮食产量1.3万亿斤。\n", "2019-03-08");
  EXPECT_EQ(alone.Time("1.3万亿斤"), "2018 relative");
  Scene last = Extract("2015年的目标已完成，去年粮食产量1.3万亿斤。\n", "2019-03-08");
  EXPECT_EQ(last.Time("1.3万亿斤"), "2018 relative");
}

TEST(ResolvePeriodEndsTest, AnAverageAnnualRateKeepsASingleYearFromTheEnds) {
  Scene r = Extract("一、过去一年工作回顾\n\n普惠小微贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%。\n",
                  "2023-03-05");
  EXPECT_EQ(r.Time("8.2万亿元"), r.Time("23.8万亿元"));
}

TEST(TimeSceneTest, APlanNamedAsADocumentGivesNoPeriod) {
  Scene r = Extract("提前实施部分“十四五”规划重大工程项目，分两期投放政策性开发性金融工具7400亿元。\n",
                    "2023-03-05");
  EXPECT_EQ(r.Time("7400亿元"), "2023 document");
}

TEST(ResolvePeriodEndsTest, PlansAreLeftAlone) {
  Scene r = Extract("“十五五”时期，力争研发投入强度达到3%。\n", "2025-12-19");
  EXPECT_EQ(r.Time("3%"), "2026-2030 period");
}

// 同年, 当年 ([time] named_years) name the year named last before them: in
// their sentence, else by an earlier sentence or the lead-in of the list
// before; with none (after a heading) they name no time.
TEST(TimeSceneTest, SameYearNamesTheYearNamedLastBefore) {
  Scene r = Extract("2023年，网络进一步织密。到年底，机构的数量分别为：\n\n1. 中心：151家\n\n"
                    "同年新增的全国版权示范：\n\n1. 城市5个\n2. 单位87个\n",
                    "2024-05-06", true);
  EXPECT_EQ(r.Time("151家"), "2023 context");
  EXPECT_EQ(r.Time("5个"), "2023 context");
  EXPECT_EQ(r.Time("87个"), "2023 context");
  Scene same = Extract("我国在2021年启动了试点。当年新增示范城市12个。", "2024-05-06");
  EXPECT_EQ(same.Time("12个"), "2021 relative");
  // In its sentence, after another year.
  Scene own = Extract("2020年，…；2022年启动试点，同年新增示范城市7个。", "2024-05-06");
  EXPECT_EQ(own.Time("7个"), "2022 relative");
  // After a heading nothing is named before: 同年 is no time, the scene's is.
  Scene none = Extract("2021年新增城市3个。\n\n## 下一步\n\n同年新增单位8个。", "2024-05-06", true);
  EXPECT_EQ(none.Time("8个"), "2024 document");
}

// A list item's number (1., (2)) is none of its words: 1. 城市5个 is said of
// 城市, a 标签:数值 item of its label, and an item naming only a kind of
// what the lead-in names after its 的 of that (全国版权示范单位).
TEST(TimeSceneTest, ListItemsTakeWhatTheirLeadInNames) {
  Scene r = Extract("2023年，网络进一步织密。到年底，三类机构的数量分别为：\n\n"
                    "1. 技术与创新支持中心（TISC）：151家\n（2）地市级综合性公共服务机构：126家\n\n"
                    "同年新增的全国版权示范：\n\n1. 城市5个\n2. 单位87个\n3. 示范园区18个\n",
                    "2024-05-06", true);
  ASSERT_NE(r.Find("151家"), nullptr);
  EXPECT_EQ(r.Find("151家")->subject.str(), "技术与创新支持中心");
  EXPECT_EQ(r.Find("126家")->subject.str(), "地市级综合性公共服务机构");
  ASSERT_NE(r.Find("2"), nullptr);
  EXPECT_TRUE(r.Find("2")->identifier);  // (2) numbers its item
  EXPECT_EQ(r.Find("5个")->subject.str(), "全国版权示范城市");
  EXPECT_EQ(r.Find("87个")->subject.str(), "全国版权示范单位");
  // An item naming more than a kind keeps its own words.
  EXPECT_EQ(r.Find("18个")->subject.str(), "示范园区");
  // A place is no kind of what the lead-in names.
  Scene place = Extract("论坛期间发布的几组数字：\n\n- 2023年，全国178家国家高新区实现园区生产总值18万亿元；\n",
                        "2024-05-08", true);
  ASSERT_NE(place.Find("178家"), nullptr);
  EXPECT_EQ(place.Find("178家")->subject.str().find("几组数字"), std::string::npos);
  // A heading ending in a colon leads into no list; prose after it keeps
  // its own words.
  Scene heading = Extract("## 同年新增的全国版权示范：\n\n城市5个。\n", "2024-05-06", true);
  EXPECT_EQ(heading.Find("5个")->subject.str(), "城市");
}

// 分别为: with items that name nothing, the k-th item of the lead-in's list.
TEST(TimeSceneTest, ARespectiveLeadInPairsWithItsItems) {
  Scene r = Extract("2023年，城镇和农村居民人均可支配收入分别为：\n\n- 51821元\n- 21691元\n",
                    "2024-05-06", true);
  ASSERT_NE(r.Find("51821元"), nullptr);
  EXPECT_EQ(r.Find("51821元")->subject.str(), "城镇");
  EXPECT_EQ(r.Find("21691元")->subject.str(), "农村居民人均可支配收入");
  EXPECT_EQ(r.Time("21691元"), "2023 context");
}

// 财政赤字安排: ([targets] plan_lead_ends) sets out a plan: its items are
// goals, and one that names nothing measures what the lead-in names.
TEST(TimeSceneTest, APlanLeadInMakesItsItemsThePlan) {
  Scene r = Extract("财政赤字安排：\n\n1. 拟安排13500亿元，比上年增加1500亿元；\n"
                    "2. 其中中央财政赤字9500亿元；\n3. 由中央代地方发债3500亿元；\n"
                    "4. 赤字率稳定在2.1%。\n",
                    "2014-03-07", true);
  for (const char* f : {"13500亿元", "9500亿元", "3500亿元", "2.1%"}) {
    ASSERT_NE(r.Find(f), nullptr) << f;
    EXPECT_TRUE(r.Find(f)->target) << f;
  }
  EXPECT_EQ(r.Find("13500亿元")->subject.str(), "财政赤字");
  EXPECT_EQ(r.Find("9500亿元")->subject.str(), "中央财政赤字");
  EXPECT_EQ(r.Find("3500亿元")->subject.str(), "由中央代地方发债");
  // Not so after a lead-in that names no plan.
  Scene past = Extract("去年的执行情况：\n\n1. 由中央代地方发债3500亿元。\n", "2014-03-07", true);
  EXPECT_FALSE(past.Find("3500亿元")->target);
}

}  // namespace
}  // namespace factlint
