// 64-bit FNV-1a over bytes: a short, stable name for a text (the same on
// every platform, build and run), for ids and fingerprints that people and
// tools keep between runs. Not cryptographic.
#ifndef FACTLINT_BASE_FNV_H_
#define FACTLINT_BASE_FNV_H_

#include <cstdint>
#include <string_view>

namespace factlint {

inline uint64_t Fnv1a64(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace factlint

#endif  // FACTLINT_BASE_FNV_H_
