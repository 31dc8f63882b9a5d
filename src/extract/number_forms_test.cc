// The number forms of issue 11 read last: each text is scanned and the
// quantity with the given surface must have the given interval and
// dimension; a form left unread (or read in pieces before) must not yield
// the pieces it used to.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/quantity.h"
#include "extract/quantity_test_util.h"

namespace factlint {
namespace {

struct FormCase {
  const char* text;
  const char* surface;
  const char* dimension;
  double lo, hi;
};

class NumberFormsTest : public ::testing::TestWithParam<FormCase> {
 public:
  static void SetUpTestSuite() {
    std::string error;
    scanner_ = QuantityScanner::Load(SourcePath("rules/units.toml"), &error).release();
    ASSERT_NE(scanner_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete scanner_;
    scanner_ = nullptr;
  }
  // Every quantity of `text` as [surface], in order.
  static std::string All(std::string_view text) {
    std::string all;
    for (const Quantity& q : scanner_->Scan(text)) all += "[" + q.surface + "]";
    return all;
  }
  static const QuantityScanner* scanner_;
};
const QuantityScanner* NumberFormsTest::scanner_ = nullptr;

TEST_P(NumberFormsTest, ReadsValueAndInterval) {
  const FormCase& c = GetParam();
  const Quantity* found = nullptr;
  std::vector<Quantity> all = scanner_->Scan(c.text);
  for (const Quantity& q : all)
    if (q.surface == c.surface && found == nullptr) found = &q;
  ASSERT_NE(found, nullptr) << c.text << ": found " << All(c.text);
  EXPECT_EQ(found->dimension, c.dimension) << c.text;
  const double tol = 1e-9 * std::max(1.0, std::fabs(c.hi));
  EXPECT_NEAR(found->value.lo, c.lo, tol) << c.text;
  EXPECT_NEAR(found->value.hi, c.hi, tol) << c.text;
}

const FormCase kChineseForms[] = {
    // 百三 = 一百三 (the 一 before 百 left out), a colloquial last digit.
    {"收入百三元", "百三元", "CNY", 125, 135},
    {"有百二十五家", "百二十五家", "count:家", 125, 125},
    // 2万5 = 25000, 3千5 = 3500: one ASCII digit after a magnitude.
    {"月薪2万5元", "2万5元", "CNY", 24500, 25500},
    {"成本3千5元", "3千5元", "CNY", 3450, 3550},
    // 一个半月 = 1.5 months, 两个半小时 = 2.5 hours.
    {"历时一个半月", "一个半月", "month", 1.45, 1.55},
    {"用了两个半小时", "两个半小时", "hour", 2.45, 2.55},
    // A tolerance: every value from minus to plus the bound as written.
    {"误差正负5%", "正负5%", "percent", -5.5, 5.5},
    {"误差±0.5%", "±0.5%", "percent", -0.55, 0.55},
    {"温差+/-2°C", "+/-2°C", "celsius", -2.5, 2.5},
    // 兆 before a unit of bandwidth is mega; before money it is 1e12.
    {"100兆宽带", "100兆宽带", "bit/s", 99.5e6, 100.5e6},
    {"1000兆光纤入户", "1000兆光纤", "bit/s", 0.95e9, 1.05e9},
    {"网速50Mbps", "50Mbps", "bit/s", 49.5e6, 50.5e6},
    {"余额5兆元", "5兆元", "CNY", 4.5e12, 5.5e12},
};
INSTANTIATE_TEST_SUITE_P(Chinese, NumberFormsTest, ::testing::ValuesIn(kChineseForms));

const FormCase kEnglishForms[] = {
    // Spelled-out numbers with a unit; as precise as their digits would be.
    {"There were five companies.", "five companies", "count:家", 5, 5},
    {"Twenty-four companies entered.", "Twenty-four companies", "count:家", 24, 24},
    {"It took one hundred and twenty years.", "one hundred and twenty years", "year", 120, 120},
    {"Spending was twenty-four percent.", "twenty-four percent", "percent", 23.5, 24.5},
    {"It cost five billion yuan.", "five billion yuan", "CNY", 4.5e9, 5.5e9},
    // Currency signs before the number.
    {"Spending was $500 billion.", "$500 billion", "USD", 475e9, 525e9},
    {"Spending was US$1.2 trillion.", "US$1.2 trillion", "USD", 1.15e12, 1.25e12},
    {"Spending was \u20ac3 billion.", "\u20ac3 billion", "EUR", 2.5e9, 3.5e9},
    {"Spending was HK$3 billion.", "HK$3 billion", "HKD", 2.5e9, 3.5e9},
    // Ranges.
    {"Growth was 3-5 percent.", "3-5 percent", "percent", 2.5, 5.5},
    {"Growth was 3 to 5 percent.", "3 to 5 percent", "percent", 2.5, 5.5},
    // Changes stated by one word: the rise 增长1倍, the fall 下降50%.
    {"Spending doubled.", "doubled", "multiple", 1, 1},
    {"Spending tripled.", "tripled", "multiple", 2, 2},
    {"Spending halved.", "halved", "percent", 50, 50},
};
INSTANTIATE_TEST_SUITE_P(English, NumberFormsTest, ::testing::ValuesIn(kEnglishForms));

TEST_F(NumberFormsTest, EnglishWordsThatAreNoFigures) {
  // A spelled number without a unit is a word; one of the two is no count.
  EXPECT_EQ(All("Five of them agreed, one said no."), "");
  // from 3 to 5 percent is a change from one figure to another, not a range.
  EXPECT_EQ(All("It rose from 3 to 5 percent."), "[3][5 percent]");
  // more than doubled: a rise above one time.
  std::vector<Quantity> q = scanner_->Scan("Output more than doubled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].qualifier, Qualifier::kAbove);
  EXPECT_EQ(q[0].change, Direction::kUp);
  EXPECT_EQ(q[0].value.lo, 1);
}

// The pieces a form used to be misread as are gone.
TEST_F(NumberFormsTest, NoPiecesOfAForm) {
  EXPECT_EQ(All("收入百三元。"), "[百三元]");
  EXPECT_EQ(All("月薪2万5元。"), "[2万5元]");
  EXPECT_EQ(All("历时一个半月。"), "[一个半月]");
  // ±5% is no level of 5%; a bare ±5 is nothing; 正负电子 holds no number.
  EXPECT_EQ(All("误差±5%。"), "[±5%]");
  EXPECT_EQ(All("误差±5。"), "");
  EXPECT_EQ(All("正负电子对撞机"), "");
  // 100兆 with no unit may be mega or 1e12: not read.
  EXPECT_EQ(All("带宽100兆。"), "");
  // 百 not before a digit is no number: 百万, 百强.
  EXPECT_EQ(All("百万人口、百强企业"), "");
}

}  // namespace
}  // namespace factlint
