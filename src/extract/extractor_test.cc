#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/claim_format.h"
#include "extract/fixture_cases_test_util.h"
#include "text/loader.h"
#include "text/normalize.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

const Extractor& Ex() { return ShippedExtractor(); }

struct Doc {
  SourceText source;
  Normalized n;  // the text x's spans point into
  Extraction x;
};

Doc FromText(const std::string& text, const std::string& date = "") {
  Doc d;
  d.source = {"t.txt", text, "UTF-8", false};
  d.n = Normalize(d.source);
  if (!date.empty()) d.n.metadata["date"] = date;
  d.x = Ex().Extract(d.source, d.n);
  return d;
}

// A loaded file, extracted; empty when it could not be loaded.
Doc FromLoaded(const LoadResult& r, const std::string& path) {
  Doc d;
  EXPECT_TRUE(std::holds_alternative<SourceText>(r)) << path;
  if (!std::holds_alternative<SourceText>(r)) return d;
  d.source = std::get<SourceText>(r);
  d.n = Normalize(d.source);
  d.x = Ex().Extract(d.source, d.n);
  return d;
}

Doc FromFile(const std::string& path) { return FromLoaded(LoadFile(path), path); }

// A Markdown document from memory, read as a file named t.md would be.
Doc FromMarkdown(const std::string& text) { return FromLoaded(DecodeBytes("t.md", text), "t.md"); }

const Claim* Find(const Extraction& x, const std::string& surface) {
  for (const Claim& c : x.claims) {
    if (c.surface == surface) return &c;
  }
  return nullptr;
}

bool Has(const std::vector<Word>& v, const std::string& w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

std::string SeedPath(const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(FACTLINT_SOURCE_DIR "/seeds")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  }
  return "";
}

TEST(ExtractorContextTest, AChangeWithoutASubjectSharesTheWordsOfTheClaimBefore) {
  Doc d = FromText("2023年，全年授权发明专利92.1万件，同比增长15.3%。\n", "2024-04-29");
  const Claim* level = Find(d.x, "92.1万件");
  const Claim* change = Find(d.x, "15.3%");
  ASSERT_NE(level, nullptr);
  ASSERT_NE(change, nullptr);
  EXPECT_TRUE(change->subjectless);
  EXPECT_FALSE(change->context.empty());
  EXPECT_EQ(change->context, level->context);
}

// A claimless clause that says who speaks (她特别提到,) gives the figure after
// it none of its words; a claimless clause that names the topic does.
TEST(ExtractorContextTest, ASpeakersClauseGivesTheFigureNoWords) {
  Doc d = FromText("她特别提到，目前约70%的中央级试点单位实行长周期考核评价。\n"
                   "人才评价改革，目前约70%的中央级试点单位实行长周期考核评价。\n",
                   "2025-12-12");
  ASSERT_EQ(d.x.claims.size(), 2u);
  const Claim& spoken = d.x.claims[0];
  const Claim& topic = d.x.claims[1];
  EXPECT_FALSE(Has(spoken.context, "特别"));
  EXPECT_FALSE(Has(spoken.context, "提到"));
  EXPECT_TRUE(Has(spoken.context, "考核"));
  EXPECT_TRUE(Has(topic.context, "评价"));
  EXPECT_TRUE(Has(topic.context, "改革"));
}

// A claimless clause that states a change of its own (国内旅游快速增长,)
// is no scene of the figure after it: its words are not the figure's. One
// that sets the scene (在全球百强创新集群中,) gives its words.
TEST(ExtractorContextTest, AClauseStatingAChangeGivesTheFigureNoWords) {
  Doc d = FromText("国内旅游快速增长，出境旅游超过1.2亿人次。\n"
                   "在全球出境旅游市场中，出境旅游超过1.2亿人次。\n",
                   "2017-03-05");
  ASSERT_EQ(d.x.claims.size(), 2u);
  const Claim& after_change = d.x.claims[0];
  const Claim& after_scene = d.x.claims[1];
  EXPECT_FALSE(Has(after_change.context, "国内"));
  EXPECT_TRUE(Has(after_change.context, "出境"));
  EXPECT_TRUE(Has(after_scene.context, "市场"));
}

