// KeepClaimText: a document holding its normalized text only around its
// claims answers every read the checks make as the whole text does.
#include "engine/claim_text.h"

#include <gtest/gtest.h>

#include <tuple>

#include "engine/engine_test_util.h"
#include "engine/source_lines.h"

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

// Of the front matter only the source is read after extraction (a note's
// "政府工作报告, document of …"): the date and title are dropped with the
// text, after the extraction has read them.
TEST(ClaimTextTest, OnlyTheSourceIsKeptOfTheFrontMatter) {
  SourceText source;
  source.path = "doc.md";
  source.text = "---\ndate: 2025-03-05\ntitle: 政府工作报告\nsource: 新华社\n---\n\n"
                "全年发表科技论文215万篇。\n";
  source.encoding = "UTF-8";
  source.markdown = true;
  auto kept = BuildDocument(std::move(source), engine_test::TheExtractor());
  ASSERT_EQ(kept->extraction.date.year, 2025);
  ASSERT_EQ(kept->normalized.metadata.size(), 3u);
  KeepClaimText(kept.get(), {}, 3);
  EXPECT_EQ(kept->extraction.date.year, 2025);
  ASSERT_EQ(kept->normalized.metadata.size(), 1u);
  EXPECT_EQ(kept->normalized.metadata.at(kSourceKey), "新华社");
}

TEST(ClaimTextDeathTest, AReadOutsideTheHeldTextStops) {
  auto kept = Build(kText);
  KeepClaimText(kept.get(), {"其中"}, 3);
  EXPECT_DEATH(kept->Text(Span{0, 6}), "outside the text held around claims");
  EXPECT_DEATH(kept->Contains(Span{0, 6}, {"标题"}), "words looked for");
}

// The source is held only in the lines around claims, time evidence and
// directives: every location, quotation line and directive is as before.
const char kSource[] =
    "标题行没有数字\n\n"
    "<!-- factlint-disable-next-line fact-conflict -->\n"
    "他说：“2024年全年发表科技论文215万篇。”\n"
    "一行没有数字的话。\n"
    "高等学校发表165.8万篇。\n"
    "结尾没有数字。\n";

TEST(ClaimTextTest, SourceLinesOfClaimsAndDirectivesAnswerAsTheWholeSource) {
  auto whole = Build(kSource);
  auto kept = Build(kSource);
  KeepClaimSource(kept.get());
  EXPECT_TRUE(kept->source.text.empty());
  ASSERT_GE(whole->extraction.claims.size(), 2u);
  bool dated = false;
  for (const Claim& c : whole->extraction.claims) {
    Location a = kept->Locate(c);
    Location b = whole->Locate(c);
    EXPECT_EQ(std::tie(a.line, a.column, a.end_line, a.end_column),
              std::tie(b.line, b.column, b.end_line, b.end_column));
    EXPECT_EQ(kept->lines->Line(a.line), whole->lines->Line(b.line));
    // The run around a claim reaches from the line end before it to the
    // one after it, as the quotation check reads.
    SourceLines source;
    LineIndex::Piece piece = source.Around(*kept, c.source_span).value();
    std::string_view s = std::string_view(kSource);
    size_t before = s.rfind('\n', c.source_span.begin - 1) + 1;
    size_t after = s.find('\n', c.source_span.end);
    EXPECT_LE(piece.begin, before);
    EXPECT_GE(piece.begin + piece.text.size(), after);
    EXPECT_EQ(piece.text, s.substr(piece.begin, piece.text.size()));
    if (!c.time.evidence.empty()) {
      dated = true;
      LineIndex::Piece at = source.Around(*kept, c.time.evidence).value();
      EXPECT_EQ(at.text.substr(c.time.evidence.begin - at.begin, c.time.evidence.size()),
                s.substr(c.time.evidence.begin, c.time.evidence.size()));
    }
  }
  EXPECT_TRUE(dated);
  std::vector<Suppression> a = kept->Suppressions();
  std::vector<Suppression> b = whole->Suppressions();
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].rule, b[0].rule);
  EXPECT_EQ(a[0].first_line, b[0].first_line);
  EXPECT_EQ(kept->lines->Line(a[0].location.line), whole->lines->Line(b[0].location.line));
}

TEST(ClaimTextDeathTest, ASourceReadOutsideTheHeldLinesStops) {
  auto kept = Build(kSource);
  KeepClaimSource(kept.get());
  SourceLines source;
  EXPECT_DEATH(source.Around(*kept, Span{0, 3}), "outside the lines held around claims");
  EXPECT_DEATH(kept->lines->Line(1), "outside the lines kept");
}

}  // namespace
}  // namespace factlint
