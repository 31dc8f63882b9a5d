// Properties of the number grammar over generated text, not only examples:
// whatever the mix of numerals, magnitudes, units, signs, qualifiers and
// punctuation, every claim's interval is finite with lo <= hi (an overflow is
// a problem of the extraction, never an infinite claim), and its span lies
// inside the text. The generator is seeded: a failure names its input.
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/fixture_cases_test_util.h"

namespace factlint {
namespace {

// Pieces of numbers and of the text around them.
const std::vector<std::string> kTokens = {
    "0", "1", "2", "5", "9", "10", "36", "130", "2024", "1000", "0.5", ".",
    ",", " ", "-", "−", "负", "一", "二", "两", "三", "五", "七", "九", "十",
    "百", "千", "万", "亿", "兆", "萬", "億", "貳", "陸", "零", "〇", "点",
    "多", "余", "几", "半", "成", "分之", "又", "/", "翻", "番", "强", "弱",
    "%", "个百分点", "倍", "元", "亿元", "家", "人", "人次", "吨", "平方公里",
    "年", "个月", "第", "位", "前", "k", "KB", "、", "至", "—", "~", "约",
    "近", "超过", "不到", "以上", "左右", "增长", "下降", "达到", "占",
    "企业", "，", "。", "\n", "2024年", "比上年",
    // Forms of the last round: tolerances, 个半, bandwidth 兆, English.
    "±", "正负", "个半", "小时", "兆宽带", "Mbps", " ", "five", "twenty",
    "-four", " hundred", " and ", " billion", " percent", " companies",
    "$", "€", " to ", "doubled", "halved", "more than ",
};

std::string Generate(std::mt19937_64& rng) {
  std::uniform_int_distribution<size_t> pick(0, kTokens.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  std::string text;
  for (int n = length(rng); n > 0; --n) text += kTokens[pick(rng)];
  return text;
}

bool Finite(const Interval& v) {
  return std::isfinite(v.lo) || std::isfinite(v.hi);
}

TEST(QuantityPropertyTest, EveryClaimIntervalIsOrderedAndNotUnbounded) {
  const Extractor& ex = ShippedExtractor();
  std::mt19937_64 rng(11);
  int claims = 0;
  for (int i = 0; i < 20000; ++i) {
    FixtureCase c;
    c.input = Generate(rng);
    Extraction e = ExtractFixtureCase(ex, c);
    const std::string text = FixtureCaseText(c);
    for (const Claim& claim : e.claims) {
      ++claims;
      const Interval& v = claim.value;
      ASSERT_FALSE(std::isnan(v.lo) || std::isnan(v.hi)) << c.input;
      ASSERT_LE(v.lo, v.hi) << claim.surface << " in " << c.input;
      // Only a qualifier (超过, 不到, 以上 ...) opens one end; the number
      // itself is always finite, and both ends are never open.
      ASSERT_TRUE(Finite(v)) << claim.surface << " in " << c.input;
      Qualifier q = claim.qualifier;
      if (q != Qualifier::kAbove && q != Qualifier::kAtLeast) {
        ASSERT_TRUE(std::isfinite(v.hi)) << claim.surface << " in " << c.input;
      }
      if (q != Qualifier::kBelow && q != Qualifier::kAtMost) {
        ASSERT_TRUE(std::isfinite(v.lo)) << claim.surface << " in " << c.input;
      }
      ASSERT_LE(claim.span.end, text.size());
      ASSERT_LT(claim.span.begin, claim.span.end);
    }
  }
  EXPECT_GT(claims, 20000);  // the generator does produce claims
}

// Overflow: however many magnitudes follow, the result is a located
// problem, not a claim.
TEST(QuantityPropertyTest, OverflowIsAProblemNotAClaim) {
  const Extractor& ex = ShippedExtractor();
  for (const char* mag : {"万", "亿", "兆", "萬"}) {
    FixtureCase c;
    c.input = "收入1";
    for (int i = 0; i < 120; ++i) c.input += mag;
    c.input += "元。";
    Extraction e = ExtractFixtureCase(ex, c);
    EXPECT_TRUE(e.claims.empty()) << mag;
    ASSERT_EQ(e.problems.size(), 1u) << mag;
    EXPECT_EQ(FixtureCaseText(c).substr(e.problems[0].span.begin, 1), "1");
  }
}

}  // namespace
}  // namespace factlint
