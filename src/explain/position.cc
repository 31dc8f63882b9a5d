#include "explain/position.h"

#include <algorithm>
#include <cstdlib>

#include "base/strings.h"

namespace factlint {
namespace {

// A positive decimal that fits a line number; 0 when `s` is not one.
uint32_t PositiveNumber(std::string_view s) {
  if (s.empty() || s.size() > 9) return 0;
  uint32_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  return n;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
}

// The columns [begin, end) a claim occupies on `line`, its qualifier
// included when it stands right before or after the number (超过18%,
// 500家左右). The qualifier is counted in normalized code points, which is
// what the source shows for Chinese text.
struct Columns {
  uint32_t begin = 0;
  uint32_t end = 0;
};

Columns ColumnsOf(const Document& doc, const Claim& c, uint32_t line) {
  Location loc = doc.Locate(c);
  Columns cols{loc.column, loc.end_line == line ? loc.end_column : UINT32_MAX};
  if (loc.line != line) cols.begin = 1;
  const Span& q = c.qualifier_span;
  if (!q.empty()) {
    uint32_t width = static_cast<uint32_t>(CountCodePoints(doc.Text(q)));
    if (q.end == c.span.begin && cols.begin > width) cols.begin -= width;
    if (q.begin == c.span.end && cols.end != UINT32_MAX) cols.end += width;
  }
  return cols;
}

}  // namespace

std::optional<SourcePosition> ParsePosition(std::string_view text,
                                            std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<SourcePosition> {
    *error = "'" + std::string(text) + "' is not FILE:LINE[:COL] (" + why + ")";
    return std::nullopt;
  };
  size_t last = text.rfind(':');
  if (last == std::string_view::npos) return fail("no line number");
  std::string_view tail = text.substr(last + 1);
  std::string_view head = text.substr(0, last);
  SourcePosition p;
  size_t before = head.rfind(':');
  if (before != std::string_view::npos && IsDigits(head.substr(before + 1)) &&
      IsDigits(tail)) {
    p.line = PositiveNumber(head.substr(before + 1));
    p.column = PositiveNumber(tail);
    p.file = std::string(head.substr(0, before));
    if (p.line == 0) return fail("lines count from 1");
    if (p.column == 0) return fail("columns count from 1");
  } else {
    if (!IsDigits(tail)) return fail("'" + std::string(tail) + "' is not a line number");
    p.line = PositiveNumber(tail);
    p.file = std::string(head);
    if (p.line == 0) return fail("lines count from 1");
  }
  if (p.file.empty()) return fail("no file");
  return p;
}

ClaimLookup FindClaimsAt(const Document& doc, uint32_t line, uint32_t column) {
  ClaimLookup out;
  const std::vector<Claim>& claims = doc.extraction.claims;
  std::vector<uint32_t> on_line;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    Location loc = doc.Locate(claims[i]);
    if (loc.line <= line && line <= std::max(loc.line, loc.end_line)) on_line.push_back(i);
  }
  if (column == 0 || on_line.empty()) {
    out.claims = on_line;
    return out;
  }
  uint32_t best = 0;
  long best_distance = -1;
  for (uint32_t i : on_line) {
    Columns cols = ColumnsOf(doc, claims[i], line);
    if (cols.begin <= column && column < cols.end) {
      out.claims = {i};
      return out;
    }
    long distance = column < cols.begin ? long{cols.begin} - column
                                        : long{column} - long{cols.end} + 1;
    if (best_distance < 0 || distance < best_distance) {
      best = i;
      best_distance = distance;
    }
  }
  out.claims = {best};
  out.exact = false;
  return out;
}

std::vector<uint32_t> NearestClaims(const Document& doc, uint32_t line, size_t n) {
  const std::vector<Claim>& claims = doc.extraction.claims;
  std::vector<std::pair<long, uint32_t>> by_distance;
  for (uint32_t i = 0; i < claims.size(); ++i)
    by_distance.push_back({std::labs(long{doc.Locate(claims[i]).line} - long{line}), i});
  std::stable_sort(by_distance.begin(), by_distance.end());
  std::vector<uint32_t> out;
  for (size_t k = 0; k < by_distance.size() && k < n; ++k)
    out.push_back(by_distance[k].second);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace factlint
