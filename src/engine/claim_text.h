// Holding a document's normalized text only where `check` reads it: around
// its claims. A run of `check` holds every document until its checks are
// done, and the whole normalized text was a byte per input byte of that
// (docs/benchmarks.md); the checks read it only inside claims' sentences
// (grouping, fact-bounds, fact-share's names), at a claim's qualifier and
// just after its figure (2000强), over a stated change, and between claims of
// neighbouring sentences, where fact-share only asks whether a part marker
// (其中) stands there.
#ifndef FACTLINT_ENGINE_CLAIM_TEXT_H_
#define FACTLINT_ENGINE_CLAIM_TEXT_H_

#include <string>
#include <vector>

#include "engine/document.h"
#include "extract/extractor_lexicon.h"

namespace factlint {

// Keeps of doc->normalized.text only the claims' sentences, clauses,
// figures and qualifiers, the `after_claim` bytes after each figure, and
// the spans of stated changes (Document::held), and records where each of
// `marked_words` stands in the whole text (Document::marks) for
// Document::Contains. Document::Text, TextSize, TextStartsWith and Contains
// answer as before for every span so kept; Text aborts outside them.
void KeepClaimText(Document* doc, const std::vector<std::string>& marked_words,
                   uint32_t after_claim);

// KeepClaimText with what the checks read (fact-share's part markers, the
// longest of its list suffixes): what `check` calls on each document it
// reads, as soon as it is extracted (LoadOptions::keep_claim_text).
void KeepCheckedText(Document* doc, const Lexicon& lexicon);

// Keeps of doc->source.text only the lines the checks and the report read:
// around each claim, from the line end before it to the one after it (the
// lines fact-canonical looks for a quotation in, and snippets show), the
// lines of its time's evidence (explain) and of number problems, and the
// lines of suppression directives, which are parsed first and kept in
// Document::suppressions. The line index keeps those lines in storage of
// its own (LineIndex::KeepLines) and source.text is emptied.
// For standard input, which cannot be read again (LoadOptions).
void KeepClaimSource(Document* doc);

// Keeps of doc->source.text nothing but what reporting a claim needs
// without its lines: the positions (Document::positions) of each
// claim, its time's evidence and each number problem, and the suppression
// directives, parsed first (Document::suppressions). The text's size and
// hash are recorded (Document::reread_source, source_hash) so that
// SourceLines (engine/source_lines.h) can read the lines a finding shows
// from the file again, and only while it is unchanged.
void KeepSourcePositions(Document* doc);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_CLAIM_TEXT_H_
