#include "engine/claim_text.h"

#include <algorithm>

#include "engine/source_lines.h"

namespace factlint {

void KeepClaimText(Document* doc, const std::vector<std::string>& marked_words,
                   uint32_t after_claim) {
  if (!doc->held.empty()) return;
  const std::string& text = doc->normalized.text;
  const uint32_t size = static_cast<uint32_t>(text.size());
  std::vector<Span> marks;
  for (const std::string& w : marked_words) {
    if (w.empty()) continue;  // Document::Contains finds it anywhere
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1))
      marks.push_back(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + w.size())});
  }
  std::sort(marks.begin(), marks.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> keep;
  auto add = [&](Span s) {
    if (s.empty() || s.begin > size) return;
    keep.push_back(Span{s.begin, std::min(s.end, size)});
  };
  for (const Claim& c : doc->extraction.claims) {
    add(c.sentence);
    add(c.clause);
    add(c.span);
    add(c.qualifier_span);
    add(Span{c.span.end, c.span.end + after_claim});
  }
  for (const Transition& t : doc->extraction.transitions) add(t.span);
  std::sort(keep.begin(), keep.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Document::HeldPiece> held;
  std::string kept;
  for (const Span& s : keep) {
    if (!held.empty() && s.begin <= held.back().end) {
      if (s.end > held.back().end) {
        kept.append(text, held.back().end, s.end - held.back().end);
        held.back().end = s.end;
      }
      continue;
    }
    held.push_back(Document::HeldPiece{s.begin, s.end, static_cast<uint32_t>(kept.size())});
    kept.append(text, s.begin, s.size());
  }
  // A document without claims keeps nothing; an empty `held` would mean
  // the whole text, so it keeps one empty piece.
  if (held.empty()) held.push_back(Document::HeldPiece{0, 0, 0});
  doc->text_size = size;
  doc->normalized.text = std::move(kept);
  doc->normalized.text.shrink_to_fit();
  doc->held = std::move(held);
  doc->held.shrink_to_fit();
  doc->marks = std::move(marks);
  doc->marked_words = std::vector<Word>(marked_words.begin(), marked_words.end());
  // Of the front matter only the source is read after extraction: the
  // date, title and any other key are a map node of two strings each.
  std::erase_if(doc->normalized.metadata,
                [](const auto& entry) { return entry.first != kSourceKey; });
}

void KeepClaimSource(Document* doc) {
  if (doc->suppressions) return;
  const std::string& text = doc->source.text;
  doc->suppressions = ParseSuppressions(doc->source.path, text);
  std::vector<std::pair<uint32_t, uint32_t>> keep;
  for (const Claim& c : doc->extraction.claims) {
    size_t before = c.source_span.begin == 0 ? std::string::npos
                                             : text.rfind('\n', c.source_span.begin - 1);
    size_t after = text.find('\n', c.source_span.end);
    keep.emplace_back(before == std::string::npos ? 0 : before + 1,
                      after == std::string::npos ? text.size() : after);
    if (!c.time.evidence.empty()) keep.emplace_back(c.time.evidence.begin, c.time.evidence.end);
  }
  for (const NumberProblem& p : doc->extraction.problems)
    keep.emplace_back(p.source_span.begin, p.source_span.end);
  for (const Suppression& s : *doc->suppressions) {
    uint32_t start = doc->lines->LineStart(s.location.line);
    keep.emplace_back(start, start);
  }
  doc->lines->KeepLines(keep);
  std::string().swap(doc->source.text);
}

void KeepSourcePositions(Document* doc) {
  if (doc->suppressions) return;
  const std::string& text = doc->source.text;
  doc->suppressions = ParseSuppressions(doc->source.path, text);
  std::vector<uint32_t> offsets;
  offsets.reserve(doc->extraction.claims.size() * 2);
  auto add = [&](Span s) {
    offsets.push_back(s.begin);
    offsets.push_back(s.end);
  };
  for (const Claim& c : doc->extraction.claims) {
    add(c.source_span);
    if (!c.time.evidence.empty()) add(c.time.evidence);
  }
  for (const NumberProblem& p : doc->extraction.problems) add(p.source_span);
  doc->positions = KeptPositions(*doc->lines, std::move(offsets));
  doc->lines.reset();
  doc->source_hash = SourceHash(text);
  doc->reread_source = true;
  std::string().swap(doc->source.text);
}

void KeepCheckedText(Document* doc, const Lexicon& lexicon) {
  const ShareWords& words = lexicon.share_words();
  size_t after = 0;
  for (const std::string& s : words.list_suffixes) after = std::max(after, s.size());
  KeepClaimText(doc, words.part_markers, static_cast<uint32_t>(after));
}

}  // namespace factlint
