#include "store/content_hash.h"

#include "diag/read_file.h"
#include "text/loader.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace factlint {

uint64_t Hash64(std::string_view bytes, uint64_t seed) {
  // FNV-1a over 8-byte words (then the tail byte by byte), with a final
  // avalanche: eight times fewer multiplications than byte-wise FNV-1a,
  // which made checksumming the largest cost of loading an index.
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  uint64_t h = seed;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * kPrime;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::string HashHex(uint64_t hash) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(hash));
  return buf;
}

std::string RowChecksum(std::string_view source, std::string_view normalized,
                        std::string_view metadata,
                        std::string_view extraction) {
  uint64_t h = Hash64("");
  for (std::string_view part : {source, normalized, metadata, extraction}) {
    h = Hash64(std::to_string(part.size()) + ":", h);
    h = Hash64(part, h);
  }
  return HashHex(h);
}

bool ReadFileBytes(const std::string& path, std::string* bytes) {
  std::string reason;  // the caller reports failures through LoadFile
  return ReadRegularFile(path, kMaxDocumentBytes, bytes, &reason);
}

bool RulesFingerprint(const std::string& rules_dir, std::string* fingerprint,
                      std::string* error) {
  // The files Extractor::Load reads; keep in sync with extractor.cc.
  static const char* const kRuleFiles[] = {"units.toml", "lexicon.toml"};
  uint64_t h = Hash64("");
  for (const char* name : kRuleFiles) {
    std::string path = rules_dir + "/" + name;
    std::string bytes;
    if (!ReadFileBytes(path, &bytes)) {
      *error = path + ": cannot read rule file";
      return false;
    }
    h = Hash64(name, h);
    h = Hash64(std::string_view("\0", 1), h);
    h = Hash64(HashHex(Hash64(bytes)), h);
  }
  // The extractor's code as well: an index is only good for the program
  // that extracted it, even between builds of one version.
  static const std::string program = [] {
    std::string bytes;
    return ReadFileBytes("/proc/self/exe", &bytes) ? HashHex(Hash64(bytes)) : std::string();
  }();
  h = Hash64(program, h);
  *fingerprint = HashHex(h);
  return true;
}

}  // namespace factlint
