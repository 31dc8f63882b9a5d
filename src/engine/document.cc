#include "engine/document.h"

#include "base/strings.h"
#include "extract/time.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <iterator>

namespace factlint {

Location Document::Locate(Span source_span) const {
  Location loc;
  loc.path = source.path;
  LinePosition begin = lines ? lines->Position(source_span.begin)
                             : positions.Position(source_span.begin);
  LinePosition end = lines ? lines->Position(source_span.end)
                           : positions.Position(source_span.end);
  loc.line = begin.line;
  loc.column = begin.column;
  loc.end_line = end.line;
  loc.end_column = end.column;
  return loc;
}

std::string_view Document::Text(Span span) const {
  if (!held.empty() && span.empty()) return {};
  if (held.empty())
    return std::string_view(normalized.text).substr(span.begin, span.size());
  auto after = std::upper_bound(held.begin(), held.end(), span.begin,
                                [](uint32_t b, const HeldPiece& p) { return b < p.begin; });
  if (after == held.begin() || span.end > std::prev(after)->end) {
    std::cerr << "factlint: internal error: " << source.path
              << ": normalized text read outside the text held around claims\n";
    std::abort();
  }
  const HeldPiece& p = *std::prev(after);
  return std::string_view(normalized.text).substr(p.at + (span.begin - p.begin), span.size());
}

uint32_t Document::LineCount() const {
  return lines ? lines->line_count() : positions.line_count();
}

uint32_t Document::SourceSize() const { return lines ? lines->size() : positions.size(); }

std::vector<Suppression> Document::Suppressions() const {
  return suppressions ? *suppressions : ParseSuppressions(source.path, source.text);
}

uint32_t Document::TextSize() const {
  return held.empty() ? static_cast<uint32_t>(normalized.text.size()) : text_size;
}

bool Document::TextStartsWith(uint32_t offset, std::string_view s) const {
  if (offset > TextSize() || TextSize() - offset < s.size()) return false;
  return Text(Span{offset, static_cast<uint32_t>(offset + s.size())}) == s;
}

bool Document::Contains(Span span, const std::vector<std::string>& words) const {
  if (held.empty()) return ContainsAny(Text(span), words);
  if (!std::equal(words.begin(), words.end(), marked_words.begin(), marked_words.end())) {
    std::cerr << "factlint: internal error: " << source.path
              << ": words looked for in text not held around claims\n";
    std::abort();
  }
  for (const std::string& w : words)
    if (w.empty()) return true;  // as ContainsAny finds it
  auto m = std::lower_bound(marks.begin(), marks.end(), span.begin,
                            [](const Span& s, uint32_t b) { return s.begin < b; });
  for (; m != marks.end() && m->begin < span.end; ++m)
    if (m->end <= span.end) return true;
  return false;
}

void IndexTransitions(Document* doc) {
  size_t n = doc->extraction.claims.size();
  std::vector<uint8_t>& marks = doc->transition_marks;
  marks.assign(n, 0);
  const std::vector<Claim>& claims = doc->extraction.claims;
  for (const Transition& t : doc->extraction.transitions) {
    if (t.from >= n || t.to >= n) continue;
    marks[t.from] |= Document::kTransitionStart;
    marks[t.to] |= Document::kTransitionEnd;
    const TimeRef& from = claims[t.from].time;
    // A later change from the same claim decides, as the assignment did.
    marks[t.from] &= ~Document::kUndatedStart;
    if (from == claims[t.to].time || !from.known() || from.origin == TimeOrigin::kDocument) {
      marks[t.from] |= Document::kUndatedStart;
      marks[t.to] |= Document::kUndatedEnd;
    }
  }
}

std::unique_ptr<Document> BuildDocument(
    SourceText source, const Extractor& extractor,
    const std::map<std::string, std::string>& metadata) {
  auto doc = std::make_unique<Document>();
  doc->source = std::move(source);
  Normalized normalized = extractor.Normalize(doc->source);
  std::map<std::string, std::string>& own = normalized.metadata;
  for (const auto& [key, value] : metadata) own[key] = value;
  if (auto named = own.find(kFileNameDateKey); named != own.end()) {
    auto date = own.find("date");
    if (date == own.end() || ParseDate(date->second).year == 0) {
      own["date"] = named->second;
      own["date-origin"] = "file-name";
    }
  }
  doc->lines = std::make_unique<LineIndex>(doc->source.text);
  doc->extraction = extractor.Extract(doc->source, normalized);
  // The claims' spans point into the text, which moves without a copy; the
  // byte map (four bytes a byte) and the blocks are dropped with the rest.
  doc->normalized.text = std::move(normalized.text);
  doc->normalized.metadata = std::move(normalized.metadata);
  IndexTransitions(doc.get());
  ReleaseScratch(doc.get());
  return doc;
}

void ReleaseScratch(Document* doc) {
  // The normalized text grew by appending: up to twice its size reserved.
  doc->normalized.text.shrink_to_fit();
  std::vector<Claim>& claims = doc->extraction.claims;
  claims.shrink_to_fit();
}

}  // namespace factlint
