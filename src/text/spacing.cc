// Stage 4 of Normalize: writes the output text and its offset map. Runs of
// whitespace (spaces, tabs, U+3000 and joined line breaks) are dropped when a
// neighbour is CJK ("国 家" -> "国家", "达 2497亿元" -> "达2497亿元") and
// collapse to one space between Latin letters or digits ("Web 3.0"). A line
// break joining two Latin words becomes one space mapped to the break; a bare
// line break inside a number joins it ("52\n4家" -> "524家", "2.58\n%").
// The rows of a PDF table (pdf_table.cc) are written with their cells
// between pipes ("|指标|2023年|2024年|"): each run of spaces between two cells
// becomes "|" mapped to its first space; the leading and trailing "|" map to
// the first and last character of the line.
#include "text/normalize_internal.h"

namespace factlint::internal {

namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

class Writer {
 public:
  Writer(const Doc& doc, Normalized* out) : doc_(doc), out_(out) {}

  void ParagraphBreak(uint32_t src) {
    if (!open_) return;
    Append("\n", src);
    open_ = false;
    prev_ = nullptr;
    pending_ = has_break_ = has_space_ = false;
  }

  void Space(uint32_t src, bool line_break) {
    if (!open_) return;
    if (!pending_) {
      pending_ = true;
      space_src_ = src;
    }
    if (line_break) {
      has_break_ = true;
      break_src_ = src;
    } else {
      has_space_ = true;
    }
  }

  // A cell boundary of a table row.
  void Pipe(uint32_t src) {
    Append("|", src);
    open_ = true;
    prev_ = nullptr;
    pending_ = has_break_ = has_space_ = false;
  }

  void Text(const Piece& p) {
    if (pending_ && prev_ != nullptr && !prev_->cjk && !p.cjk) {
      bool hyphen = has_break_ && doc_.PieceText(*prev_) == "-";
      std::string_view a = doc_.PieceText(*prev_), b = doc_.PieceText(p);
      bool in_number = has_break_ && !has_space_ && !a.empty() && !b.empty() &&
                       IsAsciiDigit(a.back()) && (IsAsciiDigit(b.front()) || b.front() == '%');
      if (!hyphen && !in_number) Append(" ", has_break_ ? break_src_ : space_src_);
    }
    pending_ = has_break_ = has_space_ = false;
    // Pieces that follow one another in the buffer (most of them) are
    // copied a run at a time.
    const std::string_view t = doc_.PieceText(p);
    if (t.data() != copy_.data() + copy_.size()) {
      Flush();
      copy_ = t;
    } else {
      copy_ = std::string_view(copy_.data(), copy_.size() + t.size());
    }
    out_->to_source.Append(static_cast<uint32_t>(t.size()), p.src);
    prev_ = &p;
    open_ = true;
  }

  // Writes the pieces not yet copied.
  void Flush() {
    out_->text.append(copy_);
    copy_ = {};
  }

 private:
  void Append(std::string_view t, uint32_t src) {
    Flush();
    out_->text.append(t);
    out_->to_source.Append(static_cast<uint32_t>(t.size()), src);
  }

  const Doc& doc_;
  Normalized* out_;
  const Piece* prev_ = nullptr;
  bool open_ = false;  // the current paragraph has text
  bool pending_ = false, has_break_ = false, has_space_ = false;
  uint32_t space_src_ = 0, break_src_ = 0;
  std::string_view copy_;  // pieces written to the map, not yet to the text
};

}  // namespace

void Emit(const Doc& doc, Normalized* out) {
  Writer w(doc, out);
  const Line* prev = nullptr;
  size_t gap = 0;  // next entry of doc.column_gaps
  for (const Line& line : doc.lines) {
    if (IsBlankLine(doc, line)) continue;
    if (prev != nullptr) {
      if (line.break_before == BreakKind::kParagraph) {
        w.ParagraphBreak(prev->end);
      } else {
        w.Space(prev->end, /*line_break=*/true);
      }
    }
    // First and last text pieces, for the outer pipes of a table row.
    uint32_t first = line.piece_begin, last = line.piece_end;
    if (line.pdf_table) {
      while (doc.pieces[first].kind == PieceKind::kSpace) ++first;
      do --last; while (doc.pieces[last].kind == PieceKind::kSpace);
      w.Pipe(doc.pieces[first].src);
      if (line.empty_label) w.Pipe(doc.pieces[first].src);
    }
    for (uint32_t i = line.piece_begin; i < line.piece_end; ++i) {
      const Piece& p = doc.pieces[i];
      while (gap < doc.column_gaps.size() && doc.column_gaps[gap].second <= i) ++gap;
      if (line.pdf_table && gap < doc.column_gaps.size() && doc.column_gaps[gap].first == i) {
        w.Pipe(p.src);
        i = doc.column_gaps[gap].second - 1;
      } else if (p.kind == PieceKind::kSpace) {
        w.Space(p.src, /*line_break=*/false);
      } else {
        w.Text(p);
      }
    }
    if (line.pdf_table) w.Pipe(doc.pieces[last].src);
    prev = &line;
  }
  w.Flush();
  out->to_source.Append(1, static_cast<uint32_t>(doc.source->size()));
}

}  // namespace factlint::internal
