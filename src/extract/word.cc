#include "extract/word.h"

#include <functional>

#include "extract/intern_table.h"

namespace factlint {
namespace {

struct Hash {
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

using Table = InternTable<std::string, Hash, std::equal_to<>>;

// Never destroyed: Words in static objects may be read at exit.
Table& TheTable() {
  static Table* table = new Table;
  return *table;
}

}  // namespace

Word::Word(std::string_view text) : id_(text.empty() ? 0 : TheTable().Intern(text)) {}

const std::string& Word::Text(uint32_t id) { return TheTable()[id]; }

size_t Word::TableSize() { return TheTable().size(); }

}  // namespace factlint
