#include "store/content_hash.h"

#include <elf.h>
#include <link.h>

#include "diag/read_file.h"
#include "text/loader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
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

std::string RowChecksum(std::initializer_list<std::string_view> blobs) {
  uint64_t h = Hash64("");
  for (std::string_view part : blobs) {
    h = Hash64(std::to_string(part.size()) + ":", h);
    h = Hash64(part, h);
  }
  return HashHex(h);
}

bool ReadFileBytes(const std::string& path, std::string* bytes) {
  std::string reason;  // the caller reports failures through LoadFile
  return ReadRegularFile(path, kMaxDocumentBytes, bytes, &reason);
}

namespace {

// Appends the GNU build id of the module whose program headers `info` lists
// (the main program is the first dl_iterate_phdr reports).
int FindBuildId(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const char* name = p + sizeof(ElfW(Nhdr));
      const char* desc = name + ((note->n_namesz + 3) & ~3u);
      const char* next = desc + ((note->n_descsz + 3) & ~3u);
      if (next > end) break;
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static const char kHex[] = "0123456789abcdef";
        for (uint32_t k = 0; k < note->n_descsz; ++k) {
          const unsigned char b = static_cast<unsigned char>(desc[k]);
          *out += kHex[b >> 4];
          *out += kHex[b & 15];
        }
        return 1;
      }
      p = next;
    }
  }
  return 1;  // only the main program counts
}

}  // namespace

std::string ProgramBuildId() {
  std::string id;
  dl_iterate_phdr(FindBuildId, &id);
  return id;
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
  // that extracted it, even between builds of one version. The linker's
  // build id names it (a hash of the linked program); hashing the whole
  // binary, tens of megabytes, cost about 0.1 s on every start, and is only
  // the fallback for a program linked without one.
  static const std::string program = [] {
    const std::string id = ProgramBuildId();
    if (!id.empty()) return "build-id:" + id;
    std::string bytes;
    return ReadFileBytes("/proc/self/exe", &bytes) ? HashHex(Hash64(bytes)) : std::string();
  }();
  h = Hash64(program, h);
  *fingerprint = HashHex(h);
  return true;
}

std::string GroupingFingerprint(const std::vector<std::string>& rule_paths) {
  namespace fs = std::filesystem;
  // Each file by its name as seen from its rule path (a file of a rules
  // directory by its own name, the macros.toml beside and above as such),
  // never by the directory's path: an index built with the rules named by a
  // relative path is good for the same rules named by an absolute one.
  std::vector<std::pair<std::string, std::string>> files;  // name, path
  for (const std::string& path : rule_paths) {
    std::error_code ec;
    fs::path dir = fs::path(path).lexically_normal();
    if (!dir.has_filename() && dir.has_parent_path()) dir = dir.parent_path();  // "facts/"
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> inside;
      for (const auto& entry : fs::directory_iterator(path, ec))
        if (entry.path().extension() == ".toml") inside.push_back(entry.path().string());
      std::sort(inside.begin(), inside.end());
      for (const std::string& file : inside)
        files.emplace_back(fs::path(file).filename().string(), file);
    } else {
      files.emplace_back(dir.filename().string(), path);
      dir = dir.parent_path();
    }
    files.emplace_back("macros.toml", (dir / "macros.toml").string());
    files.emplace_back("../macros.toml", (dir.parent_path() / "macros.toml").string());
  }
  uint64_t h = Hash64("grouping");
  for (const auto& [name, file] : files) {
    std::string bytes;
    h = Hash64(name, h);
    h = Hash64(std::string_view("\0", 1), h);
    h = Hash64(ReadFileBytes(file, &bytes) ? HashHex(Hash64(bytes)) : "missing", h);
  }
  return HashHex(h);
}

}  // namespace factlint
