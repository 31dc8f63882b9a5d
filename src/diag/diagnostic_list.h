// DiagnosticList: a run's diagnostics held compactly until they are written.
// A large run finds tens of thousands of findings, each with notes, and holds
// them all until the report is sorted and written; as `Diagnostic` values
// every one carried its own copies of paths, rule ids and periods and some
// 570 bytes of objects (docs/benchmarks.md, the eighth memory round). Here
// each diagnostic is one record in a byte arena: positions as integers,
// paths, rule ids, fact ids, periods and document dates as numbers of
// strings held once for the list, messages, fingerprints and values as
// their bytes. A diagnostic is decoded back into the same `Diagnostic` when
// it is read, so what is written is byte for byte what was added.
//
// Removing, reordering and changing the severity of entries rewrite only
// the list of record offsets or one byte; replacing an entry appends its new
// record (the old one stays in the arena, unreferenced).
// Not safe to use from several threads at once.
#ifndef FACTLINT_DIAG_DIAGNOSTIC_LIST_H_
#define FACTLINT_DIAG_DIAGNOSTIC_LIST_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"

namespace factlint {

class DiagnosticList {
 public:
  // What a record says before its variable part: enough to sort, filter by
  // path and line, and merge findings of one figure without decoding.
  struct Head {
    std::string_view path;
    std::string_view rule_id;
    Severity severity = Severity::kError;
    uint32_t line = 0, column = 0, end_line = 0, end_column = 0;
  };

  DiagnosticList() = default;
  // Lists of values convert implicitly, so that formatters, tests and small
  // runs can hand over a std::vector<Diagnostic>.
  DiagnosticList(const std::vector<Diagnostic>& diagnostics);  // NOLINT
  DiagnosticList(std::initializer_list<Diagnostic> diagnostics);  // NOLINT
  DiagnosticList(const DiagnosticList& other);
  DiagnosticList& operator=(const DiagnosticList& other);
  DiagnosticList(DiagnosticList&&) noexcept = default;
  DiagnosticList& operator=(DiagnosticList&&) noexcept = default;

  size_t size() const { return offsets_.size(); }
  bool empty() const { return offsets_.empty(); }
  // The i-th diagnostic, decoded.
  Diagnostic operator[](size_t i) const;
  Head head(size_t i) const;

  void push_back(const Diagnostic& d);
  // `diagnostics` before every entry, in their order.
  void PushFront(const std::vector<Diagnostic>& diagnostics);
  // The entry i becomes `d`.
  void Replace(size_t i, const Diagnostic& d);
  void SetSeverity(size_t i, Severity severity);
  // Keeps the entries i for which keep(i) holds, in their order.
  void KeepIf(const std::function<bool(size_t)>& keep);
  // Orders the entries by `less` over their heads; equal ones keep their order.
  void StableSort(const std::function<bool(const Head&, const Head&)>& less);
  void clear();

  std::vector<Diagnostic> ToVector() const;
  // Bytes of the records (for measurements and tests).
  size_t ArenaBytes() const { return arena_bytes_; }

  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Diagnostic;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Diagnostic;
    const_iterator(const DiagnosticList* list, size_t i) : list_(list), i_(i) {}
    Diagnostic operator*() const { return (*list_)[i_]; }
    const_iterator& operator++() { ++i_; return *this; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
   private:
    const DiagnosticList* list_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, offsets_.size()}; }

 private:
  uint32_t Intern(std::string_view s);
  void CopyFrom(const DiagnosticList& other);
  uint64_t Encode(const Diagnostic& d);  // appends a record; its place
  const char* Record(size_t i) const;

  // The records, in chunks of 1 MiB (a larger record has its own); a
  // record's place is its chunk's number times 2^32 plus its offset there.
  std::vector<std::string> chunks_;
  size_t arena_bytes_ = 0;
  std::string scratch_;  // the record being encoded
  std::vector<uint64_t> offsets_;  // each entry's record, in list order
  // Interned strings: a deque keeps each string where it is, so the index's
  // keys may view them.
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, uint32_t> ids_;
};

}  // namespace factlint

#endif  // FACTLINT_DIAG_DIAGNOSTIC_LIST_H_
