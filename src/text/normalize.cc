// Normalize: runs the stages declared in normalize_internal.h, and maps
// normalized spans back to the source.
#include "text/normalize.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "text/normalize_internal.h"

namespace factlint {

Normalized Normalize(const SourceText& source, const ChangeColumnTest& change_column) {
  internal::Doc doc;
  doc.source = &source.text;
  doc.markdown = source.markdown;
  internal::SplitLines(&doc);
  internal::ApplyMarkdown(&doc);
  internal::MarkUrls(&doc);
  internal::NormalizeRemoved(&doc);
  internal::BuildPieces(&doc);
  internal::ClassifyLines(&doc);
  internal::FindPdfTables(&doc, change_column);
  internal::DecideBreaks(&doc);
  Normalized out;
  out.text.reserve(doc.buf.size());
  internal::Emit(doc, &out);
  out.metadata = std::move(doc.metadata);
  for (const internal::Line& line : doc.lines) {
    if (line.removed || !(line.heading_level || line.list_item || line.table_row)) continue;
    TextBlock b;
    b.kind = line.heading_level ? TextBlock::Kind::kHeading
             : line.table_row   ? TextBlock::Kind::kTableRow
                                : TextBlock::Kind::kListItem;
    b.level = line.heading_level;
    b.header = line.table_header;
    b.marker_chars = line.marker_chars;
    b.source_begin = line.begin;
    b.source_end = line.end;
    out.blocks.push_back(b);
  }
  return out;
}

uint32_t OffsetMap::operator[](size_t i) const {
  // The last run that starts at or before byte i.
  auto it = std::upper_bound(runs_.begin(), runs_.end(), i,
                             [](size_t at, const Run& r) { return at < r.out; });
  const Run& r = *(it - 1);
  return r.src + static_cast<uint32_t>((i - r.out) / r.len) * r.stride;
}

const TextBlock* Normalized::BlockAt(uint32_t source_offset) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), source_offset,
                             [](uint32_t o, const TextBlock& b) { return o < b.source_end; });
  if (it == blocks.end() || source_offset < it->source_begin) return nullptr;
  return &*it;
}

Span Normalized::ToSource(Span normalized, const std::string& source_text) const {
  const uint32_t size = static_cast<uint32_t>(source_text.size());
  if (to_source.empty()) return Span{0, 0};
  uint32_t limit = static_cast<uint32_t>(text.size());
  uint32_t b = std::min(normalized.begin, limit);
  uint32_t e = std::min(std::max(normalized.end, b), limit);
  uint32_t begin = std::min(to_source[b], size);
  if (e == b) return Span{begin, begin};
  // Start of the last character of the span.
  uint32_t last = e - 1;
  while (last > b && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
  uint32_t start = std::min(to_source[last], size);
  int32_t i = 0;
  int32_t window = static_cast<int32_t>(std::min<uint32_t>(size - start, 4));
  UChar32 c;
  if (window > 0) {
    U8_NEXT(reinterpret_cast<const uint8_t*>(source_text.data() + start), i, window, c);
    (void)c;
    if (source_text[start] == '\r' && start + 1 < size && source_text[start + 1] == '\n') {
      i = 2;  // a joined "\r\n" covers both bytes
    }
  }
  uint32_t end = start + static_cast<uint32_t>(i > 0 ? i : 0);
  return Span{begin, std::max(begin, end)};
}

}  // namespace factlint
