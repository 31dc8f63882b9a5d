#include "extract/quantity.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "extract/quantity_test_util.h"

namespace factlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr bool C = true;   // closed end
constexpr bool O = false;  // open end

struct Case {
  const char* text;
  const char* surface;
  ClaimKind kind;
  const char* dimension;
  const char* unit;
  double lo, hi;
  bool lo_closed, hi_closed;
  Qualifier qualifier = Qualifier::kNone;
  const char* qualifier_text = "";
};

class QuantityTest : public ::testing::TestWithParam<Case> {
 public:
  static void SetUpTestSuite() {
    std::string error;
    scanner_ = QuantityScanner::Load(SourcePath("rules/units.toml"), &error)
                   .release();
    ASSERT_NE(scanner_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete scanner_; }
  static const QuantityScanner* scanner_;
};
const QuantityScanner* QuantityTest::scanner_ = nullptr;

void ExpectBound(double actual, double expected, const char* what) {
  if (std::isinf(expected)) {
    EXPECT_EQ(actual, expected) << what;
  } else {
    EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::fabs(expected)))
        << what;
  }
}

TEST_P(QuantityTest, Scans) {
  const Case& c = GetParam();
  ASSERT_NE(scanner_, nullptr);
  std::string_view text = c.text;
  std::vector<Quantity> found = scanner_->Scan(text);
  const Quantity* q = nullptr;
  std::string all;
  for (const Quantity& f : found) {
    all += "[" + f.surface + "]";
    if (f.surface == c.surface && q == nullptr) q = &f;
  }
  ASSERT_NE(q, nullptr) << "no '" << c.surface << "' in '" << c.text
                        << "', found " << all;
  EXPECT_EQ(text.substr(q->span.begin, q->span.size()), c.surface);
  EXPECT_EQ(q->kind, c.kind) << ClaimKindName(q->kind);
  EXPECT_EQ(q->dimension, c.dimension);
  EXPECT_EQ(q->unit, c.unit);
  ExpectBound(q->value.lo, c.lo, "lo");
  ExpectBound(q->value.hi, c.hi, "hi");
  EXPECT_EQ(q->value.lo_closed, c.lo_closed) << "lo_closed";
  EXPECT_EQ(q->value.hi_closed, c.hi_closed) << "hi_closed";
  EXPECT_EQ(q->qualifier, c.qualifier) << QualifierName(q->qualifier);
  EXPECT_EQ(text.substr(q->qualifier_span.begin, q->qualifier_span.size()),
            c.qualifier_text);
}

