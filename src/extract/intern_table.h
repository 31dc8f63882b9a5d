// A table of values held once per process, each named by a 32-bit number:
// what the word table (word.h) and the table of word lists (word_list.h)
// are built on, so that a claim names each of its words and its list of
// context words in four bytes instead of a pointer's eight (every claim of
// a run is held until its checks are done; docs/benchmarks.md, "`check` in
// bounded memory, ninth round").
//
// Entry 0 is the empty value. Interning is thread-safe (under a lock);
// reading an entry by its number takes no lock: entries are stored in
// chunks that never move, and a number is handed out only after its entry
// is stored. The table only grows and is never freed.
#ifndef FACTLINT_EXTRACT_INTERN_TABLE_H_
#define FACTLINT_EXTRACT_INTERN_TABLE_H_

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <unordered_set>

namespace factlint {

// `Hash` and `Equal` hash and compare a T, and any key type Intern is
// called with, alike.
template <typename T, typename Hash, typename Equal>
class InternTable {
 public:
  InternTable() : ids_(16, ById{this}, ById{this}) {
    chunks_ = static_cast<T**>(std::calloc(kMaxChunks, sizeof(T*)));
    chunks_[0] = new T[kChunkSize];
    size_ = 1;
    ids_.insert(0);
  }
  InternTable(const InternTable&) = delete;
  InternTable& operator=(const InternTable&) = delete;

  // The number of the entry equal to `key`, added when there is none.
  template <typename K>
  uint32_t Intern(const K& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = ids_.find(key);
    if (it != ids_.end()) return *it;
    const uint32_t id = size_;
    if ((id >> kChunkBits) >= kMaxChunks) {
      std::cerr << "factlint: internal error: more than 2^32 interned values\n";
      std::abort();
    }
    T*& chunk = chunks_[id >> kChunkBits];
    if (chunk == nullptr) chunk = new T[kChunkSize];
    chunk[id & kChunkMask] = T(key);
    ++size_;
    ids_.insert(id);
    return id;
  }

  // The entry numbered `id` (a number Intern gave).
  const T& operator[](uint32_t id) const { return chunks_[id >> kChunkBits][id & kChunkMask]; }

  size_t size() {
    std::lock_guard<std::mutex> lock(mu_);
    return size_;
  }

 private:
  static constexpr uint32_t kChunkBits = 12;
  static constexpr uint32_t kChunkSize = 1u << kChunkBits;
  static constexpr uint32_t kChunkMask = kChunkSize - 1;
  // Chunk pointers for every number; zeroed pages of which only those in
  // use are ever touched.
  static constexpr uint32_t kMaxChunks = 1u << (32 - kChunkBits);

  // Hashes and compares numbers by their entries, and keys as entries.
  struct ById {
    using is_transparent = void;
    const InternTable* table;
    size_t operator()(uint32_t id) const { return Hash()((*table)[id]); }
    template <typename K>
    size_t operator()(const K& key) const { return Hash()(key); }
    bool operator()(uint32_t a, uint32_t b) const { return a == b; }
    template <typename K>
    bool operator()(const K& key, uint32_t id) const { return Equal()(key, (*table)[id]); }
    template <typename K>
    bool operator()(uint32_t id, const K& key) const { return Equal()(key, (*table)[id]); }
  };

  std::mutex mu_;
  T** chunks_ = nullptr;
  uint32_t size_ = 0;
  std::unordered_set<uint32_t, ById, ById> ids_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_INTERN_TABLE_H_
