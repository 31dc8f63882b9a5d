#include "extract/precision.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace factlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool IsWhole(double v) {
  return std::fabs(v - std::round(v)) <= 1e-9 * std::max(1.0, std::fabs(v));
}

// A widened lower bound of a positive value stops at zero.
double NotBelowZero(double lo, double v) { return v >= 0 && lo < 0 ? 0 : lo; }

// The most one rounding step may be of a value: a fifth of it (约5000亿 is
// at most 4000亿 to 6000亿). A figure written bare is read to half of that
// (1000万 stands for 950万 to 1050万).
double LargestStep(double v) { return std::fabs(v) / 5; }

}  // namespace

double RoundStep(double v, double step) {
  if (!(v > 0) || !IsWhole(v) || v > 9e18) return step;
  auto n = static_cast<unsigned long long>(std::llround(v));
  double place = 1;
  while (n % 10 == 0) {
    n /= 10;
    place *= 10;
  }
  return place < step ? step : place;
}

double RoundFigureStep(double v, double step) {
  return std::min(RoundStep(v, step), std::max(step, LargestStep(v)));
}

double BareStep(double v, double step, double written_step) {
  return std::min(step, std::max(written_step, LargestStep(v) / 2));
}

double PlusStep(double base) {
  if (!(base > 0) || !IsWhole(base)) return 1;
  return RoundStep(base, 1);
}

Interval WrittenInterval(double v, double step) {
  if (step <= 0) return Interval::Point(v);
  // The bounds are computed as (k ± 1) half-steps from integers, so that the
  // upper bound of 8.3% and the lower bound of 8.4% are the same double
  // (8.3 + 0.05 and 8.4 - 0.05 differ in the last bit, and made the two
  // overlap).
  double scale = step < 1 ? std::round(1 / step) : 1;
  if (step < 1 && std::fabs(scale * step - 1) < 1e-9) {
    double k = std::round(2 * v * scale);
    if (std::fabs(k - 2 * v * scale) < 1e-6)
      return {(k - 1) / (2 * scale), (k + 1) / (2 * scale), true, false};
  } else if (step >= 1) {
    double k = std::round(2 * v / step);
    if (std::fabs(k - 2 * v / step) < 1e-6)
      return {(k - 1) * step / 2, (k + 1) * step / 2, true, false};
  }
  return {v - step / 2, v + step / 2, true, false};
}

Interval ApplyQualifier(Qualifier q, const Interval& w, double v,
                        double step) {
  switch (q) {
    case Qualifier::kNone:
    case Qualifier::kPlus:
      return w;
    case Qualifier::kAbove:
      return {v, kInf, false, false};
    case Qualifier::kAtLeast:
      return {v, kInf, true, false};
    case Qualifier::kBelow:
      return {-kInf, v, false, false};
    case Qualifier::kAtMost:
      return {-kInf, v, false, true};
    case Qualifier::kNear:
      return {v - std::fabs(v) / 10, v, true, true};
    case Qualifier::kAbout: {
      double d = step > 0 ? std::max(step / 2, std::min(step, LargestStep(v)))
                          : std::max(std::fabs(v) * 0.05, 1e-9);
      return {NotBelowZero(v - d, v), v + d, true, true};
    }
  }
  return w;
}

Interval StatedFigure(Qualifier q, const Interval& value) {
  switch (q) {
    case Qualifier::kNone:
    case Qualifier::kPlus:
      return value;
    case Qualifier::kAbove:
    case Qualifier::kAtLeast:
      return Interval::Point(value.lo);
    case Qualifier::kBelow:
    case Qualifier::kAtMost:
    case Qualifier::kNear:
      return Interval::Point(value.hi);
    case Qualifier::kAbout:
      // v - d stops at zero only where d > v, which no written step allows
      // (d is at most the larger of half the step and a fifth of v).
      return Interval::Point((value.lo + value.hi) / 2);
  }
  return value;
}

Interval PlusInterval(double v, double plus_step, bool closed_low) {
  // 负30多 is below -30: the interval extends away from zero.
  if (v < 0) return {v - plus_step, v, false, closed_low};
  return {v, v + plus_step, closed_low, false};
}

}  // namespace factlint