const Case kCardinals[] = {
    {"研发投入超3.6万亿元", "3.6万亿元", ClaimKind::kCardinal, "CNY", "万亿元",
     3.6e12, kInf, O, O, Qualifier::kAbove, "超"},
    {"投入36000亿元", "36000亿元", ClaimKind::kCardinal, "CNY", "亿元", 3.55e12,
     3.65e12, C, O},
    {"投入36,000亿元", "36,000亿元", ClaimKind::kCardinal, "CNY", "亿元",
     3.55e12, 3.65e12, C, O},
    {"经费达2497亿元", "2497亿元", ClaimKind::kCardinal, "CNY", "亿元",
     2.4965e11, 2.4975e11, C, O},
    {"募资6000亿元", "6000亿元", ClaimKind::kCardinal, "CNY", "亿元", 5.7e11,
     6.3e11, C, O},
    {"达到八十万亿元", "八十万亿元", ClaimKind::kCardinal, "CNY", "万亿元",
     7.5e13, 8.5e13, C, O},
    {"出口额为9467亿美元", "9467亿美元", ClaimKind::kCardinal, "USD",
     "亿美元", 9.4665e11, 9.4675e11, C, O},
    {"共1亿5000万元", "1亿5000万元", ClaimKind::kCardinal, "CNY", "万元",
     1.45e8, 1.55e8, C, O},
    {"投资3-5万元", "3-5万元", ClaimKind::kCardinal, "CNY", "万元", 25000,
     55000, C, O},
    {"收入1万多元", "1万多元", ClaimKind::kCardinal, "CNY", "万元", 1e4, 2e4, O,
     O, Qualifier::kPlus, "多"},
    {"队伍达47.2万人年", "47.2万人年", ClaimKind::kCardinal, "person-year",
     "万人年", 471500, 472500, C, O},
    {"四十七点三万人年", "四十七点三万人年", ClaimKind::kCardinal,
     "person-year", "万人年", 472500, 473500, C, O},
    {"企业有525家，", "525家", ClaimKind::kCardinal, "count:家", "家", 525, 525,
     C, C},
    {"五百二十五家", "五百二十五家", ClaimKind::kCardinal, "count:家", "家",
     525, 525, C, C},
    {"共200家", "200家", ClaimKind::kCardinal, "count:家", "家", 200, 200, C,
     C},
    {"达到1405人次", "1405人次", ClaimKind::kCardinal, "person-time", "人次",
     1405, 1405, C, C},
    {"相当于3000户家庭", "3000户", ClaimKind::kCardinal, "count:户", "户", 2850,
     3150, C, O},
    {"1000余家企业", "1000余家", ClaimKind::kCardinal, "count:家", "家", 1000,
     2000, O, O, Qualifier::kPlus, "余"},
    {"6800多万人", "6800多万人", ClaimKind::kCardinal, "person", "万人", 6.8e7,
     6.9e7, C, O, Qualifier::kPlus, "多"},
    {"已和160多个国家", "160多个", ClaimKind::kCardinal, "count:个", "个", 160,
     170, O, O, Qualifier::kPlus, "多"},
    {"两三个", "两三个", ClaimKind::kCardinal, "count:个", "个", 2, 3, C, C},
    // Range ends are read like bare round figures (BareStep, at most a
    // tenth of the value), at the finer of their two steps.
    {"40万至50万家", "40万至50万家", ClaimKind::kCardinal, "count:家", "万家", 3.8e5,
     5.2e5, C, O},
    {"3000万至5000万人", "3000万至5000万人", ClaimKind::kCardinal, "person", "万人",
     2.85e7, 5.15e7, C, O},
    {"5000亿至8000亿元", "5000亿至8000亿元", ClaimKind::kCardinal, "CNY", "亿元",
     4.75e11, 8.25e11, C, O},
    {"论文215万篇", "215万篇", ClaimKind::kCardinal, "count:篇", "万篇",
     2.145e6, 2.155e6, C, O},
    {"投入2000强", "2000", ClaimKind::kCardinal, "number", "", 1900, 2100, C,
     O},
    {"规模2497亿，", "2497亿", ClaimKind::kCardinal, "number", "亿", 2.4965e11,
     2.4975e11, C, O},
    {"耗电量2.4亿度", "2.4亿度", ClaimKind::kCardinal, "kWh", "亿度", 2.35e8,
     2.45e8, C, O},
    {"发电3万千瓦时", "3万千瓦时", ClaimKind::kCardinal, "kWh", "万千瓦时",
     25000, 35000, C, O},
    {"用水150万升", "150万升", ClaimKind::kCardinal, "L", "万升", 1.45e6,
     1.55e6, C, O},
    {"降至1.4L/kWh", "1.4L/kWh", ClaimKind::kCardinal, "L/kWh", "L/kWh", 1.35,
     1.45, C, O},
    {"排水量10万吨", "10万吨", ClaimKind::kCardinal, "kg", "万吨", 9.5e7, 1.05e8,
     C, O},
    {"重500公斤", "500公斤", ClaimKind::kCardinal, "kg", "公斤", 499.5, 500.5,
     C, O},
    {"收3斤", "3斤", ClaimKind::kCardinal, "kg", "斤", 1.25, 1.75, C, O},
    {"新增两万人", "两万人", ClaimKind::kCardinal, "person", "万人", 15000,
     25000, C, O},
    {"逾3000人", "3000人", ClaimKind::kCardinal, "person", "人", 3000, kInf, O,
     O, Qualifier::kAbove, "逾"},
    {"近2500亿元", "2500亿元", ClaimKind::kCardinal, "CNY", "亿元", 2.25e11,
     2.5e11, C, C, Qualifier::kNear, "近"},
    {"约525家", "525家", ClaimKind::kCardinal, "count:家", "家", 524, 526, C, C,
     Qualifier::kAbout, "约"},
    {"首次突破3万亿元", "3万亿元", ClaimKind::kCardinal, "CNY", "万亿元",
     3e12, kInf, O, O, Qualifier::kAbove, "突破"},
    {"8000多万人", "8000多万人", ClaimKind::kCardinal, "person", "万人", 8e7,
     9e7, C, O, Qualifier::kPlus, "多"},
    {"人均预期寿命达到76.7岁", "76.7岁", ClaimKind::kCardinal, "age", "岁",
     76.65, 76.75, C, O},
};
INSTANTIATE_TEST_SUITE_P(Cardinals, QuantityTest, ::testing::ValuesIn(kCardinals));

