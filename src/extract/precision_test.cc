#include "extract/precision.h"

#include <limits>

#include <gtest/gtest.h>

#include <cmath>

namespace factlint {
namespace {

TEST(PrecisionTest, RoundStep) {
  EXPECT_DOUBLE_EQ(RoundStep(6000, 1), 1000);
  EXPECT_DOUBLE_EQ(RoundStep(2497, 1), 1);
  EXPECT_DOUBLE_EQ(RoundStep(472000, 1000), 1000);
  EXPECT_DOUBLE_EQ(RoundStep(6e11, 1e8), 1e11);
  EXPECT_DOUBLE_EQ(RoundStep(2.68, 0.01), 0.01);
  EXPECT_DOUBLE_EQ(RoundStep(30000, 1000), 10000);
  EXPECT_DOUBLE_EQ(RoundStep(0, 1), 1);
}

TEST(PrecisionTest, PlusStep) {
  EXPECT_DOUBLE_EQ(PlusStep(30), 10);
  EXPECT_DOUBLE_EQ(PlusStep(6800), 100);
  EXPECT_DOUBLE_EQ(PlusStep(1000), 1000);
  EXPECT_DOUBLE_EQ(PlusStep(8000), 1000);
  EXPECT_DOUBLE_EQ(PlusStep(100), 100);
  EXPECT_DOUBLE_EQ(PlusStep(160), 10);
  EXPECT_DOUBLE_EQ(PlusStep(3), 1);
}

TEST(PrecisionTest, WrittenInterval) {
  Interval w = WrittenInterval(2.68, 0.01);
  EXPECT_NEAR(w.lo, 2.675, 1e-12);
  EXPECT_NEAR(w.hi, 2.685, 1e-12);
  EXPECT_TRUE(w.lo_closed);
  EXPECT_FALSE(w.hi_closed);
  EXPECT_EQ(WrittenInterval(525, 0), Interval::Point(525));
}

TEST(PrecisionTest, Qualifiers) {
  const double inf = std::numeric_limits<double>::infinity();
  Interval w = WrittenInterval(70, 1);  // [69.5, 70.5)
  Interval above = ApplyQualifier(Qualifier::kAbove, w, 70, 1);
  EXPECT_EQ(above, (Interval{69.5, inf, false, false}));
  Interval below = ApplyQualifier(Qualifier::kBelow, w, 70, 1);
  EXPECT_EQ(below, (Interval{-inf, 70.5, false, false}));
  Interval near = ApplyQualifier(Qualifier::kNear, w, 70, 1);
  EXPECT_DOUBLE_EQ(near.lo, 62.5);
  EXPECT_DOUBLE_EQ(near.hi, 70.5);
  Interval about = ApplyQualifier(Qualifier::kAbout, w, 70, 1);
  EXPECT_DOUBLE_EQ(about.lo, 68.5);
  EXPECT_DOUBLE_EQ(about.hi, 71.5);
  EXPECT_EQ(ApplyQualifier(Qualifier::kNone, w, 70, 1), w);
  EXPECT_EQ(PlusInterval(30, 10, false), (Interval{30, 40, false, false}));
  EXPECT_EQ(PlusInterval(6.8e7, 1e6, true), (Interval{6.8e7, 6.9e7, true, false}));
}

TEST(PrecisionTest, NeighbouringLastDigitsDoNotOverlap) {
  // 8.3% ends exactly where 8.4% begins: the two cannot both be true.
  for (double a = 0.1; a < 30; a += 0.1) {
    double rounded = std::round(a * 10) / 10;
    Interval lo = WrittenInterval(rounded, 0.1);
    Interval hi = WrittenInterval(std::round((rounded + 0.1) * 10) / 10, 0.1);
    EXPECT_EQ(lo.hi, hi.lo) << rounded;
    EXPECT_TRUE(lo.Disjoint(hi)) << rounded;
  }
  EXPECT_EQ(WrittenInterval(26.3, 0.1).hi, WrittenInterval(26.4, 0.1).lo);
}

TEST(PrecisionTest, AboutARoundFigureWidensByAFifthAtMost) {
  // 约1亿人: the round figure is [0.5亿, 1.5亿); 约 adds a fifth of the value,
  // not another whole step (which would reach below zero).
  Interval w = WrittenInterval(1e8, 1e8);
  Interval about = ApplyQualifier(Qualifier::kAbout, w, 1e8, 1e8);
  EXPECT_DOUBLE_EQ(about.lo, 0.3e8);
  EXPECT_DOUBLE_EQ(about.hi, 1.7e8);
  // A widened lower bound of a positive value stops at zero.
  Interval near = ApplyQualifier(Qualifier::kNear, {0.05, 1.5, true, false}, 1, 1);
  EXPECT_DOUBLE_EQ(near.lo, 0);
  // 5年左右 (an exact duration) is 4 to 6 years.
  Interval years = ApplyQualifier(Qualifier::kAbout, Interval::Point(5), 5, 1);
  EXPECT_DOUBLE_EQ(years.lo, 4);
  EXPECT_DOUBLE_EQ(years.hi, 6);
}

}  // namespace
}  // namespace factlint
