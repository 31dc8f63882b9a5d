#include "store/extraction_codec.h"

#include <cstdint>
#include <cstring>

namespace factlint {
namespace {

// Little-endian writer: unsigned LEB128 varints, zigzag for signed values,
// doubles as 8 raw bytes, strings as length + bytes.
class Writer {
 public:
  void U(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void S(int64_t v) {
    U((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void D(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(bits >> (8 * i)));
  }
  void Str(std::string_view s) {
    U(s.size());
    out_.append(s);
  }
  void Sp(Span s) {
    U(s.begin);
    U(s.end - s.begin);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  void Fail() { ok_ = false; }

  uint64_t U() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Bad();
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return Bad();
  }
  int64_t S() {
    uint64_t z = U();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  int Int() {
    int64_t v = S();
    if (v < INT32_MIN || v > INT32_MAX) return static_cast<int>(Bad());
    return static_cast<int>(v);
  }
  bool B() {
    uint64_t v = U();
    if (v > 1) Bad();
    return v == 1;
  }
  // An enum value in [0, max].
  int E(int max) {
    uint64_t v = U();
    if (v > static_cast<uint64_t>(max)) return static_cast<int>(Bad());
    return static_cast<int>(v);
  }
  double D() {
    if (in_.size() - pos_ < 8) return static_cast<double>(Bad());
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_++])) << (8 * i);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  std::string Str() {
    uint64_t n = U();
    if (!ok_ || n > in_.size() - pos_) return Bad(), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A span that must lie within [0, limit].
  Span Sp(size_t limit) {
    uint64_t begin = U();
    uint64_t size = U();
    if (!ok_ || begin > limit || size > limit - begin) return Bad(), Span();
    return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + size)};
  }
  // A count of items each needing at least `min_bytes`; guards allocation.
  size_t Count(size_t min_bytes) {
    uint64_t n = U();
    if (!ok_ || n > (in_.size() - pos_) / min_bytes) return Bad();
    return static_cast<size_t>(n);
  }

 private:
  uint64_t Bad() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void PutClaim(const Claim& c, Writer* w) {
  w->Sp(c.span);
  w->Sp(c.source_span);
  w->Str(c.surface);
  w->U(static_cast<uint64_t>(c.kind));
  w->D(c.value.lo);
  w->D(c.value.hi);
  w->U(c.value.lo_closed);
  w->U(c.value.hi_closed);
  w->Str(c.dimension);
  w->Str(c.unit);
  w->U(static_cast<uint64_t>(c.qualifier));
  w->Sp(c.qualifier_span);
  w->S(c.time.from_year);
  w->S(c.time.to_year);
  w->U(static_cast<uint64_t>(c.time.origin));
  w->Str(c.time.part);
  w->Sp(c.time.evidence);
  w->U(static_cast<uint64_t>(c.change));
  w->U(c.annual);
  w->U(c.real);
  w->U(c.subjectless);
  w->U(c.cumulative);
  w->S(c.base_year);
  w->U(c.target);
  w->U(c.forecast);
  w->Str(c.scope);
  w->U(c.identifier);
  w->Sp(c.sentence);
  w->Sp(c.clause);
  w->Str(c.subject);
  w->U(c.subject_elsewhere);
  w->U(c.subject_after);
  w->U(c.context.size());
  for (const std::string& s : c.context) w->Str(s);
}

Claim GetClaim(size_t norm, size_t source, Reader* r) {
  Claim c;
  c.span = r->Sp(norm);
  c.source_span = r->Sp(source);
  c.surface = r->Str();
  c.kind = static_cast<ClaimKind>(r->E(static_cast<int>(ClaimKind::kDuration)));
  c.value.lo = r->D();
  c.value.hi = r->D();
  c.value.lo_closed = r->B();
  c.value.hi_closed = r->B();
  c.dimension = r->Str();
  c.unit = r->Str();
  c.qualifier = static_cast<Qualifier>(r->E(static_cast<int>(Qualifier::kAtMost)));
  c.qualifier_span = r->Sp(norm);
  c.time.from_year = r->Int();
  c.time.to_year = r->Int();
  c.time.origin = static_cast<TimeOrigin>(r->E(static_cast<int>(TimeOrigin::kDocument)));
  c.time.part = r->Str();
  c.time.evidence = r->Sp(source);
  c.change = static_cast<Direction>(r->E(static_cast<int>(Direction::kDown)));
  c.annual = r->B();
  c.real = r->B();
  c.subjectless = r->B();
  c.cumulative = r->B();
  c.base_year = r->Int();
  c.target = r->B();
  c.forecast = r->B();
  c.scope = r->Str();
  c.identifier = r->B();
  c.sentence = r->Sp(norm);
  c.clause = r->Sp(norm);
  c.subject = r->Str();
  c.subject_elsewhere = r->B();
  c.subject_after = r->B();
  size_t n = r->Count(1);
  for (size_t i = 0; i < n && r->ok(); ++i) c.context.push_back(r->Str());
  return c;
}

}  // namespace

std::string EncodeExtraction(const Extraction& e) {
  Writer w;
  w.U(kExtractionCodecVersion);
  w.S(e.date.year);
  w.S(e.date.month);
  w.S(e.date.day);
  w.Str(e.date.origin);
  w.U(e.claims.size());
  for (const Claim& c : e.claims) PutClaim(c, &w);
  w.U(e.transitions.size());
  for (const Transition& t : e.transitions) {
    w.U(t.from);
    w.U(t.to);
    w.U(static_cast<uint64_t>(t.verb));
    w.Sp(t.span);
  }
  return w.Take();
}

bool DecodeExtraction(std::string_view bytes, size_t normalized_size,
                      size_t source_size, Extraction* e, std::string* error) {
  Reader r(bytes);
  if (r.U() != static_cast<uint64_t>(kExtractionCodecVersion) || !r.ok()) {
    *error = "unknown claim encoding";
    return false;
  }
  e->date.year = r.Int();
  e->date.month = r.Int();
  e->date.day = r.Int();
  e->date.origin = r.Str();
  e->claims.clear();
  size_t n = r.Count(30);  // a claim takes at least 30 bytes
  e->claims.reserve(n);
  for (size_t i = 0; i < n && r.ok(); ++i)
    e->claims.push_back(GetClaim(normalized_size, source_size, &r));
  e->transitions.clear();
  size_t m = r.Count(5);
  for (size_t i = 0; i < m && r.ok(); ++i) {
    Transition t;
    t.from = r.U();
    t.to = r.U();
    t.verb = static_cast<Direction>(r.E(static_cast<int>(Direction::kDown)));
    t.span = r.Sp(normalized_size);
    if (t.from >= e->claims.size() || t.to >= e->claims.size()) r.Fail();
    e->transitions.push_back(t);
  }
  if (!r.ok() || !r.at_end()) {
    *error = "malformed claim data";
    return false;
  }
  return true;
}

std::string EncodeMetadata(const std::map<std::string, std::string>& metadata) {
  Writer w;
  w.U(metadata.size());
  for (const auto& [key, value] : metadata) {
    w.Str(key);
    w.Str(value);
  }
  return w.Take();
}

bool DecodeMetadata(std::string_view bytes,
                    std::map<std::string, std::string>* metadata,
                    std::string* error) {
  Reader r(bytes);
  metadata->clear();
  size_t n = r.Count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string key = r.Str();
    (*metadata)[key] = r.Str();
  }
  if (!r.ok() || !r.at_end()) {
    *error = "malformed metadata";
    return false;
  }
  return true;
}

}  // namespace factlint