const Case kShares[] = {
    {"强度达到2.68%，", "2.68%", ClaimKind::kPercent, "percent", "%", 2.675,
     2.685, C, O},
    {"占比达到26.3%。", "26.3%", ClaimKind::kPercent, "percent", "%", 26.25,
     26.35, C, O},
    {"百分之二点六八", "百分之二点六八", ClaimKind::kPercent, "percent",
     "百分之", 2.675, 2.685, C, O},
    {"提高0.08个百分点", "0.08个百分点", ClaimKind::kPercentPoints, "pp",
     "个百分点", 0.075, 0.085, C, O},
    {"占全世界的1/5。", "1/5", ClaimKind::kFraction, "percent", "", 20, 20, C,
     C},
    {"约占五分之一", "五分之一", ClaimKind::kFraction, "percent", "分之", 19,
     21, C, C, Qualifier::kAbout, "约占"},
    {"三成企业", "三成", ClaimKind::kFraction, "percent", "成", 25, 35, C, O},
    {"七成多，", "七成", ClaimKind::kFraction, "percent", "成", 70, 80, O, O,
     Qualifier::kPlus, "多"},
    {"增长2倍", "2倍", ClaimKind::kMultiple, "multiple", "倍", 1.5, 2.5, C, O},
    {"是1.5倍", "1.5倍", ClaimKind::kMultiple, "multiple", "倍", 1.45, 1.55, C,
     O},
    // 翻一番 is the rise 增长1倍; a qualifier before the verb bounds it.
    {"收入翻一番。", "一番", ClaimKind::kMultiple, "multiple", "番", 1, 1, C, C},
    {"接近翻一番，", "一番", ClaimKind::kMultiple, "multiple", "番", 0.9, 1, C, C,
     Qualifier::kNear, "接近"},
    {"翻了两番以上", "两番", ClaimKind::kMultiple, "multiple", "番", 3, kInf, C, O,
     Qualifier::kAtLeast, "以上"},
    // 多 after the measure: more, short of the next doubling.
    {"翻了一番多，", "一番", ClaimKind::kMultiple, "multiple", "番", 1, 3, O, O,
     Qualifier::kPlus, "多"},
    {"翻了两番多", "两番", ClaimKind::kMultiple, "multiple", "番", 3, 7, O, O,
     Qualifier::kPlus, "多"},
    {"增长超过18%", "18%", ClaimKind::kPercent, "percent", "%", 18, kInf, O, O,
     Qualifier::kAbove, "超过"},
    {"不到10%", "10%", ClaimKind::kPercent, "percent", "%", -kInf, 10, O, O,
     Qualifier::kBelow, "不到"},
    {"低于5%", "5%", ClaimKind::kPercent, "percent", "%", -kInf, 5, O, O,
     Qualifier::kBelow, "低于"},
    {"比重约15%", "15%", ClaimKind::kPercent, "percent", "%", 14, 16, C, C,
     Qualifier::kAbout, "约"},
    {"目前90%以上的", "90%", ClaimKind::kPercent, "percent", "%", 90, kInf, C,
     O, Qualifier::kAtLeast, "以上"},
    {"20%左右", "20%", ClaimKind::kPercent, "percent", "%", 19, 21, C, C,
     Qualifier::kAbout, "左右"},
    {"5-10%", "5-10%", ClaimKind::kPercent, "percent", "%", 4.5, 10.5, C, O},
    {"10%~20%", "10%~20%", ClaimKind::kPercent, "percent", "%", 9.5, 20.5, C,
     O},
    // Both ends at the finer precision: 6.5% to 7.0%.
    {"增长6.5%-7%", "6.5%-7%", ClaimKind::kPercent, "percent", "%", 6.45, 7.05,
     C, O},
    // Negated bounds include the number: at most, at least; 以内 is within.
    {"赤字率不超过3%", "3%", ClaimKind::kPercent, "percent", "%", -kInf, 3,
     O, C, Qualifier::kAtMost, "不超过"},
    {"增速不低于5%", "5%", ClaimKind::kPercent, "percent", "%", 5, kInf, C,
     O, Qualifier::kAtLeast, "不低于"},
    {"至少30%", "30%", ClaimKind::kPercent, "percent", "%", 30, kInf, C, O,
     Qualifier::kAtLeast, "至少"},
    {"失业率5.5%以内", "5.5%", ClaimKind::kPercent, "percent", "%", -kInf,
     5.5, O, C, Qualifier::kAtMost, "以内"},
    {"百分之十点二", "百分之十点二", ClaimKind::kPercent, "percent", "百分之",
     10.15, 10.25, C, O},
};
INSTANTIATE_TEST_SUITE_P(Shares, QuantityTest, ::testing::ValuesIn(kShares));

