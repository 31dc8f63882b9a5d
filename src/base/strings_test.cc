#include "base/strings.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(StringsTest, EndsAndStarts) {
  EXPECT_TRUE(StartsWith("2024年以来", "2024"));
  EXPECT_FALSE(StartsWith("年", "2024年"));
  EXPECT_TRUE(EndsWith("增加到", "到"));
  EXPECT_FALSE(EndsWith("到", "增加到"));
  EXPECT_TRUE(StartsWithAny("答:城镇新增就业", {"问:", "答:"}));
  EXPECT_TRUE(ContainsAny("二、2015年工作总体部署", {"总体部署", "工作任务"}));
  EXPECT_FALSE(ContainsAny("一、2014年工作回顾", {"总体部署"}));
}

// Every length and alignment: the eight-byte steps and the bytes after them
// count what a byte-by-byte count does.
TEST(StringsTest, CountCodePointsOfEveryPrefixAndSuffix) {
  const std::string text = "2024年GDP达到134.9万亿元,增长5.0%。😀 ½ é—“引号”";
  auto naive = [](std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints(text), 36u);
  for (size_t b = 0; b <= text.size(); ++b)
    for (size_t e = b; e <= text.size(); ++e) {
      const std::string_view s = std::string_view(text).substr(b, e - b);
      ASSERT_EQ(CountCodePoints(s), naive(s)) << b << ".." << e;
    }
}

// From every start to every end: the bytes stepped over are none of them
// ASCII, and the eight from where it stops (if there are eight) hold one.
TEST(StringsTest, SkipNonAsciiStopsAtTheFirstEightBytesHoldingAscii) {
  const std::string text = "国内生产总值达到134.9万亿元,增长5.0%。“引号”😀x全年粮食产量";
  for (size_t b = 0; b <= text.size(); ++b)
    for (size_t e = b; e <= text.size(); ++e) {
      const size_t at = SkipNonAscii(text.data(), b, e);
      ASSERT_GE(at, b);
      ASSERT_LE(at, e);
      for (size_t k = b; k < at; ++k)
        ASSERT_GE(static_cast<unsigned char>(text[k]), 0x80) << b << ".." << e;
      if (at + 8 <= e) {
        bool ascii = false;
        for (size_t k = at; k < at + 8; ++k) ascii |= static_cast<unsigned char>(text[k]) < 0x80;
        ASSERT_TRUE(ascii) << b << ".." << e;
      }
    }
}

TEST(StringsTest, Trim) {
  EXPECT_EQ(TrimLeft(" \t达到"), "达到");
  EXPECT_EQ(TrimRight("达到 \r"), "达到");
  EXPECT_EQ(TrimRight("   "), "");
}

}  // namespace
}  // namespace factlint
