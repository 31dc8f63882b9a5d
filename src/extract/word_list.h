// A claim's context words as one entry of a table of word lists, held once
// per process as the words themselves are (word.h): the claims of one
// sentence, and those of a passage that recurs across a run's documents,
// share one list, and a claim holds a pointer to it instead of a vector of
// its own (24 bytes and a heap block a claim; docs/benchmarks.md, "`check`
// in bounded memory, sixth round").
//
// A WordList reads like the `const std::vector<Word>&` it stands for and
// converts to one; it is made from any list of words by interning it
// (thread-safe; the table only grows and is never freed, so a WordList
// stays valid everywhere). Two WordLists are equal exactly when they hold
// the same words in the same order.
#ifndef FACTLINT_EXTRACT_WORD_LIST_H_
#define FACTLINT_EXTRACT_WORD_LIST_H_

#include <cstddef>
#include <initializer_list>
#include <vector>

#include "extract/word.h"

namespace factlint {

class WordList {
 public:
  using const_iterator = std::vector<Word>::const_iterator;

  WordList();  // no words
  WordList(const std::vector<Word>& words);  // NOLINT: implicit, lists become entries
  WordList(std::initializer_list<Word> words);

  const std::vector<Word>& words() const { return *words_; }
  operator const std::vector<Word>&() const { return *words_; }  // NOLINT

  const_iterator begin() const { return words_->begin(); }
  const_iterator end() const { return words_->end(); }
  size_t size() const { return words_->size(); }
  bool empty() const { return words_->empty(); }
  const Word& operator[](size_t i) const { return (*words_)[i]; }

  friend bool operator==(const WordList& a, const WordList& b) { return a.words_ == b.words_; }

  // Entries in the table (for tests and measurements).
  static size_t TableSize();

 private:
  const std::vector<Word>* words_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_WORD_LIST_H_
