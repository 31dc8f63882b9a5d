#include "extract/word_list.h"

#include <functional>
#include <mutex>
#include <unordered_set>

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

struct Table {
  std::mutex mu;
  // Node-based: an entry never moves, so a WordList's pointer stays valid.
  std::unordered_set<std::vector<Word>, Hash> lists;
};

// Never destroyed: WordLists in static objects may be read at exit.
Table& TheTable() {
  static Table* table = new Table;
  return *table;
}

const std::vector<Word>& Empty() {
  static const std::vector<Word>* empty = new std::vector<Word>;
  return *empty;
}

const std::vector<Word>* Intern(const std::vector<Word>& words) {
  if (words.empty()) return &Empty();
  Table& table = TheTable();
  std::lock_guard<std::mutex> lock(table.mu);
  return &*table.lists.insert(words).first;
}

}  // namespace

WordList::WordList() : words_(&Empty()) {}

WordList::WordList(const std::vector<Word>& words) : words_(Intern(words)) {}

WordList::WordList(std::initializer_list<Word> words)
    : WordList(std::vector<Word>(words)) {}

size_t WordList::TableSize() {
  Table& table = TheTable();
  std::lock_guard<std::mutex> lock(table.mu);
  return table.lists.size();
}

}  // namespace factlint
