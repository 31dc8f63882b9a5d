// The extractor: normalized text to claims. Uses the QuantityScanner for
// numbers and units, then decides what is a claim (and what only names a
// thing), the time each claim is about, its change direction, whether it is
// a target, its sentence, clause, subject and content words, and the
// transitions between claims (由A提升至B).
#ifndef FACTLINT_EXTRACT_EXTRACTOR_H_
#define FACTLINT_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/claim.h"
#include "extract/quantity.h"
#include "text/normalize.h"
#include "text/source.h"

namespace factlint {

// The date a document speaks from, if known.
struct DocumentDate {
  int year = 0;  // 0 = unknown
  int month = 0;
  int day = 0;
  std::string origin;  // "front-matter", "header", "source-line", "" unknown
  std::string ToString() const;  // "2025-12-19", "2025", or "unknown"
};

// A written number that could not be read as a value: too large to be a
// figure (1 followed by hundreds of 万). The check run reports it
// (input-number-range) rather than let an infinite interval agree with
// every statement.
struct NumberProblem {
  Span span;         // normalized text
  Span source_span;  // SourceText::text
  std::string surface;
};

struct Extraction {
  DocumentDate date;
  std::vector<NumberProblem> problems;  // numbers that are not claims
  std::vector<Claim> claims;          // in text order; identifiers included
                                      // with identifier = true
  std::vector<Transition> transitions;
  // The spans Claim::span, sentence and clause point into the normalized
  // text given to Extract (Normalized::text), which the extraction does not
  // copy: a document holds that text once (Document::normalized).
};

class Lexicon;  // rules/lexicon.toml, see extractor_lexicon.h

class Extractor {
 public:
  // `rules_dir` holds units.toml and lexicon.toml. On failure returns
  // nullptr and sets *error (naming the file).
  static std::unique_ptr<Extractor> Load(const std::string& rules_dir,
                                         std::string* error);
  ~Extractor();

  // Claims of `text` (the normalization of `source`). Never fails; text
  // without numbers gives no claims.
  Extraction Extract(const SourceText& source, const Normalized& text) const;

  // `source` normalized for Extract: tables extracted from PDF are found
  // with the lexicon's words for their columns (Lexicon::IsChangeColumn).
  Normalized Normalize(const SourceText& source) const;

  const QuantityScanner& scanner() const { return *scanner_; }

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Extractor();
  std::unique_ptr<QuantityScanner> scanner_;
  std::unique_ptr<Lexicon> lexicon_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_EXTRACTOR_H_
