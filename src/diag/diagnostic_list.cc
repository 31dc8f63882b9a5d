#include "diag/diagnostic_list.h"

#include <cstring>

namespace factlint {
namespace {

// A record: the head at fixed places (kHeadBytes), then the rest.
//   u32 path, u32 rule_id, u32 line, column, end_line, end_column, u8 severity
//   fact_id (string number), message, fingerprint, statement
//   notes: count, then each: location, message, fingerprint, statement
//   fixits: count, then each: location, replacement
// A location is its path's string number and its four positions; a
// statement its value, then its period's and document date's numbers;
// a string number and every count and position an unsigned LEB128 varint,
// a string of bytes its length and its bytes.
constexpr size_t kHeadBytes = 6 * 4 + 1;
constexpr size_t kSeverityAt = 6 * 4;
constexpr size_t kChunkBytes = size_t{1} << 20;

void PutU32(std::string* out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}

uint32_t GetU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutBytes(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

// Reads a record from `p` on.
class Reader {
 public:
  Reader(const char* p, const std::deque<std::string>& strings)
      : p_(p), strings_(strings) {}
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<uint8_t>(*p_++);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
  }
  uint32_t U32() {
    uint32_t v = GetU32(p_);
    p_ += 4;
    return v;
  }
  std::string Bytes() {
    size_t n = Varint();
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  const std::string& Interned() { return strings_[Varint()]; }
  Location Place() {
    Location l;
    l.path = Interned();
    l.line = static_cast<uint32_t>(Varint());
    l.column = static_cast<uint32_t>(Varint());
    l.end_line = static_cast<uint32_t>(Varint());
    l.end_column = static_cast<uint32_t>(Varint());
    return l;
  }
  FactStatement Statement() {
    FactStatement s;
    s.value = Bytes();
    s.period = Interned();
    s.document_date = Interned();
    return s;
  }
  void Skip(size_t n) { p_ += n; }

 private:
  const char* p_;
  const std::deque<std::string>& strings_;
};

}  // namespace

DiagnosticList::DiagnosticList(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) push_back(d);
}

DiagnosticList::DiagnosticList(std::initializer_list<Diagnostic> diagnostics) {
  for (const Diagnostic& d : diagnostics) push_back(d);
}

DiagnosticList::DiagnosticList(const DiagnosticList& other) { CopyFrom(other); }

DiagnosticList& DiagnosticList::operator=(const DiagnosticList& other) {
  if (this != &other) CopyFrom(other);
  return *this;
}

void DiagnosticList::CopyFrom(const DiagnosticList& other) {
  chunks_ = other.chunks_;
  arena_bytes_ = other.arena_bytes_;
  offsets_ = other.offsets_;
  strings_ = other.strings_;
  ids_.clear();
  for (uint32_t i = 0; i < strings_.size(); ++i) ids_.emplace(strings_[i], i);
}

uint32_t DiagnosticList::Intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

const char* DiagnosticList::Record(size_t i) const {
  const uint64_t at = offsets_[i];
  return chunks_[at >> 32].data() + (at & 0xffffffffu);
}

uint64_t DiagnosticList::Encode(const Diagnostic& d) {
  std::string* out = &scratch_;
  out->clear();
  const Location& l = d.location;
  PutU32(out, Intern(l.path));
  PutU32(out, Intern(d.rule_id));
  PutU32(out, l.line);
  PutU32(out, l.column);
  PutU32(out, l.end_line);
  PutU32(out, l.end_column);
  out->push_back(static_cast<char>(d.severity));
  auto place = [&](const Location& p) {
    PutVarint(out, Intern(p.path));
    PutVarint(out, p.line);
    PutVarint(out, p.column);
    PutVarint(out, p.end_line);
    PutVarint(out, p.end_column);
  };
  auto statement = [&](const FactStatement& s) {
    PutBytes(out, s.value);
    PutVarint(out, Intern(s.period));
    PutVarint(out, Intern(s.document_date));
  };
  PutVarint(out, Intern(d.fact_id));
  PutBytes(out, d.message);
  PutBytes(out, d.fingerprint);
  statement(d.statement);
  PutVarint(out, d.notes.size());
  for (const Note& n : d.notes) {
    place(n.location);
    PutBytes(out, n.message);
    PutBytes(out, n.fingerprint);
    statement(n.statement);
  }
  PutVarint(out, d.fixits.size());
  for (const FixIt& f : d.fixits) {
    place(f.location);
    PutBytes(out, f.replacement);
  }
  // Records go into chunks that never grow past their first capacity, so
  // holding many does not copy them all again as one buffer would.
  if (chunks_.empty() ||
      chunks_.back().capacity() - chunks_.back().size() < out->size()) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(kChunkBytes, out->size()));
  }
  std::string& chunk = chunks_.back();
  const uint64_t at = (static_cast<uint64_t>(chunks_.size() - 1) << 32) | chunk.size();
  chunk.append(*out);
  arena_bytes_ += out->size();
  return at;
}

