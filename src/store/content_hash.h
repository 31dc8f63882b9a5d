// Content fingerprints for the archive index: a 64-bit hash of a file's
// bytes (FNV-1a over 8-byte words with a final mix; not cryptographic: it
// detects edits, not tampering), and a
// fingerprint of the extraction rules (units.toml, lexicon.toml) so that
// changed rules force a full re-extract.
#ifndef FACTLINT_STORE_CONTENT_HASH_H_
#define FACTLINT_STORE_CONTENT_HASH_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>
#include <string_view>

namespace factlint {

// 64-bit hash (word-wise FNV-1a and a final mix), continuing from `seed`
// (the FNV offset basis by default).
uint64_t Hash64(std::string_view bytes,
                uint64_t seed = 0xcbf29ce484222325ULL);

// 16 lowercase hex digits.
std::string HashHex(uint64_t hash);

// Checksum of a stored row's blobs (lengths included), so that damage
// inside a text that SQLite's page checks cannot see is still caught.
std::string RowChecksum(std::initializer_list<std::string_view> blobs);

// Reads a whole file in binary mode; false if it cannot be read.
bool ReadFileBytes(const std::string& path, std::string* bytes);

// The GNU build id of the running program (hex), "" when it was linked
// without one.
std::string ProgramBuildId();

// Fingerprint of what extraction depends on: the rule files the extractor
// reads from `rules_dir` (units.toml, lexicon.toml; their names and bytes)
// and the running program itself (its build id, else the bytes of
// /proc/self/exe), so that an index built
// by another build is re-extracted or refused. On failure returns false and
// sets *error naming the file.
bool RulesFingerprint(const std::string& rules_dir, std::string* fingerprint,
                      std::string* error);

// Fingerprint of the fact rules claims are filed under (GroupingKeys): the
// names and bytes of every .toml file in `rule_paths` (files, or
// directories read as FactRuleSet::Load reads them) and of the macros.toml
// beside each and one level up. A file that cannot be read counts as
// missing (loading the rules reports it).
std::string GroupingFingerprint(const std::vector<std::string>& rule_paths);

}  // namespace factlint

#endif  // FACTLINT_STORE_CONTENT_HASH_H_
