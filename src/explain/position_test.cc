// Parsing FILE:LINE[:COL] and finding the claims a position picks.
#include "explain/position.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace {

using check_test::CheckHarness;
using check_test::PositionOf;

TEST(ParsePositionTest, FileLineAndColumn) {
  std::string error;
  auto p = ParsePosition("seeds/003_af76cae5511be1fe.txt:25:86", &error);
  ASSERT_TRUE(p) << error;
  EXPECT_EQ(p->file, "seeds/003_af76cae5511be1fe.txt");
  EXPECT_EQ(p->line, 25u);
  EXPECT_EQ(p->column, 86u);
}

TEST(ParsePositionTest, LineOnlyAndColonsInTheFileName) {
  std::string error;
  auto p = ParsePosition("a.txt:7", &error);
  ASSERT_TRUE(p) << error;
  EXPECT_EQ(p->file, "a.txt");
  EXPECT_EQ(p->line, 7u);
  EXPECT_EQ(p->column, 0u);
  p = ParsePosition("c:/notes:v2.txt:12", &error);
  ASSERT_TRUE(p) << error;
  EXPECT_EQ(p->file, "c:/notes:v2.txt");
  EXPECT_EQ(p->line, 12u);
  p = ParsePosition("x:1:2:3", &error);
  ASSERT_TRUE(p) << error;
  EXPECT_EQ(p->file, "x:1");
  EXPECT_EQ(p->line, 2u);
  EXPECT_EQ(p->column, 3u);
}

TEST(ParsePositionTest, MalformedPositionsSayWhy) {
  for (const char* bad : {"a.txt", "a.txt:", "a.txt:x", "a.txt:0", "a.txt:3:0",
                          ":3", "a.txt:-1", "a.txt:3:4x", "a.txt:99999999999"}) {
    std::string error;
    EXPECT_FALSE(ParsePosition(bad, &error)) << bad;
    EXPECT_NE(error.find("FILE:LINE[:COL]"), std::string::npos) << bad << ": " << error;
  }
}

class FindClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override { h_.Add("a.txt", kText); }
  const Document& doc() { return *h_.docs()[0]; }
  std::vector<std::string> Surfaces(const ClaimLookup& l) {
    std::vector<std::string> out;
    for (uint32_t i : l.claims) out.push_back(doc().extraction.claims[i].surface);
    return out;
  }
  static constexpr const char* kText =
      "标题\n"
      "2024年，全国技术合同成交额达到6.8万亿元，高新技术企业超过46万家。\n"
      "\n"
      "没有数字的一行。\n";
  CheckHarness h_;
};

TEST_F(FindClaimsTest, WithoutColumnEveryClaimOfTheLine) {
  ClaimLookup l = FindClaimsAt(doc(), 2, 0);
  EXPECT_TRUE(l.exact);
  EXPECT_EQ(Surfaces(l), (std::vector<std::string>{"6.8万亿元", "46万家"}));
}

TEST_F(FindClaimsTest, ColumnInsideTheNumberOrItsQualifier) {
  auto at = PositionOf(kText, "6.8万亿元");
  ClaimLookup l = FindClaimsAt(doc(), at.line, at.column + 2);
  EXPECT_TRUE(l.exact);
  EXPECT_EQ(Surfaces(l), std::vector<std::string>{"6.8万亿元"});
  // 超过 is the qualifier of 46万家: a column on it picks the claim.
  auto q = PositionOf(kText, "超过");
  l = FindClaimsAt(doc(), q.line, q.column);
  EXPECT_TRUE(l.exact);
  EXPECT_EQ(Surfaces(l), std::vector<std::string>{"46万家"});
}

TEST_F(FindClaimsTest, ColumnOutsideAnyClaimTakesTheNearest) {
  auto w = PositionOf(kText, "高新");  // two columns after 6.8万亿元，
  ClaimLookup l = FindClaimsAt(doc(), w.line, w.column);
  EXPECT_FALSE(l.exact);
  EXPECT_EQ(Surfaces(l), std::vector<std::string>{"6.8万亿元"});
  l = FindClaimsAt(doc(), 2, 1);
  EXPECT_FALSE(l.exact);
  EXPECT_EQ(Surfaces(l), std::vector<std::string>{"6.8万亿元"});
}

TEST_F(FindClaimsTest, LineWithoutClaimsOffersTheNearest) {
  EXPECT_TRUE(FindClaimsAt(doc(), 4, 0).claims.empty());
  EXPECT_TRUE(FindClaimsAt(doc(), 4, 3).claims.empty());
  std::vector<uint32_t> near = NearestClaims(doc(), 4, 5);
  ASSERT_EQ(near.size(), 2u);
  EXPECT_EQ(doc().extraction.claims[near[0]].surface, "6.8万亿元");
  EXPECT_EQ(NearestClaims(doc(), 4, 1).size(), 1u);
}

}  // namespace
}  // namespace factlint
