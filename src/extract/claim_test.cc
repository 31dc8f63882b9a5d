#include "extract/claim.h"

#include <limits>

#include <gtest/gtest.h>

namespace factlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(IntervalTest, ContainsRespectsOpenness) {
  Interval half{2.675, 2.685, true, false};
  EXPECT_TRUE(half.Contains(2.675));
  EXPECT_TRUE(half.Contains(2.68));
  EXPECT_FALSE(half.Contains(2.685));
  EXPECT_FALSE(half.Contains(2.6));
  Interval above{18, kInf, false, false};
  EXPECT_FALSE(above.Contains(18));
  EXPECT_TRUE(above.Contains(1e30));
  EXPECT_TRUE(Interval::Point(525).Contains(525));
  EXPECT_FALSE(Interval::Point(525).Contains(524));
}

TEST(IntervalTest, DisjointPoints) {
  EXPECT_TRUE(Interval::Point(525).Disjoint(Interval::Point(524)));
  EXPECT_FALSE(Interval::Point(525).Disjoint(Interval::Point(525)));
}

TEST(IntervalTest, DisjointSharedEndpoint) {
  Interval a{1, 2, true, false};  // [1, 2)
  Interval b{2, 3, true, true};   // [2, 3]
  EXPECT_TRUE(a.Disjoint(b));
  EXPECT_TRUE(b.Disjoint(a));
  Interval c{1, 2, true, true};   // [1, 2]
  EXPECT_FALSE(c.Disjoint(b));
  Interval d{2, 3, false, true};  // (2, 3]
  EXPECT_TRUE(c.Disjoint(d));
}

TEST(IntervalTest, DisjointOverlapAndInfinity) {
  Interval above{70, kInf, false, false};
  EXPECT_FALSE(above.Disjoint({69.5, 70.5, true, false}));
  EXPECT_TRUE(above.Disjoint({60, 69, true, true}));
  Interval below{-kInf, 10, false, false};
  EXPECT_TRUE(below.Disjoint(above));
  EXPECT_FALSE(below.Disjoint({9, 11, true, true}));
}

// Every claim of a run is held until its checks are done: a member that
// adds padding or bytes grows a run's peak memory by that much per claim
// (docs/benchmarks.md). Place a new member by its alignment.
TEST(ClaimLayoutTest, NoPaddingBetweenMembers) {
  if (sizeof(void*) != 8) GTEST_SKIP() << "laid out for 64-bit";
  EXPECT_EQ(sizeof(Claim), 128u);
}

TEST(ClaimNamesTest, Names) {
  EXPECT_STREQ(ClaimKindName(ClaimKind::kPercentPoints), "percent-points");
  EXPECT_STREQ(ClaimKindName(ClaimKind::kYear), "year");
  EXPECT_STREQ(QualifierName(Qualifier::kNear), "near");
  EXPECT_STREQ(QualifierName(Qualifier::kPlus), "plus");
  EXPECT_STREQ(DirectionName(Direction::kDown), "down");
}

}  // namespace
}  // namespace factlint