Diagnostic DiagnosticList::operator[](size_t i) const {
  const char* p = Record(i);
  Diagnostic d;
  Head h = head(i);
  d.location.path = h.path;
  d.rule_id = h.rule_id;
  d.severity = h.severity;
  d.location.line = h.line;
  d.location.column = h.column;
  d.location.end_line = h.end_line;
  d.location.end_column = h.end_column;
  Reader r(p + kHeadBytes, strings_);
  d.fact_id = r.Interned();
  d.message = r.Bytes();
  d.fingerprint = r.Bytes();
  d.statement = r.Statement();
  d.notes.resize(r.Varint());
  for (Note& n : d.notes) {
    n.location = r.Place();
    n.message = r.Bytes();
    n.fingerprint = r.Bytes();
    n.statement = r.Statement();
  }
  d.fixits.resize(r.Varint());
  for (FixIt& f : d.fixits) {
    f.location = r.Place();
    f.replacement = r.Bytes();
  }
  return d;
}

DiagnosticList::Head DiagnosticList::head(size_t i) const {
  const char* p = Record(i);
  Head h;
  h.path = strings_[GetU32(p)];
  h.rule_id = strings_[GetU32(p + 4)];
  h.line = GetU32(p + 8);
  h.column = GetU32(p + 12);
  h.end_line = GetU32(p + 16);
  h.end_column = GetU32(p + 20);
  h.severity = static_cast<Severity>(p[kSeverityAt]);
  return h;
}

void DiagnosticList::push_back(const Diagnostic& d) { offsets_.push_back(Encode(d)); }

void DiagnosticList::PushFront(const std::vector<Diagnostic>& diagnostics) {
  std::vector<uint64_t> front;
  front.reserve(diagnostics.size() + offsets_.size());
  for (const Diagnostic& d : diagnostics) front.push_back(Encode(d));
  front.insert(front.end(), offsets_.begin(), offsets_.end());
  offsets_ = std::move(front);
}

void DiagnosticList::Replace(size_t i, const Diagnostic& d) { offsets_[i] = Encode(d); }

void DiagnosticList::SetSeverity(size_t i, Severity severity) {
  const uint64_t at = offsets_[i];
  chunks_[at >> 32][(at & 0xffffffffu) + kSeverityAt] = static_cast<char>(severity);
}

void DiagnosticList::KeepIf(const std::function<bool(size_t)>& keep) {
  size_t out = 0;
  for (size_t i = 0; i < offsets_.size(); ++i)
    if (keep(i)) offsets_[out++] = offsets_[i];
  offsets_.resize(out);
}

void DiagnosticList::StableSort(const std::function<bool(const Head&, const Head&)>& less) {
  std::vector<size_t> order(offsets_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<Head> heads;
  heads.reserve(offsets_.size());
  for (size_t i = 0; i < offsets_.size(); ++i) heads.push_back(head(i));
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return less(heads[a], heads[b]); });
  std::vector<uint64_t> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) sorted.push_back(offsets_[i]);
  offsets_ = std::move(sorted);
}

void DiagnosticList::clear() {
  std::vector<std::string>().swap(chunks_);
  arena_bytes_ = 0;
  std::vector<uint64_t>().swap(offsets_);
  strings_.clear();
  ids_.clear();
}

std::vector<Diagnostic> DiagnosticList::ToVector() const {
  std::vector<Diagnostic> out;
  out.reserve(size());
  for (size_t i = 0; i < size(); ++i) out.push_back((*this)[i]);
  return out;
}

}  // namespace factlint