TEST(ExtractorContextTest, ATableRowLabelIsASubjectWithoutItsLeadWords) {
  Doc d = FromMarkdown("| 指标 | 2022年 |\n|---|---|\n| 专利申请数 | 536.46万项 |\n"
                       "| 其中：发明专利申请数 | 161.93万项 |\n");
  const Claim* whole = Find(d.x, "536.46万项");
  const Claim* part = Find(d.x, "161.93万项");
  ASSERT_NE(whole, nullptr);
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(whole->subject, "专利申请");
  EXPECT_EQ(part->subject, "发明专利申请");
}

// A unit in parentheses ending a row's label, a column's header or the
// labels' header is the unit of the bare numbers under it, and no part of
// the subject; a parenthesis that is no unit stays in the label.
TEST(ExtractorContextTest, ATablesUnitWrittenApartIsItsNumbersUnit) {
  Doc d = FromMarkdown("| 指标 | 2022年 | 增速(%) |\n|---|---|---|\n| 专利申请数(万项) | 536.46 | 24.09 |\n"
                       "| 城镇调查失业率(全年平均) | 5.6% | — |\n");
  const Claim* count = Find(d.x, "536.46");
  const Claim* rate = Find(d.x, "24.09");
  const Claim* plain = Find(d.x, "5.6%");
  ASSERT_NE(count, nullptr);
  ASSERT_NE(rate, nullptr);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(count->dimension, "count:项");
  EXPECT_EQ(count->unit, "万项");
  EXPECT_EQ(count->subject, "专利申请");
  EXPECT_EQ(rate->kind, ClaimKind::kPercent);  // the column's unit before the row's
  EXPECT_EQ(plain->subject.str().rfind("城镇调查失业率(全年", 0), 0u) << plain->subject;

  Doc t = FromMarkdown("| 指标(亿元) | 2023年 | 2024年 |\n|---|---|---|\n| 全社会研发经费投入 | 33357 | 36327 |\n");
  const Claim* spending = Find(t.x, "36327");
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(spending->dimension, "CNY");
  EXPECT_EQ(spending->value.lo, 3632650000000);
}

// A row whose label names only a change (| 比上年增长(%) |) is the change of
// the row above; a column whose header ends with a change verb holds changes.
TEST(ExtractorContextTest, ATableRowOrColumnOfChanges) {
  Doc d = FromMarkdown("| 指标 | 2011年 | 总量比2010年增长 |\n|---|---|---|\n"
                       "| 国内生产总值(万亿元) | 47.2 | 9.2% |\n| 比上年增长(%) | 9.3 | — |\n"
                       "| 城镇新增就业(万人) | 1221 | — |\n");
  const Claim* level = Find(d.x, "47.2");
  const Claim* column = Find(d.x, "9.2%");
  const Claim* row = Find(d.x, "9.3");
  const Claim* jobs = Find(d.x, "1221");
  ASSERT_NE(level, nullptr);
  ASSERT_NE(column, nullptr);
  ASSERT_NE(row, nullptr);
  ASSERT_NE(jobs, nullptr);
  EXPECT_EQ(level->change, Direction::kNone);
  EXPECT_EQ(column->change, Direction::kUp);
  EXPECT_EQ(column->base_year, 2010);
  EXPECT_EQ(row->change, Direction::kUp);
  EXPECT_EQ(row->subject, "国内生产总值");
  EXPECT_EQ(row->base_year, 2010);
  EXPECT_EQ(jobs->subject, "城镇新增就业");  // a label of its own
  EXPECT_EQ(jobs->change, Direction::kNone);
}

TEST(ExtractorTest, LoadReportsMissingRules) {
  std::string error;
  EXPECT_EQ(Extractor::Load("/nonexistent", &error), nullptr);
  EXPECT_FALSE(error.empty());
}

