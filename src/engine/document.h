// A document ready for checking: its source, normalized text, line index and
// extracted claims, plus its role in the run (a target reported on, or
// reference material given with --against).
#ifndef FACTLINT_ENGINE_DOCUMENT_H_
#define FACTLINT_ENGINE_DOCUMENT_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/suppression.h"
#include "extract/extractor.h"
#include "extract/word_list.h"
#include "text/line_index.h"
#include "text/normalize.h"
#include "text/source.h"

namespace factlint {

struct Document {
  SourceText source;
  // Of the normalization (text/normalize.h), what is read after extraction:
  // the text and the front matter. Its byte map and blocks, which only
  // extraction reads, are not kept (BuildDocument): every document of a run
  // is held until its checks are done (docs/benchmarks.md).
  struct NormalizedText {
    std::string text;  // see Normalized::text
    std::map<std::string, std::string> metadata;  // see Normalized::metadata
  };
  NormalizedText normalized;
  // Over source.text. For the targets of `check`, `explain` and `history`
  // read from a file it is dropped with source.text, and `positions` keeps
  // only the positions of claims, their times' evidence and number problems
  // (KeepSourcePositions, engine/claim_text.h): the lines a finding shows
  // are read again from the file (engine/source_lines.h). Standard input,
  // which cannot be read again, keeps the lines around claims and
  // directives (KeepClaimSource).
  std::unique_ptr<LineIndex> lines;
  // Set by KeepSourcePositions: source.text and `lines` were dropped, and
  // SourceLines reads the file at source.path again, using it only when its
  // decoded text has the size (positions.size()) and hash (std::hash)
  // recorded here. (The flag is declared below, beside `target`, where it
  // fills padding.)
  size_t source_hash = 0;
  KeptPositions positions;  // when reread_source
  // The suppression directives, when read before source.text was emptied.
  std::optional<std::vector<Suppression>> suppressions;
  Extraction extraction;
  // Per claim, its place in the stated changes (IndexTransitions): the bits
  // TransitionMark, read through the four tests below. One byte a claim in
  // one vector, as every document is held until its checks are done.
  enum TransitionMark : uint8_t {
    kTransitionStart = 1,
    kTransitionEnd = 2,
    kUndatedStart = 4,
    kUndatedEnd = 8,
  };
  std::vector<uint8_t> transition_marks;
  // Claim i is where a stated change starts (由A…至B, A); without a year of
  // its own it speaks of an earlier, unknown time.
  bool transition_start(size_t i) const { return Marked(i, kTransitionStart); }
  // Claim i is where a stated change ends (B above).
  bool transition_end(size_t i) const { return Marked(i, kTransitionEnd); }
  // Claim i starts a stated change and has no time of its own: the same
  // time as the change's end, or only the document's. Extraction gives a
  // start its own year where the text allows (ResolvePeriodEnds:
  // 五年来,…从54万亿元增加到… is 2012).
  bool undated_start(size_t i) const { return Marked(i, kUndatedStart); }
  // Claim i ends a stated change whose start is undated: the text dates
  // neither end (国内生产总值从54万亿元增长到114万亿元).
  bool undated_end(size_t i) const { return Marked(i, kUndatedEnd); }
  // When not empty, normalized.text holds only these pieces of the text
  // (KeepClaimText, engine/claim_text.h), one after another: the piece
  // [begin, end) of the whole text starts at `at` in normalized.text.
  struct HeldPiece {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t at = 0;
  };
  std::vector<HeldPiece> held;
  // Where the words `marked_words` stand in the whole normalized text, kept
  // by KeepClaimText for Contains (sorted by begin, overlaps included).
  std::vector<Span> marks;
  WordList marked_words;  // interned: one list for every document of a run
  uint32_t text_size = 0;  // of the whole normalized text, when `held`
  bool reread_source = false;  // see source_hash
  bool target = true;   // false for --against reference documents
  size_t order = 0;     // position on the command line (after expansion)

  // Resolves a span of source.text to a reported Location.
  Location Locate(Span source_span) const;
  // The claim's location in the original file.
  Location Locate(const Claim& claim) const { return Locate(claim.source_span); }
  // Normalized text of a span. With the text held only around claims
  // (`held`), a span outside the held pieces is a program error: it aborts.
  std::string_view Text(Span normalized_span) const;
  // Lines of the source text (of the file, when reread_source).
  uint32_t LineCount() const;
  // Size of the source text in bytes (of the file, when reread_source).
  uint32_t SourceSize() const;
  // The document's suppression directives (ParseSuppressions).
  std::vector<Suppression> Suppressions() const;
  // Size of the whole normalized text.
  uint32_t TextSize() const;
  // Whether the normalized text at `offset` starts with `s`.
  bool TextStartsWith(uint32_t offset, std::string_view s) const;
  // Whether one of `words` stands wholly inside `span` of the normalized
  // text. With the text held only around claims, `words` must be the
  // document's marked_words.
  bool Contains(Span span, const std::vector<std::string>& words) const;

 private:
  bool Marked(size_t claim, uint8_t mark) const {
    return claim < transition_marks.size() && (transition_marks[claim] & mark) != 0;
  }
};

// Fills transition_marks from the extraction.
void IndexTransitions(Document* doc);

// What a document no longer needs once it is extracted: the room its text
// and claims were grown in.
// Every document of a run is held until its checks are done, so what each
// keeps is what a run's peak memory grows with (docs/benchmarks.md).
void ReleaseScratch(Document* doc);

// The metadata key of a date the configuration reads from a file's name
// ([dates] from_path): "YYYY", "YYYY-MM" or "YYYY-MM-DD".
inline constexpr char kFileNameDateKey[] = "file-name-date";

// The metadata key of the document's source (the configuration's
// [[document]] source, or the front matter's): the one key read after
// extraction (notes name it, history shows it), so the one KeepClaimText
// keeps.
inline constexpr char kSourceKey[] = "source";

// Normalizes, indexes and extracts one loaded source. `metadata` (date,
// source, period from configuration) overrides what the document says
// about itself, before extraction, so relative times resolve against it.
// Only kFileNameDateKey is weaker: it becomes the document's "date" (origin
// "file-name") when neither `metadata` nor the front matter gives a date,
// and so wins over a dateline in the text.
std::unique_ptr<Document> BuildDocument(
    SourceText source, const Extractor& extractor,
    const std::map<std::string, std::string>& metadata = {});

}  // namespace factlint

#endif  // FACTLINT_ENGINE_DOCUMENT_H_
