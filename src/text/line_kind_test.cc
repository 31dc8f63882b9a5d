#include <gtest/gtest.h>

#include <memory>

#include "text/normalize_internal.h"

namespace factlint::internal {
namespace {

// Lines that start with a Han character no marker starts with skip the
// marker patterns: check that none of them could match such a line,
// whatever follows the character (the match fails without reading past it).
TEST(LineKindTest, NoMarkerStartsWithTheSkippedHanCharacters) {
  const std::vector<const icu::RegexPattern*> patterns = LineMarkerPatterns();
  ASSERT_EQ(patterns.size(), 6u);
  int skipped = 0;
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
    if (LineMarkerMayStartWith(c)) continue;
    ++skipped;
    const icu::UnicodeString text(c);
    for (const icu::RegexPattern* p : patterns) {
      ASSERT_NE(p, nullptr);
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> m(p->matcher(text, status));
      ASSERT_TRUE(U_SUCCESS(status));
      EXPECT_FALSE(m->lookingAt(status)) << std::hex << c;
      EXPECT_FALSE(m->hitEnd()) << std::hex << c;
    }
  }
  EXPECT_GT(skipped, 20000);
  for (char32_t c : {U'一', U'十', U'第', U'百'}) EXPECT_TRUE(LineMarkerMayStartWith(c));
  EXPECT_TRUE(LineMarkerMayStartWith('#'));
  EXPECT_TRUE(LineMarkerMayStartWith(0x3000));  // ideographic space
}

TEST(LineKindTest, FirstCodePoint) {
  EXPECT_EQ(FirstCodePointOf("中国"), 0x4E2D);
  EXPECT_EQ(FirstCodePointOf("a"), 'a');
  EXPECT_EQ(FirstCodePointOf(""), -1);
  EXPECT_LT(FirstCodePointOf("\xE4"), 0);
}

}  // namespace
}  // namespace factlint::internal
