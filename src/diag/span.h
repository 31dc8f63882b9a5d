// Byte ranges into a document's decoded text. Every position factlint reports
// starts life as a Span and is resolved to line and column only at the end.
#ifndef FACTLINT_DIAG_SPAN_H_
#define FACTLINT_DIAG_SPAN_H_

#include <cstdint>

namespace factlint {

// Half-open byte range [begin, end) into a SourceText's `text`.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace factlint

#endif  // FACTLINT_DIAG_SPAN_H_
