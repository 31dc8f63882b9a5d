#include "extract/word_list.h"

#include <functional>

#include "extract/intern_table.h"

namespace factlint {
namespace {

// Words are interned: a word's text has one address, so a list hashes by
// the addresses of its words.
struct Hash {
  size_t operator()(const std::vector<Word>& words) const {
    size_t h = words.size();
    for (const Word& w : words)
      h = h * 1099511628211ULL ^ std::hash<const void*>()(w.data());
    return h;
  }
};

using Table = InternTable<std::vector<Word>, Hash, std::equal_to<>>;

// Never destroyed: WordLists in static objects may be read at exit.
Table& TheTable() {
  static Table* table = new Table;
  return *table;
}

}  // namespace

WordList::WordList(const std::vector<Word>& words)
    : id_(words.empty() ? 0 : TheTable().Intern(words)) {}

WordList::WordList(std::initializer_list<Word> words)
    : WordList(std::vector<Word>(words)) {}

const std::vector<Word>& WordList::Words(uint32_t id) { return TheTable()[id]; }

size_t WordList::TableSize() { return TheTable().size(); }

}  // namespace factlint
