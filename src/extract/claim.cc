#include "extract/claim.h"

#include <algorithm>

namespace factlint {

bool Interval::Contains(double v) const {
  if (v < lo || v > hi) return false;
  if (v == lo && !lo_closed) return false;
  if (v == hi && !hi_closed) return false;
  return true;
}

bool Interval::Disjoint(const Interval& other) const {
  // The intersection runs from the larger lo to the smaller hi; an endpoint
  // shared by both is in it only when closed on both sides that have it.
  double l = std::max(lo, other.lo);
  double h = std::min(hi, other.hi);
  if (l > h) return true;
  bool l_closed = (lo == l ? lo_closed : true) && (other.lo == l ? other.lo_closed : true);
  bool h_closed = (hi == h ? hi_closed : true) && (other.hi == h ? other.hi_closed : true);
  if (l < h) return false;
  return !(l_closed && h_closed);  // a single point
}

const char* ClaimKindName(ClaimKind k) {
  switch (k) {
    case ClaimKind::kCardinal: return "cardinal";
    case ClaimKind::kPercent: return "percent";
    case ClaimKind::kPercentPoints: return "percent-points";
    case ClaimKind::kFraction: return "fraction";
    case ClaimKind::kRank: return "rank";
    case ClaimKind::kMultiple: return "multiple";
    case ClaimKind::kYear: return "year";
    case ClaimKind::kDuration: return "duration";
  }
  return "unknown";
}

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kNone: return "none";
    case Qualifier::kAbove: return "above";
    case Qualifier::kBelow: return "below";
    case Qualifier::kNear: return "near";
    case Qualifier::kAbout: return "about";
    case Qualifier::kPlus: return "plus";
    case Qualifier::kAtLeast: return "at-least";
    case Qualifier::kAtMost: return "at-most";
  }
  return "unknown";
}

const char* TimeOriginName(TimeOrigin o) {
  switch (o) {
    case TimeOrigin::kUnknown: return "unknown";
    case TimeOrigin::kExplicit: return "explicit";
    case TimeOrigin::kRelative: return "relative";
    case TimeOrigin::kPeriod: return "period";
    case TimeOrigin::kContext: return "context";
    case TimeOrigin::kSection: return "section";
    case TimeOrigin::kConfigured: return "configured";
    case TimeOrigin::kDocument: return "document";
  }
  return "unknown";
}

TimeOrigin TimeOriginFromName(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(TimeOrigin::kDocument); ++i) {
    TimeOrigin o = static_cast<TimeOrigin>(i);
    if (name == TimeOriginName(o)) return o;
  }
  return TimeOrigin::kUnknown;
}

const char* DirectionName(Direction d) {
  switch (d) {
    case Direction::kNone: return "none";
    case Direction::kUp: return "up";
    case Direction::kDown: return "down";
  }
  return "unknown";
}

}  // namespace factlint
