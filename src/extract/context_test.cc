#include "extract/context.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace factlint {
namespace {

std::unique_ptr<Lexicon> Lex() {
  std::string error;
  auto lex = Lexicon::Load(FACTLINT_SOURCE_DIR "/rules/lexicon.toml", &error);
  EXPECT_NE(lex, nullptr) << error;
  return lex;
}

Span Find(const std::string& t, const std::string& what) {
  size_t p = t.find(what);
  EXPECT_NE(p, std::string::npos) << what;
  return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + what.size())};
}

bool Has(const std::vector<std::string>& v, const std::string& w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

TEST(ContextTest, ContentWordsDropNumbersAndStopwords) {
  auto lex = Lex();
  std::string t = "524家中国大陆企业进入全球工业研发投入2000强";
  ContextFinder f(t, *lex);
  auto words = f.ContentWords({0, static_cast<uint32_t>(t.size())},
                              {Find(t, "524家"), Find(t, "2000强")});
  // 研发投入 is another name of 研发经费 ([context] subject_aliases): one
  // word for the whole name, none for its pieces.
  for (const char* w : {"企业", "全球", "工业", "研发经费"}) {
    EXPECT_TRUE(Has(words, w)) << w;
  }
  EXPECT_FALSE(Has(words, "投入"));
  EXPECT_FALSE(Has(words, "524"));
  EXPECT_FALSE(Has(words, "的"));
  for (const auto& w : words) EXPECT_EQ(w.find_first_of("0123456789"), std::string::npos);
}

TEST(ContextTest, SubjectBeforeVerb) {
  auto lex = Lex();
  std::string t = "研发投入强度达到 2.68%";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "2.68%"), {}), "研发投入强度");
}

TEST(ContextTest, SubjectLeavesOutTheCountryAndALoneVerb) {
  // The place is recorded apart: 中国专利授权量 is the subject 专利授权量.
  auto lex = Lex();
  std::string t = "中国专利授权量为432.34万项";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "432.34万项"), {}), "专利授权量");
  // ,达到2.68%: a verb alone is no subject (the claim before it gives one).
  std::string u = "达到2.68%";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.Subject({0, (uint32_t)u.size()}, Find(u, "2.68%"), {}), "");
}

TEST(ContextTest, TheSecondItemOfAListHasItsOwnSubject) {
  auto lex = Lex();
  std::string t = "新增全国版权示范城市5个、全国版权示范单位78个";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "78个"), {}), "全国版权示范单位");
}

TEST(ContextTest, WhatAQuestionAsksAbout) {
  auto lex = Lex();
  std::string t = "问:2022年城镇新增就业是多少?";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.QuestionSubject({0, (uint32_t)t.size()}, {Find(t, "2022年")}), "城镇新增就业");
  std::string u = "记者:就业情况怎样?";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.QuestionSubject({0, (uint32_t)u.size()}, {}), "就业");
  // Asked which or what: things, not a figure.
  for (std::string w : {"问:国外有哪些值得借鉴的做法?", "问:除了电,还有什么容易被忽视?"}) {
    ContextFinder k(w, *lex);
    EXPECT_EQ(k.QuestionSubject({0, (uint32_t)w.size()}, {}), "") << w;
  }
  // 有什么变化 ends the question: what changes is still named.
  std::string x = "问:城镇新增就业有什么变化?";
  ContextFinder m(x, *lex);
  EXPECT_EQ(m.QuestionSubject({0, (uint32_t)x.size()}, {}), "城镇新增就业");
}

// 由A增长到B opening its clause names nothing before it: what changes is
// the claimless clause before, without its trend words and verbs.
TEST(ContextTest, ALeadClauseNamesWhatATransitionChanges) {
  auto lex = Lex();
  std::string t = "基础研究人才队伍也在壮大,由2021年的47.2万人年增长到2023年的57.5万人年";
  ContextFinder f(t, *lex);
  const Span lead = Find(t, "基础研究人才队伍也在壮大");
  EXPECT_EQ(f.LeadSubject(lead, "由2021年的", {Find(t, "2021年")}), "基础研究人才队伍");
  std::string u = "研发人员总量持续增长,从480万人年增加到635万人年";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.LeadSubject(Find(u, "研发人员总量持续增长"), "从", {}), "研发人员总量");
  // Not a transition's opening: the clause names its own subject, or none.
  EXPECT_EQ(f.LeadSubject(lead, "达到", {}), "");
  // A lead clause that is only a trend or a verb names nothing.
  std::string v = "持续增长,由480万人年增加到635万人年";
  ContextFinder h(v, *lex);
  EXPECT_EQ(h.LeadSubject(Find(v, "持续增长"), "由", {}), "");
}

// A list item's label and colon name the figure right after them (or its
// 由); a label before words of the figure's own names nothing of it.
TEST(ContextTest, ALabelAndAColonNameTheFigureRightAfterThem) {
  auto lex = Lex();
  std::string t = "其中地方财政赤字:5500亿元";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.LeadSubject(Find(t, "其中地方财政赤字"), "", {}), "地方财政赤字");
  std::string u = "城乡居民基础养老金:由55元提高到70元";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.LeadSubject(Find(u, "城乡居民基础养老金"), "由", {}), "城乡居民基础养老金");
  std::string v = "生态环境持续改善:城市PM2.5平均浓度下降2.7%";
  ContextFinder h(v, *lex);
  EXPECT_EQ(h.LeadSubject(Find(v, "生态环境持续改善"), "城市PM2.5平均浓度下降", {}), "");
  std::string w = "财政赤字,1.62万亿元";
  ContextFinder k(w, *lex);
  EXPECT_EQ(k.LeadSubject(Find(w, "财政赤字"), "", {}), "");
}

