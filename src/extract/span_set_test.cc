#include "extract/span_set.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace factlint {
namespace {

// The answers of a plain scan over all spans, for comparison.
std::vector<Span> Scan(const std::vector<Span>& all, Span s) {
  std::vector<Span> out;
  for (Span x : all)
    if (!x.empty() && !s.empty() && x.begin < s.end && s.begin < x.end) out.push_back(x);
  std::sort(out.begin(), out.end(), [](Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  return out;
}

TEST(SpanSetTest, OverlapsLikeAPlainScan) {
  // Unsorted, nested, overlapping, touching and empty spans.
  const std::vector<Span> all = {{40, 45}, {0, 100}, {10, 12}, {12, 20},
                                 {50, 50}, {60, 61}, {11, 30}, {200, 210}};
  SpanSet set(all);
  for (uint32_t b = 0; b < 220; b += 3) {
    for (uint32_t len : {0u, 1u, 2u, 7u, 40u}) {
      Span s{b, b + len};
      EXPECT_EQ(set.Overlapping(s), Scan(all, s)) << b << "+" << len;
      EXPECT_EQ(set.AnyOverlapping(s), !Scan(all, s).empty()) << b << "+" << len;
    }
  }
}

TEST(SpanSetTest, ContainsLikeAPlainScan) {
  const std::vector<Span> all = {{40, 45}, {10, 12}, {12, 20}, {50, 50},
                                 {60, 61}, {11, 30}, {200, 210}, {205, 206}};
  SpanSet set(all);
  for (uint32_t b = 0; b < 220; ++b) {
    for (uint32_t len : {1u, 2u, 5u, 19u}) {
      Span s{b, b + len};
      const bool scan = std::any_of(all.begin(), all.end(), [&](Span x) {
        return !x.empty() && x.begin <= s.begin && s.end <= x.end;
      });
      EXPECT_EQ(set.AnyContaining(s), scan) << b << "+" << len;
    }
  }
}

TEST(SpanSetTest, TouchingIsNotOverlapping) {
  SpanSet set({{10, 20}});
  EXPECT_FALSE(set.AnyOverlapping({20, 25}));
  EXPECT_FALSE(set.AnyOverlapping({5, 10}));
  EXPECT_TRUE(set.AnyOverlapping({19, 20}));
  EXPECT_FALSE(SpanSet().AnyOverlapping({0, 1}));
}

}  // namespace
}  // namespace factlint
