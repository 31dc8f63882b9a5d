// The byte encoding of the archive index's blobs (extraction_codec.h,
// takes_codec.h): a writer and a reader of unsigned LEB128 varints, zigzag
// signed values, doubles as their IEEE bits, strings and spans. The reader
// checks every length against its buffer and stops at the first bad byte,
// so a damaged blob decodes to an error, never past its end.
#ifndef FACTLINT_STORE_BYTE_CODEC_H_
#define FACTLINT_STORE_BYTE_CODEC_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "diag/span.h"

namespace factlint::codec {

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
  // A string read past, not copied.
  void SkipStr() {
    uint64_t n = U();
    if (!ok_ || n > in_.size() - pos_) return static_cast<void>(Bad());
    pos_ += n;
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

}  // namespace factlint::codec

#endif  // FACTLINT_STORE_BYTE_CODEC_H_