const Case kRanks[] = {
    {"提升至第10位", "第10位", ClaimKind::kRank, "rank", "位", 10, 10, C, C},
    {"排在第十位", "第十位", ClaimKind::kRank, "rank", "位", 10, 10, C, C},
    {"获得第4名", "第4名", ClaimKind::kRank, "rank", "名", 4, 4, C, C},
    {"北京排名第四，", "第四", ClaimKind::kRank, "rank", "", 4, 4, C, C},
    {"居世界第一。", "第一", ClaimKind::kRank, "rank", "", 1, 1, C, C},
    {"位居全球第二", "第二", ClaimKind::kRank, "rank", "", 2, 2, C, C},
    {"全球第二大经济体", "第二", ClaimKind::kRank, "rank", "", 2, 2, C, C},
    {"位居榜首", "榜首", ClaimKind::kRank, "rank", "", 1, 1, C, C},
    {"居首位", "首位", ClaimKind::kRank, "rank", "", 1, 1, C, C},
    {"创新集群前10位", "前10位", ClaimKind::kRank, "rank", "位", 1, 10, C, C},
    {"进入全球前十，", "前十", ClaimKind::kRank, "rank", "", 1, 10, C, C},
};
INSTANTIATE_TEST_SUITE_P(Ranks, QuantityTest, ::testing::ValuesIn(kRanks));

