#include "extract/word.h"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace factlint {
namespace {

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Table {
  std::mutex mu;
  // Node-based: an entry never moves, so a Word's pointer stays valid.
  std::unordered_set<std::string, Hash, std::equal_to<>> words;
};

// Never destroyed: Words in static objects may be read at exit.
Table& TheTable() {
  static Table* table = new Table;
  return *table;
}

const std::string& Empty() {
  static const std::string* empty = new std::string;
  return *empty;
}

}  // namespace

Word::Word() : text_(&Empty()) {}

Word::Word(std::string_view text) {
  if (text.empty()) {
    text_ = &Empty();
    return;
  }
  Table& table = TheTable();
  std::lock_guard<std::mutex> lock(table.mu);
  auto it = table.words.find(text);
  if (it == table.words.end()) it = table.words.emplace(text).first;
  text_ = &*it;
}

size_t Word::TableSize() {
  Table& table = TheTable();
  std::lock_guard<std::mutex> lock(table.mu);
  return table.words.size();
}

}  // namespace factlint
