#include "check/check.h"

namespace factlint {

std::string CheckContext::DateOf(const ClaimRef& r) const {
  const DocumentDate& date = doc(r).extraction.date;
  return date.year ? "document of " + date.ToString() : "document undated";
}

std::string AsWritten(const Document& doc, const Claim& claim) {
  if (claim.qualifier_span.empty() || claim.qualifier_span.end > claim.span.begin)
    return claim.surface;
  // Qualifier before the number (超过18%): show it with the number when the
  // two are adjacent; a qualifier after the number is inside the surface.
  if (claim.qualifier_span.end == claim.span.begin)
    return std::string(doc.Text(claim.qualifier_span)) + claim.surface;
  return claim.surface;
}

}  // namespace factlint