// 年均 and 实际 before a change verb belong to the change (均 alone is a
// trailing word: 国内生产总值年 was left); a clause with only them names nothing.
TEST(ContextTest, AnAverageBeforeItsVerbIsNoPartOfTheSubject) {
  auto lex = Lex();
  std::string t = "国内生产总值年均增长7.1%";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "7.1%"), {}), "国内生产总值");
  std::string u = "城乡居民收入年均实际增长6.5%";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.Subject({0, (uint32_t)u.size()}, Find(u, "6.5%"), {}), "城乡居民收入");
  std::string v = "年均实际增长7.4%";
  ContextFinder h(v, *lex);
  EXPECT_EQ(h.Subject({0, (uint32_t)v.size()}, Find(v, "7.4%"), {}), "");
}

// A time in quotes opening the clause goes whole, its quotes with it.
TEST(ContextTest, SubjectSkipsAQuotedLeadingPeriod) {
  auto lex = Lex();
  std::string t = "“十四五”期间全社会研发投入增长50%";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "50%"), {Find(t, "“十四五”期间")}),
            "全社会研发投入");
}

TEST(ContextTest, SubjectSkipsLeadingYearAndQualifier) {
  auto lex = Lex();
  std::string t = "2024年全社会研发投入超3.6万亿元";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "超3.6万亿元"), {Find(t, "2024年")}),
            "全社会研发投入");
}

TEST(ContextTest, SubjectAfterLeadingNumber) {
  auto lex = Lex();
  std::string t = "524家中国大陆企业进入全球工业研发投入2000强";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "524家"), {}), "中国大陆企业");
}

TEST(ContextTest, ShareOfWhatFollowsTheFigure) {
  auto lex = Lex();
  std::string t = "约60%的中央级试点单位已对基础研究人才实行长周期考核评价";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "约60%"), {}), "中央级试点单位");
  std::string u = "90%以上的中央级试点单位对基础研究人才实行长周期考核评价";
  ContextFinder g(u, *lex);
  // The qualifier after the figure belongs to it.
  EXPECT_EQ(g.Subject({0, (uint32_t)u.size()}, Find(u, "90%以上"), {}), "中央级试点单位");
}

TEST(ContextTest, SubjectStopsAtComparisonAndFrom) {
  auto lex = Lex();
  std::string t = "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年";
  ContextFinder f(t, *lex);
  EXPECT_EQ(f.Subject({0, (uint32_t)t.size()}, Find(t, "57.5万人年"), {}), "基础研究人才队伍");
  std::string u = "较2020年增长48%";
  ContextFinder g(u, *lex);
  EXPECT_EQ(g.Subject({0, (uint32_t)u.size()}, Find(u, "48%"), {Find(u, "2020年")}), "");
}

TEST(ContextTest, RespectiveItems) {
  auto lex = Lex();
  std::string t = "作品、计算机软件著作权登记量分别达642.8万件和249.5万件";
  ContextFinder f(t, *lex);
  auto items = f.RespectiveItems({0, (uint32_t)t.size()}, Find(t, "642.8").begin, {});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "作品");
  EXPECT_EQ(items[1], "计算机软件著作权登记量");
  std::string u = "北京、上海和粤港澳大湾区分别达到151家、197家和162家";
  ContextFinder g(u, *lex);
  items = g.RespectiveItems({0, (uint32_t)u.size()}, Find(u, "151").begin, {});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[2], "粤港澳大湾区");
  EXPECT_TRUE(g.RespectiveItems({0, (uint32_t)u.size()}, 3, {}).empty());
}

TEST(ContextTest, OtherNamesAreWrittenAsTheNameTheyStandFor) {
  auto lex = Lex();
  EXPECT_EQ(lex->CanonicalSubject("研究与试验发展经费投入强度"), "研发经费强度");
  EXPECT_EQ(lex->CanonicalSubject("全社会R&D经费"), "全社会研发经费");
  EXPECT_EQ(lex->CanonicalSubject("常住人口城镇化率"), "城镇化率");
  EXPECT_EQ(lex->CanonicalSubject("基础研究经费"), "基础研究经费");
  // A verb's count is the verb's ([context] verb_measures); other measures stay.
  EXPECT_EQ(lex->CanonicalSubject("专利授权量"), "专利授权");
  EXPECT_EQ(lex->CanonicalSubject("专利申请数"), "专利申请");
  EXPECT_EQ(lex->CanonicalSubject("科技成果登记数量"), "科技成果登记");
  EXPECT_EQ(lex->CanonicalSubject("产品质量"), "产品质量");
  EXPECT_EQ(lex->CanonicalSubject("居民消费价格指数"), "居民消费价格指数");
  EXPECT_EQ(lex->CanonicalSubject("就业人数"), "就业人数");
  // The longest name wins, and a canonical name is canonical.
  for (const auto& [alias, name] : lex->subject_aliases())
    EXPECT_EQ(lex->CanonicalSubject(name), name) << alias;
}

TEST(ContextTest, AnAliasTableOfOtherThanWordsIsRefused) {
  std::string error;
  auto lex = Lexicon::Parse("[context.subject_aliases]\n\"研发投入\" = 1\n", "test.toml", &error);
  EXPECT_EQ(lex, nullptr);
  EXPECT_NE(error.find("subject_aliases"), std::string::npos) << error;
}

}  // namespace
}  // namespace factlint
