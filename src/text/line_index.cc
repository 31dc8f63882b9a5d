// LineIndex: line starts of a text and byte offset -> (line, code-point
// column) lookups.
#include "text/line_index.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "store/byte_codec.h"

namespace factlint {

LineIndex::LineIndex(std::string_view text)
    : text_(text), size_(static_cast<uint32_t>(text.size())) {
  starts_.push_back(0);
  const size_t n = text_.size();
  checkpoints_.reserve(n / kStride + 1);
  uint32_t points = 0;  // code points before byte i
  // One pass: line starts, and the code-point count at every kStride-th byte.
  auto visit = [&](size_t i) {
    if (i % kStride == 0) checkpoints_.push_back(points);
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++points;
  };
  for (size_t i = 0; i < n; ++i) {
    visit(i);
    char c = text_[i];
    if (c == '\r') {
      if (i + 1 < n && text_[i + 1] == '\n') visit(++i);
      starts_.push_back(static_cast<uint32_t>(i + 1));
    } else if (c == '\n') {
      starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
}

LinePosition LineIndex::Position(uint32_t offset) const {
  if (offset > size_) offset = size_;
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  uint32_t start = starts_[line - 1];
  uint32_t column = 1;
  if (keeps_lines_) {
    for (char c : Bytes(start, offset))
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
  } else {
    column += CodePointsBefore(offset) - CodePointsBefore(start);
  }
  return LinePosition{static_cast<uint32_t>(line), column};
}

uint32_t LineIndex::CodePointsBefore(uint32_t offset) const {
  uint32_t k = offset / kStride;
  if (k >= checkpoints_.size()) k = checkpoints_.empty() ? 0 : checkpoints_.size() - 1;
  uint32_t points = checkpoints_.empty() ? 0 : checkpoints_[k];
  for (uint32_t i = k * kStride; i < offset; ++i) {
    // Count lead bytes only: continuation bytes are 10xxxxxx.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++points;
  }
  return points;
}

uint32_t LineIndex::line_count() const {
  // A final line terminator does not open another line.
  if (starts_.size() > 1 && starts_.back() == size_) {
    return static_cast<uint32_t>(starts_.size() - 1);
  }
  return static_cast<uint32_t>(starts_.size());
}

uint32_t LineIndex::LineStart(uint32_t line) const {
  if (line == 0) return 0;
  if (line > starts_.size()) return size_;
  return starts_[line - 1];
}

std::string_view LineIndex::Line(uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  uint32_t begin = starts_[line - 1];
  uint32_t end = line < starts_.size() ? starts_[line] : size_;
  std::string_view text = Bytes(begin, end);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);  // "\r\n" or lone "\r"
  return text;
}

void LineIndex::KeepLines(const std::vector<std::pair<uint32_t, uint32_t>>& ranges) {
  assert(!keeps_lines_);
  // The line holding byte `offset`, 1-based.
  auto line_of = [&](uint32_t offset) {
    return static_cast<size_t>(
        std::upper_bound(starts_.begin(), starts_.end(), std::min(offset, size_)) -
        starts_.begin());
  };
  std::vector<Kept> runs;
  for (const auto& [begin, end] : ranges) {
    size_t last = line_of(std::max(begin, end));
    runs.push_back(Kept{starts_[line_of(begin) - 1], last < starts_.size() ? starts_[last] : size_, 0});
  }
  std::sort(runs.begin(), runs.end(), [](const Kept& a, const Kept& b) { return a.begin < b.begin; });
  for (const Kept& r : runs) {
    if (!kept_.empty() && r.begin <= kept_.back().end) {
      if (r.end > kept_.back().end) {
        kept_text_.append(text_.substr(kept_.back().end, r.end - kept_.back().end));
        kept_.back().end = r.end;
      }
      continue;
    }
    kept_.push_back(Kept{r.begin, r.end, static_cast<uint32_t>(kept_text_.size())});
    kept_text_.append(text_.substr(r.begin, r.end - r.begin));
  }
  kept_text_.shrink_to_fit();
  kept_.shrink_to_fit();
  std::vector<uint32_t>().swap(checkpoints_);
  starts_.shrink_to_fit();
  text_ = {};
  keeps_lines_ = true;
}

namespace {

void Put32(char* at, uint32_t v) { std::memcpy(at, &v, sizeof v); }
uint32_t Get32(const char* at) {
  uint32_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

}  // namespace

KeptPositions::KeptPositions(const LineIndex& index, std::vector<uint32_t> offsets)
    : size_(index.size()), line_count_(index.line_count()) {
  for (uint32_t& o : offsets) o = std::min(o, size_);
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  if (offsets.empty()) return;
  const uint32_t groups = static_cast<uint32_t>((offsets.size() + kGroup - 1) / kGroup);
  std::string stream;
  std::vector<uint32_t> starts;  // where each group starts in `stream`
  for (uint32_t g = 0; g < groups; ++g) {
    starts.push_back(static_cast<uint32_t>(stream.size()));
    codec::Writer w;
    LinePosition before{0, 0};
    uint32_t before_offset = 0;
    const size_t end = std::min(offsets.size(), size_t{g + 1} * kGroup);
    for (size_t i = size_t{g} * kGroup; i < end; ++i) {
      const LinePosition p = index.Position(offsets[i]);
      w.U(offsets[i] - before_offset);
      w.U(p.line - before.line);
      w.U(p.column);
      before = p;
      before_offset = offsets[i];
    }
    stream += w.Take();
  }
  const size_t head = 8 + 8 * size_t{groups - 1};
  bytes_ = std::make_unique<char[]>(head + stream.size());
  Put32(&bytes_[0], groups);
  Put32(&bytes_[4], static_cast<uint32_t>(stream.size()));
  for (uint32_t g = 1; g < groups; ++g) {
    Put32(&bytes_[8 * g], offsets[size_t{g} * kGroup]);
    Put32(&bytes_[8 * g + 4], starts[g]);
  }
  std::memcpy(&bytes_[head], stream.data(), stream.size());
}

LinePosition KeptPositions::Position(uint32_t offset) const {
  offset = std::min(offset, size_);
  if (bytes_) {
    const char* b = bytes_.get();
    const uint32_t groups = Get32(b);
    const char* stream = b + 8 + 8 * size_t{groups - 1};
    // The last group whose first offset is not past `offset`.
    uint32_t lo = 0, hi = groups - 1;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo + 1) / 2;
      if (Get32(b + 8 * mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const uint32_t from = lo == 0 ? 0 : Get32(b + 8 * lo + 4);
    const uint32_t to = lo + 1 < groups ? Get32(b + 8 * (lo + 1) + 4) : Get32(b + 4);
    codec::Reader r(std::string_view(stream + from, to - from));
    uint32_t at = 0;
    LinePosition p{0, 0};
    while (!r.at_end() && r.ok()) {
      at += static_cast<uint32_t>(r.U());
      p.line += static_cast<uint32_t>(r.U());
      p.column = static_cast<uint32_t>(r.U());
      if (at == offset) return p;
      if (at > offset) break;
    }
  }
  std::cerr << "factlint: internal error: a position asked of a text of which only "
               "some positions were kept\n";
  std::abort();
}

LineIndex::KeptLines LineIndex::kept_lines() const {
  if (!keeps_lines_) {
    std::cerr << "factlint: internal error: the kept lines asked of an index that kept "
                 "the whole text\n";
    std::abort();
  }
  KeptLines kept;
  kept.size = size_;
  kept.starts = starts_;
  for (const Kept& k : kept_) kept.runs.emplace_back(k.begin, k.end);
  kept.text = kept_text_;
  return kept;
}

std::unique_ptr<LineIndex> LineIndex::FromKeptLines(KeptLines kept) {
  if (kept.starts.empty() || kept.starts.front() != 0) return nullptr;
  for (size_t i = 1; i < kept.starts.size(); ++i)
    if (kept.starts[i] <= kept.starts[i - 1] || kept.starts[i] > kept.size) return nullptr;
  std::unique_ptr<LineIndex> index(new LineIndex());
  uint32_t at = 0, after = 0;
  for (const auto& [begin, end] : kept.runs) {
    if (begin < after || end < begin || end > kept.size ||
        end - begin > kept.text.size() - at)
      return nullptr;
    index->kept_.push_back(Kept{begin, end, at});
    at += end - begin;
    after = end + 1;  // runs that touch were joined by KeepLines
  }
  if (at != kept.text.size()) return nullptr;
  index->size_ = kept.size;
  index->starts_ = std::move(kept.starts);
  index->kept_text_ = std::move(kept.text);
  index->keeps_lines_ = true;
  return index;
}

std::optional<LineIndex::Piece> LineIndex::Around(uint32_t begin, uint32_t end) const {
  if (begin > end || end > size_) return std::nullopt;
  if (!keeps_lines_) return Piece{text_, 0};
  auto after = std::upper_bound(kept_.begin(), kept_.end(), begin,
                                [](uint32_t b, const Kept& k) { return b < k.begin; });
  if (after == kept_.begin() || end > std::prev(after)->end) return std::nullopt;
  const Kept& k = *std::prev(after);
  return Piece{std::string_view(kept_text_).substr(k.at, k.end - k.begin), k.begin};
}

std::string_view LineIndex::Bytes(uint32_t begin, uint32_t end) const {
  std::optional<Piece> piece = Around(begin, end);
  if (!piece) {
    std::cerr << "factlint: internal error: a line read outside the lines kept of a text\n";
    std::abort();
  }
  return piece->text.substr(begin - piece->begin, end - begin);
}

namespace {

// Length in bytes of the UTF-8 sequence led by `lead`; an ill-formed byte
// counts as one.
uint32_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Units one character of `bytes` UTF-8 bytes takes in `unit`.
uint32_t UnitsOf(uint32_t bytes, ColumnUnit unit) {
  switch (unit) {
    case ColumnUnit::kByte:
      return bytes;
    case ColumnUnit::kUtf16:
      return bytes == 4 ? 2 : 1;  // outside the BMP: a surrogate pair
    case ColumnUnit::kCodePoint:
      break;
  }
  return 1;
}

}  // namespace

uint32_t ConvertColumn(std::string_view line, uint32_t code_point_column,
                       ColumnUnit unit) {
  uint32_t column = 1;
  uint32_t i = 0;
  for (uint32_t c = 1; c < code_point_column; ++c) {
    if (i >= line.size()) {
      column += code_point_column - c;
      break;
    }
    uint32_t bytes = std::min<uint32_t>(
        SequenceLength(static_cast<unsigned char>(line[i])),
        static_cast<uint32_t>(line.size()) - i);
    column += UnitsOf(bytes, unit);
    i += bytes;
  }
  return column;
}

uint32_t ColumnToByteOffset(std::string_view line, uint32_t column,
                            ColumnUnit unit) {
  uint32_t units = 1;
  uint32_t i = 0;
  while (i < line.size()) {
    uint32_t bytes = std::min<uint32_t>(
        SequenceLength(static_cast<unsigned char>(line[i])),
        static_cast<uint32_t>(line.size()) - i);
    uint32_t next = units + UnitsOf(bytes, unit);
    if (column < next) break;
    units = next;
    i += bytes;
  }
  return i;
}

}  // namespace factlint
