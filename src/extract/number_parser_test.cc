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

TEST_F(NumberParserTest, MinusSigns) {
  ParsedNumber n = Parse("-10000元", 6);
  EXPECT_TRUE(n.negative);
  EXPECT_DOUBLE_EQ(n.value, -10000);
  n = Parse("\u22122.2%", 6);  // U+2212
  EXPECT_DOUBLE_EQ(n.value, -2.2);
  EXPECT_DOUBLE_EQ(n.step, 0.1);
  n = Parse("负四十五亿零四百零四万元", 33);
  EXPECT_DOUBLE_EQ(n.value, -4504040000);
  // Not a sign after a digit or letter, nor before a space.
  EXPECT_FALSE(ParseNumber("1-2", 1, *units_).has_value());
  EXPECT_FALSE(ParseNumber("GPT-4", 3, *units_).has_value());
  EXPECT_FALSE(ParseNumber("- 2 -", 0, *units_).has_value());
  EXPECT_FALSE(ParseNumber("负责", 0, *units_).has_value());
}

TEST_F(NumberParserTest, CompoundAndTraditionalMagnitudes) {
  EXPECT_DOUBLE_EQ(Parse("10万万人", 8).value, 1e9);
  EXPECT_DOUBLE_EQ(Parse("四万万", 9).value, 4e8);
  EXPECT_DOUBLE_EQ(Parse("3.6万亿", 9).value, 3.6e12);
  EXPECT_DOUBLE_EQ(Parse("3万亿5000亿", 14).value, 3.5e12);
  EXPECT_DOUBLE_EQ(Parse("五兆六十二亿", 18).value, 5.0062e12);
  EXPECT_DOUBLE_EQ(Parse("壹萬貳仟", 12).value, 12000);
  EXPECT_DOUBLE_EQ(Parse("陸億", 6).value, 6e8);
  EXPECT_DOUBLE_EQ(Parse("40k", 3).value, 40000);
}

TEST_F(NumberParserTest, ColloquialLastDigit) {
  ParsedNumber n = Parse("四万五千二", 15);
  EXPECT_DOUBLE_EQ(n.value, 45200);
  EXPECT_DOUBLE_EQ(n.step, 100);
  EXPECT_DOUBLE_EQ(Parse("两千四百五", 15).value, 2450);
  EXPECT_DOUBLE_EQ(Parse("一万三", 9).value, 13000);
  EXPECT_DOUBLE_EQ(Parse("九万四人", 9).value, 94000);
  EXPECT_DOUBLE_EQ(Parse("一千陆", 9).value, 1600);
  // 百 before a digit stands for 一百: 百三 = 130; 2万5 and 3千5 as 两万五.
  n = Parse("百三元", 6);
  EXPECT_DOUBLE_EQ(n.value, 130);
  EXPECT_DOUBLE_EQ(n.step, 10);
  n = Parse("2万5元", 5);
  EXPECT_DOUBLE_EQ(n.value, 25000);
  EXPECT_DOUBLE_EQ(n.step, 1000);
  EXPECT_DOUBLE_EQ(Parse("3千5", 5).value, 3500);
  EXPECT_DOUBLE_EQ(Parse("1亿5", 5).value, 1.5e8);
  // Not two digits or a decimal: 2万50 and 2万5.5 end at 万.
  EXPECT_DOUBLE_EQ(Parse("2万50", 4).value, 20000);
  EXPECT_DOUBLE_EQ(Parse("2万5.5", 4).value, 20000);
  // Not after 零, nor after 十.
  EXPECT_DOUBLE_EQ(Parse("四万零二", 12).value, 40002);
  EXPECT_DOUBLE_EQ(Parse("一百零五", 12).value, 105);
  EXPECT_DOUBLE_EQ(Parse("三十五", 9).value, 35);
  EXPECT_DOUBLE_EQ(Parse("一万三千", 12).value, 13000);
}

TEST_F(NumberParserTest, AsciiDigitsBetweenPositionalUnits) {
  EXPECT_DOUBLE_EQ(Parse("5万4千6百人", 12).value, 54600);
  EXPECT_DOUBLE_EQ(Parse("3千4百万", 11).value, 34000000);
  // A unit that does not get smaller ends the number.
  EXPECT_DOUBLE_EQ(Parse("5百6千", 4).value, 500);
}

TEST_F(NumberParserTest, JiIsAnUnwrittenDigit) {
  ParsedNumber n = Parse("二十几万", 12);
  EXPECT_TRUE(n.plus);
  EXPECT_TRUE(n.plus_inside);
  EXPECT_DOUBLE_EQ(n.value, 200000);
  EXPECT_DOUBLE_EQ(n.plus_step, 100000);
  n = Parse("一百零几万", 15);
  EXPECT_DOUBLE_EQ(n.value, 1000000);
  EXPECT_DOUBLE_EQ(n.plus_step, 100000);
}

TEST_F(NumberParserTest, SpacesInsideNumbers) {
  EXPECT_DOUBLE_EQ(Parse("36 130亿元", 9).value, 3.613e12);
  EXPECT_DOUBLE_EQ(Parse("5 2 4家", 5).value, 524);
  // Figures side by side stay apart.
  EXPECT_DOUBLE_EQ(Parse("2023 2024", 4).value, 2023);
  EXPECT_DOUBLE_EQ(Parse("12 345 6", 2).value, 12);
  EXPECT_DOUBLE_EQ(Parse("1 2", 1).value, 1);
}

TEST_F(NumberParserTest, OverflowIsReportedNotRead) {
  std::string text = "1";
  for (int i = 0; i < 200; ++i) text += "万";
  ParsedNumber n = Parse(text, text.size());
  EXPECT_TRUE(n.overflow);
  EXPECT_DOUBLE_EQ(n.value, 0);
  std::string digits = "1" + std::string(400, '0');
  n = Parse(digits, digits.size());
  EXPECT_TRUE(n.overflow);
  EXPECT_FALSE(Parse("1亿亿亿", 10).overflow);  // 1e24: large, still a value
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
