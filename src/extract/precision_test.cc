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

TEST(PrecisionTest, ABareRoundFigureIsReadToATenthOfItsValue) {
  // 5000亿 (rounding step 1000亿, 约 takes all of it): bare, a step of 500亿,
  // so a budget of 5500亿 or 4576亿 is not what it says.
  EXPECT_DOUBLE_EQ(BareStep(5000e8, RoundFigureStep(5000e8, 1e8), 1e8), 500e8);
  EXPECT_DOUBLE_EQ(RoundFigureStep(5000e8, 1e8), 1000e8);
  // Never finer than the last written digit (3万: 1万), nor coarser than the
  // figure's own step (2497亿: 1亿; 30: 1).
  EXPECT_DOUBLE_EQ(BareStep(3e4, RoundFigureStep(3e4, 1e4), 1e4), 1e4);
  EXPECT_DOUBLE_EQ(BareStep(2497e8, RoundFigureStep(2497e8, 1e8), 1e8), 1e8);
  EXPECT_DOUBLE_EQ(BareStep(30, 1, 1), 1);
  // An exact count stays exact.
  EXPECT_DOUBLE_EQ(BareStep(525, 0, 1), 0);
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
  // 超过70%: more than 70, 70 excluded; 以上, 不低于: 70 or more.
  EXPECT_EQ(ApplyQualifier(Qualifier::kAbove, w, 70, 1),
            (Interval{70, inf, false, false}));
  EXPECT_EQ(ApplyQualifier(Qualifier::kAtLeast, w, 70, 1),
            (Interval{70, inf, true, false}));
  // 不到70%: less than 70; 以下, 以内, 不超过: 70 or less.
  EXPECT_EQ(ApplyQualifier(Qualifier::kBelow, w, 70, 1),
            (Interval{-inf, 70, false, false}));
  EXPECT_EQ(ApplyQualifier(Qualifier::kAtMost, w, 70, 1),
            (Interval{-inf, 70, false, true}));
  // 近70%: just under, by a tenth of the value at most (the step is finer).
  EXPECT_EQ(ApplyQualifier(Qualifier::kNear, w, 70, 1), (Interval{63, 70, true, true}));
  // 约70%: either side by one step.
  EXPECT_EQ(ApplyQualifier(Qualifier::kAbout, w, 70, 1), (Interval{69, 71, true, true}));
  EXPECT_EQ(ApplyQualifier(Qualifier::kNone, w, 70, 1), w);
  EXPECT_EQ(PlusInterval(30, 10, false), (Interval{30, 40, false, false}));
  EXPECT_EQ(PlusInterval(6.8e7, 1e6, true), (Interval{6.8e7, 6.9e7, true, false}));
}

TEST(PrecisionTest, StatedFigureUndoesEveryQualifier) {
  // For each qualifier and written figure, the figure comes back from the
  // interval the qualifier made of it.
  const std::pair<double, double> figures[] = {{70, 1}, {2.68, 0.01}, {1.3e12, 1e11},
                                               {6000, 1000}, {0.5, 0.1}, {525, 0}};
  for (auto [v, step] : figures) {
    const Interval w = WrittenInterval(v, step);
    for (Qualifier q : {Qualifier::kAbove, Qualifier::kAtLeast, Qualifier::kBelow,
                        Qualifier::kAtMost, Qualifier::kNear, Qualifier::kAbout}) {
      const Interval f = StatedFigure(q, ApplyQualifier(q, w, v, step));
      EXPECT_TRUE(f.lo == f.hi) << v << " " << QualifierName(q);
      EXPECT_NEAR(f.lo, v, 1e-9 * v) << v << " " << QualifierName(q);
    }
    EXPECT_EQ(StatedFigure(Qualifier::kNone, w), w);
  }
  EXPECT_EQ(StatedFigure(Qualifier::kPlus, PlusInterval(30, 10, false)),
            PlusInterval(30, 10, false));
}

TEST(PrecisionTest, AboutAndOverDoNotAgreeAcrossARoundStep) {
  // 约5000亿元 is 4000亿 to 6000亿: it contradicts 超6000亿元 and agrees with
  // 超5500亿元 and 近6000亿元.
  const double yi = 1e8;
  Interval about = ApplyQualifier(Qualifier::kAbout, WrittenInterval(5000 * yi, 1000 * yi),
                                  5000 * yi, 1000 * yi);
  EXPECT_EQ(about, (Interval{4000 * yi, 6000 * yi, true, true}));
  auto over = [&](double v, double step) {
    return ApplyQualifier(Qualifier::kAbove, WrittenInterval(v, step), v, step);
  };
  EXPECT_TRUE(about.Disjoint(over(6000 * yi, 1000 * yi)));
  EXPECT_FALSE(about.Disjoint(over(5500 * yi, 100 * yi)));
  Interval near = ApplyQualifier(Qualifier::kNear, WrittenInterval(6000 * yi, 1000 * yi),
                                 6000 * yi, 1000 * yi);
  EXPECT_FALSE(about.Disjoint(near));
  // 超过1210万人 does not hold for 1206万人, which its written interval
  // [1205万, 1215万) would have allowed.
  EXPECT_TRUE(over(1210e4, 10e4).Disjoint(WrittenInterval(1206e4, 1e4)));
  // 近5000万 is 4500万 to 5000万: not 5575万.
  Interval near5000 = ApplyQualifier(Qualifier::kNear, WrittenInterval(5000e4, 1000e4),
                                     5000e4, 1000e4);
  EXPECT_TRUE(near5000.Disjoint(WrittenInterval(5575e4, 1e4)));
  EXPECT_FALSE(near5000.Disjoint(WrittenInterval(4800e4, 100e4)));
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
  // 约1亿人: the round figure alone is [0.5亿, 1.5亿]; 约 adds nothing more,
  // not another whole step (which would reach below zero).
  Interval w = WrittenInterval(1e8, 1e8);
  Interval about = ApplyQualifier(Qualifier::kAbout, w, 1e8, 1e8);
  EXPECT_DOUBLE_EQ(about.lo, 0.5e8);
  EXPECT_DOUBLE_EQ(about.hi, 1.5e8);
  // 约2.68%: one step of 0.01 either side.
  Interval fine = ApplyQualifier(Qualifier::kAbout, WrittenInterval(2.68, 0.01), 2.68, 0.01);
  EXPECT_NEAR(fine.lo, 2.67, 1e-12);
  EXPECT_NEAR(fine.hi, 2.69, 1e-12);
  // A widened lower bound of a positive value stops at zero.
  Interval about_small = ApplyQualifier(Qualifier::kAbout, {0.5, 1.5, true, false}, 1, 8);
  EXPECT_DOUBLE_EQ(about_small.lo, 0);
  // 近一倍 is 0.9 to 1 times, not half a step below.
  Interval near = ApplyQualifier(Qualifier::kNear, {0.5, 1.5, true, false}, 1, 1);
  EXPECT_DOUBLE_EQ(near.lo, 0.9);
  EXPECT_DOUBLE_EQ(near.hi, 1);
  // 5年左右 (an exact duration) is 4 to 6 years.
  Interval years = ApplyQualifier(Qualifier::kAbout, Interval::Point(5), 5, 1);
  EXPECT_DOUBLE_EQ(years.lo, 4);
  EXPECT_DOUBLE_EQ(years.hi, 6);
}
}  // namespace
}  // namespace factlint
