#include "fix/render.h"

#include <memory>

#include <gtest/gtest.h>

#include "diag/messages.h"

namespace factlint {
namespace {

std::string Source(const std::string& relative) {
  return std::string(FACTLINT_SOURCE_DIR) + "/" + relative;
}

struct Case {
  const char* text;     // a sentence holding the original
  const char* surface;  // the quantity's surface in it
  double value;         // canonical value, base units
  double step;          // canonical precision, base units (0: from value)
  const char* expected; // nullptr: cannot be written in that style
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.surface << " <- " << c.value;
}

class RenderLikeTest : public ::testing::TestWithParam<Case> {
 public:
  static void SetUpTestSuite() {
    std::string error;
    std::optional<Messages> en = Messages::Load(
        Messages::PathOf(Source("rules"), "en"), &error);
    ASSERT_TRUE(en.has_value()) << error;
    english_ = new Messages(std::move(*en));
    units_ = UnitTable::LoadFile(Source("rules/units.toml"), &error).release();
    scanner_ =
        QuantityScanner::Load(Source("rules/units.toml"), &error).release();
    ASSERT_NE(units_, nullptr) << error;
    ASSERT_NE(scanner_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete units_;
    delete scanner_;
    delete english_;
  }
  static const UnitTable* units_;
  static const QuantityScanner* scanner_;
  static const Messages* english_;
};
const Messages* RenderLikeTest::english_ = nullptr;
const UnitTable* RenderLikeTest::units_ = nullptr;
const QuantityScanner* RenderLikeTest::scanner_ = nullptr;

TEST_P(RenderLikeTest, Renders) {
  const Case& c = GetParam();
  ASSERT_NE(scanner_, nullptr);
  std::vector<Quantity> found = scanner_->Scan(c.text);
  const Quantity* q = nullptr;
  std::string all;
  for (const Quantity& f : found) {
    all += "[" + f.surface + "]";
    if (f.surface == c.surface) q = &f;
  }
  ASSERT_NE(q, nullptr) << "no " << c.surface << " in " << c.text << ": "
                        << all;
  std::string why;
  std::optional<std::string> got =
      RenderLike(c.value, *q, *units_, c.step, &why);
  if (c.expected == nullptr) {
    EXPECT_FALSE(got.has_value()) << "rendered " << *got;
    // The reason is a key of the message catalogue, worded there.
    ASSERT_NE(english_, nullptr);
    EXPECT_TRUE(english_->templates().count(why)) << "no message " << why;
  } else {
    ASSERT_TRUE(got.has_value()) << why;
    EXPECT_EQ(*got, c.expected);
  }
}

const Case kAscii[] = {
    {"中国大陆企业有524家", "524家", 525, 0, "525家"},
    {"约525家企业", "525家", 524, 0, "524家"},
    {"投入3.6万亿元", "3.6万亿元", 3.7e12, 0, "3.7万亿元"},
    {"投入3.6万亿元", "3.6万亿元", 3.65e12, 0, "3.65万亿元"},
    {"投入3.6万亿元", "3.6万亿元", 3.6e11, 0, "0.36万亿元"},
    {"投入3.6万亿元", "3.6万亿元", 3.6e12, 0.01e12, "3.60万亿元"},
    {"投入36,000亿元", "36,000亿元", 3.62e12, 0, "36,200亿元"},
    {"投入36,000亿元", "36,000亿元", 1.2345e13, 0, "123,450亿元"},
    {"投入36,000亿元", "36,000亿元", 9.99e10, 0, "999亿元"},
    {"投入36000亿元", "36000亿元", 3.62e12, 0, "36200亿元"},
    {"占比达到26.3%", "26.3%", 26.5, 0, "26.5%"},
    {"占比达到26%", "26%", 26.3, 0, "26.3%"},
    {"占比达到26.30%", "26.30%", 26.4, 0, "26.40%"},
    {"占比达到26.3%", "26.3%", 26.3, 0.01, "26.30%"},
    {"提高0.08个百分点", "0.08个百分点", 0.1, 0, "0.10个百分点"},
    {"投入47.2万人年", "47.2万人年", 480000, 0, "48.0万人年"},
    {"产量1.5亿吨", "1.5亿吨", 2e11, 0, "2.0亿吨"},
    {"增长2倍", "2倍", 3, 0, "3倍"},
    {"排名由第14位提升", "第14位", 10, 0, "第10位"},
    {"位居全球前10位", "前10位", 5, 0, "前5位"},
    {"到2024年底", "2024年", 2025, 0, "2025年"},
    {"03版", "03", 4, 0, "04"},                        // zero padding kept
    {"03版", "03", 12, 0, "12"},
    {"增速0.5%", "0.5%", 0.25, 0, "0.25%"},
    {"共1,405人次", "1,405人次", 1405000, 0, "1,405,000人次"},
};
INSTANTIATE_TEST_SUITE_P(Ascii, RenderLikeTest, ::testing::ValuesIn(kAscii));

const Case kChinese[] = {
    {"中国大陆企业有五百二十四家", "五百二十四家", 525, 0, "五百二十五家"},
    {"共有十五家", "十五家", 16, 0, "十六家"},
    {"共有一十五家", "一十五家", 16, 0, "十六家"},  // leading 一十 -> 十
    {"共有十五家", "十五家", 115, 0, "一百一十五家"},
    {"共有一千零五家", "一千零五家", 1020, 0, "一千零二十家"},
    {"共有一万零二十人", "一万零二十人", 10030, 0, "一万零三十人"},
    {"共有两千家", "两千家", 2500, 0, "两千五百家"},
    {"共有两家", "两家", 3, 0, "三家"},
    {"投入两万元", "两万元", 20000, 0, "两万元"},
    {"投入两万元", "两万元", 30000, 0, "三万元"},
    {"占比百分之二十六点三", "百分之二十六点三", 26.5, 0, "百分之二十六点五"},
    {"占比百分之二十六点三", "百分之二十六点三", 26.35, 0,
     "百分之二十六点三五"},
    {"排名第十四位", "第十四位", 10, 0, "第十位"},
    {"排名第十四位", "第十四位", 100, 0, "第一百位"},
    {"二〇二四年", "二〇二四年", 2025, 0, "二〇二五年"},
    {"二零二四年", "二零二四年", 2030, 0, "二零三零年"},
    {"达到四十七点二万人", "四十七点二万人", 475000, 0, "四十七点五万人"},
    {"产量五百二十五万吨", "五百二十五万吨", 5.26e9, 0, "五百二十六万吨"},
    {"投入一亿零五万元", "一亿零五万元", 100060000, 0, "一亿零六万元"},
    {"金额壹仟贰佰元", "壹仟贰佰元", 1300, 0, "壹仟叁佰元"},
    {"共五万五千人", "五万五千人", 56000, 0, "五万六千人"},
    {"增长三倍", "三倍", 2.5, 0, "二点五倍"},
};
INSTANTIATE_TEST_SUITE_P(Chinese, RenderLikeTest,
                         ::testing::ValuesIn(kChinese));

const Case kRefused[] = {
    {"中国大陆企业有524家", "524家", 524.5, 0, nullptr},     // half a firm
    {"有五百二十四家", "五百二十四家", 524.5, 0, nullptr},
    {"排名第14位", "第14位", 10.5, 0, nullptr},
    {"二〇二四年", "二〇二四年", 2024.5, 0, nullptr},
    {"投入3.6万亿元", "3.6万亿元", -3.6e12, 0, nullptr},
    {"占比26.3%", "26.3%", 26.35, 0.1, nullptr},              // step too coarse
    {"人口6800多万", "6800多万", 6.9e7, 0, nullptr},          // 多
    {"历时5至10年", "5至10年", 7, 0, nullptr},                 // range
    {"占比三成", "三成", 40, 0, nullptr},                      // share word
    {"投入1亿5000万元", "1亿5000万元", 1.6e8, 0, nullptr},    // mixed form
    {"有五百二十四家", "五百二十四家", 1e13, 0, nullptr},     // too large
};
INSTANTIATE_TEST_SUITE_P(Refused, RenderLikeTest,
                         ::testing::ValuesIn(kRefused));

}  // namespace
}  // namespace factlint

namespace factlint {
namespace {

TEST(MatchDigitWidthTest, FullWidthSourceGetsFullWidthDigits) {
  EXPECT_EQ(MatchDigitWidth("26.5%", "２６．３％"), "２６．５％");
  EXPECT_EQ(MatchDigitWidth("525家", "５２４家"), "５２５家");
  EXPECT_EQ(MatchDigitWidth("525家", "524家"), "525家");
  EXPECT_EQ(MatchDigitWidth("五百二十五家", "五百二十四家"), "五百二十五家");
}

}  // namespace
}  // namespace factlint