// 2024年的报告回顾，去年…: relative years after a document's edition count
// from it ([time] edition_nouns); the edition's year still dates what names
// no time of its own, and 去年 elsewhere counts from the document's date.
// N年 opening a clause dates its own clause only (the next clause keeps the
// sentence's time), and after a span of N years named before it in its
// sentence (今后五年) it is that span again.
TEST(ExtractorTest, NYearsOpeningAClauseDatesItsClause) {
  Doc d = FromText("2017年国内生产总值82.7万亿元;五年城镇新增就业6600万人以上,城镇化率58.5%。\n\n"
                   "今后五年,能耗下降15%,五年城镇新增就业5000万人以上。",
                   "2018-03-05");
  const Claim* total = Find(d.x, "6600万人");
  const Claim* rate = Find(d.x, "58.5%");
  const Claim* ahead = Find(d.x, "5000万人");
  ASSERT_TRUE(total && rate && ahead);
  EXPECT_EQ(total->time.from_year, 2013);
  EXPECT_EQ(total->time.to_year, 2017);
  EXPECT_EQ(rate->time.from_year, 2017);
  EXPECT_EQ(rate->time.to_year, 2017);
  EXPECT_EQ(ahead->time.from_year, 2018);
  EXPECT_EQ(ahead->time.to_year, 2022);
}

// A rank that names no place is ranked in the place the claimless clauses
// opening its sentence name; one that names its own keeps it.
TEST(ExtractorTest, ARankTakesThePlaceOfItsSentencesScene) {
  Doc d = FromText("在全球百强创新集群排名中,深圳—香港—广州集群跃居全球第一,北京排名第四。"
                   "国家综合创新能力排名提升至第10位。",
                   "2026-03-05");
  const Claim* beijing = Find(d.x, "第四");
  const Claim* first = Find(d.x, "第一");
  const Claim* own = Find(d.x, "第10位");
  ASSERT_TRUE(beijing && first && own);
  EXPECT_EQ(beijing->subject.str(), "北京(全球)");
  EXPECT_EQ(first->subject.str(), "深圳—香港—广州集群(全球)");
  EXPECT_EQ(own->subject.str().find("("), std::string::npos) << own->subject.str();
}

TEST(ExtractorTest, RelativeYearsCountFromAReportsEdition) {
  Doc d = FromText("2024年的报告回顾，去年城镇新增就业1244万人。2013年政府工作报告提出，城镇新增就业900万人以上。"
                   "去年粮食产量1.41万亿斤。", "2025-03-12");
  const Claim* edition = Find(d.x, "1244万人");
  const Claim* goal = Find(d.x, "900万人");
  const Claim* own = Find(d.x, "1.41万亿斤");
  ASSERT_NE(edition, nullptr);
  ASSERT_NE(goal, nullptr);
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(edition->time.from_year, 2023);
  EXPECT_EQ(goal->time.from_year, 2013);
  EXPECT_EQ(own->time.from_year, 2024);
}

// A sentence opening with a part of the year carries that part to the
// sentences after it, unless it goes on to another part (…进入二季度以后…).
TEST(ExtractorTest, AnOpeningPartCarriesOnlyWhenItIsTheSentencesOnlyPart) {
  Doc walk = FromText("去年一季度经济开局良好，进入二季度以后主要指标连续走低。居民房贷利息支出减少约1500亿元。",
                      "2025-03-05");
  Doc one = FromText("去年一季度经济开局良好。居民房贷利息支出减少约1500亿元。", "2025-03-05");
  const Claim* year = Find(walk.x, "1500亿元");
  const Claim* quarter = Find(one.x, "1500亿元");
  ASSERT_NE(year, nullptr);
  ASSERT_NE(quarter, nullptr);
  EXPECT_EQ(year->time.from_year, 2024);
  EXPECT_TRUE(year->time.part.empty()) << year->time.part;
  EXPECT_EQ(quarter->time.from_year, 2024);
  EXPECT_FALSE(quarter->time.part.empty());
}

