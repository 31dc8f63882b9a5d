#include "extract/number_parser.h"

#include <gtest/gtest.h>

#include "extract/quantity_test_util.h"

namespace factlint {
namespace {

class NumberParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    units_ = UnitTable::LoadFile(SourcePath("rules/units.toml"), &error);
    ASSERT_NE(units_, nullptr) << error;
  }
  // Parses at the start of `text`; the number must end at `consumed` bytes.
  ParsedNumber Parse(std::string_view text, size_t consumed) {
    std::optional<ParsedNumber> n = ParseNumber(text, 0, *units_);
    EXPECT_TRUE(n.has_value()) << text;
    if (!n) return {};
    EXPECT_EQ(n->end, consumed) << text;
    return *n;
  }
  std::unique_ptr<UnitTable> units_;
};

TEST_F(NumberParserTest, AsciiDigits) {
  ParsedNumber n = Parse("2.68%", 4);
  EXPECT_DOUBLE_EQ(n.value, 2.68);
  EXPECT_DOUBLE_EQ(n.step, 0.01);
  EXPECT_TRUE(n.has_decimal);
  n = Parse("36,000亿", 9);
  EXPECT_DOUBLE_EQ(n.value, 3.6e12);
  EXPECT_DOUBLE_EQ(n.step, 1e8);
  EXPECT_EQ(n.magnitude, "亿");
  n = Parse("525家", 3);
  EXPECT_DOUBLE_EQ(n.value, 525);
  EXPECT_FALSE(n.has_magnitude);
  EXPECT_EQ(n.integer_digits, 3);
  n = Parse("2022,38(11)", 4);  // not a thousands separator
  EXPECT_DOUBLE_EQ(n.value, 2022);
}

TEST_F(NumberParserTest, Magnitudes) {
  ParsedNumber n = Parse("3.6万亿元", 9);
  EXPECT_DOUBLE_EQ(n.value, 3.6e12);
  EXPECT_DOUBLE_EQ(n.step, 1e11);
  EXPECT_EQ(n.magnitude, "万亿");
  n = Parse("47.2万人年", 7);
  EXPECT_DOUBLE_EQ(n.value, 472000);
  EXPECT_DOUBLE_EQ(n.step, 1000);
  n = Parse("1亿5000万", 11);
  EXPECT_DOUBLE_EQ(n.value, 1.5e8);
  n = Parse("2万5千", 8);
  EXPECT_DOUBLE_EQ(n.value, 25000);
  EXPECT_DOUBLE_EQ(n.step, 1000);
  n = Parse("3千万", 7);
  EXPECT_DOUBLE_EQ(n.value, 3e7);
  EXPECT_EQ(n.magnitude, "千万");
  // A unit starting with a magnitude character ends the number.
  n = Parse("3千瓦时", 1);
  EXPECT_DOUBLE_EQ(n.value, 3);
  n = Parse("3万千瓦时", 4);
  EXPECT_DOUBLE_EQ(n.value, 30000);
}

TEST_F(NumberParserTest, ChineseNumerals) {
  ParsedNumber n = Parse("五百二十五家", 15);
  EXPECT_DOUBLE_EQ(n.value, 525);
  EXPECT_TRUE(n.chinese);
  EXPECT_FALSE(n.has_magnitude);
  n = Parse("四十七点三", 15);
  EXPECT_DOUBLE_EQ(n.value, 47.3);
  EXPECT_DOUBLE_EQ(n.step, 0.1);
  n = Parse("二点六八", 12);
  EXPECT_DOUBLE_EQ(n.value, 2.68);
  n = Parse("八十万亿元", 12);
  EXPECT_DOUBLE_EQ(n.value, 8e13);
  n = Parse("十五", 6);
  EXPECT_DOUBLE_EQ(n.value, 15);
  n = Parse("一百零五", 12);
  EXPECT_DOUBLE_EQ(n.value, 105);
  n = Parse("两万", 6);
  EXPECT_DOUBLE_EQ(n.value, 20000);
  n = Parse("叁佰贰拾", 12);
  EXPECT_DOUBLE_EQ(n.value, 320);
  n = Parse("五万五千", 12);
  EXPECT_DOUBLE_EQ(n.value, 55000);
}

TEST_F(NumberParserTest, DigitStringsAndPairs) {
  ParsedNumber n = Parse("二〇三五年", 12);
  EXPECT_TRUE(n.digit_string);
  EXPECT_DOUBLE_EQ(n.value, 2035);
  n = Parse("二0一一年", 10);
  EXPECT_DOUBLE_EQ(n.value, 2011);
  n = Parse("三四年", 6);
  EXPECT_TRUE(n.pair);
  EXPECT_DOUBLE_EQ(n.value, 3);
  EXPECT_DOUBLE_EQ(n.value_hi, 4);
  EXPECT_FALSE(ParseNumber("五四运动", 0, *units_).has_value());
}

TEST_F(NumberParserTest, IllFormedRunStopsEarly) {
  // 十四五 parses as 十四 and stops at 五; the scanner rejects the run.
  std::optional<ParsedNumber> n = ParseNumber("十四五", 0, *units_);
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->end, 6u);
  EXPECT_EQ(ChineseNumeralRun("十四五规划", 0), 9u);
  EXPECT_FALSE(ParseNumber("百年", 0, *units_).has_value());
  EXPECT_FALSE(ParseNumber("千亿参数", 0, *units_).has_value());
}

TEST_F(NumberParserTest, PlusInsideAndAfter) {
  ParsedNumber n = Parse("6800多万", 10);
  EXPECT_TRUE(n.plus);
  EXPECT_TRUE(n.plus_inside);
  EXPECT_DOUBLE_EQ(n.value, 6.8e7);
  EXPECT_DOUBLE_EQ(n.plus_step, 1e6);
  EXPECT_EQ(n.plus_span, (Span{4, 7}));
  n = Parse("30多年", 5);
  EXPECT_TRUE(n.plus);
  EXPECT_FALSE(n.plus_inside);
  EXPECT_DOUBLE_EQ(n.plus_step, 10);
  n = Parse("1000余家", 7);
  EXPECT_DOUBLE_EQ(n.plus_step, 1000);
  n = Parse("三十多万", 12);
  EXPECT_DOUBLE_EQ(n.value, 300000);
  EXPECT_DOUBLE_EQ(n.plus_step, 100000);
}

TEST_F(NumberParserTest, SectionNumbersAreDotted) {
  ParsedNumber n = Parse("1.2.1科技", 5);
  EXPECT_TRUE(n.dotted);
}

TEST_F(NumberParserTest, CodePoints) {
  size_t next;
  EXPECT_EQ(CodePointAt("万", 0, &next), U'万');
  EXPECT_EQ(next, 3u);
  EXPECT_EQ(CodePointAt("\xff", 0, &next), U'\uFFFD');
  EXPECT_EQ(ChineseDigitValue(U'两'), 2);
  EXPECT_EQ(ChineseDigitValue(U'〇'), 0);
  EXPECT_EQ(ChineseDigitValue(U'万'), -1);
}

}  // namespace
}  // namespace factlint
