// The lexicon's look-ups that run over every clause or every character: the
// tables that rule most places out must not rule out a real match.
#include "extract/extractor_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace factlint {
namespace {

std::unique_ptr<Lexicon> ParseLexicon(const std::string& toml) {
  std::string error;
  auto lex = Lexicon::Parse(toml, "test.toml", &error);
  EXPECT_NE(lex, nullptr) << error;
  return lex;
}

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

// Two scans of the same text: every line at once, and only some lines. The
// spans found in the chosen lines are the same either way; a line pattern is
// not sought elsewhere; a pattern that may cross a line is sought everywhere.
std::vector<Span> Sorted(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  return spans;
}

std::vector<Span> Within(const std::vector<Span>& spans, Span range) {
  std::vector<Span> out;
  for (Span s : spans)
    if (s.begin >= range.begin && s.end <= range.end) out.push_back(s);
  return out;
}

TEST(LexiconTest, LinePatternsFindTheSameSpansInTheLinesAsOverTheWholeText) {
  auto lex = ParseLexicon(
      "[identifiers]\n"
      "patterns = ['第\\s*[0-9]+\\s*期']\n"
      "line_patterns = ['[A-Za-z]+[-]?[0-9][0-9.]*', '[0-9]+G(?:[^A-Za-z]|$)', "
      "'[0-9]+-[0-9]+\\.(?:[^0-9]|$)', 'x$', '^y']\n");
  ASSERT_NE(lex, nullptr);
  // Line 2 ends in a match whose last character is its line break (5G and
  // 12-28. then "\n"); line 1 and 3 hold matches outside the chosen lines.
  const std::string line1 = "GPT-4发布,yx\n";
  const std::string line2 = "C919交付,5G\n引用12-28.\n";
  const std::string line3 = "Web3.0与6G\nx";
  const std::string text = line1 + line2 + line3;
  const Span whole{0, static_cast<uint32_t>(text.size())};
  const Span middle{static_cast<uint32_t>(line1.size()),
                    static_cast<uint32_t>(line1.size() + line2.size())};
  const std::vector<Span> all = Sorted(lex->IdentifierSpans(text, {whole}));
  const std::vector<Span> some = Sorted(lex->IdentifierSpans(text, {middle}));
  EXPECT_EQ(Within(all, middle), some);
  ASSERT_EQ(some.size(), 3u);
  EXPECT_EQ(text.substr(some[0].begin, some[0].size()), "C919");
  EXPECT_EQ(text.substr(some[1].begin, some[1].size()), "5G\n");
  EXPECT_EQ(text.substr(some[2].begin, some[2].size()), "12-28.\n");
  // The whole text stays the context: ^ and $ are its start and end, not
  // those of the lines searched (x$ matches only the last x, ^y no y).
  std::vector<std::string> found;
  for (Span s : all) found.push_back(text.substr(s.begin, s.size()));
  EXPECT_EQ(found, (std::vector<std::string>{"GPT-4", "C919", "5G\n", "12-28.\n", "Web3.0",
                                             "6G\n", "x"}));
  EXPECT_EQ(all.back().begin, text.size() - 1);
}

TEST(LexiconTest, APatternThatMayCrossALineIsSoughtOverTheWholeText) {
  auto lex = ParseLexicon(
      "[identifiers]\n"
      "patterns = ['第\\s*[0-9]+\\s*期']\n"
      "line_patterns = ['[0-9]+G']\n");
  ASSERT_NE(lex, nullptr);
  // 第\n12期 crosses from the first line into the second: asked only about
  // the second line, the span still starts in the first.
  const std::string text = "总第\n12期5G\n";
  const Span second{static_cast<uint32_t>(text.find("12")), static_cast<uint32_t>(text.size())};
  const std::vector<Span> spans = Sorted(lex->IdentifierSpans(text, {second}));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "第\n12期");
  EXPECT_LT(spans[0].begin, second.begin);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "5G");
  // A line pattern is not sought outside the lines asked about.
  EXPECT_EQ(lex->IdentifierSpans("5G\n第3期\n", {{3, 11}}).size(), 1u);
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

}  // namespace
}  // namespace factlint
