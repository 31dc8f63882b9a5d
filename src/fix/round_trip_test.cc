// The fixer writes numbers and the extractor reads them: the two must be
// inverses. For generated values in every numeral style the fixer writes
// (Arabic with and without thousands separators, Chinese numerals with 二 or
// 两, financial capitals, traditional 萬/億, 万/亿 magnitudes, decimals with
// 点), rendering then scanning gives back the interval the value stands
// for. The generator is seeded: a failure names the text and reproduces.
#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "extract/precision.h"
#include "extract/quantity.h"
#include "fix/chinese_numeral.h"
#include "fix/render.h"

namespace factlint {
namespace {

std::string Source(const std::string& relative) {
  return std::string(FACTLINT_SOURCE_DIR) + "/" + relative;
}

class RoundTripTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    units_ = UnitTable::LoadFile(Source("rules/units.toml"), &error);
    scanner_ = QuantityScanner::Load(Source("rules/units.toml"), &error);
    ASSERT_NE(units_, nullptr) << error;
    ASSERT_NE(scanner_, nullptr) << error;
  }

  // The one quantity of `text`; fails the test when there is not exactly one.
  std::optional<Quantity> One(const std::string& text) {
    std::vector<Quantity> found = scanner_->Scan(text);
    EXPECT_EQ(found.size(), 1u) << text;
    if (found.size() != 1) return std::nullopt;
    EXPECT_EQ(found[0].surface, text) << text;
    return found[0];
  }

  std::unique_ptr<UnitTable> units_;
  std::unique_ptr<QuantityScanner> scanner_;
  std::mt19937_64 rng_{20261204};
};

// Replaces every occurrence of `from` in `s` by `to`.
std::string ReplaceAll(std::string s, const std::string& from,
                       const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos;
       p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

// 1234567 -> "1,234,567".
std::string Grouped(uint64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Counted integers: every style reads back as the Arabic digits do (exact,
// or with the step of the last non-zero digit from 1000 up: 2000家).
TEST_F(RoundTripTest, CountedIntegersInEveryStyle) {
  std::uniform_int_distribution<int> digits(1, 12);  // 2 .. 10^12
  int checked = 0;
  for (int i = 0; i < 25000; ++i) {
    int n = digits(rng_);
    uint64_t hi = 1;
    for (int k = 0; k < n; ++k) hi *= 10;
    // From 2: 一家 is the article "a" and not read as a count.
    uint64_t v = std::uniform_int_distribution<uint64_t>(2, hi - 1)(rng_);
    if (v > kMaxChineseInteger) continue;
    std::vector<std::string> forms = {std::to_string(v), Grouped(v)};
    for (bool liang : {false, true}) {
      for (bool capital : {false, true}) {
        std::optional<std::string> s = ChineseInteger(v, {liang, capital});
        ASSERT_TRUE(s.has_value()) << v;
        forms.push_back(*s);
        if (capital) {  // traditional magnitudes and digits
          std::string t = ReplaceAll(ReplaceAll(*s, "万", "萬"), "亿", "億");
          t = ReplaceAll(ReplaceAll(t, "贰", "貳"), "陆", "陸");
          forms.push_back(t);
        }
      }
    }
    std::optional<Quantity> arabic = One(forms[0] + "家");
    if (!arabic) return;
    if (v % 10 != 0 || v < 1000) {
      ASSERT_EQ(arabic->written, Interval::Point(static_cast<double>(v))) << v;
    }
    ASSERT_TRUE(arabic->written.Contains(static_cast<double>(v))) << v;
    for (const std::string& form : forms) {
      std::optional<Quantity> q = One(form + "家");
      if (!q) return;
      ASSERT_EQ(q->written, arabic->written) << form << "家 for " << v;
      ++checked;
    }
  }
  EXPECT_GE(checked, 100000);
}

// Decimals: 二十六点三% reads as 26.3%, whatever the digits.
TEST_F(RoundTripTest, DecimalsWithDianMatchArabic) {
  std::uniform_int_distribution<uint64_t> scaled(1, 9999999);
  std::uniform_int_distribution<int> decimals(1, 3);
  for (int i = 0; i < 20000; ++i) {
    uint64_t s = scaled(rng_);
    int d = decimals(rng_);
    std::optional<std::string> chinese = ChineseDecimal(s, d, {});
    ASSERT_TRUE(chinese.has_value());
    std::string arabic = fmt::format("{:.{}f}", s / std::pow(10.0, d), d);
    for (const char* unit : {"%", "万吨", "亿元"}) {
      std::optional<Quantity> a = One(arabic + unit);
      std::optional<Quantity> c = One(*chinese + unit);
      if (!a || !c) return;
      ASSERT_EQ(c->written, a->written) << *chinese << unit << " vs " << arabic << unit;
      ASSERT_LE(a->written.lo, a->written.hi);
    }
  }
}

// Through the fixer: a value rendered in the style of an original quantity
// reads back as the interval of that value written with the original's
// precision (525家 -> exact; 3.6万亿元 -> a step of 0.1万亿).
TEST_F(RoundTripTest, RenderLikeReadsBack) {
  struct Style {
    const char* original;
    double unit;   // base units of one step of the written form
    int decimals;  // decimals the style writes
    const char* arabic_suffix;
  };
  const Style styles[] = {
      {"525家", 1, 0, "家"},           {"五百二十五家", 1, 0, "家"},
      {"两千家", 1, 0, "家"},          {"26.3%", 1, 1, "%"},
      {"百分之二十六点三", 1, 1, "%"}, {"3.6万亿元", 1e12, 1, "万亿元"},
      {"47.2万人年", 1e4, 1, "万人年"}, {"2497亿元", 1e8, 0, "亿元"},
  };
  std::uniform_int_distribution<uint64_t> scaled(1, 99999);
  int checked = 0;
  for (const Style& style : styles) {
    std::optional<Quantity> original = One(style.original);
    ASSERT_TRUE(original.has_value());
    for (int i = 0; i < 2000; ++i) {
      uint64_t s = scaled(rng_);
      double p10 = std::pow(10.0, style.decimals);
      double written = s / p10;
      double base = written * style.unit;
      double step = style.unit / p10;
      std::string why;
      std::optional<std::string> r =
          RenderLike(base, *original, *units_, step, &why);
      if (!r) continue;  // a value the style cannot hold (said in `why`)
      std::string arabic =
          fmt::format("{:.{}f}{}", written, style.decimals, style.arabic_suffix);
      std::optional<Quantity> back = One(*r);
      std::optional<Quantity> expect = One(arabic);
      if (!back || !expect) return;
      ASSERT_EQ(back->written, expect->written)
          << style.original << " rendered " << *r << " vs " << arabic;
      ++checked;
    }
  }
  EXPECT_GT(checked, 8000);
}

}  // namespace
}  // namespace factlint
