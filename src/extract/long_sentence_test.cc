// Long sentences (issue 13): a sentence of thousands of clauses, or thousands
// of ;-ended lines that the PDF repair joins into one paragraph, gives every
// repetition of a statement the claims that the statement gives alone. Each
// claim reads only its neighbourhood (its own time, base, clause and subject),
// which is also what keeps extraction linear; speed itself is measured by
// tools/bench, not here.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "extract/fixture_cases_test_util.h"
#include "text/normalize.h"

namespace factlint {
namespace {

constexpr char kStatement[] =
    "2025年全国研发经费投入36130亿元，比上年增长8.3%，研发投入强度2.68%；";

Extraction ExtractText(const std::string& text) {
  SourceText src{"long.txt", text, "UTF-8", false};
  return ShippedExtractor().Extract(src, Normalize(src));
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The claims of repetition k are those of the statement alone, shifted by k
// statements (of normalized text: ， becomes , and joined lines lose their
// break).
void ExpectEveryRepetitionAlike(const Extraction& one, const Extraction& many, int n) {
  ASSERT_EQ(one.claims.size(), 3u);
  ASSERT_EQ(many.claims.size(), 3u * n);
  const uint32_t stride = many.claims[3].span.begin - many.claims[0].span.begin;
  for (size_t i = 0; i < many.claims.size(); ++i) {
    const Claim& a = one.claims[i % 3];
    const Claim& b = many.claims[i];
    const uint32_t shift = static_cast<uint32_t>(i / 3) * stride;
    SCOPED_TRACE("claim " + std::to_string(i));
    EXPECT_EQ(b.span.begin, a.span.begin + shift);
    EXPECT_EQ(b.surface, a.surface);
    EXPECT_EQ(b.value.lo, a.value.lo);
    EXPECT_EQ(b.time.from_year, a.time.from_year);
    // The time's evidence (in source bytes) is the repetition's own year.
    EXPECT_EQ(int64_t{b.time.evidence.begin} - b.source_span.begin,
              int64_t{a.time.evidence.begin} - a.source_span.begin);
    EXPECT_EQ(b.change, a.change);
    EXPECT_EQ(b.base_year, a.base_year);
    EXPECT_EQ(b.subject, a.subject);
    EXPECT_EQ(b.context, a.context);
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(LongSentenceTest, SixteenThousandRepetitionsInOneSentence) {
  const std::string statement = kStatement;
  const Extraction one = ExtractText(statement + "\n");
  EXPECT_EQ(one.claims[1].change, Direction::kUp);
  EXPECT_EQ(one.claims[1].base_year, 2024);
  EXPECT_EQ(one.claims[2].subject, "研发经费强度");
  const int n = 16000;
  const Extraction many = ExtractText(Repeat(statement, n) + "\n");
  ExpectEveryRepetitionAlike(one, many, n);
  // It is one sentence: the last claim's sentence is the whole text.
  EXPECT_EQ(many.claims.back().sentence.begin, many.claims.front().sentence.begin);
}

TEST(LongSentenceTest, ThousandsOfSemicolonLinesJoinedIntoOneParagraph) {
  // The PDF repair joins lines that end in ；: one paragraph, one sentence.
  const std::string line = std::string(kStatement) + "\n";
  const Extraction one = ExtractText(line);
  const int n = 8000;
  const Extraction many = ExtractText(Repeat(line, n));
  ExpectEveryRepetitionAlike(one, many, n);
  EXPECT_EQ(many.claims.back().sentence.begin, many.claims.front().sentence.begin);
}

}  // namespace
}  // namespace factlint
