#include "check/check.h"

namespace factlint {

std::string CheckContext::DateOf(const ClaimRef& r) const {
  const DocumentDate& date = doc(r).extraction.date;
  return date.year ? "document of " + date.ToString() : "document undated";
}

std::string AsWritten(const Document& doc, const Claim& claim) {
  const Span& q = claim.qualifier_span;
  if (q.empty()) return claim.surface;
  // 超过18%, 约525家: a qualifier right before the number.
  if (q.end == claim.span.begin)
    return std::string(doc.Text(q)) + claim.surface;
  // 18%以上, 500家左右: right after it.
  if (q.begin == claim.span.end)
    return claim.surface + std::string(doc.Text(q));
  return claim.surface;  // inside the number (6800多万) or not adjacent
}

}  // namespace factlint
