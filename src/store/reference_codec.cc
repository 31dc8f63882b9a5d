#include "store/reference_codec.h"

#include "store/byte_codec.h"
#include "store/extraction_codec.h"

namespace factlint {

std::string EncodeReference(const Document& doc, std::string_view takes) {
  codec::Writer w;
  w.Str(doc.source.encoding);
  w.U(doc.source.markdown);
  w.Str(EncodeMetadata(doc.normalized.metadata));
  w.Str(EncodeExtraction(doc.extraction));
  w.Str(takes);
  // The normalized text held around claims (Document::held) and where the
  // marked words stand in the whole text.
  w.U(doc.text_size);
  w.U(doc.held.size());
  for (const Document::HeldPiece& p : doc.held) {
    w.U(p.begin);
    w.U(p.end - p.begin);
  }
  w.Str(doc.normalized.text);
  w.U(doc.marked_words.size());
  for (const std::string& word : doc.marked_words) w.Str(word);
  w.U(doc.marks.size());
  for (const Span& m : doc.marks) w.Sp(m);
  // The source lines kept around claims, with every line start (positions
  // are counted in lines of the whole text).
  const LineIndex::KeptLines kept = doc.lines->kept_lines();
  w.U(kept.size);
  w.U(kept.starts.size());
  uint32_t last = 0;
  for (uint32_t s : kept.starts) {
    w.U(s - last);
    last = s;
  }
  w.U(kept.runs.size());
  for (const auto& [begin, end] : kept.runs) {
    w.U(begin);
    w.U(end - begin);
  }
  w.Str(kept.text);
  return w.Take();
}

std::unique_ptr<Document> DecodeReference(std::string_view bytes, const std::string& path,
                                          std::string* takes, std::string* error,
                                          const std::vector<uint32_t>* keep, size_t* stored) {
  codec::Reader r(bytes);
  auto doc = std::make_unique<Document>();
  doc->source.path = path;
  doc->target = false;
  doc->source.encoding = r.Str();
  doc->source.markdown = r.B();
  const std::string metadata = r.Str();
  const std::string extraction = r.Str();
  *takes = r.Str();
  doc->text_size = static_cast<uint32_t>(r.U());
  const size_t pieces = r.Count(2);
  uint32_t at = 0;
  for (size_t i = 0; i < pieces && r.ok(); ++i) {
    const Span s = r.Sp(doc->text_size);
    // Sorted and apart, as KeepClaimText joins them (Document::Text).
    if (!doc->held.empty() && s.begin <= doc->held.back().end) r.Fail();
    doc->held.push_back(Document::HeldPiece{s.begin, s.end, at});
    at += s.size();
  }
  doc->normalized.text = r.Str();
  const size_t words = r.Count(1);
  std::vector<Word> marked;
  for (size_t i = 0; i < words && r.ok(); ++i) marked.push_back(r.Str());
  doc->marked_words = marked;
  const size_t marks = r.Count(2);
  for (size_t i = 0; i < marks && r.ok(); ++i) doc->marks.push_back(r.Sp(doc->text_size));
  LineIndex::KeptLines kept;
  kept.size = static_cast<uint32_t>(r.U());
  const size_t starts = r.Count(1);
  uint32_t start = 0;
  for (size_t i = 0; i < starts && r.ok(); ++i) {
    const uint64_t step = r.U();
    if (step > kept.size - start) r.Fail();
    start += static_cast<uint32_t>(step);
    kept.starts.push_back(start);
  }
  const size_t runs = r.Count(2);
  for (size_t i = 0; i < runs && r.ok(); ++i) {
    const Span s = r.Sp(kept.size);
    kept.runs.emplace_back(s.begin, s.end);
  }
  kept.text = r.Str();
  if (!r.ok() || !r.at_end() || doc->held.empty() || at != doc->normalized.text.size()) {
    *error = "malformed reference form";
    return nullptr;
  }
  doc->lines = LineIndex::FromKeptLines(std::move(kept));
  if (!doc->lines) {
    *error = "malformed source lines in the reference form";
    return nullptr;
  }
  if (!DecodeMetadata(metadata, &doc->normalized.metadata, error) ||
      !DecodeExtraction(extraction, doc->text_size, doc->lines->size(), &doc->extraction,
                        error, keep, stored))
    return nullptr;
  IndexTransitions(doc.get());
  return doc;
}

}  // namespace factlint