// 多/少/高/低 state a change only right after a comparison and its base.
TEST(ExtractorTest, AComparedMoreOrLessIsAChange) {
  Doc d = FromText("就业预期目标比去年多100万人，赤字率较上年低0.2个百分点，与上年相比少3个。"
                   "差不多20个地区参加，至少50家企业、最高30米。", "2017-03-05");
  for (const char* up : {"100万人"}) {
    const Claim* c = Find(d.x, up);
    ASSERT_NE(c, nullptr) << up;
    EXPECT_EQ(c->change, Direction::kUp) << up;
  }
  for (const char* down : {"0.2个百分点", "3个"}) {
    const Claim* c = Find(d.x, down);
    ASSERT_NE(c, nullptr) << down;
    EXPECT_EQ(c->change, Direction::kDown) << down;
  }
  for (const char* level : {"20个", "50家", "30米"}) {
    const Claim* c = Find(d.x, level);
    ASSERT_NE(c, nullptr) << level;
    EXPECT_EQ(c->change, Direction::kNone) << level;
  }
}

TEST(ExtractorTest, YearsAreTimeAndChangeHasBase) {
  Doc d = FromText("2024年全社会研发投入超3.6万亿元,较2020年增长48%。", "2025-09-18");
  const Claim* total = Find(d.x, "3.6万亿元");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->time.from_year, 2024);
  EXPECT_EQ(total->time.origin, TimeOrigin::kExplicit);
  EXPECT_EQ(total->subject, "全社会研发经费");  // 研发投入 = 研发经费
  EXPECT_FALSE(total->subject_elsewhere);
  const Claim* growth = Find(d.x, "48%");
  ASSERT_NE(growth, nullptr);
  EXPECT_EQ(growth->change, Direction::kUp);
  EXPECT_EQ(growth->base_year, 2020);
  EXPECT_EQ(growth->time.from_year, 2024);
  EXPECT_EQ(growth->subject, "全社会研发经费");
  for (const Claim& c : d.x.claims) EXPECT_NE(c.kind, ClaimKind::kYear);
}

TEST(ExtractorTest, TransitionWithYearPerEndpoint) {
  Doc d = FromText("国家综合创新能力排名由2020年的第14位提升至2024年的第10位。", "2025-09-18");
  ASSERT_EQ(d.x.transitions.size(), 1u);
  const Transition& t = d.x.transitions[0];
  EXPECT_EQ(t.verb, Direction::kUp);
  EXPECT_EQ(d.x.claims[t.from].time.from_year, 2020);
  EXPECT_EQ(d.x.claims[t.to].time.from_year, 2024);
  EXPECT_EQ(d.x.claims[t.to].kind, ClaimKind::kRank);
  EXPECT_EQ(d.x.claims[t.to].change, Direction::kNone);
}

TEST(ExtractorTest, SameYearComparisonAndTarget) {
  Doc d = FromText("全年授权发明专利92.1万件,同比增长15.3%。到2027年,力争达到100万件。", "2024-04-29");
  const Claim* g = Find(d.x, "15.3%");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->base_year, 2023);
  EXPECT_FALSE(g->target);
  const Claim* t = Find(d.x, "100万件");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->target);
  EXPECT_EQ(t->time.from_year, 2027);
}

TEST(ExtractorTest, IdentifiersAndIdioms) {
  Doc d = FromText("以GPT-4为代表的大模型,524家企业进入2000强,坚持“两条腿”走路,党的二十届四中全会提出。", "2025-12-19");
  const Claim* c = Find(d.x, "524家");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->identifier);
  for (const Claim& claim : d.x.claims) {
    if (&claim != c) {
      EXPECT_TRUE(claim.identifier) << claim.surface;
    }
    EXPECT_EQ(claim.surface.find("两"), std::string::npos) << claim.surface;
  }
}

TEST(ExtractorTest, RespectiveSubjects) {
  Doc d = FromText("作品、计算机软件著作权登记量分别达642.8万件和249.5万件,同比分别增长42.3%和36.0%。", "2024-04-29");
  const Claim* a = Find(d.x, "642.8万件");
  const Claim* b = Find(d.x, "249.5万件");
  const Claim* gb = Find(d.x, "36.0%");
  ASSERT_TRUE(a && b && gb);
  EXPECT_EQ(a->subject, "作品");
  EXPECT_EQ(b->subject, "计算机软件著作权登记");
  EXPECT_EQ(gb->subject, "计算机软件著作权登记");
  EXPECT_EQ(gb->change, Direction::kUp);
  // No items, times or parts pair the figures after 分别: they stay apart by
  // their place, the second's subject taken from the first's before.
  Doc u = FromText("城乡低保标准分别提高9.97%和14.1%,企业退休人员基本养老金提高10%。", "2015-03-05");
  const Claim* urban = Find(u.x, "9.97%");
  const Claim* rural = Find(u.x, "14.1%");
  const Claim* pension = Find(u.x, "10%");
  ASSERT_TRUE(urban && rural && pension);
  EXPECT_EQ(urban->subject, "城乡低保标准(1)");
  EXPECT_EQ(rural->subject, "城乡低保标准(2)");
  EXPECT_EQ(pension->subject.str().find('('), std::string::npos) << pension->subject;
}

