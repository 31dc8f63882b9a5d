#include "fix/chinese_numeral.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

std::string Plain(uint64_t v) {
  return ChineseInteger(v, ChineseNumeralStyle{}).value_or("<none>");
}

std::string Liang(uint64_t v) {
  ChineseNumeralStyle s;
  s.liang = true;
  return ChineseInteger(v, s).value_or("<none>");
}

TEST(ChineseIntegerTest, SmallNumbers) {
  EXPECT_EQ(Plain(0), "零");
  EXPECT_EQ(Plain(7), "七");
  EXPECT_EQ(Plain(10), "十");
  EXPECT_EQ(Plain(15), "十五");
  EXPECT_EQ(Plain(20), "二十");
  EXPECT_EQ(Plain(99), "九十九");
  EXPECT_EQ(Plain(525), "五百二十五");
  EXPECT_EQ(Plain(110), "一百一十");
  EXPECT_EQ(Plain(115), "一百一十五");
}

TEST(ChineseIntegerTest, ZeroRules) {
  EXPECT_EQ(Plain(105), "一百零五");
  EXPECT_EQ(Plain(1005), "一千零五");
  EXPECT_EQ(Plain(1050), "一千零五十");
  EXPECT_EQ(Plain(1500), "一千五百");
  EXPECT_EQ(Plain(10020), "一万零二十");
  EXPECT_EQ(Plain(10000), "一万");
  EXPECT_EQ(Plain(100000), "十万");
  EXPECT_EQ(Plain(100010), "十万零一十");
  EXPECT_EQ(Plain(120000), "十二万");
  EXPECT_EQ(Plain(1001000), "一百万一千");
  EXPECT_EQ(Plain(1000100), "一百万零一百");
  EXPECT_EQ(Plain(99999999), "九千九百九十九万九千九百九十九");
  EXPECT_EQ(Plain(100000005), "一亿零五");
  EXPECT_EQ(Plain(100050000), "一亿零五万");
  EXPECT_EQ(Plain(120000000), "一亿二千万");
  EXPECT_EQ(Plain(1000000000), "十亿");
}

TEST(ChineseIntegerTest, Liang) {
  EXPECT_EQ(Liang(2), "两");
  EXPECT_EQ(Liang(2000), "两千");
  EXPECT_EQ(Liang(200), "两百");
  EXPECT_EQ(Liang(20000), "两万");
  EXPECT_EQ(Liang(22), "二十二");
  EXPECT_EQ(Liang(12), "十二");
  EXPECT_EQ(Liang(2222), "两千两百二十二");
  EXPECT_EQ(Liang(200000000), "两亿");
  EXPECT_EQ(Plain(2000), "二千");
}

TEST(ChineseIntegerTest, Capital) {
  ChineseNumeralStyle s;
  s.capital = true;
  EXPECT_EQ(ChineseInteger(1234, s).value_or(""), "壹仟贰佰叁拾肆");
  EXPECT_EQ(ChineseInteger(1005, s).value_or(""), "壹仟零伍");
}

TEST(ChineseIntegerTest, OutOfRange) {
  EXPECT_TRUE(ChineseInteger(kMaxChineseInteger, {}).has_value());
  EXPECT_FALSE(ChineseInteger(kMaxChineseInteger + 1, {}).has_value());
}

TEST(ChineseDecimalTest, Fractions) {
  EXPECT_EQ(ChineseDecimal(263, 1, {}).value_or(""), "二十六点三");
  EXPECT_EQ(ChineseDecimal(5, 2, {}).value_or(""), "零点零五");
  EXPECT_EQ(ChineseDecimal(2600, 2, {}).value_or(""), "二十六点零零");
  EXPECT_EQ(ChineseDecimal(26, 0, {}).value_or(""), "二十六");
  ChineseNumeralStyle s;
  s.liang = true;
  EXPECT_EQ(ChineseDecimal(25, 1, s).value_or(""), "二点五");
  EXPECT_FALSE(ChineseDecimal(1, 10, {}).has_value());
}

TEST(ChineseDigitStringTest, Years) {
  EXPECT_EQ(ChineseDigitString(2024, "〇"), "二〇二四");
  EXPECT_EQ(ChineseDigitString(2035, "零"), "二零三五");
}

}  // namespace
}  // namespace factlint
