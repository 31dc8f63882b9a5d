// KeepClaimText: a document holding its normalized text only around its
// claims answers every read the checks make as the whole text does.
#include "engine/claim_text.h"

#include <gtest/gtest.h>

#include "engine/engine_test_util.h"

namespace factlint {
namespace {

std::unique_ptr<Document> Build(const std::string& text) {
  SourceText source;
  source.path = "doc.txt";
  source.text = text;
  source.encoding = "UTF-8";
  return BuildDocument(std::move(source), engine_test::TheExtractor());
}

// 其中 stands in a sentence without a figure, between the whole and its part.
const char kText[] =
    "标题一段没有数字的话。\n\n"
    "全年发表科技论文215万篇。这是一句没有数字的话,其中也没有。"
    "高等学校发表165.8万篇,入选2000强。\n\n"
    "最后一段也没有数字。\n";

TEST(ClaimTextTest, ReadsOfClaimsAnswerAsTheWholeText) {
  auto whole = Build(kText);
  auto kept = Build(kText);
  const std::vector<std::string> words = {"其中", "没有"};
  KeepClaimText(kept.get(), words, 3);
  ASSERT_GE(whole->extraction.claims.size(), 2u);
  EXPECT_LT(kept->normalized.text.size(), whole->normalized.text.size() / 2);
  EXPECT_EQ(kept->TextSize(), whole->normalized.text.size());
  const auto& claims = whole->extraction.claims;
  for (const Claim& c : claims) {
    for (Span s : {c.sentence, c.clause, c.span, c.qualifier_span})
      EXPECT_EQ(kept->Text(s), whole->Text(s));
    for (std::string_view suffix : {"强", "篇", "x"})
      EXPECT_EQ(kept->TextStartsWith(c.span.end, suffix),
                whole->TextStartsWith(c.span.end, suffix));
  }
  // Between any two claims, across sentences the text no longer holds.
  bool found = false;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      const Span between{claims[i].span.end, claims[j].span.begin};
      EXPECT_EQ(kept->Contains(between, words), whole->Contains(between, words));
      found = found || whole->Contains(between, words);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_FALSE(kept->Contains(Span{0, claims.front().span.begin}, {"其中", "没有"}) !=
               whole->Contains(Span{0, claims.front().span.begin}, {"其中", "没有"}));
}

TEST(ClaimTextTest, TheEndOfTheTextBoundsAReadAfterAFigure) {
  auto whole = Build("入选2000");
  auto kept = Build("入选2000");
  KeepClaimText(kept.get(), {}, 8);
  for (const Claim& c : whole->extraction.claims) {
    EXPECT_FALSE(kept->TextStartsWith(c.span.end, "强"));
    EXPECT_EQ(kept->Text(c.sentence), whole->Text(c.sentence));
  }
}

TEST(ClaimTextDeathTest, AReadOutsideTheHeldTextStops) {
  auto kept = Build(kText);
  KeepClaimText(kept.get(), {"其中"}, 3);
  EXPECT_DEATH(kept->Text(Span{0, 6}), "outside the text held around claims");
  EXPECT_DEATH(kept->Contains(Span{0, 6}, {"标题"}), "words looked for");
}

}  // namespace
}  // namespace factlint