// A correction's wrong figure is no claim; the corrected one is, read
// without 应为, and takes what the wrong one names and its time when it names
// neither itself.
TEST(ExtractorTest, ACorrectedFigureMeasuresWhatTheWrongOneDid) {
  Doc d = FromText("更正：本报4月27日一文中，“最大储油量6万吨”有误，应为8万吨。特此更正。",
                   "2024-05-02");
  ASSERT_EQ(d.x.claims.size(), 1u);
  EXPECT_EQ(d.x.claims[0].surface, "8万吨");
  EXPECT_EQ(d.x.claims[0].subject, "最大储油量");
  EXPECT_EQ(d.x.claims[0].time.from_year, 2024);
  EXPECT_TRUE(Has(d.x.claims[0].context, "储油量"));
  // 原文…应为…: the passage starts after 原文.
  Doc o = FromText("更正：原文中国内生产总值增长5.1%，应为5.2%。", "2025-03-05");
  ASSERT_EQ(o.x.claims.size(), 1u);
  EXPECT_EQ(o.x.claims[0].surface, "5.2%");
  EXPECT_EQ(o.x.claims[0].subject, "国内生产总值");
  // 应为…而非…: what follows 而非 in its clause is the wrong figure; the
  // corrected one names its subject itself, without 应.
  Doc i = FromText("更正：海葵一号最大储油量应为8万吨而非6万吨，特此更正。", "2024-05-02");
  ASSERT_EQ(i.x.claims.size(), 1u);
  EXPECT_EQ(i.x.claims[0].surface, "8万吨");
  EXPECT_EQ(i.x.claims[0].subject, "海葵一号最大储油量");
  // A figure that names its own subject keeps it; the wrong one's time is
  // taken only when its clause names none.
  Doc t = FromText("更正：“2023年城镇新增就业1200万人”有误，2023年城镇新增就业应为1244万人。",
                   "2024-03-05");
  ASSERT_EQ(t.x.claims.size(), 1u);
  EXPECT_EQ(t.x.claims[0].subject, "城镇新增就业");
  EXPECT_EQ(t.x.claims[0].time.from_year, 2023);
  // …误写为1212万人，应为1221万人: the figure after 误写为 is the wrong one.
  Doc w = FromText("更正：本报报道中将2011年城镇新增就业误写为1212万人，应为1221万人，特此更正。",
                   "2012-03-10");
  ASSERT_EQ(w.x.claims.size(), 1u);
  EXPECT_EQ(w.x.claims[0].surface, "1221万人");
  // Without a correction word, 而非 is no correction: both figures are claims.
  Doc n = FromText("增长主要来自制造业投资而非房地产，制造业投资增长9.2%而非6.5%。", "2024-03-05");
  EXPECT_EQ(n.x.claims.size(), 2u);
}

// An answer's figure that names nothing measures what its question asks
// about; a question asking which or what names nothing.
TEST(ExtractorTest, AnAnswerTakesTheMeasureItsQuestionAsksAbout) {
  Doc d = FromMarkdown(
      "---\ndate: 2025-11-28\n---\n\n问：一座数据中心日均用水是多少？\n\n答：约150万升。\n\n"
      "问：国外有哪些值得借鉴的做法？\n\n答：已实现85%。\n");
  const Claim* water = Find(d.x, "150万升");
  const Claim* share = Find(d.x, "85%");
  ASSERT_TRUE(water && share);
  EXPECT_EQ(water->subject, "一座数据中心日均用水");
  EXPECT_EQ(share->subject, "");
}

