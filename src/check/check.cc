#include "check/check.h"

#include <fmt/format.h>

#include "check/claim_compare.h"

namespace factlint {

std::string CheckContext::DateOf(const ClaimRef& r) const {
  const DocumentDate& date = doc(r).extraction.date;
  const auto& metadata = doc(r).normalized.metadata;
  auto source = metadata.find(kSourceKey);
  const bool sourced = source != metadata.end() && !source->second.empty();
  if (!date.year)
    return sourced ? Say("document.source_undated", fmt::arg("source", source->second))
                   : Say("document.undated");
  return Say(sourced ? "document.source_dated" : "document.dated",
             fmt::arg("date", date.ToString()),
             fmt::arg("source", sourced ? source->second : std::string()));
}

std::string CheckContext::StatedHere(const ClaimRef& r, const ClaimRef* finding) const {
  const std::string document =
      finding != nullptr && finding->doc == r.doc
          ? Say("document.same", fmt::arg("line", doc(r).Locate(claim(r)).line))
          : DateOf(r);
  return Say("note.stated", fmt::arg("value", AsWritten(doc(r), claim(r))),
             fmt::arg("document", document));
}

Quantity AsQuantity(const Claim& c) {
  Quantity q;
  q.span = c.span;
  q.qualifier_span = c.qualifier_span;
  q.surface = c.surface;
  q.kind = c.kind;
  q.value = c.value;
  q.dimension = c.dimension;
  q.unit = c.unit;
  q.qualifier = c.qualifier;
  return q;
}

std::string AsWritten(const Document& doc, const Claim& claim) {
  const Span& q = claim.qualifier_span;
  if (q.empty()) return claim.surface;
  // 超过18%, 约525家: a qualifier right before the number.
  if (q.end == claim.span.begin)
    return std::string(doc.Text(q)) + claim.surface.str();
  // 18%以上, 500家左右: right after it.
  if (q.begin == claim.span.end)
    return claim.surface.str() + std::string(doc.Text(q));
  return claim.surface;  // inside the number (6800多万) or not adjacent
}

FactStatement StatementOf(const CheckContext& ctx, const ClaimRef& r) {
  const Claim& c = ctx.claim(r);
  FactStatement s;
  s.value = AsWritten(ctx.doc(r), c);
  // The period as the comparability rule reads it.
  const TimeClass t = ClassOf(ctx, r);
  if (t.unresolved) {
    s.period = "unresolved";
  } else if (t.as_of) {
    s.period = "as of the document";
  } else {
    s.period = std::to_string(t.from_year);
    if (t.to_year != t.from_year) s.period += "-" + std::to_string(t.to_year);
  }
  if (!t.part.empty()) s.period += " " + t.part;
  const DocumentDate& date = ctx.doc(r).extraction.date;
  if (date.year) s.document_date = date.ToString();
  return s;
}

}  // namespace factlint