const Case kTimes[] = {
    {"2024年全社会", "2024年", ClaimKind::kYear, "year", "年", 2024, 2024, C, C},
    {"到二〇三五年", "二〇三五年", ClaimKind::kYear, "year", "年", 2035, 2035, C,
     C},
    {"二0一一年", "二0一一年", ClaimKind::kYear, "year", "年", 2011, 2011, C, C},
    {"《二〇二四》", "二〇二四", ClaimKind::kYear, "year", "", 2024, 2024, C, C},
    {"2025年12月19日", "2025年", ClaimKind::kYear, "year", "年", 2025, 2025, C,
     C},
    {"2018—2022年", "2018—2022年", ClaimKind::kYear, "year", "年", 2018, 2022,
     C, C},
    {"(2024-2027年)", "2024-2027年", ClaimKind::kYear, "year", "年", 2024, 2027,
     C, C},
    {"2018年至2022年", "2018年至2022年", ClaimKind::kYear, "year", "年", 2018,
     2022, C, C},
    {"这5年，", "5年", ClaimKind::kDuration, "year", "年", 5, 5, C, C},
    {"未来三年", "三年", ClaimKind::kDuration, "year", "年", 3, 3, C, C},
    {"十年磨一剑", "十年", ClaimKind::kDuration, "year", "年", 10, 10, C, C},
    {"经过30多年的发展", "30多年", ClaimKind::kDuration, "year", "年", 30, 40,
     O, O, Qualifier::kPlus, "多"},
    {"历时3年多", "3年", ClaimKind::kDuration, "year", "年", 3, 4, O, O,
     Qualifier::kPlus, "多"},
    {"近2000年来", "2000年", ClaimKind::kDuration, "year", "年", 1800, 2000, C,
     C, Qualifier::kNear, "近"},
    {"2000多年", "2000多年", ClaimKind::kDuration, "year", "年", 2000, 3000, O,
     O, Qualifier::kPlus, "多"},
    {"用了10个月", "10个月", ClaimKind::kDuration, "month", "个月", 10, 10, C,
     C},
    {"实行5至10年期", "5至10年", ClaimKind::kDuration, "year", "年", 5, 10, C,
     C},
    {"5年左右", "5年", ClaimKind::kDuration, "year", "年", 4, 6, C, C,
     Qualifier::kAbout, "左右"},
    {"用了3个多月", "3个多月", ClaimKind::kDuration, "month", "个月", 3, 4, O,
     O, Qualifier::kPlus, "多"},
    {"为期5天", "5天", ClaimKind::kDuration, "day", "天", 5, 5, C, C},
};
INSTANTIATE_TEST_SUITE_P(Times, QuantityTest, ::testing::ValuesIn(kTimes));

const Case kIdentifiers[] = {
    {"以GPT-4为代表", "GPT-4", ClaimKind::kCardinal, "identifier", "", 4, 4, C,
     C},
    {"C919大飞机", "C919", ClaimKind::kCardinal, "identifier", "", 919, 919, C,
     C},
    {"5G基站", "5G", ClaimKind::kCardinal, "identifier", "", 5, 5, C, C},
    {"Web3.0等", "Web3.0", ClaimKind::kCardinal, "identifier", "", 3, 3, C, C},
    {"H20芯片", "H20", ClaimKind::kCardinal, "identifier", "", 20, 20, C, C},
    {"长三角G60科创走廊", "G60", ClaimKind::kCardinal, "identifier", "", 60, 60,
     C, C},
    {"1.2.1科技创新", "1.2.1", ClaimKind::kCardinal, "identifier", "", 1.2, 1.2,
     C, C},
};
INSTANTIATE_TEST_SUITE_P(Identifiers, QuantityTest,
                         ::testing::ValuesIn(kIdentifiers));

class QuantityNegativeTest : public QuantityTest {};

// Texts whose numbers are not quantities at all.
TEST_F(QuantityNegativeTest, NothingEmitted) {
  ASSERT_NE(scanner_, nullptr);
  for (const char* text :
       {"9月18日上午", "“十四五”规划", "党的二十届四中全会", "第12期",
        "总第218期", "20时59分", "一批重大项目", "一个", "科技是第一生产力",
        "进入世界第一方阵", "第十五个五年规划", "百年未有之大变局", "千亿参数",
        "一流", "三新经济", "十三五末", "如图1-1所示", "如图1-2所示"}) {
    std::vector<Quantity> found = scanner_->Scan(text);
    std::string all;
    for (const Quantity& q : found) {
      if (q.dimension != "number") all += "[" + q.surface + "]";
    }
    EXPECT_EQ(all, "") << text;
  }
}