// A bare count of a noun that counts people is a count of people, whether
// the noun stands before it or after it; other bare numbers stay numbers.
TEST(ExtractorTest, ABareCountOfPeopleCountsPersons) {
  Doc d = FromText("农村贫困人口减少1240万，八千多万农业转移人口成为城镇居民，指数达到1240。",
                   "2017-03-05");
  const Claim* poor = Find(d.x, "1240万");
  const Claim* migrants = Find(d.x, "八千多万");
  const Claim* index = Find(d.x, "1240");
  ASSERT_TRUE(poor && migrants && index);
  EXPECT_EQ(poor->dimension, "person");
  EXPECT_EQ(migrants->dimension, "person");
  EXPECT_EQ(index->dimension, "number");
}

// The cross-document facts the checks rely on.
TEST(ExtractorSeedTest, MainlandFirmsInTop2000) {
  Doc d1 = FromFile(SeedPath("001_"));
  Doc d3 = FromFile(SeedPath("003_"));
  EXPECT_EQ(d1.x.date.ToString(), "2025-12-19");
  EXPECT_EQ(d1.x.date.origin, "header");
  const Claim* c524 = Find(d1.x, "524家");
  const Claim* c525 = Find(d3.x, "525家");
  ASSERT_NE(c524, nullptr);
  ASSERT_NE(c525, nullptr);
  EXPECT_EQ(c524->dimension, "count:家");
  EXPECT_EQ(c525->dimension, "count:家");
  EXPECT_FALSE(c524->identifier);
  EXPECT_FALSE(c525->identifier);
  for (const char* w : {"企业", "全球", "工业", "研发经费"}) {
    EXPECT_TRUE(Has(c524->context, w)) << w;
    EXPECT_TRUE(Has(c525->context, w)) << w;
  }
  EXPECT_TRUE(Has(c524->context, "大陆") || Has(c524->context, "中国大陆"));
  EXPECT_TRUE(Has(c525->context, "大陆") || Has(c525->context, "中国大陆"));
  for (const Doc* d : {&d1, &d3}) {
    bool found = false;
    for (const Claim& c : d->x.claims) {
      if (c.surface.find("2000") != std::string::npos) {
        found = true;
        EXPECT_TRUE(c.identifier) << c.surface;
      }
    }
    (void)found;
  }
}

TEST(ExtractorSeedTest, DocumentDates) {
  EXPECT_EQ(FromFile(SeedPath("004_")).x.date.ToString(), "2024-04-29");
  // Seed 003 states no date but reports 3月5日 of the 十四届全国人大四次会议,
  // whose term's first session met in 2023 ([dating] in the lexicon).
  const DocumentDate d = FromFile(SeedPath("003_")).x.date;
  EXPECT_EQ(d.ToString(), "2026-03-05");
  EXPECT_EQ(d.origin, "session");
}

// Every seed and every corpus file: no crash, spans inside the file, and the
// JSON Lines output parses line by line.
TEST(ExtractorSeedTest, SpansStayInsideFiles) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(FACTLINT_SOURCE_DIR "/seeds")) {
    files.push_back(e.path().string());
  }
  fs::path corpus = fs::path(FACTLINT_SOURCE_DIR) / ".." / "shared" / "corpus";
  if (fs::exists(corpus)) {
    for (const auto& e : fs::recursive_directory_iterator(corpus)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
    }
  } else {
    std::cout << "corpus " << corpus << " absent: seeds only\n";
  }
  size_t claims = 0;
  for (const std::string& f : files) {
    Doc d = FromFile(f);
    for (const Claim& c : d.x.claims) {
      ++claims;
      EXPECT_LE(c.span.begin, c.span.end) << f;
      EXPECT_LE(c.span.end, d.n.text.size()) << f;
      EXPECT_LE(c.source_span.begin, c.source_span.end) << f;
      EXPECT_LE(c.source_span.end, d.source.text.size()) << f << " " << c.surface;
      EXPECT_LE(c.sentence.begin, c.span.begin) << f;
      EXPECT_GE(c.sentence.end, c.span.end) << f;
    }
    for (const Transition& t : d.x.transitions) {
      EXPECT_LT(t.from, d.x.claims.size());
      EXPECT_LT(t.to, d.x.claims.size());
    }
    std::ostringstream jsonl, table;
    WriteClaimsJsonl(f, d.source, d.n.text, d.x, jsonl);
    WriteClaimsText(f, d.source, d.x, table);
    const std::string out = jsonl.str();
    size_t lines = std::count(out.begin(), out.end(), '\n');
    EXPECT_EQ(lines, d.x.claims.size());
  }
  std::cout << files.size() << " files, " << claims << " claims\n";
  EXPECT_GT(claims, 0u);
}

