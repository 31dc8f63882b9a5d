#include "extract/extractor.h"

#include <cstdio>

#include "extract/extractor_internal.h"
#include "extract/extractor_lexicon.h"
#include "extract/sentence.h"
#include "extract/time.h"

namespace factlint {

std::string DocumentDate::ToString() const {
  if (year == 0) return "unknown";
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::Load(const std::string& rules_dir,
                                           std::string* error) {
  std::unique_ptr<Extractor> ex(new Extractor());
  ex->scanner_ = QuantityScanner::Load(rules_dir + "/units.toml", error);
  if (!ex->scanner_) return nullptr;
  ex->lexicon_ = Lexicon::Load(rules_dir + "/lexicon.toml", error);
  if (!ex->lexicon_) return nullptr;
  return ex;
}

Extraction Extractor::Extract(const SourceText& source,
                              const Normalized& norm) const {
  Extraction out;
  const std::string& text = norm.text;
  out.text = text;
  out.date = FindDocumentDate(norm);
  std::vector<Quantity> quantities = scanner_->Scan(text);
  DocumentScan doc{text, out.date, *lexicon_,
                   SpanSet(lexicon_->IdentifierSpans(text)),
                   SpanSet(lexicon_->IdiomSpans(text))};
  auto title = norm.metadata.find("title");
  if (title != norm.metadata.end()) doc.scope = lexicon_->Scope(title->second, "");
  ContextFinder context(text, *lexicon_);
  TimeRef carry;
  int carry_paragraph = -1;
  size_t qi = 0;
  for (const Sentence& s : SplitSentences(text)) {
    std::vector<const Quantity*> mine;
    while (qi < quantities.size() && quantities[qi].span.begin < s.span.begin) ++qi;
    while (qi < quantities.size() && quantities[qi].span.begin < s.span.end) {
      mine.push_back(&quantities[qi++]);
    }
    if (s.paragraph != carry_paragraph) carry = TimeRef{};
    SentenceResult r = ExtractSentence(doc, context, s, mine, carry);
    if (r.topic_time.known()) {
      carry = r.topic_time;
      carry_paragraph = s.paragraph;
    }
    size_t base = out.claims.size();
    for (Claim& c : r.claims) {
      c.source_span = norm.ToSource(c.span, source.text);
      out.claims.push_back(std::move(c));
    }
    for (Transition t : r.transitions) {
      t.from += base;
      t.to += base;
      out.transitions.push_back(t);
    }
  }
  return out;
}

}  // namespace factlint
