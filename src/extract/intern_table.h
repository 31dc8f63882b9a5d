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
#include <vector>

namespace factlint {

// `Hash` and `Equal` hash and compare a T, and any key type Intern is
// called with, alike.
template <typename T, typename Hash, typename Equal>
class InternTable {
 public:
  InternTable() : slots_(16, Slot{0, kFree}), shift_(64 - 4) {
    chunks_ = static_cast<T**>(std::calloc(kMaxChunks, sizeof(T*)));
    chunks_[0] = new T[kChunkSize];
    size_ = 1;
    const size_t hash = Hash()(T());
    slots_[Home(hash)] = {static_cast<uint32_t>(hash), 0};
  }
  InternTable(const InternTable&) = delete;
  InternTable& operator=(const InternTable&) = delete;

  // The number of the entry equal to `key`, added when there is none.
  template <typename K>
  uint32_t Intern(const K& key) {
    const size_t hash = Hash()(key);  // outside the lock
    std::lock_guard<std::mutex> lock(mu_);
    size_t at = Home(hash);
    for (;; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.id == kFree) break;
      if (slot.check == static_cast<uint32_t>(hash) && Equal()(key, (*this)[slot.id]))
        return slot.id;
    }
    const uint32_t id = size_;
    if ((id >> kChunkBits) >= kMaxChunks || id == kFree) {
      std::cerr << "factlint: internal error: more than 2^32 interned values\n";
      std::abort();
    }
    T*& chunk = chunks_[id >> kChunkBits];
    if (chunk == nullptr) chunk = new T[kChunkSize];
    chunk[id & kChunkMask] = T(key);
    ++size_;
    slots_[at] = {static_cast<uint32_t>(hash), id};
    if (size_t{size_} * 2 > slots_.size()) Grow();
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

  // The numbers by their entries' hashes, open addressing: a look-up reads
  // one slot (and the next ones while they are taken) and compares an entry
  // only where the slot's check (the hash's low 32 bits) agrees. A node per
  // number and a bucket found by a division cost a run 4-5% of its time in
  // cache misses (docs/benchmarks.md, "Extraction speed, eighth round").
  struct Slot {
    uint32_t check;  // the low 32 bits of the entry's hash
    uint32_t id;     // kFree: no entry
  };
  static constexpr uint32_t kFree = ~0u;

  // The first slot to try for `hash`: its product with 2^64 / phi, top
  // bits (the word lists' hashes carry the alignment of addresses in their
  // low bits).
  size_t Home(size_t hash) const {
    return static_cast<size_t>((static_cast<uint64_t>(hash) * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  // Twice the slots, every number placed again (kept at most half full).
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2, Slot{0, kFree});
    old.swap(slots_);
    --shift_;
    for (const Slot& slot : old) {
      if (slot.id == kFree) continue;
      size_t at = Home(Hash()((*this)[slot.id]));
      while (slots_[at].id != kFree) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = slot;
    }
  }

  std::mutex mu_;
  T** chunks_ = nullptr;
  uint32_t size_ = 0;
  std::vector<Slot> slots_;  // a power of two of them
  int shift_;                // 64 - log2(slots_.size())
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_INTERN_TABLE_H_
