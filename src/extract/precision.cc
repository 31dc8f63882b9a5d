#include "extract/precision.h"

#include <cmath>
#include <limits>

namespace factlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool IsWhole(double v) {
  return std::fabs(v - std::round(v)) <= 1e-9 * std::max(1.0, std::fabs(v));
}

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

double PlusStep(double base) {
  if (!(base > 0) || !IsWhole(base)) return 1;
  double place = RoundStep(base, 1);
  int digits = static_cast<int>(std::floor(std::log10(base) + 1e-9)) + 1;
  if (digits >= 4) {
    double cap = std::pow(10.0, digits - 2);
    if (place > cap) place = cap;
  }
  return place;
}

Interval WrittenInterval(double v, double step) {
  if (step <= 0) return Interval::Point(v);
  return {v - step / 2, v + step / 2, true, false};
}

Interval ApplyQualifier(Qualifier q, const Interval& w, double v,
                        double step) {
  switch (q) {
    case Qualifier::kNone:
    case Qualifier::kPlus:
      return w;
    case Qualifier::kAbove:
      return {w.lo, kInf, false, false};
    case Qualifier::kBelow:
      return {-kInf, w.hi, false, false};
    case Qualifier::kNear:
      return {w.lo - std::fabs(v) * 0.1, w.hi, true, false};
    case Qualifier::kAbout: {
      double s = step > 0 ? step : std::max(std::fabs(v) * 0.05, 1e-9);
      return {w.lo - s, w.hi + s, w.lo_closed, w.hi_closed};
    }
  }
  return w;
}

Interval PlusInterval(double v, double plus_step, bool closed_low) {
  return {v, v + plus_step, closed_low, false};
}

}  // namespace factlint
