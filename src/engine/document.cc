#include "engine/document.h"

#include "extract/time.h"

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

void IndexTransitions(Document* doc) {
  size_t n = doc->extraction.claims.size();
  doc->transition_start.assign(n, false);
  doc->transition_end.assign(n, false);
  doc->undated_start.assign(n, false);
  doc->undated_end.assign(n, false);
  const std::vector<Claim>& claims = doc->extraction.claims;
  for (const Transition& t : doc->extraction.transitions) {
    if (t.from >= n || t.to >= n) continue;
    doc->transition_start[t.from] = true;
    doc->transition_end[t.to] = true;
    const TimeRef& from = claims[t.from].time;
    doc->undated_start[t.from] = from == claims[t.to].time || !from.known() ||
                                 from.origin == TimeOrigin::kDocument;
    if (doc->undated_start[t.from]) doc->undated_end[t.to] = true;
  }
}

std::unique_ptr<Document> BuildDocument(
    SourceText source, const Extractor& extractor,
    const std::map<std::string, std::string>& metadata) {
  auto doc = std::make_unique<Document>();
  doc->source = std::move(source);
  doc->normalized = Normalize(doc->source);
  std::map<std::string, std::string>& own = doc->normalized.metadata;
  for (const auto& [key, value] : metadata) own[key] = value;
  if (auto named = own.find(kFileNameDateKey); named != own.end()) {
    auto date = own.find("date");
    if (date == own.end() || ParseDate(date->second).year == 0) {
      own["date"] = named->second;
      own["date-origin"] = "file-name";
    }
  }
  doc->lines = std::make_unique<LineIndex>(doc->source.text);
  doc->extraction = extractor.Extract(doc->source, doc->normalized);
  IndexTransitions(doc.get());
  ReleaseScratch(doc.get());
  return doc;
}

void ReleaseScratch(Document* doc) {
  // Claims carry their source spans: the byte map is no longer needed, and
  // it was the largest part of a document (four bytes per byte).
  std::vector<uint32_t>().swap(doc->normalized.to_source);
  // The normalized text grew by appending: up to twice its size reserved.
  doc->normalized.text.shrink_to_fit();
  std::vector<Claim>& claims = doc->extraction.claims;
  claims.shrink_to_fit();
  for (Claim& c : claims) c.context.shrink_to_fit();
}

}  // namespace factlint
