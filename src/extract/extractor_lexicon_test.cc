// The lexicon's look-ups that run over every clause or every character: the
// tables that rule most places out must not rule out a real match.
#include "extract/extractor_lexicon.h"
#include "extract/lexicon_test_util.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint {
namespace {

using lexicon_test::ParseLexicon;

TEST(LexiconTest, ATargetIsAWordOrAPattern) {
  auto lex = ParseLexicon(
      "[targets]\n"
      "words = [\"目标\", \"a.b(c)\", \"\"]\n"
      "patterns = ['^\\s*到\\s*20[0-9]{2}\\s*年', '(?:^|[^模虚])拟']\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->IsTarget("今年发展主要预期目标是", false));
  EXPECT_TRUE(lex->IsTarget("到2027年", false));
  EXPECT_TRUE(lex->IsTarget("拟新建", false));
  EXPECT_TRUE(lex->IsTarget("今年拟新建", false));
  // Words are literal: their regex characters stand for themselves.
  EXPECT_TRUE(lex->IsTarget("见a.b(c)一节", false));
  EXPECT_FALSE(lex->IsTarget("见axbc一节", false));
  // Patterns keep their anchors and exclusions inside the alternation.
  EXPECT_FALSE(lex->IsTarget("增长到2027年", false));
  EXPECT_FALSE(lex->IsTarget("模拟", false));
  EXPECT_FALSE(lex->IsTarget("研发投入增长8.3%", false));
  // An empty word (left out) does not make every clause a target.
  EXPECT_FALSE(lex->IsTarget("", false));
}

TEST(LexiconTest, AGoalSaidToBeMetIsNoTarget) {
  auto lex = ParseLexicon(
      "[targets]\n"
      "words = [\"目标\", \"确保\"]\n"
      "reached = ['目标\\s*(?:顺利|如期)?\\s*(?:实现|完成)']\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_FALSE(lex->IsTarget("在城镇落户目标顺利实现", false));
  EXPECT_FALSE(lex->IsTarget("目标如期完成", false));
  // A marker besides the met goal still marks the clause; so does a goal
  // still to be met.
  EXPECT_TRUE(lex->IsTarget("确保落户目标如期实现", false));
  EXPECT_TRUE(lex->IsTarget("落户目标顺利实现,新的目标是", false));
  EXPECT_TRUE(lex->IsTarget("努力完成全年目标", false));
}

TEST(LexiconTest, APlaceNameIsOnlyAPlace) {
  auto lex = ParseLexicon(
      "[scope]\n"
      "regions = '(?:北京|上海)市?|广东省?'\n"
      "national = '全国|我国'\n"
      "local = '全省|我市'\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->IsPlaceName("全国"));
  EXPECT_TRUE(lex->IsPlaceName("全省"));
  EXPECT_TRUE(lex->IsPlaceName("北京市"));
  EXPECT_TRUE(lex->IsPlaceName("广东"));
  // A name holding a place is no place: 全国研发经费 is a figure's name.
  EXPECT_FALSE(lex->IsPlaceName("全国研发经费"));
  EXPECT_FALSE(lex->IsPlaceName("授权总量"));
  EXPECT_FALSE(lex->IsPlaceName(""));
}

TEST(LexiconTest, AnAdverbJoinedToAStopWordIsOne) {
  auto lex = ParseLexicon(
      "[context]\n"
      "stopwords = [\"对\", \"为\"]\n"
      "stop_prefixes = [\"已\", \"均\", \"\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->IsStopword("对"));
  EXPECT_TRUE(lex->IsStopword("已对"));
  EXPECT_TRUE(lex->IsStopword("均为"));
  // Only an adverb before a stop word: 已经 and 对外 are words, and the
  // adverb alone is not a stop word unless listed.
  EXPECT_FALSE(lex->IsStopword("已经"));
  EXPECT_FALSE(lex->IsStopword("对外"));
  EXPECT_FALSE(lex->IsStopword("已"));
}

// A list end leads into a list alone, before a full stop or a colon; a
// full stop alone does not.
TEST(LexiconTest, AListEndLeadsIntoAListBeforeAStopOrAColon) {
  auto lex = ParseLexicon(
      "[targets]\n"
      "list_ends = [\"如下表\", \"如下\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->LeadsIntoList("主要安排如下"));
  EXPECT_TRUE(lex->LeadsIntoList("主要安排如下表。"));
  EXPECT_TRUE(lex->LeadsIntoList("要点如下:"));
  EXPECT_TRUE(lex->LeadsIntoList("今年的主要目标是:"));
  EXPECT_FALSE(lex->LeadsIntoList("主要安排已经完成。"));
  EXPECT_FALSE(lex->LeadsIntoList("如下表所示,增长5%"));
  EXPECT_FALSE(lex->LeadsIntoList("。"));
  EXPECT_FALSE(lex->LeadsIntoList(""));
}

// [targets] governs is one alternation: each pattern matches as it would
// alone, with its own anchors.
TEST(LexiconTest, AClauseIsGovernedByAnyGovernsPattern) {
  auto lex = ParseLexicon(
      "[targets]\n"
      "governs = ['(?:规划|纲要)》?\\s*(?:提出|要求)', '^\\s*报告明确']\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->GovernsPlan("规划要求"));
  EXPECT_TRUE(lex->GovernsPlan("《纲要》提出到2025年"));
  EXPECT_TRUE(lex->GovernsPlan("报告明确今年"));
  EXPECT_FALSE(lex->GovernsPlan("这份报告明确"));
  EXPECT_FALSE(lex->GovernsPlan("研发投入增长8.3%"));
  EXPECT_FALSE(lex->GovernsPlan(""));
  auto none = ParseLexicon("[targets]\ngoverns = []\n");
  ASSERT_NE(none, nullptr);
  EXPECT_FALSE(none->GovernsPlan("规划要求"));
}

// A paragraph that is only a unit label, a colon and a word gives that word;
// the caller asks the unit table whether it is a unit.
TEST(LexiconTest, AUnitLineIsALabelAColonAndOneWord) {
  auto lex = ParseLexicon(
      "[context]\n"
      "unit_labels = [\"单位\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(lex->UnitLineUnit("单位:万项"), "万项");
  EXPECT_EQ(lex->UnitLineUnit("  (单位: 亿元) "), "亿元");
  EXPECT_EQ(lex->UnitLineUnit("单位:万项,数据来源:国家知识产权局"), "");
  EXPECT_EQ(lex->UnitLineUnit("单位:"), "");
  EXPECT_EQ(lex->UnitLineUnit("试点单位:120家"), "");
  EXPECT_EQ(lex->UnitLineUnit("下表的数字是人数"), "");
}

TEST(LexiconTest, AChangeColumnHoldsOneOfItsWords) {
  auto lex = ParseLexicon(
      "[time]\n"
      "change_columns = [\"增长\", \"增速\", \"同比\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->IsChangeColumn("同比增长"));
  EXPECT_TRUE(lex->IsChangeColumn("增速(%)"));
  EXPECT_TRUE(lex->IsChangeColumn("同比"));
  EXPECT_FALSE(lex->IsChangeColumn("占比"));
  EXPECT_FALSE(lex->IsChangeColumn("排名"));
  EXPECT_FALSE(lex->IsChangeColumn("单位"));
  EXPECT_FALSE(ParseLexicon("")->IsChangeColumn("同比增长"));
}

TEST(LexiconTest, AnAimSetsAGoalOnlyForAPeriodNotYetOver) {
  auto lex = ParseLexicon(
      "[targets]\n"
      "words = [\"目标\"]\n"
      "aims = [\"控制在\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(lex->IsTarget("居民消费价格涨幅控制在", false));
  EXPECT_FALSE(lex->IsTarget("居民消费价格涨幅控制在", true));
  // A goal word is a goal whatever the period (2024年的预期目标 in 2025).
  EXPECT_TRUE(lex->IsTarget("预期目标控制在", true));
}

TEST(LexiconTest, NoTargetWordsOrPatternsMeansNoTargets) {
  auto lex = ParseLexicon("[targets]\nwords = []\npatterns = []\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_FALSE(lex->IsTarget("目标是", false));
}

TEST(LexiconTest, IdiomsAreFoundWhereverTheyStart) {
  // 一 (U+4E00) opens an idiom and 丁 (U+4E01), one bit away, opens none.
  auto lex = ParseLexicon("[idioms]\nwords = [\"一心一意\", \"七上八下\", \"之一\"]\n");
  ASSERT_NE(lex, nullptr);
  const std::string text = "丁一心一意,七上八下,其中之一";
  std::vector<Span> spans = lex->IdiomSpans(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "一心一意");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "七上八下");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "之一");
  EXPECT_TRUE(lex->IdiomSpans("丁丁,一二三").empty());
}

TEST(LexiconTest, AliasesStartOnlyAtTheirFirstByte) {
  auto lex = ParseLexicon(
      "[context.subject_aliases]\n\"R&D\" = \"研发\"\n\"研究与试验发展\" = \"研发\"\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(lex->CanonicalSubject("全社会R&D经费"), "全社会研发经费");
  EXPECT_EQ(lex->CanonicalSubject("研究与试验发展经费"), "研发经费");
  EXPECT_EQ(lex->CanonicalSubject("研究经费"), "研究经费");
  EXPECT_EQ(lex->AliasAt("经费"), nullptr);
  EXPECT_EQ(lex->AliasAt(""), nullptr);
  ASSERT_NE(lex->AliasAt("R&D投入"), nullptr);
  EXPECT_EQ(lex->AliasAt("R&D投入")->second, "研发");
}

TEST(LexiconTest, AliasesAreFoundByTheirFirstTwoBytes) {
  // 研 (E7 A0 94) and 研发; 经 (E7 BB 8F) shares 研's first byte and not its
  // second; 砂 (E7 A0 82) shares both and is no alias. A one-byte alias (R)
  // starts wherever its byte does, whatever follows, and at a text's end.
  auto lex = ParseLexicon(
      "[context.subject_aliases]\n\"研发投入\" = \"研发经费\"\n\"R\" = \"研发\"\n");
  ASSERT_NE(lex, nullptr);
  ASSERT_NE(lex->AliasAt("研发投入增长"), nullptr);
  EXPECT_EQ(lex->AliasAt("研发投入增长")->second, "研发经费");
  EXPECT_EQ(lex->AliasAt("研发"), nullptr);
  EXPECT_EQ(lex->AliasAt("经费"), nullptr);
  EXPECT_EQ(lex->AliasAt("砂石"), nullptr);
  for (std::string_view s : {"R", "R&D", "R投入", "R\xE7"}) {
    ASSERT_NE(lex->AliasAt(s), nullptr) << s;
    EXPECT_EQ(lex->AliasAt(s)->second, "研发");
  }
  EXPECT_EQ(lex->AliasAt("&R"), nullptr);
  EXPECT_EQ(lex->CanonicalSubject("全社会研发投入和R"), "全社会研发经费和研发");
}

TEST(LexiconTest, ScopeMarksReadTheMaskedSentence) {
  // Marks as kind (R, N, L), end and the words matched.
  auto lex = ParseLexicon(
      "[scope]\nregions = '北京市?|上海'\nnational = '全国|中国'\n"
      "local = '全市|本 +市|京市'\nnot_places = '中国科学院|报'\n");
  ASSERT_NE(lex, nullptr);
  auto marks = [&](std::string_view sentence) {
    std::string out;
    for (const ScopeMark& m : lex->ScopeMarks(sentence))
      out += std::string(1, "RNL"[m.kind]) + std::to_string(m.end) + m.text + " ";
    return out;
  };
  EXPECT_EQ(marks("增长5%"), "");
  EXPECT_EQ(marks("全国增长5%"), "N6全国 ");
  EXPECT_EQ(marks("上海和全国"), "R6上海 N15全国 ");
  // A name that is no place hides the place it holds; at one end a region
  // comes after a local word.
  EXPECT_EQ(marks("中国科学院在北京市"), "L27京市 R27北京市 ");
  EXPECT_EQ(marks("中国科学院"), "");
  // Masked, 本报市 reads 本   市, a local word the sentence as written is not.
  EXPECT_EQ(marks("本报市"), "L9本   市 ");
}

TEST(LexiconTest, ParticlesInsideASubjectAreLeftOut) {
  auto lex = ParseLexicon("[context]\nsubject_particles = [\"的\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(lex->CanonicalSubject("占全国GDP的比重"), "占全国GDP比重");
  EXPECT_EQ(lex->CanonicalSubject("国家高新区的营业收入的增速"), "国家高新区营业收入增速");
  // Not at the ends: a subject that begins or ends with one keeps it.
  EXPECT_EQ(lex->CanonicalSubject("的确"), "的确");
  EXPECT_EQ(lex->CanonicalSubject("目的"), "目的");
  auto none = ParseLexicon("[context]\nsubject_particles = []\n");
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(none->CanonicalSubject("占全国GDP的比重"), "占全国GDP的比重");
}

TEST(LexiconTest, ARankSubjectGoesWithoutItsRankingWordsAndKeepsItsPlace) {
  auto lex = ParseLexicon(
      "[context]\nrank_leads = [\"首次\", \"跃居\", \"位居\"]\n"
      "[context.rank_scopes]\n\"全球\" = \"全球\"\n\"世界\" = \"全球\"\n\"亚洲\" = \"亚洲\"\n");
  ASSERT_NE(lex, nullptr);
  std::string scope;
  EXPECT_EQ(lex->RankedSubject("首次跃居全球", &scope), "");
  EXPECT_EQ(scope, "全球");
  EXPECT_EQ(lex->RankedSubject("深圳—香港—广州集群跃居世界", &scope), "深圳—香港—广州集群");
  EXPECT_EQ(scope, "全球");
  EXPECT_EQ(lex->RankedSubject("位居", &scope), "");
  EXPECT_EQ(scope, "");
  EXPECT_EQ(lex->RankedSubject("创新指数", &scope), "创新指数");
  EXPECT_EQ(scope, "");
  // One place only: 全球第一、亚洲 keeps the first.
  EXPECT_EQ(lex->RankedSubject("全球亚洲", &scope), "全球");
  EXPECT_EQ(scope, "亚洲");
}

}  // namespace
}  // namespace factlint
