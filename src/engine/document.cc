#include "engine/document.h"

namespace factlint {

Location Document::Locate(Span source_span) const {
  Location loc;
  loc.path = source.path;
  LinePosition begin = lines->Position(source_span.begin);
  LinePosition end = lines->Position(source_span.end);
  loc.line = begin.line;
  loc.column = begin.column;
  loc.end_line = end.line;
  loc.end_column = end.column;
  return loc;
}

std::string_view Document::Text(Span span) const {
  return std::string_view(normalized.text).substr(span.begin, span.size());
}

std::unique_ptr<Document> BuildDocument(SourceText source,
                                        const Extractor& extractor) {
  auto doc = std::make_unique<Document>();
  doc->source = std::move(source);
  doc->normalized = Normalize(doc->source);
  doc->lines = std::make_unique<LineIndex>(doc->source.text);
  doc->extraction = extractor.Extract(doc->source, doc->normalized);
  doc->transition_start.assign(doc->extraction.claims.size(), false);
  for (const Transition& t : doc->extraction.transitions)
    if (t.from < doc->transition_start.size()) doc->transition_start[t.from] = true;
  return doc;
}

}  // namespace factlint
