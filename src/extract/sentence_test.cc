#include "extract/sentence.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint {
namespace {

std::string At(const std::string& t, Span s) { return t.substr(s.begin, s.size()); }

TEST(SentenceTest, SplitsOnTerminatorsAndLines) {
  std::string t = "甲达到5家。乙为6%！丙?\n丁增长7%";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(At(t, s[0].span), "甲达到5家。");
  EXPECT_EQ(At(t, s[1].span), "乙为6%！");
  EXPECT_EQ(At(t, s[2].span), "丙?");
  EXPECT_EQ(At(t, s[3].span), "丁增长7%");
  EXPECT_EQ(s[2].paragraph, 0);
  EXPECT_EQ(s[3].paragraph, 1);
}

TEST(SentenceTest, ClosingQuoteStaysWithSentence) {
  std::string t = "他说:“排名第10位。”随后离开。";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(At(t, s[0].span), "他说:“排名第10位。”");
}

TEST(SentenceTest, ClausesSplitOnCommaSemicolonColonButNotInsideNumbers) {
  std::string t = "2024年,研发投入超3.6万亿元;强度达到2.68%,共1,000家,10:30开会。";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].clauses.size(), 5u);
  EXPECT_EQ(At(t, s[0].clauses[0]), "2024年");
  EXPECT_EQ(At(t, s[0].clauses[1]), "研发投入超3.6万亿元");
  EXPECT_EQ(At(t, s[0].clauses[3]), "共1,000家");
  EXPECT_EQ(At(t, s[0].clauses[4]), "10:30开会。");
}

TEST(SentenceTest, FullWidthDelimitersAndBlankInput) {
  std::string t = "甲，乙；丙：丁。";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].clauses.size(), 4u);
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("  \n\n  ").empty());
}

TEST(SentenceTest, ASentenceEndsAtALineBreakOrAtATerminator) {
  const std::string text = "- 其中地方财政赤字:5500亿元\n2. 其中中央9500亿元;\n他说:“增长5%。”\nIt rose.\n";
  auto s = SplitSentences(text);
  ASSERT_EQ(s.size(), 4u);
  auto at = [&](size_t i) { return std::string_view(text).substr(s[i].span.begin, s[i].span.size()); };
  EXPECT_TRUE(EndsAtLineBreak(at(0))) << at(0);
  EXPECT_TRUE(EndsAtLineBreak(at(1))) << at(1);   // a semicolon ends an item, not a sentence
  EXPECT_FALSE(EndsAtLineBreak(at(2))) << at(2);  // a full stop inside closing quotes
  EXPECT_FALSE(EndsAtLineBreak(at(3))) << at(3);
  EXPECT_TRUE(EndsAtLineBreak(""));
}

TEST(SentenceTest, ASemicolonEndsAnItemACommaOrColonDoesNot) {
  for (std::string t : {"甲同步;乙平衡,丙:丁为5家。", "甲同步；乙平衡，丙：丁为5家。"}) {
    auto s = SplitSentences(t);
    ASSERT_EQ(s.size(), 1u);
    ASSERT_EQ(s[0].clauses.size(), 4u);
    EXPECT_TRUE(EndsItem(t, s[0].clauses[0])) << t;
    EXPECT_FALSE(EndsItem(t, s[0].clauses[1])) << t;
    EXPECT_FALSE(EndsItem(t, s[0].clauses[2])) << t;
    EXPECT_FALSE(EndsItem(t, s[0].clauses[3])) << t;  // the last clause: no delimiter
  }
}

TEST(SentenceTest, ClauseAtFindsContainingClause) {
  std::string t = "甲为5家,乙为6家。";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 1u);
  size_t pos = t.find("6");
  EXPECT_EQ(At(t, ClauseAt(s[0], pos)), "乙为6家。");
}

TEST(SentenceTest, ClauseIndexAtAgreesWithAScanAtEveryByte) {
  std::string t = " 甲为5家, 乙为6家 ;;丙：  丁1,000元。";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 1u);
  const std::vector<Span>& cl = s[0].clauses;
  for (uint32_t pos = 0; pos <= t.size(); ++pos) {
    size_t scan = cl.size();
    for (size_t k = 0; k < cl.size() && scan == cl.size(); ++k)
      if (pos >= cl[k].begin && pos < cl[k].end) scan = k;
    EXPECT_EQ(ClauseIndexAt(s[0], pos), scan) << pos;
    EXPECT_EQ(ClauseAt(s[0], pos), scan < cl.size() ? cl[scan] : s[0].span) << pos;
  }
}

}  // namespace
}  // namespace factlint

namespace factlint {
namespace {

TEST(SentenceTest, EnglishFullStopEndsASentenceBeforeACapital) {
  std::string t = "R&D intensity was 2.68% in 2024. The share was 6.9 percent. \"Yes.\" it said";
  auto s = SplitSentences(t);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(At(t, s[0].span), "R&D intensity was 2.68% in 2024.");
  EXPECT_EQ(At(t, s[1].span), "The share was 6.9 percent.");
}

TEST(SentenceTest, EnglishFullStopAfterAnAbbreviationOrBeforeLowerCaseDoesNotEnd) {
  const std::vector<std::string> abbreviations = {"No", "U.S"};
  std::string t = "It ranked No. 1 in the U.S. Economy grew 3.6 percent. and more";
  auto s = SplitSentences(t, abbreviations);
  ASSERT_EQ(s.size(), 1u);
  // Without the list, the stops after No and U.S end sentences.
  EXPECT_EQ(SplitSentences(t).size(), 2u);
}

TEST(SentenceTest, ChineseListNumbersAndDecimalsAreNoFullStops) {
  std::string t = "1. 研发投入3.6万亿元 2. 强度2.68%";
  EXPECT_EQ(SplitSentences(t).size(), 1u);
}

}  // namespace
}  // namespace factlint
