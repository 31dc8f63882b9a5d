// Pattern macros for fact rules. A macro is a named regular-expression
// fragment (rules/macros.toml) written `{NAME}` inside a rule pattern, such
// as `{NUM}` for any written number or `{YEAR}` for a four-digit year.
// Macros may use other macros; expansion wraps each body in `(?:...)` so a
// macro behaves as one atom, and rejects unknown names and cycles. Its cost
// is bounded: a file where each macro doubles the one before would otherwise
// expand to gigabytes, so expansion stops with a "too complex" error beyond
// kMaxMacroExpansionBytes of output or kMaxMacroDepth nested macros.
#ifndef FACTLINT_ENGINE_MACRO_H_
#define FACTLINT_ENGINE_MACRO_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace factlint {

// The longest expanded pattern (the shipped rules need under 3 KiB).
inline constexpr size_t kMaxMacroExpansionBytes = 64 * 1024;
// The deepest chain of macros using macros (the shipped rules use 3).
inline constexpr int kMaxMacroDepth = 32;

class MacroTable {
 public:
  // Defines or replaces macro `name`. Names are [A-Z][A-Z0-9_]*; the caller
  // checks them with IsValidName().
  void Define(const std::string& name, const std::string& body);
  bool Has(const std::string& name) const { return bodies_.count(name) > 0; }
  const std::map<std::string, std::string>& bodies() const { return bodies_; }

  // The macros that the fact rules' first RE2::Set (FactRuleSet::Match)
  // reads as any text at all (`[selector] loose` in macros.toml): glue
  // between a subject and its value, large when expanded in every pattern.
  void SetLoose(std::set<std::string> names) { loose_ = std::move(names); }
  const std::set<std::string>& loose() const { return loose_; }

  // True for a well-formed macro name.
  static bool IsValidName(std::string_view name);

  // Replaces every `{NAME}` in `pattern` (NAME as above; `{0,20}` and other
  // regex repetitions are left alone, as is `\{`) by the expanded body of the
  // macro in a non-capturing group. On an unknown name, a cycle or an
  // expansion beyond the limits above returns std::nullopt and sets *error
  // to a message naming the macro.
  std::optional<std::string> Expand(std::string_view pattern,
                                    std::string* error) const;
  // As Expand, but a loose() macro, wherever it is used, becomes `(?s:.)*?`,
  // which matches any text its body matches: the result accepts a superset
  // of what Expand's accepts.
  std::optional<std::string> ExpandLoose(std::string_view pattern,
                                         std::string* error) const;

 private:
  std::optional<std::string> ExpandRec(std::string_view pattern,
                                       std::map<std::string, int>* state,
                                       int depth, bool loose, std::string* error) const;
  std::map<std::string, std::string> bodies_;
  std::set<std::string> loose_;
};

// Loads a macros file into *table. The file holds the table `[macro]` of
// NAME = 'regex fragment' entries and optionally `[selector]`, whose `loose`
// names macros of [macro] (MacroTable::SetLoose). Each macro must be a valid
// name, expand (no unknown names, no cycles) and parse as an RE2 regular
// expression on its own. Returns false after appending located errors ("rule-io",
// "rule-syntax", "rule-schema", "rule-regex") to *errors.
bool LoadMacroFile(const std::string& path, MacroTable* table,
                   std::vector<Diagnostic>* errors);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_MACRO_H_
