// Sentences and clauses of normalized text. A sentence ends at 。！？!? (with
// any closing quotes after it) or at a line break; a clause ends at ，,；;：:
// (ASCII , ; : only when not between two digits, so 1,000 and 10:30 stay
// whole). Spans exclude surrounding whitespace; empty pieces are dropped.
#ifndef FACTLINT_EXTRACT_SENTENCE_H_
#define FACTLINT_EXTRACT_SENTENCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/span.h"

namespace factlint {

struct Sentence {
  Span span;                 // the whole sentence, terminator included
  std::vector<Span> clauses; // in order, delimiters excluded
  int paragraph = 0;         // index of the "\n"-separated paragraph
};

// English sentences also end at a full stop followed by a space and a
// capital letter or quote (The rate was 2.68%. It ...), unless the word before
// it is one of `abbreviations` (No, U.S, Mr: [sentences] in
// rules/lexicon.toml); a full stop inside a number (3.6) never ends one.
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const std::vector<std::string>& abbreviations = {});

// The clause of `sentence` that contains byte `pos` (the sentence itself when
// none does, e.g. for a position on a delimiter). Logarithmic in the number
// of clauses (they are in order and disjoint).
Span ClauseAt(const Sentence& sentence, uint32_t pos);
// Index in sentence.clauses of that clause; clauses.size() when none.
size_t ClauseIndexAt(const Sentence& sentence, uint32_t pos);
// Whether `clause` (of `text`) is closed by a semicolon: it ends an item of a
// list (…同步;国际收支保持基本平衡;粮食产量…), not a part of one statement.
bool EndsItem(std::string_view text, Span clause);
// Whether `sentence` (its text, as SplitSentences spans it) ended at a line
// break rather than at a terminator or full stop (closing quotes aside): a
// list item, a heading, a table row.
bool EndsAtLineBreak(std::string_view sentence);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_SENTENCE_H_
