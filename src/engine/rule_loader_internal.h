// Helpers shared by the rule and macro loaders (not a public interface):
// reading a TOML file into a table and turning toml++ source regions into
// located Diagnostics.
#ifndef FACTLINT_ENGINE_RULE_LOADER_INTERNAL_H_
#define FACTLINT_ENGINE_RULE_LOADER_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <toml++/toml.h>

#include "diag/diagnostic.h"

namespace factlint {
namespace rule_loader_internal {

inline constexpr char kRuleIo[] = "rule-io";
inline constexpr char kRuleSyntax[] = "rule-syntax";
inline constexpr char kRuleSchema[] = "rule-schema";
inline constexpr char kRuleRegex[] = "rule-regex";

// RE2 compiles within options.max_mem(); below the size of an empty program
// no instruction fits, so a pattern is parsed (its syntax checked, its groups
// known) and then refused as too large (RE2::ErrorPatternTooLarge).
inline constexpr int64_t kParseOnlyMaxMem = 256;

// The options of every rule pattern and of the sets that select them:
// UTF-8, leftmost-first, case-sensitive, no logging, 64 MiB.
RE2::Options PatternOptions();

// Location of a toml++ region in `path` (toml++ counts lines and columns
// from 1, columns in code points, as Diagnostic does).
Location LocationOf(const std::string& path, const toml::source_region& r);

Diagnostic MakeError(const char* rule_id, Location location,
                     std::string message);

// Reads and parses `path`. On failure appends a rule-io or rule-syntax
// error and returns std::nullopt.
std::optional<toml::table> ParseTomlFile(const std::string& path,
                                         std::vector<Diagnostic>* errors);

}  // namespace rule_loader_internal
}  // namespace factlint

#endif  // FACTLINT_ENGINE_RULE_LOADER_INTERNAL_H_