TEST(ExtractorTest, OtherNamesOfOneThingGiveOneSubject) {
  Doc a = FromText("2024年全社会研究与试验发展经费投入超3.6万亿元。", "2025-09-18");
  Doc b = FromText("2024年，全社会研发投入超3.6万亿元。", "2025-09-18");
  const Claim* x = Find(a.x, "3.6万亿元");
  const Claim* y = Find(b.x, "3.6万亿元");
  ASSERT_NE(x, nullptr);
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(x->subject, "全社会研发经费");
  EXPECT_EQ(x->subject, y->subject);
  EXPECT_TRUE(Has(x->context, "研发经费"));
  EXPECT_FALSE(Has(x->context, "试验"));
  // A rate that is not listed as another name keeps its own subject.
  Doc c = FromText("2024年户籍人口城镇化率为50.5%。", "2025-09-18");
  const Claim* z = Find(c.x, "50.5%");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->subject, "户籍人口城镇化率");
}

TEST(ExtractorTest, ASubjectFromTheClauseBeforeStandsElsewhere) {
  Doc d = FromText("研发投入强度比上年提高0.13个百分点，达到2.68%。", "2025-09-18");
  const Claim* level = Find(d.x, "2.68%");
  ASSERT_NE(level, nullptr);
  EXPECT_EQ(level->subject, "研发经费强度");
  EXPECT_TRUE(level->subject_elsewhere);
  const Claim* change = Find(d.x, "0.13个百分点");
  ASSERT_NE(change, nullptr);
  EXPECT_FALSE(change->subject_elsewhere);
}

// A figure whose stated period ends after the document's year cannot be a
// result yet: 未来五年 in 2016 and 到2030年 are goals whatever the verb; a
// period carried from context (a “十三五” section in 2017) is not stated.
TEST(ExtractorTest, AStatedPeriodAheadOfTheDocumentIsATarget) {
  Doc d = FromText("未来五年，城镇新增就业5000万人以上。2030年，可再生能源装机超过30亿千瓦。"
                   "2015年，城镇新增就业1312万人。",
                   "2016-03-05");
  const Claim* jobs = Find(d.x, "5000万人");
  const Claim* power = Find(d.x, "30亿千瓦");
  const Claim* past = Find(d.x, "1312万人");
  ASSERT_NE(jobs, nullptr);
  ASSERT_NE(power, nullptr);
  ASSERT_NE(past, nullptr);
  EXPECT_EQ(jobs->time.to_year, 2020);
  EXPECT_TRUE(jobs->target);
  EXPECT_TRUE(power->target);
  EXPECT_FALSE(past->target);
  Doc undated = FromText("2030年，可再生能源装机超过30亿千瓦。", "");
  const Claim* unknown = Find(undated.x, "30亿千瓦");
  ASSERT_NE(unknown, nullptr);
  EXPECT_FALSE(unknown->target);
}

TEST(ExtractorTest, AForecastIsATargetThatIsNotAGoal) {
  Doc d = FromText("2025年力争研发投入强度达到2.8%。预计全年研发投入强度为2.72%左右。", "2025-02-20");
  const Claim* goal = Find(d.x, "2.8%");
  const Claim* forecast = Find(d.x, "2.72%");
  ASSERT_NE(goal, nullptr);
  ASSERT_NE(forecast, nullptr);
  EXPECT_TRUE(goal->target);
  EXPECT_FALSE(goal->forecast);
  EXPECT_TRUE(forecast->target);
  EXPECT_TRUE(forecast->forecast);
}

}  // namespace
}  // namespace factlint
