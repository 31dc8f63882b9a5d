#include "extract/span_set.h"

#include <algorithm>

namespace factlint {

SpanSet::SpanSet(std::vector<Span> spans) {
  spans.erase(std::remove_if(spans.begin(), spans.end(),
                             [](Span s) { return s.empty(); }),
              spans.end());
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  spans_ = std::move(spans);
  max_end_.reserve(spans_.size());
  uint32_t m = 0;
  for (Span s : spans_) max_end_.push_back(m = std::max(m, s.end));
}

size_t SpanSet::First(uint32_t begin) const {
  // max_end_ never decreases: the first index whose prefix reaches past
  // `begin` is where overlapping spans can start.
  return static_cast<size_t>(
      std::upper_bound(max_end_.begin(), max_end_.end(), begin) - max_end_.begin());
}

bool SpanSet::AnyOverlapping(Span s) const {
  if (s.empty()) return false;
  for (size_t i = First(s.begin); i < spans_.size() && spans_[i].begin < s.end; ++i)
    if (spans_[i].end > s.begin) return true;
  return false;
}

bool SpanSet::AnyContaining(Span s) const {
  // Of the spans that begin at or before s.begin, the one reaching furthest.
  const size_t n = static_cast<size_t>(
      std::upper_bound(spans_.begin(), spans_.end(), s.begin,
                       [](uint32_t b, Span x) { return b < x.begin; }) -
      spans_.begin());
  return n > 0 && max_end_[n - 1] >= s.end;
}

std::vector<Span> SpanSet::Overlapping(Span s) const {
  std::vector<Span> out;
  if (s.empty()) return out;
  for (size_t i = First(s.begin); i < spans_.size() && spans_[i].begin < s.end; ++i)
    if (spans_[i].end > s.begin) out.push_back(spans_[i]);
  return out;
}

}  // namespace factlint
