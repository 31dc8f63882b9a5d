// A fixed set of byte ranges (identifier and idiom matches of a document)
// answering "which of them overlap this range" in logarithmic time, so that
// a document's cost stays linear in its size however many ranges it has.
#ifndef FACTLINT_EXTRACT_SPAN_SET_H_
#define FACTLINT_EXTRACT_SPAN_SET_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "diag/span.h"

namespace factlint {

class SpanSet {
 public:
  SpanSet() = default;
  // Spans may overlap each other and come in any order; empty ones are
  // dropped.
  explicit SpanSet(std::vector<Span> spans);

  // True when some span shares at least one byte with `s`.
  bool AnyOverlapping(Span s) const;
  // True when some span holds all of `s` (begins at or before it and ends at
  // or after it).
  bool AnyContaining(Span s) const;
  // The spans that share at least one byte with `s`, by start.
  std::vector<Span> Overlapping(Span s) const;

 private:
  // Index of the first span that may overlap something at or after `begin`.
  size_t First(uint32_t begin) const;

  std::vector<Span> spans_;         // sorted by begin
  std::vector<uint32_t> max_end_;   // max_end_[i] = max end of spans_[0..i]
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_SPAN_SET_H_