TEST_F(QuantityNegativeTest, DateKeepsOnlyTheYear) {
  std::vector<Quantity> found = scanner_->Scan("2025年12月19日，3月5日上午");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].surface, "2025年");
}

TEST_F(QuantityNegativeTest, SentenceInOrder) {
  std::string text =
      "2024年全社会研发投入超3.6万亿元，较2020年增长48%；研发投入强度达到2.68%。";
  std::vector<Quantity> found = scanner_->Scan(text);
  std::vector<std::string> surfaces;
  for (const Quantity& q : found) surfaces.push_back(q.surface);
  EXPECT_EQ(surfaces, (std::vector<std::string>{"2024年", "3.6万亿元", "2020年",
                                                 "48%", "2.68%"}));
  EXPECT_FALSE(found[1].chinese_numerals);
  EXPECT_EQ(found[1].written, (Interval{3.55e12, 3.65e12, true, false}));
}

TEST_F(QuantityNegativeTest, ChineseNumeralFlag) {
  std::vector<Quantity> found = scanner_->Scan("五百二十五家和525家");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].chinese_numerals);
  EXPECT_FALSE(found[1].chinese_numerals);
  EXPECT_EQ(found[0].value, found[1].value);
}

TEST_F(QuantityNegativeTest, WrittenKeptBesideValue) {
  std::vector<Quantity> found = scanner_->Scan("超过70%");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].written, (Interval{69.5, 70.5, true, false}));
  EXPECT_EQ(found[0].value.lo, 70);
  EXPECT_TRUE(std::isinf(found[0].value.hi));
}

// A table writes a unit apart from its numbers: | 专利申请数(万项) | 536.46 |.
TEST_F(QuantityNegativeTest, AUnitWrittenApartIsReadWithTheNumber) {
  EXPECT_TRUE(scanner_->IsUnit("万项"));
  EXPECT_TRUE(scanner_->IsUnit("%"));
  EXPECT_TRUE(scanner_->IsUnit("亿元"));
  EXPECT_FALSE(scanner_->IsUnit("全年平均"));
  EXPECT_FALSE(scanner_->IsUnit(""));

  const std::string text = "约536.46 和 6.9左右 和 82.7万亿元";
  std::vector<Quantity> found = scanner_->Scan(text);
  ASSERT_EQ(found.size(), 3u);
  Quantity about = found[0];
  ASSERT_TRUE(scanner_->ReadWithUnit(text, "万项", &about));
  EXPECT_EQ(about.dimension, "count:项");
  EXPECT_EQ(about.unit, "万项");
  EXPECT_EQ(about.qualifier, Qualifier::kAbout);
  EXPECT_LT(about.value.lo, 5364600);
  EXPECT_GT(about.value.hi, 5364600);
  EXPECT_EQ(about.span, found[0].span);  // still the number as written
  Quantity percent = found[1];
  ASSERT_TRUE(scanner_->ReadWithUnit(text, "%", &percent));
  EXPECT_EQ(percent.kind, ClaimKind::kPercent);
  EXPECT_EQ(percent.qualifier, Qualifier::kAbout);
  // A number with a unit of its own keeps it.
  Quantity own = found[2];
  EXPECT_FALSE(scanner_->ReadWithUnit(text, "万人", &own));
  EXPECT_EQ(own.dimension, "CNY");
}

TEST_F(QuantityNegativeTest, LoadFailsWithLocation) {
  std::string error;
  EXPECT_EQ(QuantityScanner::Load("/nonexistent/units.toml", &error), nullptr);
  EXPECT_NE(error.find("/nonexistent/units.toml: cannot read"), std::string::npos);
}

}  // namespace
}  // namespace factlint
