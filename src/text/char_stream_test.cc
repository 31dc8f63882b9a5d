#include <unicode/utf16.h>

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"
#include "text/normalize_internal.h"

namespace factlint::internal {
namespace {

// Every code point the table holds finds its own entry there (the ranges
// are laid end to end), decided as ICU decides it on each call.
TEST(CharOutcomeTest, TableAgreesWithIcuForEveryCodePoint) {
  int cached = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const CharOutcome* o = CachedCharOutcome(c);
    if (o == nullptr) continue;
    ++cached;
    EXPECT_EQ(*o, DecideCharOutcome(c)) << "U+" << std::hex << c;
    const std::optional<CharOutcome> packed = PackedCharOutcome(c);
    ASSERT_TRUE(packed.has_value()) << "U+" << std::hex << c;
    EXPECT_EQ(*packed, DecideCharOutcome(c)) << "U+" << std::hex << c;
  }
  // ASCII, U+2000-206F, U+3000-303F, U+4E00-9FFF, U+FF00-FFEF.
  EXPECT_EQ(cached, 0x80 + 0x70 + 0x40 + 0x5200 + 0xF0);
}

// The characters of Chinese text are in the table, each as NFKC makes it.
TEST(CharOutcomeTest, TableHoldsChinesePunctuationAndFullWidthForms) {
  const CharOutcome* comma = CachedCharOutcome(0xFF0C);  // ,
  ASSERT_NE(comma, nullptr);
  EXPECT_EQ(comma->kind, CharOutcome::kReplace);
  EXPECT_EQ(comma->replacement, ",");
  const CharOutcome* stop = CachedCharOutcome(0x3002);  // 。
  ASSERT_NE(stop, nullptr);
  EXPECT_EQ(stop->kind, CharOutcome::kCopy);
  EXPECT_TRUE(stop->cjk);
  const CharOutcome* ideographic_space = CachedCharOutcome(0x3000);
  ASSERT_NE(ideographic_space, nullptr);
  EXPECT_EQ(ideographic_space->kind, CharOutcome::kSpace);
  const CharOutcome* zero_width = CachedCharOutcome(0x200B);
  ASSERT_NE(zero_width, nullptr);
  EXPECT_EQ(zero_width->kind, CharOutcome::kDrop);
  EXPECT_EQ(CachedCharOutcome(0x33A1), nullptr);  // ㎡: asked of ICU
  EXPECT_FALSE(PackedCharOutcome(0x33A1).has_value());
}

std::string Norm(const std::string& text) {
  SourceText s;
  s.path = "t.txt";
  s.text = text;
  return Normalize(s).text;
}

// Mixed text through both paths: full-width forms and punctuation from the
// table; compatibility characters, combining marks and enclosed numbers
// from ICU.
TEST(CharOutcomeTest, MixedTextNormalizes) {
  EXPECT_EQ(Norm("ＧＤＰ增长５．２％，“好于预期”…"), "GDP增长5.2%,“好于预期”...");
  EXPECT_EQ(Norm("面积１２０㎡，ﬁle"), "面积120m2,file");
  EXPECT_EQ(Norm("cafe\u0301与Å"), "cafe\u0301与Å");  // no composition across characters
  EXPECT_EQ(Norm("共识①\u200b。"), "共识①。");
}

}  // namespace
}  // namespace factlint::internal
