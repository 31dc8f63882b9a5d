// A claim's context words as one entry of a table of word lists, held once
// per process as the words themselves are (word.h): the claims of one
// sentence, and those of a passage that recurs across a run's documents,
// share one list, and a claim holds its number in the table (four bytes,
// extract/intern_table.h) instead of a vector of its own (24 bytes and a
// heap block a claim; docs/benchmarks.md, "`check` in bounded memory, sixth
// round").
//
// A WordList reads like the `const std::vector<Word>&` it stands for and
// converts to one; it is made from any list of words by interning it
// (thread-safe; the table only grows and is never freed, so a WordList
// stays valid everywhere). Two WordLists are equal exactly when they hold
// the same words in the same order.
#ifndef FACTLINT_EXTRACT_WORD_LIST_H_
#define FACTLINT_EXTRACT_WORD_LIST_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "extract/word.h"

namespace factlint {

class WordList {
 public:
  using const_iterator = std::vector<Word>::const_iterator;

  WordList() = default;  // no words
  WordList(const std::vector<Word>& words);  // NOLINT: implicit, lists become entries
  WordList(std::initializer_list<Word> words);

  const std::vector<Word>& words() const { return Words(id_); }
  operator const std::vector<Word>&() const { return Words(id_); }  // NOLINT

  const_iterator begin() const { return Words(id_).begin(); }
  const_iterator end() const { return Words(id_).end(); }
  size_t size() const { return Words(id_).size(); }
  bool empty() const { return id_ == 0; }
  const Word& operator[](size_t i) const { return Words(id_)[i]; }

  friend bool operator==(const WordList& a, const WordList& b) { return a.id_ == b.id_; }

  // Entries in the table (for tests and measurements).
  static size_t TableSize();

 private:
  // The words of entry `id` of the table.
  static const std::vector<Word>& Words(uint32_t id);

  uint32_t id_ = 0;  // 0: no words
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_WORD_LIST_H_
